//! One test per input error code (E001..E044): a small valid instance with one thing
//! broken, run through the real binary. Every test checks that `solve` exits 1, that
//! stderr names the code at the right `file:line:column`, and that nothing was written
//! to `--out` (no folder, no `.out.tmp-*` left behind).

use assert_cmd::Command;
use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;
use tempfile::TempDir;

// ---------------------------------------------------------------------------------
// The valid instance and the helpers
// ---------------------------------------------------------------------------------

const SCHOOLS: &str = "\
school_id,name,types
A,School A,havo|vwo
B,School B,vmbo
";

const SUPERVISORS: &str = "\
wpb_id,name,school_id,subjects,days,max_students
W1,Wim,A,biologie,ma|wo|do,1
W2,Wanda,B,biologie,ma|di|wo,2
";

const STUDENTS: &str = "\
student_id,name,track,subject
S1,Sara,HR-VT2,biologie
S2,Sem,HR-VT2,biologie
";

const TRAVEL: &str = "\
student_id,school_id,minutes
S1,A,30
S1,B,40
S2,A,35
S2,B,25
";

/// A small complete model; line numbers matter for the model tests:
/// line 2 `travel_limit_minutes`, line 10 `id = "HR-VT2"`, line 18 `id = "HR-VT3"`,
/// line 31 `preference_rank`.
const MODEL: &str = r#"name = "Test model"
travel_limit_minutes = 90
different_school_than_previous = true

[[institutes]]
id = "HR"
name = "Hogeschool Rotterdam"

[[tracks]]
id = "HR-VT2"
institute = "HR"
name = "Voltijd leerjaar 2"
days = ["ma", "wo"]
wpb_hours = 36
so_hours = 24

[[tracks]]
id = "HR-VT3"
institute = "HR"
name = "Voltijd leerjaar 3"
days = ["di", "wo"]
wpb_hours = 36
so_hours = 24
paid_min_fte = 0.1
paid_max_fte = 0.3

[weights]
unplaced = 10000
travel_minute = 1
same_type_as_previous = 30
preference_rank = 5
preference_unlisted = 25
uncertified_wpb = 20
"#;

/// A temporary folder holding the instance folder `inst`; `out` is the output folder.
struct Case {
    tmp: TempDir,
}

impl Case {
    fn inst(&self) -> PathBuf {
        self.tmp.path().join("inst")
    }

    fn out(&self) -> PathBuf {
        self.tmp.path().join("out")
    }

    fn remove(&self, name: &str) {
        fs::remove_file(self.inst().join(name)).unwrap();
    }

    fn write(&self, name: &str, bytes: &[u8]) {
        fs::write(self.inst().join(name), bytes).unwrap();
    }
}

/// The valid instance (no model.toml, so the built-in HOS model), with `files`
/// written over it or added to it.
fn fixture(files: &[(&str, &[u8])]) -> Case {
    let case = Case {
        tmp: tempfile::tempdir().unwrap(),
    };
    fs::create_dir(case.inst()).unwrap();
    for (name, text) in [
        ("schools.csv", SCHOOLS),
        ("supervisors.csv", SUPERVISORS),
        ("students.csv", STUDENTS),
        ("travel.csv", TRAVEL),
    ] {
        case.write(name, text.as_bytes());
    }
    for (name, bytes) in files {
        case.write(name, bytes);
    }
    case
}

/// The valid instance with the test model as its model.toml, edited: each `(from, to)`
/// replaces text that must occur in the model.
fn model_fixture(edits: &[(&str, &str)]) -> Case {
    let mut model = MODEL.to_string();
    for (from, to) in edits {
        assert!(model.contains(from), "the test model has no {from:?}");
        model = model.replacen(from, to, 1);
    }
    fixture(&[("model.toml", model.as_bytes())])
}

fn stageplan() -> Command {
    let mut cmd = Command::cargo_bin("stageplan").expect("binary");
    cmd.timeout(Duration::from_secs(120));
    // These tests assert the English messages; Dutch is tested in tests/lang.rs.
    cmd.env("STAGEPLAN_LANG", "en");
    cmd
}

/// Runs `stageplan <args>`, asserts exit code 1, and returns stderr.
fn run_exit_1(args: &[OsString]) -> String {
    let output = stageplan().args(args).output().expect("run stageplan");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(
        output.status.code(),
        Some(1),
        "stageplan {args:?} should exit 1\nstdout:\n{}\nstderr:\n{stderr}",
        String::from_utf8_lossy(&output.stdout)
    );
    stderr
}

/// Asserts that stderr lists exactly the `expected` errors, each as a line starting
/// with `file:line:column: error CODE: `.
fn assert_errors(stderr: &str, expected: &[(&str, &str)]) {
    for (code, location) in expected {
        let prefix = format!("{location}: error {code}: ");
        assert!(
            stderr.lines().any(|l| l.starts_with(&prefix)),
            "expected a line starting with {prefix:?}\nstderr:\n{stderr}"
        );
    }
    let errors = stderr.lines().filter(|l| l.contains(": error E")).count();
    assert_eq!(
        errors,
        expected.len(),
        "expected exactly {expected:?}\nstderr:\n{stderr}"
    );
    assert!(
        stderr.contains(&format!("{} error(s)", expected.len())),
        "no error count in stderr:\n{stderr}"
    );
}

/// Nothing was written: no output folder and no temporary folder beside it.
fn assert_nothing_written(case: &Case) {
    assert!(
        !case.out().exists(),
        "the --out folder was created: {}",
        case.out().display()
    );
    for entry in fs::read_dir(case.tmp.path()).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(
            !name.starts_with(".out."),
            "a temporary output folder was left behind: {name}"
        );
    }
}

/// `stageplan solve <inst> [extra] --out <out>` exits 1 with exactly the `expected`
/// errors and writes nothing. Returns stderr.
fn solve_fails_with_all(case: &Case, extra: &[OsString], expected: &[(&str, &str)]) -> String {
    let mut args: Vec<OsString> = vec!["solve".into(), case.inst().into()];
    args.extend_from_slice(extra);
    args.push("--out".into());
    args.push(case.out().into());
    let stderr = run_exit_1(&args);
    assert_errors(&stderr, expected);
    assert_nothing_written(case);
    stderr
}

/// `solve` exits 1 with exactly one error, `code` at `location` (`file:line:column`).
fn solve_fails_with(case: &Case, code: &str, location: &str) -> String {
    solve_fails_with_all(case, &[], &[(code, location)])
}

/// `stageplan check <inst> [extra]` exits 1 with exactly one error, `code` at `location`.
fn check_fails_with(case: &Case, extra: &[OsString], code: &str, location: &str) {
    let mut args: Vec<OsString> = vec!["check".into(), case.inst().into()];
    args.extend_from_slice(extra);
    let stderr = run_exit_1(&args);
    assert_errors(&stderr, &[(code, location)]);
    assert_nothing_written(case);
}

fn model_arg(path: &Path) -> Vec<OsString> {
    vec!["--model".into(), path.into()]
}

// ---------------------------------------------------------------------------------
// The starting points are valid
// ---------------------------------------------------------------------------------

#[test]
fn valid_instance_solves() {
    let case = fixture(&[]);
    stageplan()
        .arg("solve")
        .arg(case.inst())
        .arg("--out")
        .arg(case.out())
        .assert()
        .code(0);
    assert!(case.out().join("plan.csv").is_file());
    assert!(case.out().join("summary.json").is_file());
    stageplan().arg("check").arg(case.inst()).assert().code(0);
}

#[test]
fn valid_instance_with_the_test_model_solves() {
    let case = model_fixture(&[]);
    stageplan()
        .arg("solve")
        .arg(case.inst())
        .arg("--out")
        .arg(case.out())
        .assert()
        .code(0);
    assert!(case.out().join("plan.csv").is_file());
    let summary = fs::read_to_string(case.out().join("summary.json")).unwrap();
    assert!(summary.contains("\"Test model\""), "{summary}");
}

// ---------------------------------------------------------------------------------
// E001-E005: files
// ---------------------------------------------------------------------------------

#[test]
fn e001_missing_supervisors_csv() {
    let case = fixture(&[]);
    case.remove("supervisors.csv");
    let stderr = solve_fails_with(&case, "E001", "supervisors.csv:1:1");
    assert!(stderr.contains("the required file supervisors.csv is missing"));
    check_fails_with(&case, &[], "E001", "supervisors.csv:1:1");
}

#[test]
fn e001_missing_instance_folder() {
    let case = fixture(&[]);
    fs::remove_dir_all(case.inst()).unwrap();
    let location = format!("{}:1:1", case.inst().display());
    let stderr = solve_fails_with(&case, "E001", &location);
    assert!(stderr.contains("the instance folder (or Excel workbook) does not exist"));
}

#[test]
fn e001_unreadable_model_path() {
    let case = fixture(&[]);
    let missing = case.tmp.path().join("nope.toml");
    let stderr = solve_fails_with_all(&case, &model_arg(&missing), &[("E001", "nope.toml:1:1")]);
    assert!(stderr.contains("the model file cannot be read"));
    check_fails_with(&case, &model_arg(&missing), "E001", "nope.toml:1:1");
}

#[test]
fn e002_binary_file_with_nul_bytes() {
    let case = fixture(&[(
        "schools.csv",
        b"school_id,name,types\nA,School\0A,havo\nB,School B,vmbo\n",
    )]);
    let stderr = solve_fails_with(&case, "E002", "schools.csv:1:1");
    assert!(stderr.contains("binary data"));
}

#[test]
fn e002_utf16_with_bom() {
    let mut bytes = vec![0xFF, 0xFE];
    for unit in STUDENTS.encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    let case = fixture(&[("students.csv", &bytes)]);
    let stderr = solve_fails_with(&case, "E002", "students.csv:1:1");
    assert!(stderr.contains("UTF-16"));
    check_fails_with(&case, &[], "E002", "students.csv:1:1");
}

#[test]
fn e003_empty_students_csv() {
    let case = fixture(&[("students.csv", b"")]);
    let stderr = solve_fails_with(&case, "E003", "students.csv:1:1");
    assert!(stderr.contains("no header line"));
}

#[test]
fn e003_optional_travel_csv_with_only_a_bom_and_blank_lines() {
    let case = fixture(&[("travel.csv", b"\xEF\xBB\xBF\n\n")]);
    solve_fails_with(&case, "E003", "travel.csv:1:1");
}

#[test]
fn e004_supervisors_without_days_column() {
    // The place is the first column after the header's last one.
    let case = fixture(&[(
        "supervisors.csv",
        b"wpb_id,name,school_id,subjects,max_students\nW1,Wim,A,biologie,1\nW2,Wanda,B,biologie,2\n",
    )]);
    let stderr = solve_fails_with(&case, "E004", "supervisors.csv:1:6");
    assert!(stderr.contains("'days'"));
    check_fails_with(&case, &[], "E004", "supervisors.csv:1:6");
}

#[test]
fn e004_travel_without_minutes_column() {
    let case = fixture(&[("travel.csv", b"student_id,school_id\nS1,A\n")]);
    solve_fails_with(&case, "E004", "travel.csv:1:3");
}

/// The csv crate runs an unterminated quote to the end of the file, swallowing the rows
/// after it; it must be reported where the quote opens.
#[test]
fn e005_unterminated_quote() {
    let case = fixture(&[(
        "students.csv",
        b"student_id,name,track,subject\nS1,Sara,HR-VT2,\"biologie\nS2,Sem,HR-VT2,biologie\n",
    )]);
    case.remove("travel.csv");
    let model = MODEL.replace("travel_limit_minutes = 90\n", "");
    case.write("model.toml", model.as_bytes());
    solve_fails_with(&case, "E005", "students.csv:2:1");
}

// ---------------------------------------------------------------------------------
// E010-E013: cells
// ---------------------------------------------------------------------------------

#[test]
fn e010_empty_student_subject() {
    // travel.csv without S2, to keep the fixture to the one broken cell.
    let case = fixture(&[
        (
            "students.csv",
            b"student_id,name,track,subject\nS1,Sara,HR-VT2,biologie\nS2,Sem,HR-VT2,\n",
        ),
        (
            "travel.csv",
            b"student_id,school_id,minutes\nS1,A,30\nS1,B,40\n",
        ),
    ]);
    let stderr = solve_fails_with(&case, "E010", "students.csv:3:4");
    assert!(stderr.contains("'subject' is empty"));
}

#[test]
fn e010_empty_supervisor_subjects() {
    let case = fixture(&[(
        "supervisors.csv",
        b"wpb_id,name,school_id,subjects,days,max_students\nW1,Wim,A,biologie,ma|wo|do,1\nW2,Wanda,B,  ,ma|di|wo,2\n",
    )]);
    solve_fails_with(&case, "E010", "supervisors.csv:3:4");
}

#[test]
fn e011_max_students_is_text() {
    let case = fixture(&[(
        "supervisors.csv",
        b"wpb_id,name,school_id,subjects,days,max_students\nW1,Wim,A,biologie,ma|wo|do,abc\nW2,Wanda,B,biologie,ma|di|wo,2\n",
    )]);
    let stderr = solve_fails_with(&case, "E011", "supervisors.csv:2:6");
    assert!(stderr.contains("is not a number (value: 'abc')"));
    check_fails_with(&case, &[], "E011", "supervisors.csv:2:6");
}

#[test]
fn e011_max_students_is_negative() {
    let case = fixture(&[(
        "supervisors.csv",
        b"wpb_id,name,school_id,subjects,days,max_students\nW1,Wim,A,biologie,ma|wo|do,1\nW2,Wanda,B,biologie,ma|di|wo,-1\n",
    )]);
    let stderr = solve_fails_with(&case, "E011", "supervisors.csv:3:6");
    assert!(stderr.contains("is negative (value: '-1')"));
}

#[test]
fn e011_max_students_is_not_whole() {
    let case = fixture(&[(
        "supervisors.csv",
        b"wpb_id,name,school_id,subjects,days,max_students\nW1,Wim,A,biologie,ma|wo|do,1.5\nW2,Wanda,B,biologie,ma|di|wo,2\n",
    )]);
    let stderr = solve_fails_with(&case, "E011", "supervisors.csv:2:6");
    assert!(stderr.contains("is not a whole number"));
}

#[test]
fn e011_travel_minutes_is_a_formula() {
    let case = fixture(&[(
        "travel.csv",
        b"student_id,school_id,minutes\nS1,A,30\nS1,B,=SUM(A1)\nS2,A,35\nS2,B,25\n",
    )]);
    let stderr = solve_fails_with(&case, "E011", "travel.csv:3:3");
    assert!(stderr.contains("is a formula"));
}

#[test]
fn e011_thousands_separator_in_semicolon_file() {
    let case = fixture(&[(
        "travel.csv",
        b"student_id;school_id;minutes\nS1;A;30\nS1;B;40\nS2;A;1.234,5\nS2;B;25\n",
    )]);
    let stderr = solve_fails_with(&case, "E011", "travel.csv:4:3");
    assert!(stderr.contains("thousands separators"));
}

#[test]
fn e011_decimal_comma_in_comma_file() {
    // Quoted so that the comma stays in the cell; a decimal comma needs a ';' file.
    let case = fixture(&[(
        "travel.csv",
        b"student_id,school_id,minutes\nS1,A,30\nS1,B,40\nS2,A,\"35,5\"\nS2,B,25\n",
    )]);
    solve_fails_with(&case, "E011", "travel.csv:4:3");
}

#[test]
fn e011_latitude_out_of_range() {
    let case = fixture(&[(
        "schools.csv",
        b"school_id,name,types,lat,lon\nA,School A,havo|vwo,95,4.3\nB,School B,vmbo,52.0,4.3\n",
    )]);
    let stderr = solve_fails_with(&case, "E011", "schools.csv:2:4");
    assert!(stderr.contains("outside -90..90"));
}

#[test]
fn e011_paid_fte_is_text() {
    let case = fixture(&[(
        "students.csv",
        b"student_id,name,track,subject,paid_school,paid_fte\nS1,Sara,HR-VT2,biologie,A,veel\nS2,Sem,HR-VT2,biologie,,\n",
    )]);
    solve_fails_with(&case, "E011", "students.csv:2:6");
}

#[test]
fn e012_supervisor_day_is_not_a_weekday() {
    let case = fixture(&[(
        "supervisors.csv",
        b"wpb_id,name,school_id,subjects,days,max_students\nW1,Wim,A,biologie,ma|zaterdag|do,1\nW2,Wanda,B,biologie,ma|di|wo,2\n",
    )]);
    let stderr = solve_fails_with(&case, "E012", "supervisors.csv:2:5");
    assert!(stderr.contains("'zaterdag'"));
    check_fails_with(&case, &[], "E012", "supervisors.csv:2:5");
}

#[test]
fn e012_model_track_day_is_not_a_weekday() {
    let case = model_fixture(&[(r#"days = ["di", "wo"]"#, r#"days = ["di", "zondag"]"#)]);
    let stderr = solve_fails_with(&case, "E012", "model.toml:21:1");
    assert!(stderr.contains("'zondag'"));
}

#[test]
fn e013_certified_is_not_a_boolean() {
    let case = fixture(&[(
        "supervisors.csv",
        b"wpb_id,name,school_id,subjects,days,max_students,certified\nW1,Wim,A,biologie,ma|wo|do,1,ja\nW2,Wanda,B,biologie,ma|di|wo,2,misschien\n",
    )]);
    let stderr = solve_fails_with(&case, "E013", "supervisors.csv:3:7");
    assert!(stderr.contains("(value: 'misschien')"));
}

// ---------------------------------------------------------------------------------
// E020-E026: ids and references
// ---------------------------------------------------------------------------------

#[test]
fn e020_duplicate_school_id() {
    let case = fixture(&[(
        "schools.csv",
        b"school_id,name,types\nA,School A,havo|vwo\nB,School B,vmbo\nA,School A again,vwo\n",
    )]);
    let stderr = solve_fails_with(&case, "E020", "schools.csv:4:1");
    assert!(stderr.contains("first on line 2"));
}

#[test]
fn e020_duplicate_wpb_id() {
    let case = fixture(&[(
        "supervisors.csv",
        b"wpb_id,name,school_id,subjects,days,max_students\nW1,Wim,A,biologie,ma|wo|do,1\nW2,Wanda,B,biologie,ma|di|wo,2\nW1,Willem,B,biologie,ma|wo,1\n",
    )]);
    let stderr = solve_fails_with(&case, "E020", "supervisors.csv:4:1");
    assert!(stderr.contains("first on line 2"));
}

#[test]
fn e020_duplicate_student_id_in_second_column() {
    let case = fixture(&[(
        "students.csv",
        b"name,student_id,track,subject\nSara,S1,HR-VT2,biologie\nSem,S2,HR-VT2,biologie\nSanne,S1,HR-VT2,biologie\n",
    )]);
    let stderr = solve_fails_with(&case, "E020", "students.csv:4:2");
    assert!(stderr.contains("first on line 2"));
}

#[test]
fn e021_wpb_at_unknown_school() {
    let case = fixture(&[(
        "supervisors.csv",
        b"wpb_id,name,school_id,subjects,days,max_students\nW1,Wim,A,biologie,ma|wo|do,1\nW2,Wanda,C,biologie,ma|di|wo,2\n",
    )]);
    let stderr = solve_fails_with(&case, "E021", "supervisors.csv:3:3");
    assert!(stderr.contains("school 'C' is not in schools.csv"));
    check_fails_with(&case, &[], "E021", "supervisors.csv:3:3");
}

/// A paid school outside the partnership is not an input error (FORMAT.md does not ask
/// it to exist): it is a warning, and an accepted appointment there leaves the student
/// unplaced by rule 7.
#[test]
fn w003_paid_school_outside_the_partnership_is_a_warning() {
    let case = model_fixture(&[]);
    case.write(
        "students.csv",
        b"student_id,name,track,subject,paid_school,paid_fte\nS1,Sara,HR-VT2,biologie,,\nS2,Sem,HR-VT3,biologie,Z,0.2\n",
    );
    let out = case.out();
    let output = stageplan()
        .arg("solve")
        .arg(case.inst())
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("students.csv:3:5: warning W003"),
        "{stderr}"
    );
    let unplaced = fs::read_to_string(out.join("unplaced.csv")).unwrap();
    assert!(
        unplaced.contains("S2,R7_PAID_APPOINTMENT_SCHOOL"),
        "{unplaced}"
    );
}

#[test]
fn e022_unknown_track() {
    // travel.csv without S1, to keep the fixture to the one broken cell.
    let case = fixture(&[
        (
            "students.csv",
            b"student_id,name,track,subject\nS1,Sara,HR-VT9,biologie\nS2,Sem,HR-VT2,biologie\n",
        ),
        (
            "travel.csv",
            b"student_id,school_id,minutes\nS2,A,35\nS2,B,25\n",
        ),
    ]);
    let stderr = solve_fails_with(&case, "E022", "students.csv:2:3");
    assert!(stderr.contains("track 'HR-VT9' is not in the model"));
}

#[test]
fn e023_unknown_pinned_wpb() {
    let case = fixture(&[(
        "students.csv",
        b"student_id,name,track,subject,pinned_wpb\nS1,Sara,HR-VT2,biologie,\nS2,Sem,HR-VT2,biologie,W9\n",
    )]);
    let stderr = solve_fails_with(&case, "E023", "students.csv:3:5");
    assert!(stderr.contains("WPB 'W9'"));
}

/// travel.csv rows for people or schools outside the instance are skipped with a
/// warning: a travel export often covers more than this year's students.
fn travel_warning(travel: &[u8], location: &str, id: &str) {
    let case = fixture(&[("travel.csv", travel)]);
    let out = case.out();
    let output = stageplan()
        .arg("solve")
        .arg(case.inst())
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains(&format!("{location}: warning W004: '{id}'")),
        "{stderr}"
    );
    assert!(out.join("plan.csv").exists());
}

#[test]
fn w004_travel_row_for_unknown_student() {
    travel_warning(
        b"student_id,school_id,minutes\nS1,A,30\nS1,B,40\nS3,A,35\nS2,A,35\nS2,B,25\n",
        "travel.csv:4:1",
        "S3",
    );
}

#[test]
fn w004_travel_row_for_unknown_school() {
    travel_warning(
        b"student_id,school_id,minutes\nS1,A,30\nS1,B,40\nS2,A,35\nS2,C,35\nS2,B,25\n",
        "travel.csv:5:2",
        "C",
    );
}

#[test]
fn e025_no_travel_and_no_coordinates_with_a_travel_limit() {
    let case = fixture(&[]);
    case.remove("travel.csv");
    let stderr = solve_fails_with_all(
        &case,
        &[],
        &[("E025", "students.csv:2:1"), ("E025", "students.csv:3:1")],
    );
    assert!(stderr.contains("no travel time for student 'S1' to school A, B"));
}

#[test]
fn e025_one_missing_pair_with_coordinates_on_one_side_only() {
    // The students have coordinates, the schools do not: S2-B can be neither read nor
    // estimated.
    let case = fixture(&[
        (
            "students.csv",
            b"student_id,name,track,subject,lat,lon\nS1,Sara,HR-VT2,biologie,52.07,4.30\nS2,Sem,HR-VT2,biologie,52.01,4.36\n",
        ),
        (
            "travel.csv",
            b"student_id,school_id,minutes\nS1,A,30\nS1,B,40\nS2,A,35\n",
        ),
    ]);
    let stderr = solve_fails_with(&case, "E025", "students.csv:3:1");
    assert!(stderr.contains("no travel time for student 'S2' to school B,"));
}

#[test]
fn e026_same_pair_twice_in_travel() {
    let case = fixture(&[(
        "travel.csv",
        b"student_id,school_id,minutes\nS1,A,30\nS1,B,40\nS2,A,35\nS2,B,25\nS1,B,45\n",
    )]);
    let stderr = solve_fails_with(&case, "E026", "travel.csv:6:1");
    assert!(stderr.contains("first on line 3"));
}

// ---------------------------------------------------------------------------------
// E030-E031: pins
// ---------------------------------------------------------------------------------

#[test]
fn e030_pins_exceed_wpb_max_students() {
    // src places the problem at column 1 of the last pinned student's row.
    let case = fixture(&[(
        "students.csv",
        b"student_id,name,track,subject,pinned_wpb\nS1,Sara,HR-VT2,biologie,W1\nS2,Sem,HR-VT2,biologie,W1\n",
    )]);
    let stderr = solve_fails_with(&case, "E030", "students.csv:3:5");
    assert!(stderr.contains("WPB 'W1' 2 students"));
    check_fails_with(&case, &[], "E030", "students.csv:3:5");
}

#[test]
fn e030_pins_exceed_wpb_max_hours() {
    let case = fixture(&[
        (
            "supervisors.csv",
            b"wpb_id,name,school_id,subjects,days,max_students,max_hours\nW1,Wim,A,biologie,ma|wo|do,2,40\nW2,Wanda,B,biologie,ma|di|wo,2,\n",
        ),
        (
            "students.csv",
            b"student_id,name,track,subject,pinned_wpb\nS1,Sara,HR-VT2,biologie,W1\nS2,Sem,HR-VT2,biologie,W1\n",
        ),
    ]);
    let stderr = solve_fails_with(&case, "E030", "students.csv:3:5");
    assert!(stderr.contains("72 hours"));
}

#[test]
fn e030_pins_exceed_school_max_students() {
    let case = fixture(&[
        (
            "schools.csv",
            b"school_id,name,types,max_students\nA,School A,havo|vwo,\nB,School B,vmbo,1\n",
        ),
        (
            "students.csv",
            b"student_id,name,track,subject,pinned_wpb\nS1,Sara,HR-VT2,biologie,W2\nS2,Sem,HR-VT2,biologie,W2\n",
        ),
    ]);
    let stderr = solve_fails_with(&case, "E030", "students.csv:3:5");
    assert!(stderr.contains("school 'B'"));
}

#[test]
fn e031_group_pinned_to_two_schools() {
    let case = fixture(&[(
        "students.csv",
        b"student_id,name,track,subject,pinned_wpb,group\nS1,Sara,HR-VT2,biologie,W1,G\nS2,Sem,HR-VT2,biologie,W2,G\n",
    )]);
    let stderr = solve_fails_with(&case, "E031", "students.csv:3:6");
    assert!(stderr.contains("group 'G' is pinned to two schools"));
}

// ---------------------------------------------------------------------------------
// E040-E044: the model file
// ---------------------------------------------------------------------------------

#[test]
fn e040_unknown_key_in_model() {
    let case = model_fixture(&[("travel_limit_minutes = 90", "travel_limit = 90")]);
    let stderr = solve_fails_with(&case, "E040", "model.toml:2:1");
    assert!(stderr.contains("unknown field `travel_limit`"));
    check_fails_with(&case, &[], "E040", "model.toml:2:1");
}

#[test]
fn e040_unknown_weight_in_model_given_with_model_option() {
    // The model is given with --model, so its own file name is reported.
    let case = fixture(&[]);
    let path = case.tmp.path().join("policy.toml");
    fs::write(
        &path,
        MODEL.replace(
            "uncertified_wpb = 20",
            "uncertified_wpb = 20\nunplaced_penalty = 1",
        ),
    )
    .unwrap();
    let stderr = solve_fails_with_all(&case, &model_arg(&path), &[("E040", "policy.toml:34:1")]);
    assert!(stderr.contains("unknown field `unplaced_penalty`"));
}

#[test]
fn e041_duplicate_track_id() {
    // Reported at the second definition (line 18), the one to change.
    let case = model_fixture(&[(r#"id = "HR-VT3""#, r#"id = "HR-VT2""#)]);
    let stderr = solve_fails_with(&case, "E041", "model.toml:18:1");
    assert!(stderr.contains("track 'HR-VT2' is defined twice"));
}

#[test]
fn e042_track_names_unknown_institute() {
    let case = model_fixture(&[(
        "institute = \"HR\"\nname = \"Voltijd leerjaar 3\"",
        "institute = \"UVA\"\nname = \"Voltijd leerjaar 3\"",
    )]);
    let stderr = solve_fails_with(&case, "E042", "model.toml:19:1");
    assert!(stderr.contains("institute 'UVA'"));
}

#[test]
fn e043_track_with_empty_days() {
    let case = model_fixture(&[(r#"days = ["di", "wo"]"#, "days = []")]);
    let stderr = solve_fails_with(&case, "E043", "model.toml:21:1");
    assert!(stderr.contains("track 'HR-VT3' has no stage days"));
}

#[test]
fn e044_negative_weight() {
    let case = model_fixture(&[("preference_rank = 5", "preference_rank = -5")]);
    let stderr = solve_fails_with(&case, "E044", "model.toml:31:1");
    assert!(stderr.contains("weight 'preference_rank'"));
    check_fails_with(&case, &[], "E044", "model.toml:31:1");
}

#[test]
fn e044_negative_track_hours() {
    let case = model_fixture(&[(
        "wpb_hours = 36\nso_hours = 24\npaid_min_fte",
        "wpb_hours = -36\nso_hours = 24\npaid_min_fte",
    )]);
    let stderr = solve_fails_with(&case, "E044", "model.toml:22:1");
    assert!(stderr.contains("'wpb_hours' of track 'HR-VT3'"));
}

#[test]
fn e044_negative_travel_limit() {
    let case = model_fixture(&[("travel_limit_minutes = 90", "travel_limit_minutes = -5")]);
    solve_fails_with(&case, "E044", "model.toml:2:1");
}

// ---------------------------------------------------------------------------------
// Line numbers in files as Excel writes them (the csv crate's own line count is off
// for CRLF files and after blank lines, so stageplan counts lines itself).
// ---------------------------------------------------------------------------------

#[test]
fn e010_location_in_crlf_file() {
    let case = fixture(&[
        (
            "students.csv",
            b"student_id,name,track,subject\r\nS1,Sara,HR-VT2,\r\nS2,Sem,HR-VT2,biologie\r\n",
        ),
        (
            "travel.csv",
            b"student_id,school_id,minutes\nS2,A,35\nS2,B,25\n",
        ),
    ]);
    solve_fails_with(&case, "E010", "students.csv:2:4");
}

#[test]
fn e010_location_after_blank_lines() {
    let case = fixture(&[
        (
            "students.csv",
            b"student_id,name,track,subject\nS1,Sara,HR-VT2,biologie\n\n\nS2,Sem,HR-VT2,\n",
        ),
        (
            "travel.csv",
            b"student_id,school_id,minutes\nS1,A,30\nS1,B,40\n",
        ),
    ]);
    solve_fails_with(&case, "E010", "students.csv:5:4");
}

#[test]
fn e006_row_with_more_cells_than_the_header() {
    // An unquoted decimal comma in a comma file splits the value over two cells.
    let case = fixture(&[(
        "students.csv",
        b"student_id,name,track,subject,paid_school,paid_fte\nS1,Sara,HR-VT2,biologie,A,0,3\nS2,Sem,HR-VT2,biologie,,\n",
    )]);
    let stderr = solve_fails_with(&case, "E006", "students.csv:2:7");
    assert!(stderr.contains("(value: '3')"), "{stderr}");
}

#[test]
fn e040_a_weight_that_is_not_named() {
    let case = model_fixture(&[("uncertified_wpb = 20\n", "")]);
    let stderr = solve_fails_with(&case, "E040", "model.toml:27:1");
    assert!(
        stderr.contains("missing field `uncertified_wpb`"),
        "{stderr}"
    );
    assert!(stderr.contains("Add the missing key"), "{stderr}");
}
