//! `check` warns about what would silently unplace people at `solve` (W007-W010), each
//! at its row with what to do, and every student it names is indeed unplaced by `solve`.

mod common;

use common::{exits, read, stageplan, MODEL};
use std::path::{Path, PathBuf};

const SCHOOLS: &str = "school_id,name,types\nA,School A,havo\nB,School B,vmbo\n";

/// W3 teaches fries, but not on T1's Monday; W4 is the only chemistry WPB.
const WPBS: &str = "\
wpb_id,name,school_id,subjects,days,max_students
W1,Wim,A,biologie,ma|wo|do,2
W2,Wanda,B,biologie,ma|di|wo,2
W3,Wouter,B,fries,di|do,2
W4,Wil,A,scheikunde,ma|wo,1
";

/// S2 (fries) and S3 form G1; S4 excludes both schools; G2 has three members where each
/// school seats two; G3 mixes chemistry and biology but fits at A.
const STUDENTS: &str = "\
student_id,name,track,subject,excluded_schools,group
S1,Sara,T1,biologie,,
S2,Sem,T1,Fries,,G1
S3,Saar,T1,biologie,,G1
S4,Stijn,T1,biologie,A|B,
S5,Sanne,T1,biologie,,G2
S6,Sven,T1,biologie,,G2
S7,Sofie,T1,biologie,,G2
S8,Siem,T1,scheikunde,,G3
S9,Suus,T1,biologie,,G3
";

fn instance(dir: &Path) -> PathBuf {
    instance_of(dir, STUDENTS)
}

/// The instance with these students instead.
fn instance_of(dir: &Path, students: &str) -> PathBuf {
    common::instance_of(dir, [SCHOOLS, WPBS, students, MODEL], &[])
}

/// `stderr` has warning `code` at `place`, with each of `words` on that line.
fn warns(stderr: &str, code: &str, place: &str, words: &[&str]) {
    let head = format!("{place}: warning {code}: ");
    let Some(line) = stderr.lines().find(|l| l.starts_with(&head)) else {
        panic!("no {head:?} in:\n{stderr}");
    };
    for w in words {
        assert!(line.contains(w), "'{w}' in {line}");
    }
}

#[test]
fn w007_subject_no_wpb_teaches_on_the_stage_days() {
    let dir = tempfile::tempdir().unwrap();
    let stderr = exits(&["check".as_ref(), instance(dir.path()).as_os_str()], 0);
    warns(
        &stderr,
        "W007",
        "students.csv:3:4",
        &[
            "no WPB teaches fries",
            "track T1 (ma)",
            "1 student stays unplaced (S2)",
            "W3 (di|do)",
        ],
    );
    common::has_all(&stderr, &["Add a WPB to supervisors.csv who teaches fries and is at school on ma, or correct the subject column"]);
}

#[test]
fn w008_group_mixes_subjects() {
    let dir = tempfile::tempdir().unwrap();
    let stderr = exits(&["check".as_ref(), instance(dir.path()).as_os_str()], 0);
    warns(
        &stderr,
        "W008",
        "students.csv:10:4",
        &[
            "group 'G3' mixes subjects",
            "'S8' is trained in scheikunde",
            "'S9' in biologie",
        ],
    );
}

#[test]
fn w009_group_that_no_school_seats_whole() {
    let dir = tempfile::tempdir().unwrap();
    let stderr = exits(&["check".as_ref(), instance(dir.path()).as_os_str()], 0);
    warns(
        &stderr,
        "W009",
        "students.csv:3:6",
        &[
            "group 'G1' (2 students: S2, S3) fits at no school whole",
            "'S2' may go to no school at all",
        ],
    );
    warns(
        &stderr,
        "W009",
        "students.csv:6:6",
        &[
            "group 'G2' (3 students: S5, S6, S7)",
            "(A, B) have too few places",
        ],
    );
    assert!(!stderr.contains("group 'G3' ("), "G3 fits at A:\n{stderr}");
}

#[test]
fn w010_student_with_no_school_names_the_rule_that_closes_the_last() {
    let dir = tempfile::tempdir().unwrap();
    let stderr = exits(&["check".as_ref(), instance(dir.path()).as_os_str()], 0);
    warns(
        &stderr,
        "W010",
        "students.csv:5:1",
        &[
            "student 'S4' may go to no school at all",
            "of the 2 schools",
            "rule 4 closes the last",
            "excluded",
        ],
    );
}

/// The warnings are no guesses: every student they name is unplaced by `solve`, and
/// every student `solve` leaves unplaced was named.
#[test]
fn what_check_warns_about_is_what_solve_leaves_unplaced() {
    let dir = tempfile::tempdir().unwrap();
    let inst = instance(dir.path());
    let out = dir.path().join("out");
    let output = stageplan()
        .arg("solve")
        .arg(&inst)
        .args(["--suggestions", "0", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    for code in ["W007", "W009", "W010"] {
        assert!(
            stderr.contains(&format!("warning {code}")),
            "solve says {code}:\n{stderr}"
        );
    }
    let unplaced: Vec<String> = common::csv_rows(&read(&out.join("unplaced.csv")))
        .into_iter()
        .map(|r| r["student_id"].clone())
        .collect();
    assert_eq!(unplaced, ["S2", "S3", "S4", "S5", "S6", "S7"]);
}

/// A clean instance has none of these warnings.
#[test]
fn a_placeable_instance_has_no_such_warnings() {
    let dir = tempfile::tempdir().unwrap();
    let students = "student_id,name,track,subject,group\nS1,Sara,T1,biologie,G\nS2,Sem,T1,biologie,G\nS3,Siem,T1,scheikunde,\n";
    let inst = instance_of(dir.path(), students);
    let stderr = exits(&["check".as_ref(), inst.as_os_str()], 0);
    assert!(!stderr.contains("warning"), "{stderr}");
}

/// W001 shows the fte as its value, and a track that never counts an appointment says so
/// instead of "0..0 fte".
#[test]
fn w001_shows_the_fte_and_no_empty_range() {
    let dir = tempfile::tempdir().unwrap();
    let students =
        "student_id,name,track,subject,paid_school,paid_fte\nS1,Sara,T1,biologie,A,0.3\n";
    let inst = instance_of(dir.path(), students);
    let stderr = exits(&["check".as_ref(), inst.as_os_str()], 0);
    warns(
        &stderr,
        "W001",
        "students.csv:2:6",
        &[
            "(0.3 fte)",
            "track T1 never counts a paid appointment",
            "(value: '0.3')",
        ],
    );
    assert!(!stderr.contains("0..0"), "{stderr}");
    let dutch = stageplan()
        .env("STAGEPLAN_LANG", "nl")
        .arg("check")
        .arg(&inst)
        .output()
        .unwrap();
    let dutch = String::from_utf8_lossy(&dutch.stderr);
    assert!(dutch.contains("(0,3 fte)"), "{dutch}");
    common::has_all(&dutch, &["opleiding T1 telt geen aanstelling"]);
}
