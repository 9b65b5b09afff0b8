//! A national-size instance end to end: above 600,000 (student, school) pairs the LP is
//! priced and never built whole, the bound comes from the parts, and the plan is improved
//! part by part, two parts at a time. The bench runs 20,000 students; this one is small
//! enough for the tests (10,000 students at 300 schools, about 20 s) and still takes that
//! path. The run's own independent check must pass, `verify` must accept the plan at the
//! summary's objective, and the whole run must end within its limit plus 2 s.

mod common;

use common::{read, stageplan};
use std::time::Instant;

#[test]
fn a_national_instance_under_a_time_limit_ends_in_time_with_a_checked_plan_and_a_bound() {
    let (dir, inst) = common::scratch("inst");
    stageplan()
        .args([
            "generate",
            "--students",
            "10000",
            "--schools",
            "300",
            "--seed",
            "5",
        ])
        .args(["--travel", "coords", "--out"])
        .arg(&inst)
        .assert()
        .success();
    let out = dir.path().join("out");
    let limit = 20.0;
    let began = Instant::now();
    stageplan()
        .arg("solve")
        .arg(&inst)
        .arg("--out")
        .arg(&out)
        .args(["--time-limit", "20", "--quiet"])
        .assert()
        .success();
    let seconds = began.elapsed().as_secs_f64();
    assert!(seconds <= limit + 2.0, "the whole run took {seconds:.2} s");
    let summary: serde_json::Value =
        serde_json::from_str(&read(&out.join("summary.json"))).expect("summary.json is JSON");
    assert_eq!(summary["status"], "time_limit", "{summary}");
    let objective = summary["objective"].as_f64().expect("an objective");
    let bound = summary["bound"].as_f64().expect("a bound");
    // The parts' bound ran: above nine tenths of the plan (96 % in this stop's runs), and
    // never above it.
    assert!(
        bound <= objective && bound > 0.9 * objective,
        "{bound} {objective}"
    );
    let text = common::prints(&[&"verify", &inst, &out.join("plan.csv")], 0);
    assert!(text.contains(&format!("objective {objective} ")), "{text}");
    assert!(text.contains("all hard rules hold"), "{text}");
}
