//! `cargo bench --bench sweep` (or `bash scripts/bench.sh sweep`): times what-if sweeps
//! over data/hos on 1 and 2 threads in the same run, checks that both give the same
//! results, and writes target/bench/sweep.md.

use stageplan::scenario::parse_scenarios;
use stageplan::sweep::{self, Row, SweepOptions};
use std::path::Path;
use std::time::Instant;

/// 20 scenarios: five travel limits crossed with four capacity scales.
const TWENTY: &str = r#"
[[grid]]
name = "reistijd {travel_limit_minutes}, capaciteit x{capacity_scale}"
travel_limit_minutes = [60, 75, 90, 105, 120]
capacity_scale = [0.9, 1.0, 1.1, 1.2]
"#;

/// 50 scenarios: the example file's ten, then five travel limits crossed with eight
/// capacity scales.
const FIFTY_GRID: &str = r#"
[[grid]]
name = "reistijd {travel_limit_minutes}, capaciteit x{capacity_scale}"
travel_limit_minutes = { from = 60, to = 120, step = 15 }
capacity_scale = { from = 0.85, to = 1.2, step = 0.05 }
"#;

struct Timed {
    seconds: f64,
    rows: Vec<Row>,
}

fn run(name: &str, scenarios_toml: &str, threads: usize) -> Timed {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let base = root.join("data/hos-whatif");
    let scenarios = parse_scenarios(name, scenarios_toml, &base).expect("valid scenarios");
    let options = SweepOptions {
        threads,
        ..SweepOptions::default()
    };
    let started = Instant::now();
    let done = sweep::run(&root.join("data/hos"), None, &scenarios, &options)
        .unwrap_or_else(|_| panic!("{name}: the baseline solves"));
    let seconds = started.elapsed().as_secs_f64();
    eprintln!(
        "{name}: {} scenarios on {threads} thread(s): {seconds:.2} s",
        scenarios.len()
    );
    Timed {
        seconds,
        rows: done.rows,
    }
}

/// The rows without their measured seconds, to compare runs.
fn results(rows: &[Row]) -> Vec<Row> {
    rows.iter()
        .map(|r| Row {
            seconds: 0.0,
            ..r.clone()
        })
        .collect()
}

fn optimal(rows: &[Row]) -> usize {
    rows.iter().filter(|r| r.status == "optimal").count()
}

fn main() {
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench");
    std::fs::create_dir_all(&out).expect("target/bench");
    let example = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("data/hos-whatif/scenarios.toml"),
    )
    .expect("data/hos-whatif/scenarios.toml");
    let one = run("20 HOS scenarios", TWENTY, 1);
    let two = run("20 HOS scenarios", TWENTY, 2);
    assert_eq!(
        results(&one.rows),
        results(&two.rows),
        "1 and 2 threads must give the same results"
    );
    // The example's own scenarios, without its grid, then the bigger grid.
    let scenarios_only = example.split("[[grid]]").next().unwrap_or_default();
    let fifty_toml = format!("{scenarios_only}\n{FIFTY_GRID}");
    let fifty = run("50 HOS scenarios", &fifty_toml, 2);
    assert_eq!(fifty.rows.len(), 51, "the baseline and 50 scenarios");
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let mut md = format!(
        "{cores} cores; the baseline and every scenario solved at once, each HiGHS single-threaded; times include the baseline solve and reading every scenario's instance.\n\n| sweep over data/hos | scenarios | threads | wall time | optimal | speed-up |\n|---|---|---|---|---|---|\n"
    );
    for (name, t, threads, speedup) in [
        ("travel x capacity grid", &one, 1, String::new()),
        (
            "travel x capacity grid",
            &two,
            2,
            format!("{:.2}x", one.seconds / two.seconds),
        ),
        ("example file + grid", &fifty, 2, String::new()),
    ] {
        md.push_str(&format!(
            "| {name} | {} | {threads} | {:.1} s | {} of {} | {speedup} |\n",
            t.rows.len() - 1,
            t.seconds,
            optimal(&t.rows) - 1,
            t.rows.len() - 1
        ));
    }
    std::fs::write(out.join("sweep.md"), &md).expect("write sweep.md");
    println!("{md}");
}
