//! `stageplan bench`: one run writes the table of every tool, with the figures of each
//! tool's own output (the smallest instance only; the big ones are minutes).

mod common;

use common::{csv_rows, read, stageplan};

#[test]
fn bench_on_hos_writes_one_row_per_tool_with_the_solved_figures() {
    let (_dir, out) = common::scratch("bench");
    stageplan()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["bench", "--only", "hos", "--no-peers", "--quiet", "--out"])
        .arg(&out)
        .assert()
        .success();
    let rows = csv_rows(&read(&out.join("bench.csv")));
    let tools: Vec<&str> = rows.iter().map(|r| r["tool"].as_str()).collect();
    assert_eq!(tools, ["stageplan", "greedy (by hand)", "LP bound"]);
    let summary = common::json(&out.join("runs/hos/stageplan/summary.json"));
    let ours = &rows[0];
    assert_eq!(ours["status"], "optimal");
    assert_eq!(ours["students"], "300");
    assert_eq!(ours["placed"], summary["placed"].to_string());
    let objective: f64 = ours["objective"].parse().unwrap();
    assert!((objective - summary["objective"].as_f64().unwrap()).abs() < 0.005);
    let greedy: f64 = rows[1]["objective"].parse().unwrap();
    let bound: f64 = rows[2]["bound"].parse().unwrap();
    assert!(bound <= objective && objective < greedy);
    let md = read(&out.join("bench.md"));
    assert!(md.contains("| hos | under 0.5 s, optimal |"), "{md}");
}

#[test]
fn bench_refuses_an_unknown_instance_name() {
    let dir = tempfile::tempdir().unwrap();
    let assert = stageplan()
        .args(["bench", "--only", "hoss", "--out"])
        .arg(dir.path())
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
    assert!(stderr.contains("'hoss'"), "{stderr}");
}
