//! `stageplan sweep` through the binary: the same results on 1 or 2 threads, a broken
//! scenario reported in its row, and outputs that never go stale.

mod common;

use common::{csv_rows, generated, read, stageplan};
use std::fs;
use std::path::Path;

const SCENARIOS: &str = r#"
[[scenario]]
name = "Zonder Corbulo"
remove_schools = ["CORB"]

[[scenario]]
name = "Reistijd 45"
travel_limit_minutes = 45

[[scenario]]
name = "HR-VT2 op di en do"
track_days = { "HR-VT2" = ["di", "do"] }

[[scenario]]
name = "Reparatie zonder WPB"
remove_wpbs = ["WPB_OF_THE_FIRST_STUDENT"]
repair = true

[[grid]]
name = "capaciteit x{capacity_scale}"
capacity_scale = [0.8, 1.2]
"#;

fn sweep(
    instance: &Path,
    scenarios: &Path,
    out: &Path,
    threads: &str,
) -> assert_cmd::assert::Assert {
    stageplan()
        .arg("sweep")
        .arg(instance)
        .arg("--scenarios")
        .arg(scenarios)
        .arg("--out")
        .arg(out)
        .args(["--threads", threads])
        .assert()
}

/// Every output file of a sweep, with the measured seconds taken out.
fn outputs_without_times(dir: &Path) -> Vec<(String, String)> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let name = path.strip_prefix(dir).unwrap().display().to_string();
            if name.ends_with(".xlsx") {
                // Binary, and byte-identical: compared by its bytes.
                let bytes = fs::read(&path).unwrap();
                files.push((name, format!("{bytes:?}")));
                continue;
            }
            let text = read(&path);
            let text = if name.ends_with("summary.json") {
                let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
                v["solve_seconds"] = serde_json::Value::Null;
                v.to_string()
            } else if name == "sweep.csv" {
                let rows = csv_rows(&text);
                format!(
                    "{:?}",
                    rows.into_iter()
                        .map(|mut r| {
                            r.remove("solve_seconds");
                            r
                        })
                        .collect::<Vec<_>>()
                )
            } else {
                text
            };
            files.push((name, text));
        }
    }
    files.sort();
    files
}

#[test]
fn a_sweep_gives_the_same_results_on_one_and_two_threads() {
    let tmp = tempfile::tempdir().unwrap();
    let inst = generated(tmp.path(), 80, 5);
    let plan = tmp.path().join("plan");
    stageplan()
        .arg("solve")
        .arg(&inst)
        .arg("--out")
        .arg(&plan)
        .arg("--quiet")
        .assert()
        .success();
    let wpb = csv_rows(&read(&plan.join("plan.csv")))[0]["wpb_id"].clone();
    let scenarios = tmp.path().join("s.toml");
    fs::write(
        &scenarios,
        SCENARIOS.replace("WPB_OF_THE_FIRST_STUDENT", &wpb),
    )
    .unwrap();
    sweep(&inst, &scenarios, &tmp.path().join("one"), "1").success();
    sweep(&inst, &scenarios, &tmp.path().join("two"), "2").success();
    let one = outputs_without_times(&tmp.path().join("one"));
    let two = outputs_without_times(&tmp.path().join("two"));
    assert_eq!(one.len(), two.len());
    for (a, b) in one.iter().zip(&two) {
        assert_eq!(a, b, "{} differs between 1 and 2 threads", a.0);
    }
    let rows = csv_rows(&read(&tmp.path().join("one/sweep.csv")));
    let names: Vec<&str> = rows.iter().map(|r| r["scenario"].as_str()).collect();
    assert_eq!(
        names,
        [
            "baseline",
            "Zonder Corbulo",
            "Reistijd 45",
            "HR-VT2 op di en do",
            "Reparatie zonder WPB",
            "capaciteit x0.8",
            "capaciteit x1.2"
        ]
    );
    assert!(rows.iter().all(|r| r["status"] == "optimal"), "{rows:?}");
    // Each scenario's plan is a plain plan of its own instance: the folder is complete.
    for r in &rows {
        for file in ["plan.csv", "unplaced.csv", "summary.json"] {
            assert!(tmp
                .path()
                .join("one")
                .join(&r["folder"])
                .join(file)
                .is_file());
        }
    }
    let folder = |r: usize| tmp.path().join("one").join(&rows[r]["folder"]);
    let without_school = read(&folder(1).join("plan.csv"));
    assert!(
        !without_school.contains(",CORB,"),
        "nobody at the removed school"
    );
    let moved: usize = rows[4]["moved"].parse().unwrap();
    assert!(moved >= 1, "the removed WPB's student moved: {:?}", rows[4]);
}

#[test]
fn a_broken_scenario_is_reported_in_its_row_and_the_others_run() {
    let (_tmp, inst, scenarios, out) = common::what_if(40, 2, "[[scenario]]\nname = \"goed\"\ntravel_limit_minutes = 60\n\n[[scenario]]\nname = \"kapot\"\nremove_wpbs = [\"W9999\"]\n\n[[scenario]]\nname = \"ook goed\"\ncapacity_scale = 2\n");
    let assert = sweep(&inst, &scenarios, &out, "2").success();
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
    assert!(stderr.contains("scenario 'kapot' has no plan"), "{stderr}");
    let rows = csv_rows(&read(&out.join("sweep.csv")));
    let status: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| (r["scenario"].as_str(), r["status"].as_str()))
        .collect();
    assert_eq!(
        status,
        [
            ("baseline", "optimal"),
            ("goed", "optimal"),
            ("kapot", "invalid_input"),
            ("ook goed", "optimal")
        ]
    );
    assert!(
        rows[2]["message"].contains("s.toml:7:16: WPB 'W9999' is not in supervisors.csv"),
        "{}",
        rows[2]["message"]
    );
    assert!(read(&out.join("02-kapot/problems.txt")).contains("E051"));
    assert!(read(&out.join("sweep.md")).contains("- **kapot** (invalid_input)"));
}

#[test]
fn a_scenario_file_with_an_unknown_key_stops_the_sweep_before_any_solve() {
    let (_tmp, inst, scenarios, out) =
        common::what_if(20, 1, "[[scenario]]\nname = \"a\"\ntravel_limt = 60\n");
    let assert = sweep(&inst, &scenarios, &out, "1").code(1);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
    assert!(stderr.contains("s.toml:3:1: error E050"), "{stderr}");
    assert!(!out.exists(), "nothing is written");
}

#[test]
fn a_second_sweep_leaves_no_stale_scenario_folders_but_keeps_the_users_files() {
    let tmp = tempfile::tempdir().unwrap();
    let inst = generated(tmp.path(), 20, 1);
    let scenarios = tmp.path().join("s.toml");
    let out = tmp.path().join("out");
    fs::write(&scenarios, "[[scenario]]\nname = \"a\"\ncapacity_scale = 2\n[[scenario]]\nname = \"b\"\ncapacity_scale = 3\n").unwrap();
    sweep(&inst, &scenarios, &out, "2").success();
    assert!(out.join("02-b").is_dir());
    fs::write(out.join("notities.txt"), "mine").unwrap();
    fs::write(
        &scenarios,
        "[[scenario]]\nname = \"c\"\ncapacity_scale = 2\n",
    )
    .unwrap();
    sweep(&inst, &scenarios, &out, "2").success();
    let mut names: Vec<String> = fs::read_dir(&out)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "01-c",
            "baseline",
            "notities.txt",
            "report.html",
            "sweep.csv",
            "sweep.md"
        ]
    );
}

#[test]
fn a_scenario_that_changes_nothing_keeps_the_baseline_plan() {
    let (_tmp, inst, scenarios, out) =
        common::what_if(30, 4, "[[scenario]]\nname = \"x1\"\ncapacity_scale = 1\n");
    sweep(&inst, &scenarios, &out, "1").success();
    let rows = csv_rows(&read(&out.join("sweep.csv")));
    assert_eq!(rows[1]["changed_students"], "0");
    assert_eq!(
        read(&out.join("01-x1/plan.csv")),
        read(&out.join("baseline/plan.csv"))
    );
    assert!(rows[1]["message"].contains("same instance and model"));
}

/// A scenario file's own scenario and a grid point that make the same program are solved
/// once: the later takes the earlier's plan and says whose, with no solve time of its own.
#[test]
fn a_scenario_repeating_an_earlier_one_takes_its_plan_and_says_so() {
    let (_tmp, inst, scenarios, out) = common::what_if(
        30,
        4,
        "[[scenario]]\nname = \"krap\"\ncapacity_scale = 0.7\n\n[[scenario]]\nname = \"ook krap\"\ncapacity_scale = 0.7\n\n[[scenario]]\nname = \"ruim\"\ncapacity_scale = 1.5\n",
    );
    sweep(&inst, &scenarios, &out, "2").success();
    let rows = csv_rows(&read(&out.join("sweep.csv")));
    let [first, repeat, other] = [&rows[1], &rows[2], &rows[3]];
    assert_eq!(
        repeat["message"],
        "the same instance and model as scenario 'krap': its plan holds here too"
    );
    assert_eq!(repeat["solve_seconds"], "0");
    assert_ne!(first["solve_seconds"], "0");
    assert_eq!(other["message"], "");
    for column in ["status", "placed", "objective", "bound", "changed_students"] {
        assert_eq!(first[column], repeat[column], "{column}");
    }
    assert_eq!(
        read(&out.join("02-ook-krap/plan.csv")),
        read(&out.join("01-krap/plan.csv"))
    );
}
