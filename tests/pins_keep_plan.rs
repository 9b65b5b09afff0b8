//! `solve --pins plan.xlsx`: the plan the pins came from is kept with the pinned corrections
//! (issue 16 item 6), and an edit of a pinned row's school or name column is an error
//! naming the cell, never ignored (item 7).

mod common;

use common::{book, csv_rows, read, says, stageplan};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn hos() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/hos")
}

/// The rows of the placements sheet, as text.
fn sheet_rows(path: &Path) -> Vec<Vec<String>> {
    book::sheet_rows(path, "Plaatsingen")
}

/// Writes `rows` as the placements sheet of a new plan.xlsx, as Excel saves an edit.
fn write_plan(path: &Path, rows: &[Vec<String>]) {
    book::xlsx(path, &[("Plaatsingen", rows)], book::all_text);
}

/// The plan of data/hos, solved once into `dir/first`, with its plan.xlsx rows.
fn first_plan(dir: &Path) -> (PathBuf, Vec<Vec<String>>) {
    let out = dir.join("first");
    stageplan()
        .arg("solve")
        .arg(hos())
        .args(["--lang", "nl", "--quiet", "--suggestions", "0", "--out"])
        .arg(&out)
        .assert()
        .success();
    let rows = sheet_rows(&out.join("plan.xlsx"));
    assert_eq!(rows[0][0], "studentnummer");
    assert_eq!(rows[0][11], "vastzetten");
    (out, rows)
}

/// student -> WPB of a plan.csv.
fn wpbs(plan: &Path) -> BTreeMap<String, String> {
    csv_rows(&read(plan))
        .into_iter()
        .map(|r| (r["student_id"].clone(), r["wpb_id"].clone()))
        .collect()
}

/// Students whose WPB differs between two plans, leaving `except` out.
fn moved(a: &BTreeMap<String, String>, b: &BTreeMap<String, String>, except: &str) -> usize {
    let ids: std::collections::BTreeSet<&String> = a.keys().chain(b.keys()).collect();
    ids.into_iter()
        .filter(|id| id.as_str() != except && a.get(*id) != b.get(*id))
        .count()
}

#[test]
fn pins_from_a_plan_keep_that_plan_and_say_who_moved_and_why() {
    let dir = tempfile::tempdir().unwrap();
    let (first, rows) = first_plan(dir.path());
    let before = wpbs(&first.join("plan.csv"));
    // The coördinator moves the first student to the second student's WPB and pins it.
    let (student, wpb) = (rows[1][0].clone(), rows[2][6].clone());
    let mut edited = rows.clone();
    edited[1][4] = rows[2][4].clone();
    edited[1][5] = rows[2][5].clone();
    edited[1][6] = wpb.clone();
    edited[1][7] = rows[2][7].clone();
    edited[1][11] = "ja".into();
    let pins = dir.path().join("plan-aangepast.xlsx");
    write_plan(&pins, &edited);
    let solve = |out: &str, extra: &[&str]| {
        let out = dir.path().join(out);
        let output = stageplan()
            .arg("solve")
            .arg(hos())
            .args(["--suggestions", "0", "--pins"])
            .arg(&pins)
            .args(extra)
            .arg("--out")
            .arg(&out)
            .output()
            .unwrap();
        assert!(output.status.success(), "{output:?}");
        (out, String::from_utf8(output.stdout).unwrap())
    };
    let (kept, said) = solve("kept", &[]);
    let (scratch, _) = solve("scratch", &["--pins-from-scratch"]);
    let kept_plan = wpbs(&kept.join("plan.csv"));
    let scratch_plan = wpbs(&scratch.join("plan.csv"));
    assert_eq!(kept_plan[&student], wpb, "the pin is honoured");
    assert_eq!(scratch_plan[&student], wpb, "the pin is honoured");
    let moved_kept = moved(&before, &kept_plan, &student);
    let moved_scratch = moved(&before, &scratch_plan, &student);
    assert!(
        moved_kept < moved_scratch,
        "keeping the plan moves {moved_kept}, from scratch {moved_scratch}"
    );
    // The summary, summary.json and changes.csv say how many moved and why.
    let summary = common::json(&kept.join("summary.json"));
    let repair = &summary["repair"];
    let by_reason = repair["moved_by_reason"].as_object().unwrap();
    let counted: u64 = by_reason.values().map(|n| n.as_u64().unwrap()).sum();
    assert_eq!(repair["moved"].as_u64(), Some(counted), "{repair}");
    assert!(said.contains("the plan of --pins is kept"), "{said}");
    assert!(
        said.contains(&format!("{} moved", repair["moved"])),
        "{said}"
    );
    let changes = csv_rows(&read(&kept.join("changes.csv")));
    let changed: Vec<&str> = changes.iter().map(|c| c["student_id"].as_str()).collect();
    assert!(!changed.contains(&student.as_str()), "the pin is the plan");
    for c in &changes {
        assert!(!c["reason"].is_empty(), "{c:?}");
    }
    // The other student of that WPB, when it had no seat left, moved for the pin.
    let other = &rows[2][0];
    if kept_plan.get(other) != Some(&wpb) {
        let row = changes.iter().find(|c| &c["student_id"] == other).unwrap();
        assert_eq!(row["reason_code"], "ROOM_FOR_PIN", "{row:?}");
        assert!(row["reason"].contains(&student), "{row:?}");
    }
    let report = read(&kept.join("report.html"));
    assert!(
        report.contains("Who moved, and why"),
        "report.html names the moves"
    );
    // From scratch: the old behaviour, nothing compared.
    assert!(!scratch.join("changes.csv").exists());
    let summary = common::json(&scratch.join("summary.json"));
    assert!(summary["repair"].is_null(), "{summary}");
}

/// `solve` of data/hos with the plan `rows` (written to `dir`/edited.xlsx) as `--pins`,
/// `extra` arguments besides, in `lang`: its exit code and stderr.
fn solve_with_pins(
    dir: &Path,
    rows: &[Vec<String>],
    extra: &[&str],
    lang: &str,
) -> (Option<i32>, String) {
    let pins = dir.join("edited.xlsx");
    write_plan(&pins, rows);
    let output = stageplan()
        .arg("solve")
        .arg(hos())
        .args(["--suggestions", "0", "--quiet", "--lang", lang, "--pins"])
        .arg(&pins)
        .args(extra)
        .arg("--out")
        .arg(dir.join("never"))
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

/// A pinned row whose student or WPB the instance lacks is E023 at that id's cell.
#[test]
fn e023_a_pinned_row_of_an_unknown_student_or_wpb_names_its_cell() {
    let dir = tempfile::tempdir().unwrap();
    let (_, rows) = first_plan(dir.path());
    for (column, cell, words) in [
        (0, "A3", "this student of the plan is not in the instance"),
        (6, "G3", "this WPB of the plan is not in the instance"),
    ] {
        let mut edited = rows.clone();
        edited[2][column] = "NOBODY".into();
        edited[2][11] = "ja".into();
        let (code, stderr) = solve_with_pins(dir.path(), &edited, &[], "en");
        assert_eq!(code, Some(1), "{stderr}");
        says(
            &stderr,
            "E023",
            &format!("edited.xlsx, Plaatsingen!{cell}"),
            &[words],
        );
    }
}

#[test]
fn an_edited_school_or_name_cell_of_a_pinned_row_is_an_error_naming_the_cell() {
    let dir = tempfile::tempdir().unwrap();
    let (_, rows) = first_plan(dir.path());
    // Row 3 of the sheet: the coördinator types another school but keeps the WPB id.
    let other_school = rows
        .iter()
        .skip(1)
        .map(|r| r[4].clone())
        .find(|c| *c != rows[2][4])
        .unwrap();
    // The plan edited by `edit`, as pins: `solve` exits with `code`; its stderr.
    let run = |edit: &dyn Fn(&mut Vec<Vec<String>>), extra: &[&str], lang: &str, code: i32| {
        let mut edited = rows.clone();
        edit(&mut edited);
        let (exit, stderr) = solve_with_pins(dir.path(), &edited, extra, lang);
        assert_eq!(exit, Some(code), "{stderr}");
        stderr
    };
    let school = |e: &mut Vec<Vec<String>>| {
        e[2][4] = other_school.clone();
        e[2][11] = "ja".into();
    };
    let stderr = run(&school, &[], "en", 1);
    says(
        &stderr,
        "E032",
        "edited.xlsx, Plaatsingen!E3",
        &[&other_school, &rows[2][6], &rows[2][4], "wpb_id"],
    );
    // Also from scratch, and in Dutch.
    let stderr = run(&school, &["--pins-from-scratch"], "nl", 1);
    common::has_all(&stderr, &["edited.xlsx, Plaatsingen!E3: fout E032"]);
    assert!(stderr.contains("wpb_nummer"), "{stderr}");
    // The WPB's name and the school's name are checked as well.
    let name = |e: &mut Vec<Vec<String>>| {
        e[2][7] = "Iemand Anders".into();
        e[2][5] = "Een Andere School".into();
        e[2][11] = "ja".into();
    };
    let stderr = run(&name, &[], "en", 1);
    for (cell, words) in [("H3", "Iemand Anders"), ("F3", "Een Andere School")] {
        says(
            &stderr,
            "E032",
            &format!("edited.xlsx, Plaatsingen!{cell}"),
            &[words],
        );
    }
    // Only the id changed, the rest of the row still as it was: the id decides.
    let id_only = |e: &mut Vec<Vec<String>>| {
        e[2][6] = rows[1][6].clone();
        e[2][11] = "ja".into();
    };
    run(&id_only, &[], "en", 0);
    // An unpinned row is part of the kept plan: its edit is an error too, but from
    // scratch only the pins count, as before.
    let unpinned = |e: &mut Vec<Vec<String>>| e[2][4] = other_school.clone();
    let stderr = run(&unpinned, &[], "en", 1);
    says(&stderr, "E032", "edited.xlsx, Plaatsingen!E3", &[]);
    run(&unpinned, &["--pins-from-scratch"], "en", 0);
}
