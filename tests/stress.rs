//! Concurrency under load, as a sweep runs it: 32 solves at once in threads, each with its
//! own single-threaded HiGHS, on different small instances, for 20 rounds. Every plan
//! passes the independent checker with the objective of a lone solve of the same instance.

use stageplan::generate::{generate, GenerateOptions};
use stageplan::input::{self, Loaded};
use stageplan::pipeline::solve_and_check;
use stageplan::solve::SolveOptions;

const THREADS: usize = 32;
const ROUNDS: usize = 20;

fn instance(dir: &std::path::Path, i: usize) -> Loaded {
    let options = GenerateOptions {
        students: 30 + i % 20,
        schools: 3 + i % 2,
        seed: 100 + i as u64,
        tight: i % 3 == 0,
        coordinates_only: false,
        group_share: None,
    };
    let path = dir.join(format!("inst-{i}"));
    std::fs::create_dir_all(&path).unwrap();
    for (name, text) in generate(&options) {
        std::fs::write(path.join(name), text).unwrap();
    }
    input::load(&path, None).unwrap_or_else(|p| panic!("instance {i}: {p:?}"))
}

fn objective(loaded: &Loaded) -> f64 {
    let outcome = solve_and_check(&loaded.instance, &loaded.model, &SolveOptions::default())
        .unwrap_or_else(|e| panic!("{}", e.say(stageplan::lang::Lang::En)));
    assert!(outcome.verdict.violations.is_empty());
    assert!(
        !outcome.verdict.placed.is_empty(),
        "a real solve places someone"
    );
    outcome.verdict.objective
}

#[test]
fn thirty_two_solves_at_once_for_twenty_rounds_match_lone_solves() {
    let tmp = tempfile::tempdir().unwrap();
    let instances: Vec<Loaded> = (0..THREADS).map(|i| instance(tmp.path(), i)).collect();
    let alone: Vec<f64> = instances.iter().map(objective).collect();
    for round in 0..ROUNDS {
        std::thread::scope(|scope| {
            let handles: Vec<_> = (0..THREADS)
                .map(|t| {
                    // Each round shifts which thread solves which instance.
                    let i = (t + round) % THREADS;
                    let loaded = &instances[i];
                    scope.spawn(move || (i, objective(loaded)))
                })
                .collect();
            for h in handles {
                let (i, got) = h.join().expect("no solve panics");
                assert_eq!(got, alone[i], "round {round}, instance {i}");
            }
        });
    }
}
