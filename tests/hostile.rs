//! The hostile-input suite: what colleagues and Excel produce. Every case exits 1, names
//! the file with line and column, and writes nothing; a case that FORMAT.md allows gives
//! its warning instead. Cases with an error code of their own live in
//! `tests/input_errors.rs` (empty file E003, binary E002, UTF-16 E002, unclosed quote E005,
//! formula and thousands separators E011, negative max_students E011, duplicate ids E020
//! and E026, unknown school E021, unknown pin E023, unknown travel rows W004, missing pair
//! E025, model key E040, duplicate track E041, no days E043, negative weight E044); this
//! file adds the rest, and outputs that survive a failure or a kill.

mod common;

use common::small::{instance, SCHOOLS, TRAVEL, WPBS};
use common::{names as siblings, stageplan};
use std::fs;
use std::path::Path;

/// Solves and expects exit 1 with each (code, file:line:column) on stderr and no output.
fn refused(replace: &[(&str, &str)], expected: &[(&str, &str)]) -> String {
    let tmp = tempfile::tempdir().unwrap();
    let inst = instance(tmp.path(), replace);
    let out = tmp.path().join("out");
    let assert = stageplan()
        .arg("solve")
        .arg(&inst)
        .arg("--out")
        .arg(&out)
        .assert()
        .code(1);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
    for (code, place) in expected {
        assert!(
            stderr.contains(&format!("{place}: error {code}")),
            "expected {code} at {place}:\n{stderr}"
        );
    }
    let left: Vec<_> = fs::read_dir(tmp.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(
        left,
        vec![std::ffi::OsString::from("inst")],
        "nothing written"
    );
    stderr
}

/// [`refused`] with the WPB row `row` of supervisors.csv written as `edited`.
fn refused_wpbs(row: &str, edited: &str, expected: &[(&str, &str)]) -> String {
    refused(&[("supervisors.csv", &WPBS.replace(row, edited))], expected)
}

#[test]
fn header_only_files_are_refused() {
    refused(
        &[("students.csv", "student_id,name,track,subject\n")],
        &[("E007", "students.csv:2:1")],
    );
    refused(
        &[
            ("schools.csv", "school_id,name,types\n"),
            ("supervisors.csv", "wpb_id,name,school_id,subjects,days\n"),
        ],
        &[("E007", "schools.csv:2:1"), ("E007", "supervisors.csv:2:1")],
    );
}

#[test]
fn a_file_cut_off_inside_a_quoted_cell_is_refused() {
    refused(
        &[(
            "students.csv",
            "student_id,name,track,subject\nS1,Sara,HR-VT2,biologie\nS2,\"Sem van",
        )],
        &[("E005", "students.csv:3:1")],
    );
}

#[test]
fn a_formula_in_a_capacity_is_refused() {
    let stderr = refused_wpbs(
        "W1,Wim,A,biologie,ma|wo,1,36",
        "W1,Wim,A,biologie,ma|wo,1,=SUM(A1)",
        &[("E011", "supervisors.csv:2:7")],
    );
    assert!(stderr.contains("is a formula"), "{stderr}");
}

#[test]
fn huge_numbers_are_refused() {
    let stderr = refused_wpbs(
        "W1,Wim,A,biologie,ma|wo,1,36",
        "W1,Wim,A,biologie,ma|wo,99999999999,1e15",
        &[
            ("E011", "supervisors.csv:2:6"),
            ("E011", "supervisors.csv:2:7"),
        ],
    );
    assert!(
        stderr.contains("too large") || stderr.contains("not a number"),
        "{stderr}"
    );
}

#[test]
fn nan_and_infinity_are_refused() {
    let schools = SCHOOLS.replace("A,School A,havo,10,200", "A,School A,havo,10,NaN");
    let travel = TRAVEL.replace("S1,B,40", "S1,B,inf");
    refused(
        &[("schools.csv", &schools), ("travel.csv", &travel)],
        &[("E011", "schools.csv:2:5"), ("E011", "travel.csv:3:3")],
    );
}

#[test]
fn negative_capacities_and_hours_are_refused() {
    let schools = SCHOOLS.replace("A,School A,havo,10,200", "A,School A,havo,-3,-200");
    let wpbs = WPBS.replace(
        "W2,Wanda,B,biologie,ma|di|wo|do,2,72",
        "W2,Wanda,B,biologie,ma|di|wo|do,2,-72",
    );
    let stderr = refused(
        &[("schools.csv", &schools), ("supervisors.csv", &wpbs)],
        &[
            ("E011", "schools.csv:2:4"),
            ("E011", "schools.csv:2:5"),
            ("E011", "supervisors.csv:3:7"),
        ],
    );
    assert!(stderr.contains("is negative"), "{stderr}");
}

#[test]
fn a_model_weight_that_is_not_a_number_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let inst = instance(tmp.path(), &[]);
    let model =
        stageplan::input::model_file::HOS_MODEL.replace("unplaced = 10000", "unplaced = \"veel\"");
    fs::write(inst.join("model.toml"), &model).unwrap();
    let line = model
        .lines()
        .position(|l| l.starts_with("unplaced"))
        .unwrap()
        + 1;
    let assert = stageplan().arg("check").arg(&inst).assert().code(1);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
    assert!(
        stderr.contains(&format!("model.toml:{line}:")) && stderr.contains("error E040"),
        "{stderr}"
    );
}

#[test]
fn a_group_that_mixes_tracks_is_solved_with_a_warning() {
    let students = "student_id,name,track,subject,group\nS1,Sara,HR-VT2,biologie,G\nS2,Sem,HR-VT3,biologie,G\n";
    let tmp = tempfile::tempdir().unwrap();
    let inst = instance(tmp.path(), &[("students.csv", students)]);
    let assert = stageplan().arg("check").arg(&inst).assert().success();
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
    common::has_all(&stderr, &["students.csv:3:5: warning W005: group 'G' mixes tracks: 'S1' is in HR-VT2 and 'S2' in HR-VT3"]);
    let students = "student_id,name,track,subject,group\nS1,Sara,HR-VT2,biologie,G\nS2,Sem,ICLON-DIO2,biologie,G\n";
    let inst = instance(&tmp.path().join("b"), &[("students.csv", students)]);
    let assert = stageplan().arg("check").arg(&inst).assert().success();
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
    common::has_all(&stderr, &["whose stage days never meet (ma|wo and di|do)"]);
}

/// The peak memory of this test process so far, in MB (Linux).
fn peak_mb() -> u64 {
    let status = fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<u64>().ok())
        .map_or(0, |kb| kb / 1024)
}

#[test]
fn a_one_gigabyte_file_of_garbage_is_refused_without_reading_it_all() {
    let (_tmp, path) = common::scratch("students.csv");
    // Sparse: a gigabyte of NUL bytes that takes no disk space.
    fs::File::create(&path).unwrap().set_len(1 << 30).unwrap();
    let mut problems = stageplan::input::problem::Problems::default();
    let started = std::time::Instant::now();
    let table = stageplan::input::table::Table::read(&path, &mut problems);
    assert!(table.is_none());
    let p = problems.iter().next().expect("a problem");
    assert_eq!((p.code, p.line, p.column), ("E002", 1, 1));
    assert!(started.elapsed().as_secs_f64() < 5.0, "read only its start");
    assert!(peak_mb() < 512, "peak memory {} MB", peak_mb());
}

// ---------------------------------------------------------------------------------
// Outputs are atomic and never stale
// ---------------------------------------------------------------------------------

fn solve_into(inst: &Path, out: &Path, fault: Option<&str>) -> std::process::Output {
    let mut cmd = stageplan();
    cmd.arg("solve")
        .arg(inst)
        .arg("--out")
        .arg(out)
        .arg("--quiet")
        // A generous diagnosis time: the files must not depend on how busy the machine is.
        .args(["--diagnosis-seconds", "600"]);
    if let Some(f) = fault {
        cmd.env("STAGEPLAN_FAULT", f);
    }
    cmd.output().unwrap()
}

/// The output folder's files and their contents, without the measured seconds.
fn snapshot(out: &Path) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = fs::read_dir(out)
        .unwrap()
        .flatten()
        .map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            // plan.xlsx is binary: compared by its bytes, shown as hex.
            let bytes = fs::read(e.path()).unwrap();
            let text = String::from_utf8(bytes.clone())
                .unwrap_or_else(|_| bytes.iter().map(|b| format!("{b:02x}")).collect::<String>());
            let text = text
                .lines()
                .filter(|l| !l.contains("solve_seconds") && !l.contains("seconds"))
                .collect::<Vec<_>>()
                .join("\n");
            (name, text)
        })
        .collect();
    files.sort();
    files
}

#[test]
fn a_full_disk_while_writing_keeps_the_previous_outputs() {
    let tmp = tempfile::tempdir().unwrap();
    let inst = instance(tmp.path(), &[]);
    let out = tmp.path().join("out");
    assert!(solve_into(&inst, &out, None).status.success());
    let before = snapshot(&out);
    let failed = solve_into(&inst, &out, Some("write"));
    assert_eq!(failed.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&failed.stderr);
    assert!(
        stderr.contains("cannot write the outputs") && stderr.contains("no space left"),
        "{stderr}"
    );
    assert_eq!(snapshot(&out), before);
    assert_eq!(
        siblings(tmp.path()),
        ["inst", "out"],
        "no temporary folder left"
    );
}

#[test]
fn a_kill_before_or_during_the_swap_leaves_complete_outputs_or_none() {
    let tmp = tempfile::tempdir().unwrap();
    let inst = instance(tmp.path(), &[]);
    let out = tmp.path().join("out");
    assert!(solve_into(&inst, &out, None).status.success());
    let before = snapshot(&out);
    // Killed with the new outputs complete beside the old: the old stay.
    assert!(!solve_into(&inst, &out, Some("abort-before-swap"))
        .status
        .success());
    assert_eq!(snapshot(&out), before);
    // Killed right after the one-step swap: the new outputs are complete in place ...
    assert!(!solve_into(&inst, &out, Some("abort-mid-swap"))
        .status
        .success());
    assert_eq!(snapshot(&out), before);
    // ... and without the one-step swap, killed between the two renames: no outputs at
    // all, never a mix ...
    assert!(!solve_into(&inst, &out, Some("no-exchange,abort-mid-swap"))
        .status
        .success());
    assert!(!out.exists());
    // ... and the next run puts the old ones back before it writes, leaving no debris.
    assert!(solve_into(&inst, &out, None).status.success());
    assert_eq!(snapshot(&out), before);
    assert_eq!(siblings(tmp.path()), ["inst", "out"]);
}

#[test]
fn a_kill_at_any_moment_leaves_complete_outputs_or_none() {
    let tmp = tempfile::tempdir().unwrap();
    let hos = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/hos");
    let out = tmp.path().join("out");
    assert!(solve_into(&hos, &out, None).status.success());
    let before = snapshot(&out);
    let binary = assert_cmd::cargo::cargo_bin("stageplan");
    for delay_ms in [50, 400, 1200, 2500, 3600] {
        let mut child = std::process::Command::new(&binary)
            .env("STAGEPLAN_LANG", "en")
            .arg("solve")
            .arg(&hos)
            .arg("--out")
            .arg(&out)
            .arg("--quiet")
            .args(["--diagnosis-seconds", "600"])
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        if out.exists() {
            assert_eq!(snapshot(&out), before, "killed after {delay_ms} ms");
        }
    }
    assert!(solve_into(&hos, &out, None).status.success());
    assert_eq!(snapshot(&out), before);
    assert_eq!(siblings(tmp.path()), ["out"]);
}

#[test]
fn a_read_only_output_location_is_a_clear_failure() {
    let tmp = tempfile::tempdir().unwrap();
    let inst = instance(tmp.path(), &[]);
    let out = Path::new("/proc/stageplan-cannot-write-here");
    let failed = solve_into(&inst, out, None);
    assert_eq!(failed.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&failed.stderr);
    common::has_all(
        &stderr,
        &["cannot write the outputs to /proc/stageplan-cannot-write-here"],
    );
    assert!(stderr.contains("Choose another --out folder"), "{stderr}");
}

/// Found by the `csv_supervisors` fuzzer: `days` of only `|` gave a WPB present on no day.
#[test]
fn fuzz_found_a_days_cell_of_only_separators_is_refused() {
    let stderr = refused_wpbs(
        "W2,Wanda,B,biologie,ma|di|wo|do,2,72",
        "W2,Wanda,B,biologie,|,2,72",
        &[("E012", "supervisors.csv:3:5")],
    );
    assert!(stderr.contains("'days' names no weekday"), "{stderr}");
}

/// The same for a list that must have an item: subjects and school types.
#[test]
fn a_list_of_only_separators_is_refused() {
    let wpbs = WPBS.replace("W2,Wanda,B,biologie,", "W2,Wanda,B, | ,");
    let schools = SCHOOLS.replace("B,School B,vmbo,", "B,School B,|,");
    refused(
        &[("supervisors.csv", &wpbs), ("schools.csv", &schools)],
        &[("E010", "supervisors.csv:3:4"), ("E010", "schools.csv:3:3")],
    );
}
