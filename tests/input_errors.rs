//! Tests per input error code (E001..E044), as a table: each row is a small valid
//! instance with one thing broken, run through the real binary. Every row checks that
//! `solve` exits 1, that stderr names exactly the expected codes at the right
//! `file:line:column` with the expected words, and that nothing was written to `--out`
//! (no folder, no `.out.tmp-*` left behind); some check that `check` fails the same way.

mod common;

use assert_cmd::Command;
use std::ffi::OsString;
use std::fs;
use std::path::PathBuf;
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

/// students.csv with both students pinned to W1, who takes one.
const TWO_PINNED_TO_W1: &[u8] = b"student_id,name,track,subject,pinned_wpb\nS1,Sara,HR-VT2,biologie,W1\nS2,Sem,HR-VT2,biologie,W1\n";

/// students.csv saved as UTF-16 (little-endian, with its byte-order mark).
const STUDENTS_UTF16: &[u8] = &utf16le::<{ 2 + 2 * STUDENTS.len() }>(STUDENTS);

/// `text` (ASCII) as UTF-16 little-endian bytes after a byte-order mark.
const fn utf16le<const N: usize>(text: &str) -> [u8; N] {
    let text = text.as_bytes();
    assert!(N == 2 + 2 * text.len());
    let mut out = [0u8; N];
    out[0] = 0xFF;
    out[1] = 0xFE;
    let mut i = 0;
    while i < text.len() {
        assert!(text[i].is_ascii());
        out[2 + 2 * i] = text[i];
        i += 1;
    }
    out
}

/// A small complete model; line numbers matter for the model tests:
/// line 2 `travel_limit_minutes`, line 10 `id = "HR-VT2"`, line 18 `id = "HR-VT3"`,
/// line 31 `preference_rank`.
const MODEL: &str = concat!(
    r#"name = "Test model"
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

"#,
    crate::weights_toml!()
);

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
    fixture(&[("model.toml", edited_model(edits).as_bytes())])
}

/// The test model with each `(from, to)` replacing text that must occur in it.
fn edited_model(edits: &[(&str, &str)]) -> String {
    let mut model = MODEL.to_string();
    for (from, to) in edits {
        assert!(model.contains(from), "the test model has no {from:?}");
        model = model.replacen(from, to, 1);
    }
    model
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

/// `stageplan solve <inst> --out <out>` exits 0. Returns stderr (its warnings).
fn solve_succeeds(case: &Case) -> String {
    let output = stageplan()
        .arg("solve")
        .arg(case.inst())
        .arg("--out")
        .arg(case.out())
        .output()
        .expect("run stageplan");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    stderr
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

/// `stageplan check <inst> [extra]` exits 1 with exactly the `expected` errors.
fn check_fails_with_all(case: &Case, extra: &[OsString], expected: &[(&str, &str)]) {
    let mut args: Vec<OsString> = vec!["check".into(), case.inst().into()];
    args.extend_from_slice(extra);
    let stderr = run_exit_1(&args);
    assert_errors(&stderr, expected);
    assert_nothing_written(case);
}

// ---------------------------------------------------------------------------------
// The table's rows and how one is run
// ---------------------------------------------------------------------------------

/// One broken instance and what `solve` must say about it. In `args` and in the
/// places of `errors`, `{tmp}` is the case's temporary folder and `{inst}` its instance.
struct Broken {
    /// Files written over the valid instance, or added to it.
    write: &'static [(&'static str, &'static [u8])],
    /// The test model, edited (each `(from, to)` must occur), written at this path in
    /// the temporary folder; `None` leaves the instance on the built-in HOS model.
    model: Option<(&'static str, &'static [(&'static str, &'static str)])>,
    /// Files of the valid instance removed ([`THE_FOLDER`] removes the instance).
    remove: &'static [&'static str],
    /// Extra arguments of `solve` (and `check`).
    args: &'static [&'static str],
    /// Exactly the errors expected: the code and `file:line:column`.
    errors: &'static [(&'static str, &'static str)],
    /// Words stderr must contain.
    words: &'static [&'static str],
    /// `check` must fail with the same errors.
    check_too: bool,
}

/// A row with nothing broken yet; each row names what it changes.
const VALID: Broken = Broken {
    write: &[],
    model: None,
    remove: &[],
    args: &[],
    errors: &[],
    words: &[],
    check_too: false,
};

/// The test model as the instance's own model.toml.
const MODEL_TOML: &str = "inst/model.toml";

/// In `remove`: the whole instance folder.
const THE_FOLDER: &str = "";

/// Builds the row's instance and asserts everything it expects.
fn run(row: &Broken) {
    let case = fixture(row.write);
    if let Some((path, edits)) = row.model {
        fs::write(case.tmp.path().join(path), edited_model(edits)).unwrap();
    }
    for name in row.remove {
        let path = case.inst().join(name);
        if path.is_dir() {
            fs::remove_dir_all(path).unwrap();
        } else {
            fs::remove_file(path).unwrap();
        }
    }
    let fill = |text: &str| {
        text.replace("{tmp}", &case.tmp.path().display().to_string())
            .replace("{inst}", &case.inst().display().to_string())
    };
    let args: Vec<OsString> = row.args.iter().map(|a| fill(a).into()).collect();
    let places: Vec<String> = row.errors.iter().map(|(_, at)| fill(at)).collect();
    let errors: Vec<(&str, &str)> = row
        .errors
        .iter()
        .zip(&places)
        .map(|((code, _), at)| (*code, at.as_str()))
        .collect();
    let stderr = solve_fails_with_all(&case, &args, &errors);
    for words in row.words {
        assert!(
            stderr.contains(words),
            "expected {words:?}\nstderr:\n{stderr}"
        );
    }
    if row.check_too {
        check_fails_with_all(&case, &args, &errors);
    }
}

/// One `#[test]` per row, named after the code it tests.
macro_rules! broken_instances {
    ($($(#[$doc:meta])* $name:ident: $row:expr,)*) => {
        $(
            $(#[$doc])*
            #[test]
            fn $name() {
                run(&$row);
            }
        )*
    };
}

// ---------------------------------------------------------------------------------
// The starting points are valid
// ---------------------------------------------------------------------------------

#[test]
fn valid_instance_solves() {
    let case = fixture(&[]);
    solve_succeeds(&case);
    assert!(case.out().join("plan.csv").is_file());
    assert!(case.out().join("summary.json").is_file());
    stageplan().arg("check").arg(case.inst()).assert().code(0);
}

#[test]
fn valid_instance_with_the_test_model_solves() {
    let case = model_fixture(&[]);
    solve_succeeds(&case);
    assert!(case.out().join("plan.csv").is_file());
    let summary = fs::read_to_string(case.out().join("summary.json")).unwrap();
    assert!(summary.contains("\"Test model\""), "{summary}");
}

broken_instances! {
    // -----------------------------------------------------------------------------
    // E001-E006: files
    // -----------------------------------------------------------------------------
    e001_missing_supervisors_csv: Broken {
        remove: &["supervisors.csv"],
        errors: &[("E001", "supervisors.csv:1:1")],
        words: &["the required file supervisors.csv is missing"],
        check_too: true,
        ..VALID
    },
    e001_missing_instance_folder: Broken {
        remove: &[THE_FOLDER],
        errors: &[("E001", "{inst}:1:1")],
        words: &["the instance folder (or Excel workbook) does not exist"],
        ..VALID
    },
    e001_unreadable_model_path: Broken {
        args: &["--model", "{tmp}/nope.toml"],
        errors: &[("E001", "nope.toml:1:1")],
        words: &["the model file cannot be read"],
        check_too: true,
        ..VALID
    },
    e002_binary_file_with_nul_bytes: Broken {
        write: &[(
            "schools.csv",
            b"school_id,name,types\nA,School\0A,havo\nB,School B,vmbo\n",
        )],
        errors: &[("E002", "schools.csv:1:1")],
        words: &["binary data"],
        ..VALID
    },
    e002_utf16_with_bom: Broken {
        write: &[("students.csv", STUDENTS_UTF16)],
        errors: &[("E002", "students.csv:1:1")],
        words: &["UTF-16"],
        check_too: true,
        ..VALID
    },
    e003_empty_students_csv: Broken {
        write: &[("students.csv", b"")],
        errors: &[("E003", "students.csv:1:1")],
        words: &["no header line"],
        ..VALID
    },
    e003_optional_travel_csv_with_only_a_bom_and_blank_lines: Broken {
        write: &[("travel.csv", b"\xEF\xBB\xBF\n\n")],
        errors: &[("E003", "travel.csv:1:1")],
        ..VALID
    },
    /// The place is the first column after the header's last one.
    e004_supervisors_without_days_column: Broken {
        write: &[(
            "supervisors.csv",
            b"wpb_id,name,school_id,subjects,max_students\nW1,Wim,A,biologie,1\nW2,Wanda,B,biologie,2\n",
        )],
        errors: &[("E004", "supervisors.csv:1:6")],
        words: &["'days'"],
        check_too: true,
        ..VALID
    },
    e004_travel_without_minutes_column: Broken {
        write: &[("travel.csv", b"student_id,school_id\nS1,A\n")],
        errors: &[("E004", "travel.csv:1:3")],
        ..VALID
    },
    /// The csv crate runs an unterminated quote to the end of the file, swallowing the
    /// rows after it; it must be reported where the quote opens.
    e005_unterminated_quote: Broken {
        write: &[(
            "students.csv",
            b"student_id,name,track,subject\nS1,Sara,HR-VT2,\"biologie\nS2,Sem,HR-VT2,biologie\n",
        )],
        remove: &["travel.csv"],
        model: Some((MODEL_TOML, &[("travel_limit_minutes = 90\n", "")])),
        errors: &[("E005", "students.csv:2:1")],
        ..VALID
    },
    /// An unquoted decimal comma in a comma file splits the value over two cells.
    e006_row_with_more_cells_than_the_header: Broken {
        write: &[(
            "students.csv",
            b"student_id,name,track,subject,paid_school,paid_fte\nS1,Sara,HR-VT2,biologie,A,0,3\nS2,Sem,HR-VT2,biologie,,\n",
        )],
        errors: &[("E006", "students.csv:2:7")],
        words: &["(value: '3')"],
        ..VALID
    },

    // -----------------------------------------------------------------------------
    // E010-E013: cells
    // -----------------------------------------------------------------------------
    /// travel.csv without S2, to keep the fixture to the one broken cell.
    e010_empty_student_subject: Broken {
        write: &[
            (
                "students.csv",
                b"student_id,name,track,subject\nS1,Sara,HR-VT2,biologie\nS2,Sem,HR-VT2,\n",
            ),
            ("travel.csv", b"student_id,school_id,minutes\nS1,A,30\nS1,B,40\n"),
        ],
        errors: &[("E010", "students.csv:3:4")],
        words: &["'subject' is empty"],
        ..VALID
    },
    e010_empty_supervisor_subjects: Broken {
        write: &[(
            "supervisors.csv",
            b"wpb_id,name,school_id,subjects,days,max_students\nW1,Wim,A,biologie,ma|wo|do,1\nW2,Wanda,B,  ,ma|di|wo,2\n",
        )],
        errors: &[("E010", "supervisors.csv:3:4")],
        ..VALID
    },
    // Line numbers in files as Excel writes them: the csv crate's own line count is off
    // for CRLF files and after blank lines, so stageplan counts lines itself.
    e010_location_in_crlf_file: Broken {
        write: &[
            (
                "students.csv",
                b"student_id,name,track,subject\r\nS1,Sara,HR-VT2,\r\nS2,Sem,HR-VT2,biologie\r\n",
            ),
            ("travel.csv", b"student_id,school_id,minutes\nS2,A,35\nS2,B,25\n"),
        ],
        errors: &[("E010", "students.csv:2:4")],
        ..VALID
    },
    e010_location_after_blank_lines: Broken {
        write: &[
            (
                "students.csv",
                b"student_id,name,track,subject\nS1,Sara,HR-VT2,biologie\n\n\nS2,Sem,HR-VT2,\n",
            ),
            ("travel.csv", b"student_id,school_id,minutes\nS1,A,30\nS1,B,40\n"),
        ],
        errors: &[("E010", "students.csv:5:4")],
        ..VALID
    },
    e011_max_students_is_text: Broken {
        write: &[(
            "supervisors.csv",
            b"wpb_id,name,school_id,subjects,days,max_students\nW1,Wim,A,biologie,ma|wo|do,abc\nW2,Wanda,B,biologie,ma|di|wo,2\n",
        )],
        errors: &[("E011", "supervisors.csv:2:6")],
        words: &["is not a number (value: 'abc')"],
        check_too: true,
        ..VALID
    },
    e011_max_students_is_negative: Broken {
        write: &[(
            "supervisors.csv",
            b"wpb_id,name,school_id,subjects,days,max_students\nW1,Wim,A,biologie,ma|wo|do,1\nW2,Wanda,B,biologie,ma|di|wo,-1\n",
        )],
        errors: &[("E011", "supervisors.csv:3:6")],
        words: &["is negative (value: '-1')"],
        ..VALID
    },
    e011_max_students_is_not_whole: Broken {
        write: &[(
            "supervisors.csv",
            b"wpb_id,name,school_id,subjects,days,max_students\nW1,Wim,A,biologie,ma|wo|do,1.5\nW2,Wanda,B,biologie,ma|di|wo,2\n",
        )],
        errors: &[("E011", "supervisors.csv:2:6")],
        words: &["is not a whole number"],
        ..VALID
    },
    e011_travel_minutes_is_a_formula: Broken {
        write: &[(
            "travel.csv",
            b"student_id,school_id,minutes\nS1,A,30\nS1,B,=SUM(A1)\nS2,A,35\nS2,B,25\n",
        )],
        errors: &[("E011", "travel.csv:3:3")],
        words: &["is a formula"],
        ..VALID
    },
    e011_thousands_separator_in_semicolon_file: Broken {
        write: &[(
            "travel.csv",
            b"student_id;school_id;minutes\nS1;A;30\nS1;B;40\nS2;A;1.234,5\nS2;B;25\n",
        )],
        errors: &[("E011", "travel.csv:4:3")],
        words: &["thousands separators"],
        ..VALID
    },
    /// Quoted so that the comma stays in the cell; a decimal comma needs a ';' file.
    e011_decimal_comma_in_comma_file: Broken {
        write: &[(
            "travel.csv",
            b"student_id,school_id,minutes\nS1,A,30\nS1,B,40\nS2,A,\"35,5\"\nS2,B,25\n",
        )],
        errors: &[("E011", "travel.csv:4:3")],
        ..VALID
    },
    e011_latitude_out_of_range: Broken {
        write: &[(
            "schools.csv",
            b"school_id,name,types,lat,lon\nA,School A,havo|vwo,95,4.3\nB,School B,vmbo,52.0,4.3\n",
        )],
        errors: &[("E011", "schools.csv:2:4")],
        words: &["outside -90..90"],
        ..VALID
    },
    e011_paid_fte_is_text: Broken {
        write: &[(
            "students.csv",
            b"student_id,name,track,subject,paid_school,paid_fte\nS1,Sara,HR-VT2,biologie,A,veel\nS2,Sem,HR-VT2,biologie,,\n",
        )],
        errors: &[("E011", "students.csv:2:6")],
        ..VALID
    },
    e012_supervisor_day_is_not_a_weekday: Broken {
        write: &[(
            "supervisors.csv",
            b"wpb_id,name,school_id,subjects,days,max_students\nW1,Wim,A,biologie,ma|zaterdag|do,1\nW2,Wanda,B,biologie,ma|di|wo,2\n",
        )],
        errors: &[("E012", "supervisors.csv:2:5")],
        words: &["'zaterdag'"],
        check_too: true,
        ..VALID
    },
    e012_model_track_day_is_not_a_weekday: Broken {
        model: Some((MODEL_TOML, &[(r#"days = ["di", "wo"]"#, r#"days = ["di", "zondag"]"#)])),
        errors: &[("E012", "model.toml:21:1")],
        words: &["'zondag'"],
        ..VALID
    },
    e013_certified_is_not_a_boolean: Broken {
        write: &[(
            "supervisors.csv",
            b"wpb_id,name,school_id,subjects,days,max_students,certified\nW1,Wim,A,biologie,ma|wo|do,1,ja\nW2,Wanda,B,biologie,ma|di|wo,2,misschien\n",
        )],
        errors: &[("E013", "supervisors.csv:3:7")],
        words: &["(value: 'misschien')"],
        ..VALID
    },

    // -----------------------------------------------------------------------------
    // E020-E026: ids and references
    // -----------------------------------------------------------------------------
    e020_duplicate_school_id: Broken {
        write: &[(
            "schools.csv",
            b"school_id,name,types\nA,School A,havo|vwo\nB,School B,vmbo\nA,School A again,vwo\n",
        )],
        errors: &[("E020", "schools.csv:4:1")],
        words: &["first on line 2"],
        ..VALID
    },
    e020_duplicate_wpb_id: Broken {
        write: &[(
            "supervisors.csv",
            b"wpb_id,name,school_id,subjects,days,max_students\nW1,Wim,A,biologie,ma|wo|do,1\nW2,Wanda,B,biologie,ma|di|wo,2\nW1,Willem,B,biologie,ma|wo,1\n",
        )],
        errors: &[("E020", "supervisors.csv:4:1")],
        words: &["first on line 2"],
        ..VALID
    },
    e020_duplicate_student_id_in_second_column: Broken {
        write: &[(
            "students.csv",
            b"name,student_id,track,subject\nSara,S1,HR-VT2,biologie\nSem,S2,HR-VT2,biologie\nSanne,S1,HR-VT2,biologie\n",
        )],
        errors: &[("E020", "students.csv:4:2")],
        words: &["first on line 2"],
        ..VALID
    },
    e021_wpb_at_unknown_school: Broken {
        write: &[(
            "supervisors.csv",
            b"wpb_id,name,school_id,subjects,days,max_students\nW1,Wim,A,biologie,ma|wo|do,1\nW2,Wanda,C,biologie,ma|di|wo,2\n",
        )],
        errors: &[("E021", "supervisors.csv:3:3")],
        words: &["school 'C' is not in schools.csv"],
        check_too: true,
        ..VALID
    },
    /// travel.csv without S1, to keep the fixture to the one broken cell.
    e022_unknown_track: Broken {
        write: &[
            (
                "students.csv",
                b"student_id,name,track,subject\nS1,Sara,HR-VT9,biologie\nS2,Sem,HR-VT2,biologie\n",
            ),
            ("travel.csv", b"student_id,school_id,minutes\nS2,A,35\nS2,B,25\n"),
        ],
        errors: &[("E022", "students.csv:2:3")],
        words: &["track 'HR-VT9' is not in the model"],
        ..VALID
    },
    e023_unknown_pinned_wpb: Broken {
        write: &[(
            "students.csv",
            b"student_id,name,track,subject,pinned_wpb\nS1,Sara,HR-VT2,biologie,\nS2,Sem,HR-VT2,biologie,W9\n",
        )],
        errors: &[("E023", "students.csv:3:5")],
        words: &["WPB 'W9'"],
        ..VALID
    },
    e025_no_travel_and_no_coordinates_with_a_travel_limit: Broken {
        remove: &["travel.csv"],
        errors: &[("E025", "students.csv:2:1"), ("E025", "students.csv:3:1")],
        words: &["no travel time for student 'S1' to school A, B"],
        ..VALID
    },
    /// The students have coordinates, the schools do not: S2-B can be neither read nor
    /// estimated.
    e025_one_missing_pair_with_coordinates_on_one_side_only: Broken {
        write: &[
            (
                "students.csv",
                b"student_id,name,track,subject,lat,lon\nS1,Sara,HR-VT2,biologie,52.07,4.30\nS2,Sem,HR-VT2,biologie,52.01,4.36\n",
            ),
            ("travel.csv", b"student_id,school_id,minutes\nS1,A,30\nS1,B,40\nS2,A,35\n"),
        ],
        errors: &[("E025", "students.csv:3:1")],
        words: &["no travel time for student 'S2' to school B,"],
        ..VALID
    },
    e026_same_pair_twice_in_travel: Broken {
        write: &[(
            "travel.csv",
            b"student_id,school_id,minutes\nS1,A,30\nS1,B,40\nS2,A,35\nS2,B,25\nS1,B,45\n",
        )],
        errors: &[("E026", "travel.csv:6:1")],
        words: &["first on line 3"],
        ..VALID
    },
    /// Most rows name students the instance lacks and most of its students have none:
    /// one error about the file instead of a W004 per row (and an E025 per student).
    e027_travel_csv_of_another_instance: Broken {
        write: &[(
            "travel.csv",
            b"student_id,school_id,minutes\nX1,A,30\nX1,B,40\nX2,A,35\nX2,B,25\n",
        )],
        errors: &[("E027", "travel.csv:2:1")],
        words: &["4 of the 4 rows of travel.csv name a student that is not in the instance"],
        check_too: true,
        ..VALID
    },
    /// A renamed column makes students.csv unreadable; the travel rows about its students
    /// are counted in that one error, not listed as a W004 each.
    e004_renamed_subject_column_does_not_drown_in_travel_warnings: Broken {
        write: &[(
            "students.csv",
            b"student_id,name,track,vakgebied\nS1,Sara,HR-VT2,biologie\nS2,Sem,HR-VT2,biologie\n",
        )],
        errors: &[("E004", "students.csv:1:5")],
        words: &["4 messages about travel.csv that follow from it are not listed"],
        check_too: true,
        ..VALID
    },

    // -----------------------------------------------------------------------------
    // E030-E031: pins, placed at the last pinned student's cell
    // -----------------------------------------------------------------------------
    e030_pins_exceed_wpb_max_students: Broken {
        write: &[("students.csv", TWO_PINNED_TO_W1)],
        errors: &[("E030", "students.csv:3:5")],
        words: &["WPB 'W1' 2 students"],
        check_too: true,
        ..VALID
    },
    e030_pins_exceed_wpb_max_hours: Broken {
        write: &[
            (
                "supervisors.csv",
                b"wpb_id,name,school_id,subjects,days,max_students,max_hours\nW1,Wim,A,biologie,ma|wo|do,2,40\nW2,Wanda,B,biologie,ma|di|wo,2,\n",
            ),
            ("students.csv", TWO_PINNED_TO_W1),
        ],
        errors: &[("E030", "students.csv:3:5")],
        words: &["72 hours"],
        ..VALID
    },
    e030_pins_exceed_school_max_students: Broken {
        write: &[
            (
                "schools.csv",
                b"school_id,name,types,max_students\nA,School A,havo|vwo,\nB,School B,vmbo,1\n",
            ),
            (
                "students.csv",
                b"student_id,name,track,subject,pinned_wpb\nS1,Sara,HR-VT2,biologie,W2\nS2,Sem,HR-VT2,biologie,W2\n",
            ),
        ],
        errors: &[("E030", "students.csv:3:5")],
        words: &["school 'B'"],
        ..VALID
    },
    e031_group_pinned_to_two_schools: Broken {
        write: &[(
            "students.csv",
            b"student_id,name,track,subject,pinned_wpb,group\nS1,Sara,HR-VT2,biologie,W1,G\nS2,Sem,HR-VT2,biologie,W2,G\n",
        )],
        errors: &[("E031", "students.csv:3:6")],
        words: &["group 'G' is pinned to two schools"],
        ..VALID
    },

    // -----------------------------------------------------------------------------
    // E040-E044: the model file
    // -----------------------------------------------------------------------------
    e040_unknown_key_in_model: Broken {
        model: Some((MODEL_TOML, &[("travel_limit_minutes = 90", "travel_limit = 90")])),
        errors: &[("E040", "model.toml:2:1")],
        words: &[
            "'travel_limit' is not a key of this table of the model file",
            "known: name, travel_limit_minutes",
        ],
        check_too: true,
        ..VALID
    },
    /// The model is given with --model, so its own file name is reported.
    e040_unknown_weight_in_model_given_with_model_option: Broken {
        model: Some((
            "policy.toml",
            &[("uncertified_wpb = 20", "uncertified_wpb = 20\nunplaced_penalty = 1")],
        )),
        args: &["--model", "{tmp}/policy.toml"],
        errors: &[("E040", "policy.toml:34:1")],
        words: &["'unplaced_penalty' is not a key", "known: unplaced, travel_minute"],
        ..VALID
    },
    /// A model file of binary data is refused, not read as the built-in model.
    e040_model_file_of_binary_data: Broken {
        write: &[("model.toml", b"name = \"HOS\"\0\0\0\n")],
        errors: &[("E040", "model.toml:1:1")],
        words: &["the model file contains binary data, not text"],
        check_too: true,
        ..VALID
    },
    e040_a_weight_that_is_not_named: Broken {
        model: Some((MODEL_TOML, &[("uncertified_wpb = 20\n", "")])),
        errors: &[("E040", "model.toml:27:1")],
        words: &["misses the key 'uncertified_wpb'", "Add the missing key"],
        ..VALID
    },
    /// Reported at the second definition (line 18), the one to change.
    e041_duplicate_track_id: Broken {
        model: Some((MODEL_TOML, &[(r#"id = "HR-VT3""#, r#"id = "HR-VT2""#)])),
        errors: &[("E041", "model.toml:18:1")],
        words: &["track 'HR-VT2' is defined twice"],
        ..VALID
    },
    e042_track_names_unknown_institute: Broken {
        model: Some((
            MODEL_TOML,
            &[(
                "institute = \"HR\"\nname = \"Voltijd leerjaar 3\"",
                "institute = \"UVA\"\nname = \"Voltijd leerjaar 3\"",
            )],
        )),
        errors: &[("E042", "model.toml:19:1")],
        words: &["institute 'UVA'"],
        ..VALID
    },
    e043_track_with_empty_days: Broken {
        model: Some((MODEL_TOML, &[(r#"days = ["di", "wo"]"#, "days = []")])),
        errors: &[("E043", "model.toml:21:1")],
        words: &["track 'HR-VT3' has no stage days"],
        ..VALID
    },
    e044_negative_weight: Broken {
        model: Some((MODEL_TOML, &[("preference_rank = 5", "preference_rank = -5")])),
        errors: &[("E044", "model.toml:31:1")],
        words: &["weight 'preference_rank'"],
        check_too: true,
        ..VALID
    },
    e044_negative_track_hours: Broken {
        model: Some((
            MODEL_TOML,
            &[(
                "wpb_hours = 36\nso_hours = 24\npaid_min_fte",
                "wpb_hours = -36\nso_hours = 24\npaid_min_fte",
            )],
        )),
        errors: &[("E044", "model.toml:22:1")],
        words: &["'wpb_hours' of track 'HR-VT3'"],
        ..VALID
    },
    e044_negative_travel_limit: Broken {
        model: Some((MODEL_TOML, &[("travel_limit_minutes = 90", "travel_limit_minutes = -5")])),
        errors: &[("E044", "model.toml:2:1")],
        ..VALID
    },
}

// ---------------------------------------------------------------------------------
// Warnings: the run goes on
// ---------------------------------------------------------------------------------

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
    let stderr = solve_succeeds(&case);
    common::has_all(&stderr, &["students.csv:3:5: warning W003"]);
    let unplaced = fs::read_to_string(out.join("unplaced.csv")).unwrap();
    common::has_all(&unplaced, &["S2,R7_PAID_APPOINTMENT_SCHOOL"]);
}

/// travel.csv rows for people or schools outside the instance are skipped with a
/// warning: a travel export often covers more than this year's students.
fn travel_warning(travel: &[u8], location: &str, id: &str) {
    let case = fixture(&[("travel.csv", travel)]);
    let out = case.out();
    let stderr = solve_succeeds(&case);
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
