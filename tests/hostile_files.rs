//! Issue 17, items 2-4 through the real binary, for CSV and TOML files: what is there but
//! unreadable is an error that says what it is (never "missing", never a silent default),
//! a column given twice is an error, invisible characters in ids are removed with a
//! warning, floods of one problem are listed by their first twenty and counted, and the
//! model is checked for what the solver can take. The same for workbook cells is in
//! `tests/workbook_values.rs`.

mod common;

use common::book::children_peak_mb;
use common::small::{checked_with, instance, STUDENTS, TRAVEL};
use common::{exits, refused, stageplan};
use stageplan::input::model_file::HOS_MODEL;
use std::fs;
use std::path::{Path, PathBuf};

/// Makes a named pipe at `path` (mkfifo of coreutils).
fn fifo(path: &Path) {
    let made = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap();
    assert!(made.success());
}

fn link(target: &str, at: &Path) {
    std::os::unix::fs::symlink(target, at).unwrap();
}

/// The valid instance with its file `name` replaced (or, when it has none, given) by
/// what `make` puts at that path.
fn with_file_as(name: &str, make: impl FnOnce(&Path)) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let inst = instance(dir.path(), &[]);
    let path = inst.join(name);
    if path.exists() {
        fs::remove_file(&path).unwrap();
    }
    make(&path);
    (dir, inst)
}

#[test]
fn a_travel_csv_that_is_a_dangling_link_is_an_error_not_estimates() {
    let (_dir, inst) = with_file_as("travel.csv", |p| link("gone.csv", p));
    refused(
        &inst,
        "E009",
        "travel.csv:1:1",
        &["symbolic link to gone.csv, which does not exist"],
    );
}

#[test]
fn a_travel_csv_that_is_a_folder_is_an_error_not_estimates() {
    let (_dir, inst) = with_file_as("travel.csv", |p| fs::create_dir(p).unwrap());
    refused(
        &inst,
        "E009",
        "travel.csv:1:1",
        &["is a folder, not a file"],
    );
}

#[test]
fn a_travel_csv_that_is_a_fifo_is_an_error_without_waiting() {
    let (_dir, inst) = with_file_as("travel.csv", fifo);
    refused(&inst, "E009", "travel.csv:1:1", &["named pipe (FIFO)"]);
}

#[test]
fn a_model_toml_that_is_a_link_to_nothing_a_folder_or_a_fifo_is_an_error_not_the_built_in_model() {
    let dangling: fn(&Path) = |model| link("nowhere.toml", model);
    let folder: fn(&Path) = |model| fs::create_dir(model).unwrap();
    for (make, words) in [
        (dangling, "symbolic link"),
        (folder, "is a folder"),
        (fifo, "named pipe"),
    ] {
        let (_dir, inst) = with_file_as("model.toml", make);
        refused(
            &inst,
            "E009",
            "model.toml:1:1",
            &[words, "remove model.toml"],
        );
    }
}

#[test]
fn a_students_csv_that_is_a_device_or_a_fifo_is_refused_for_what_it_is() {
    for (target, words) in [
        ("/dev/urandom", "is a device (/dev/urandom)"),
        ("/dev/zero", "is a device (/dev/zero)"),
        ("fifo", "named pipe (FIFO)"),
    ] {
        let (_dir, inst) = with_file_as("students.csv", |students| match target {
            "fifo" => fifo(students),
            device => link(device, students),
        });
        let stderr = refused(&inst, "E009", "students.csv:1:1", &[words]);
        assert!(
            !stderr.contains("missing") && !stderr.contains("does not exist"),
            "{stderr}"
        );
    }
}

#[test]
fn a_column_given_twice_in_a_csv_file_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let schools = "school_id,name,types,max_students,max_studenten\nA,School A,havo,10,3\nB,School B,vmbo,,\n";
    let inst = instance(dir.path(), &[("schools.csv", schools)]);
    refused(
        &inst,
        "E015",
        "schools.csv:1:5",
        &["'max_students' is in the header twice: also in column 4 ('max_students')"],
    );
    let twice =
        "school_id,name,types,max_students,max_students\nA,School A,havo,10,3\nB,School B,vmbo,,\n";
    let inst = instance(&dir.path().join("b"), &[("schools.csv", twice)]);
    refused(&inst, "E015", "schools.csv:1:5", &[]);
}

#[test]
fn invisible_characters_in_an_id_are_removed_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let students = "student_id,name,track,subject\nS\u{200B}1,Sara,HR-VT2,biologie\n\u{FEFF}S2,Sem,HR-VT2,bio\u{A0}logie\n";
    let inst = instance(dir.path(), &[("students.csv", students)]);
    let out = dir.path().join("out");
    let stderr = exits(
        &[
            "solve".as_ref(),
            inst.as_os_str(),
            "--out".as_ref(),
            out.as_os_str(),
        ],
        0,
    );
    common::has_all(&stderr, &["students.csv:2:1: warning W006"]);
    assert!(
        stderr.contains("read as 'S1'") && stderr.contains("'S<U+200B>1'"),
        "{stderr}"
    );
    common::has_all(&stderr, &["students.csv:3:4: warning W006"]);
    let plan = fs::read_to_string(out.join("plan.csv")).unwrap();
    assert!(
        plan.contains("\nS1,") && !plan.contains('\u{200B}') && !plan.contains('\u{FEFF}'),
        "{plan}"
    );
}

/// The file `text` with `n` more rows, row `i` made by `row`.
fn flooded(text: &str, n: usize, row: impl Fn(usize) -> String) -> String {
    let mut out = String::from(text);
    for i in 0..n {
        out.push_str(&row(i));
    }
    out
}

#[test]
fn a_flood_of_half_a_million_warnings_is_listed_by_twenty_and_counted() {
    let travel = flooded(TRAVEL, 500_000, |i| format!("X{i},A,30\n"));
    let stderr = checked_with(&[("travel.csv", &travel)], 0);
    assert_eq!(stderr.matches("warning W004").count(), 20, "{stderr}");
    assert!(stderr.contains("… and 499,980 more W004"), "{stderr}");
    assert!(stderr.contains("500000 warning(s)"), "{stderr}");
    assert!(children_peak_mb() < 1024);
}

#[test]
fn two_million_bad_rows_stop_after_a_thousand_errors() {
    let students = flooded(STUDENTS, 2_000_000, |i| {
        format!("Y{i},Y,NO-TRACK,biologie\n")
    });
    let started = std::time::Instant::now();
    let stderr = checked_with(&[("students.csv", &students)], 1);
    common::has_all(
        &stderr,
        &["error E008: after 1,000 errors the rest of this file was not read"],
    );
    assert!(stderr.contains("… and 980 more E022"), "{stderr}");
    assert!(stderr.lines().count() < 200, "listed, not flooded");
    assert!(started.elapsed().as_secs() < 30, "{:?}", started.elapsed());
    assert!(children_peak_mb() < 1024);
}

#[test]
fn verify_of_a_million_duplicate_rows_lists_twenty_and_counts_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let inst = instance(dir.path(), &[]);
    let mut plan = String::from("student_id,school_id,wpb_id\n");
    for _ in 0..1_000_000 {
        plan.push_str("S1,A,W1\n");
    }
    let path = dir.path().join("plan.csv");
    fs::write(&path, plan).unwrap();
    let output = stageplan()
        .arg("verify")
        .arg(&inst)
        .arg(&path)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stdout.matches("one_wpb_per_student").count(),
        21,
        "{stdout}"
    );
    common::has_all(&stdout, &["… and 999,979 more of the same rule"]);
    assert!(stdout.contains("999999 hard rule violation(s)"), "{stdout}");
    assert!(children_peak_mb() < 1024);
}

#[test]
fn a_weight_of_1e20_is_refused_by_check_at_its_model_line() {
    let dir = tempfile::tempdir().unwrap();
    let model = HOS_MODEL.replacen("unplaced = 10000", "unplaced = 1e20", 1);
    let inst = instance(dir.path(), &[("model.toml", &model)]);
    let line = model
        .lines()
        .position(|l| l.starts_with("unplaced"))
        .unwrap()
        + 1;
    refused(
        &inst,
        "E044",
        &format!("model.toml:{line}:1"),
        &["outside the range 0 or 0.0001 to 1,000,000"],
    );
}

#[test]
fn hours_and_capacities_beyond_their_range_are_refused_where_they_are_written() {
    let dir = tempfile::tempdir().unwrap();
    let model = HOS_MODEL.replacen("wpb_hours = 36", "wpb_hours = 1e9", 1);
    let inst = instance(dir.path(), &[("model.toml", &model)]);
    refused(
        &inst,
        "E044",
        "model.toml:43:1",
        &["'wpb_hours (HR-VT2)' is 1000000000, outside the range 0 to 10,000"],
    );
    let schools = "school_id,name,types,max_students\nA,School A,havo,2000000\nB,School B,vmbo,\n";
    let inst = instance(&dir.path().join("b"), &[("schools.csv", schools)]);
    refused(
        &inst,
        "E011",
        "schools.csv:2:4",
        &["is larger than 1,000,000"],
    );
}
