//! `stageplan score`: the quality report of the optimiser's plan and of a hand-made one.

mod common;

use common::{solve, stageplan};
use std::path::Path;

fn hos() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/hos")
}

#[test]
fn the_score_of_the_optimal_plan_matches_its_summary_and_is_within_the_lp_bound() {
    let (_tmp, out) = common::scratch("out");
    solve(&hos(), &out);
    let summary = common::json(&out.join("summary.json"));
    let json = stageplan()
        .arg("score")
        .arg(hos())
        .arg(out.join("plan.csv"))
        .arg("--json")
        .assert()
        .success();
    let scored: serde_json::Value = serde_json::from_slice(&json.get_output().stdout).unwrap();
    assert_eq!(
        scored, summary["quality"],
        "score and solve report the same figures"
    );
    let text = common::prints(&[&"score", &hos(), &out.join("plan.csv")], 0);
    common::has_all(
        &text,
        &["289 of 300 students placed (96.3 %); all hard rules hold"],
    );
    let bound: f64 = text
        .split("LP bound ")
        .nth(1)
        .and_then(|t| t.split(':').next())
        .and_then(|b| b.parse().ok())
        .expect("an LP bound");
    let objective = summary["objective"].as_f64().unwrap();
    assert!(
        bound <= objective && bound > 0.9 * objective,
        "bound {bound}, objective {objective}"
    );
}

#[test]
fn a_hand_made_plan_that_breaks_a_rule_is_scored_and_refused() {
    let (_tmp, plan) = common::scratch("hand.csv");
    // ST00001 teaches informatica; W0001 teaches engels and aardrijkskunde.
    std::fs::write(&plan, "student_id,school_id,wpb_id\nST00001,SORGH,W0001\n").unwrap();
    let assert = stageplan()
        .arg("score")
        .arg(hos())
        .arg(&plan)
        .assert()
        .code(1);
    let out = assert.get_output();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    common::has_all(&stderr, &["rule 1 (wpb_teaches_subject) broken"]);
    assert!(
        stdout.contains("1 of 300 students placed") && stdout.contains("hard rule violation(s)"),
        "{stdout}"
    );
}

/// The objective and placed count a command prints for a plan.
fn scored(instance: &Path, plan: &Path) -> (usize, f64) {
    let out = stageplan()
        .arg("score")
        .arg(instance)
        .arg(plan)
        .arg("--json")
        .assert()
        .success();
    let q: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let terms = &q["objective_terms"];
    let objective: f64 = [
        "unplaced",
        "travel",
        "same_type_as_previous",
        "preference_rank",
        "preference_unlisted",
        "uncertified_wpb",
    ]
    .iter()
    .map(|t| terms[t].as_f64().unwrap())
    .sum();
    let students = 300.0;
    (
        (q["placed_share"].as_f64().unwrap() * students).round() as usize,
        objective,
    )
}

#[test]
fn the_greedy_baseline_keeps_every_rule_and_the_optimum_beats_it() {
    let (tmp, greedy) = common::scratch("greedy.csv");
    stageplan()
        .arg("greedy")
        .arg(hos())
        .arg("--out")
        .arg(&greedy)
        .assert()
        .success();
    stageplan()
        .arg("verify")
        .arg(hos())
        .arg(&greedy)
        .assert()
        .success();
    let out = tmp.path().join("out");
    solve(&hos(), &out);
    let (greedy_placed, greedy_objective) = scored(&hos(), &greedy);
    let (placed, objective) = scored(&hos(), &out.join("plan.csv"));
    assert!(placed >= greedy_placed, "{placed} < {greedy_placed}");
    assert!(
        objective < greedy_objective,
        "{objective} >= {greedy_objective}"
    );
}
