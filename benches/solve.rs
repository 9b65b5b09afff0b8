//! `cargo bench --bench solve` (or `bash scripts/bench.sh`): times stageplan against a
//! plain HiGHS model of the same rules on the same instances, in the same run, and
//! checks that both reach the same objective. Writes target/bench/solve.md.
//!
//! The peer is the model a careful user writes by hand: one binary per eligible
//! (student, WPB) pair and every constraint written out directly, solved by the same
//! HiGHS with the same settings (1 thread, seed 0, relative gap 0).

use good_lp::{
    constraint, variable, Expression, ProblemVariables, Solution, SolverModel, Variable,
};
use stageplan::checker::{check_plan, PlanRow};
use stageplan::domain::{Instance, Model};
use stageplan::generate::{generate, GenerateOptions};
use stageplan::pipeline::{plan_rows, solve_and_check};
use stageplan::rules;
use stageplan::solve::SolveOptions;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

const PEER_TIME_LIMIT: f64 = 300.0;

struct Row {
    name: String,
    students: usize,
    schools: usize,
    ours_seconds: Vec<f64>,
    ours_objective: f64,
    ours_status: String,
    ours_vars: usize,
    placed: usize,
    peer_seconds: f64,
    peer_objective: Option<f64>,
    peer_status: String,
    peer_vars: usize,
}

/// The plain model: x[s][w] binary for every pair that rules 1-4 and 7 allow (or the pin).
fn plain_peer(inst: &Instance, model: &Model) -> (f64, Option<f64>, String, usize) {
    let started = Instant::now();
    let w8 = &model.weights;
    let mut vars = ProblemVariables::new();
    let mut objective = Expression::default();
    let mut pairs: Vec<(usize, usize, Variable)> = Vec::new();
    for (s, st) in inst.students.iter().enumerate() {
        for (w, wpb) in inst.supervisors.iter().enumerate() {
            let allowed = match st.pinned_wpb {
                Some(p) => p == w,
                None => rules::pair_exclusion(inst, model, s, w).is_none(),
            };
            if !allowed {
                continue;
            }
            let c = wpb.school;
            let mut cost =
                w8.travel_minute * inst.travel.minutes(s, c).unwrap_or(0.0) - w8.unplaced;
            if let Some(p) = st.previous_school {
                if inst.schools[c]
                    .types
                    .iter()
                    .any(|t| inst.schools[p].types.contains(t))
                {
                    cost += w8.same_type_as_previous;
                }
            }
            match st.preferences.iter().position(|&p| p == Some(c)) {
                Some(r) => cost += w8.preference_rank * r as f64,
                None if !st.preferences.is_empty() => cost += w8.preference_unlisted,
                None => {}
            }
            if !wpb.certified {
                cost += w8.uncertified_wpb;
            }
            let x = vars.add(variable().binary());
            objective.add_mul(cost, x);
            pairs.push((s, w, x));
        }
    }
    let n_vars = pairs.len();
    let mut problem = vars.minimise(objective).using(good_lp::highs);
    let mut by_student: BTreeMap<usize, Expression> = BTreeMap::new();
    let mut wpb_n: BTreeMap<usize, Expression> = BTreeMap::new();
    let mut wpb_h: BTreeMap<usize, Expression> = BTreeMap::new();
    let mut school_n: BTreeMap<usize, Expression> = BTreeMap::new();
    let mut school_h: BTreeMap<usize, Expression> = BTreeMap::new();
    let mut at: BTreeMap<(usize, usize), Expression> = BTreeMap::new();
    for &(s, w, x) in &pairs {
        let t = &model.tracks[inst.students[s].track];
        let c = inst.supervisors[w].school;
        *by_student.entry(s).or_default() += x;
        *wpb_n.entry(w).or_default() += x;
        wpb_h.entry(w).or_default().add_mul(t.wpb_hours, x);
        *school_n.entry(c).or_default() += x;
        school_h.entry(c).or_default().add_mul(t.so_hours, x);
        *at.entry((s, c)).or_default() += x;
    }
    for (s, e) in by_student {
        if inst.students[s].pinned_wpb.is_some() {
            problem.add_constraint(constraint!(e == 1));
        } else {
            problem.add_constraint(constraint!(e <= 1));
        }
    }
    for (w, e) in wpb_n {
        problem.add_constraint(constraint!(e <= inst.supervisors[w].max_students as f64));
    }
    for (w, e) in wpb_h {
        if let Some(h) = inst.supervisors[w].max_hours {
            problem.add_constraint(constraint!(e <= h));
        }
    }
    for (c, e) in school_n {
        if let Some(n) = inst.schools[c].max_students {
            problem.add_constraint(constraint!(e <= n as f64));
        }
    }
    for (c, e) in school_h {
        if let Some(h) = inst.schools[c].so_hours {
            problem.add_constraint(constraint!(e <= h));
        }
    }
    let mut groups: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (s, st) in inst.students.iter().enumerate() {
        if let Some(g) = &st.group {
            groups.entry(g).or_default().push(s);
        }
    }
    for members in groups.values() {
        for c in 0..inst.schools.len() {
            let lead = at.get(&(members[0], c)).cloned().unwrap_or_default();
            for &s in &members[1..] {
                let e = at.get(&(s, c)).cloned().unwrap_or_default() - lead.clone();
                problem.add_constraint(constraint!(e == 0));
            }
        }
    }
    let problem = problem
        .set_threads(1)
        .set_option("random_seed", 0)
        .set_option("mip_rel_gap", 0.0)
        .set_time_limit(PEER_TIME_LIMIT);
    let Ok(solution) = problem.solve() else {
        return (
            started.elapsed().as_secs_f64(),
            None,
            "failed".into(),
            n_vars,
        );
    };
    let seconds = started.elapsed().as_secs_f64();
    let status = match solution.status() {
        good_lp::SolutionStatus::Optimal => "optimal",
        _ => "time_limit",
    };
    let rows: Vec<PlanRow> = pairs
        .iter()
        .filter(|(_, _, x)| solution.value(*x) > 0.5)
        .map(|&(s, w, _)| PlanRow {
            line: 0,
            student_id: inst.students[s].id.clone(),
            school_id: inst.schools[inst.supervisors[w].school].id.clone(),
            wpb_id: inst.supervisors[w].id.clone(),
        })
        .collect();
    let verdict = check_plan(inst, model, &rows);
    assert!(
        verdict.violations.is_empty(),
        "the peer's plan breaks a rule: {:?}",
        verdict.violations[0]
    );
    (seconds, Some(verdict.objective), status.into(), n_vars)
}

fn bench(name: &str, dir: &Path, repeats: usize) -> Row {
    let loaded = stageplan::input::load(dir, None).unwrap_or_else(|p| panic!("{name}: {}", p[0]));
    let (inst, model) = (&loaded.instance, &loaded.model);
    let mut seconds = Vec::new();
    let mut last = None;
    for _ in 0..repeats {
        let t = Instant::now();
        let outcome = solve_and_check(inst, model, &SolveOptions::default())
            .unwrap_or_else(|e| panic!("{name}: {e:?}"));
        seconds.push(t.elapsed().as_secs_f64());
        last = Some(outcome);
    }
    let ours = last.expect("at least one run");
    assert_eq!(
        plan_rows(inst, &ours.solved).len(),
        ours.verdict.placed.len()
    );
    seconds.sort_by(f64::total_cmp);
    let (peer_seconds, peer_objective, peer_status, peer_vars) = plain_peer(inst, model);
    if let (Some(p), "optimal") = (peer_objective, peer_status.as_str()) {
        assert!(
            (p - ours.verdict.objective).abs() < 1e-6,
            "{name}: peer {p} vs stageplan {}",
            ours.verdict.objective
        );
    }
    let row = Row {
        name: name.into(),
        students: inst.students.len(),
        schools: inst.schools.len(),
        ours_seconds: seconds,
        ours_objective: ours.verdict.objective,
        ours_status: ours.solved.status.as_str().into(),
        ours_vars: ours.solved.variables,
        placed: ours.verdict.placed.len(),
        peer_seconds,
        peer_objective,
        peer_status,
        peer_vars,
    };
    eprintln!("{}", line(&row));
    row
}

fn line(r: &Row) -> String {
    let median = r.ours_seconds[r.ours_seconds.len() / 2];
    format!(
        "| {} | {} / {} | {} | {:.2} s (min {:.2}, {} runs) | {} | {} | {} | {:.2} s | {} | {} ({} vars) | {:.1}x |",
        r.name,
        r.students,
        r.schools,
        r.placed,
        median,
        r.ours_seconds[0],
        r.ours_seconds.len(),
        r.ours_objective,
        r.ours_status,
        r.ours_vars,
        r.peer_seconds,
        r.peer_objective.map_or("-".into(), |o| o.to_string()),
        r.peer_status,
        r.peer_vars,
        r.peer_seconds / median
    )
}

fn generated(base: &Path, students: usize, schools: usize, seed: u64, tight: bool) -> PathBuf {
    let dir = base.join(format!(
        "gen-{students}-{schools}-{seed}{}",
        if tight { "-tight" } else { "" }
    ));
    std::fs::create_dir_all(&dir).expect("bench folder");
    for (name, text) in generate(&GenerateOptions {
        students,
        schools,
        seed,
        tight,
        coordinates_only: false,
        group_share: None,
    }) {
        std::fs::write(dir.join(name), text).expect("write instance");
    }
    dir
}

fn main() {
    // `cargo bench` passes --bench; a word after `--` picks instances whose name contains it.
    let filter: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench");
    std::fs::create_dir_all(&out).expect("target/bench");
    let mut cases: Vec<(String, PathBuf, usize)> = vec![(
        "data/hos".into(),
        Path::new(env!("CARGO_MANIFEST_DIR")).join("data/hos"),
        5,
    )];
    for seed in 1..=3 {
        cases.push((
            format!("generated 300, seed {seed}"),
            generated(&out, 300, 10, seed, false),
            3,
        ));
    }
    cases.push((
        "generated 1000, seed 7".into(),
        generated(&out, 1000, 30, 7, false),
        1,
    ));
    cases.push((
        "generated 1000 tight, seed 7".into(),
        generated(&out, 1000, 30, 7, true),
        1,
    ));
    let header = "| instance | students / schools | placed | stageplan time (median) | objective | status | variables | plain MIP time | plain MIP objective | plain MIP status | plain / stageplan |\n|---|---|---|---|---|---|---|---|---|---|---|";
    eprintln!("{header}");
    let rows: Vec<Row> = cases
        .iter()
        .filter(|(name, _, _)| filter.as_deref().is_none_or(|f| name.contains(f)))
        .map(|(name, dir, repeats)| bench(name, dir, *repeats))
        .collect();
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|t| {
            t.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_default();
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let mut md =
        format!("Machine: {cpu}, {cores} cores. HiGHS single-threaded for both.\n\n{header}\n");
    for r in &rows {
        md.push_str(&line(r));
        md.push('\n');
    }
    std::fs::write(out.join("solve.md"), &md).expect("write solve.md");
    println!("{md}");
}
