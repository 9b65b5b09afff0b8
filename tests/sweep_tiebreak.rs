//! A sweep's scenario planned from scratch prefers the baseline's placements among its
//! equally good plans (issue 16 item 11): fewer students "changed" than a plain solve from
//! scratch, no more of them at another school than any optimal plan, and the same optimum,
//! reported without the tie-break.

mod common;

use common::{csv_rows, read, stageplan};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn hos() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/hos")
}

/// Solves data/hos (with `model` and a plan to repair when given) into `out`.
fn solve(out: &Path, model: Option<&Path>, repair: Option<&Path>) {
    let mut cmd = stageplan();
    cmd.arg("solve").arg(hos());
    if let Some(m) = model {
        cmd.arg("--model").arg(m);
    }
    if let Some(plan) = repair {
        cmd.arg("--baseline-plan").arg(plan);
    }
    cmd.args(["--quiet", "--suggestions", "0", "--out"])
        .arg(out)
        .assert()
        .success();
}

/// student -> (school, WPB) of a plan.csv.
fn plan(path: &Path) -> BTreeMap<String, (String, String)> {
    csv_rows(&read(path))
        .into_iter()
        .map(|r| {
            let at = (r["school_id"].clone(), r["wpb_id"].clone());
            (r["student_id"].clone(), at)
        })
        .collect()
}

/// Changed students in a changes.csv whose school differs.
fn other_school(changes: &Path) -> usize {
    csv_rows(&read(changes))
        .iter()
        .filter(|c| c["school_before"] != c["school_after"])
        .count()
}

fn summary(out: &Path) -> serde_json::Value {
    common::json(&out.join("summary.json"))
}

#[test]
fn a_scenario_from_scratch_changes_fewer_students_at_the_same_optimum() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // The scenario: a travel limit of 120 minutes instead of 90. Solved plainly from
    // scratch with that model, its optimal plan moves many students whose place was
    // just as good (an optimum is not unique).
    let hos_model = read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("models/hos.toml"));
    assert!(hos_model.contains("travel_limit_minutes = 90"));
    let model = d.join("model-120.toml");
    let text = hos_model.replace("travel_limit_minutes = 90", "travel_limit_minutes = 120");
    std::fs::write(&model, &text).unwrap();
    solve(&d.join("base"), None, None);
    solve(&d.join("scratch"), Some(&model), None);
    // The fewest changes any optimal plan makes: a repair whose move costs too little to
    // outweigh a single unit of the objective (0.001 x 300 students < 1).
    let cheap = d.join("model-120-cheap-moves.toml");
    let text = text.replace("[weights]", "[weights]\nmoved_student = 0.001");
    std::fs::write(&cheap, text).unwrap();
    let base_plan = d.join("base/plan.csv");
    solve(&d.join("fewest"), Some(&cheap), Some(&base_plan));
    let fewest = csv_rows(&read(&d.join("fewest/changes.csv"))).len();
    let base = plan(&d.join("base/plan.csv"));
    let scratch = plan(&d.join("scratch/plan.csv"));
    let ids: std::collections::BTreeSet<&String> = base.keys().chain(scratch.keys()).collect();
    let plain_changes = ids
        .into_iter()
        .filter(|id| base.get(*id) != scratch.get(*id))
        .count();
    let scenarios = d.join("scenarios.toml");
    std::fs::write(
        &scenarios,
        "[[scenario]]\nname = \"Reistijd 120\"\ntravel_limit_minutes = 120\n",
    )
    .unwrap();
    let out = d.join("sweep");
    stageplan()
        .arg("sweep")
        .arg(hos())
        .arg("--scenarios")
        .arg(&scenarios)
        .arg("--out")
        .arg(&out)
        .args(["--quiet", "--threads", "2"])
        .assert()
        .success();
    let rows = csv_rows(&read(&out.join("sweep.csv")));
    let row = &rows[1];
    let changed: usize = row["changed_students"].parse().unwrap();
    // The tie-break keeps the most students at their school first, so no optimal plan
    // moves fewer to another school; then, schools kept, the most with their WPB.
    let fewest_schools = other_school(&d.join("fewest/changes.csv"));
    let sweep_schools = other_school(&out.join(&row["folder"]).join("changes.csv"));
    assert!(
        sweep_schools <= fewest_schools && changed < plain_changes,
        "the sweep changes {changed} ({sweep_schools} to another school), the fewest WPB \
         moves of an optimal plan are {fewest} ({fewest_schools} to another school), a plain \
         solve from scratch changes {plain_changes}"
    );
    // The same optimum as the plain solve, proven, and without the tie-break in it.
    let plain = summary(&d.join("scratch"));
    assert_eq!(summary(&d.join("fewest"))["objective"], plain["objective"]);
    assert_eq!(row["status"], "optimal");
    let objective: f64 = row["objective"].parse().unwrap();
    assert_eq!(Some(objective), plain["objective"].as_f64(), "{row:?}");
    let bound: f64 = row["bound"].parse().unwrap();
    assert_eq!(bound, objective, "{row:?}");
    let folder = out.join(&row["folder"]);
    let own = summary(&folder);
    assert_eq!(own["objective"], plain["objective"]);
    assert_eq!(own["bound"], plain["objective"]);
    assert!(own["repair"].is_null(), "no repair: {own}");
    // Every change has its reason; those of a plan from scratch say so.
    let changes = csv_rows(&read(&folder.join("changes.csv")));
    assert_eq!(changes.len(), changed);
    assert!(changes
        .iter()
        .all(|c| c["reason_code"] != "MOVED_TO_MAKE_ROOM"));
}
