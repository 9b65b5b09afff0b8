//! Excel drops leading zeros: a student number typed as a number (`938427` in the
//! reistijden sheet for `0938427` in studenten) is matched, said once per sheet; and a
//! travel file whose rows mostly name others is one error about the file (E027).

mod common;

use common::book::{hash_number, lines, xlsx};
use common::{exits, has_all, has_none};

fn sheets(travel_ids: [&str; 2]) -> Vec<(&'static str, Vec<Vec<String>>)> {
    let [a, b] = travel_ids;
    vec![
        (
            "scholen",
            lines(&["schoolnummer,naam,soorten", "A,School A,havo"]),
        ),
        (
            "werkplekbegeleiders",
            lines(&[
                "wpb_nummer,naam,schoolnummer,vakken,dagen,max_studenten",
                "W1,Wim,A,biologie,ma|wo,#2",
            ]),
        ),
        (
            "studenten",
            lines(&[
                "studentnummer,naam,opleiding,vak",
                "0938427,Sara,HR-VT2,biologie",
                "0938428,Sem,HR-VT2,biologie",
            ]),
        ),
        (
            "reistijden",
            lines(&[
                "studentnummer,schoolnummer,minuten",
                &format!("{a},A,#30"),
                &format!("{b},A,#40"),
            ]),
        ),
    ]
}

#[test]
fn w011_a_number_without_its_leading_zeros_finds_its_student_once_per_sheet() {
    let (dir, book) = common::scratch("stage.xlsx");
    xlsx(&book, &sheets(["#938427", "#938428"]), hash_number);
    let stderr = exits(&["check".as_ref(), book.as_os_str()], 0);
    assert_eq!(stderr.matches("warning W011").count(), 1, "{stderr}");
    has_all(
        &stderr,
        &[
            "stage.xlsx, reistijden!A2: warning W011: 2 ids in 'studentnummer' were typed as a number",
            "938427 as 0938427",
        ],
    );
    has_none(&stderr, &["W004"]);
    // The given travel times are used, not estimates (there are no coordinates).
    let out = dir.path().join("out");
    common::solve(&book, &out);
    let plan = common::read(&out.join("plan.csv"));
    let rows = common::csv_rows(&plan);
    let minutes: Vec<&str> = rows.iter().map(|r| r["travel_minutes"].as_str()).collect();
    assert_eq!(minutes, ["30", "40"], "{plan}");
}

/// Two ids that share their digits (`07`, `007`) leave a typed `7` unmatched: no guess.
#[test]
fn a_number_that_two_ids_could_be_is_not_matched() {
    let students =
        "student_id,name,track,subject\n07,Sara,HR-VT2,biologie\n007,Sem,HR-VT2,biologie\n";
    let stderr = common::small::checked_with(
        &[
            ("students.csv", students),
            (
                "travel.csv",
                "student_id,school_id,minutes\n07,A,30\n07,B,40\n007,A,35\n007,B,25\n7,A,20\n",
            ),
        ],
        0,
    );
    has_all(&stderr, &["travel.csv:6:1: warning W004: '7'"]);
    has_none(&stderr, &["W011"]);
}

/// Most rows name students the instance lacks, and most of its students have no row:
/// one error about the file, not a warning per row.
#[test]
fn e027_travel_of_another_instance_is_one_error() {
    let travel = "student_id,school_id,minutes\nX1,A,30\nX1,B,40\nX2,A,35\nX2,B,25\nX3,A,30\n";
    let stderr = common::small::checked_with(&[("travel.csv", travel)], 1);
    has_all(
        &stderr,
        &[
            "travel.csv:2:1: error E027: 5 of the 5 rows of travel.csv name a student that is not in the instance (e.g. 'X1' on line 2), and 2 of the instance's 2 students have no row there",
            "1 error(s)",
        ],
    );
    has_none(&stderr, &["W004"]);
}

/// A travel export of more people than the instance still names the instance's own:
/// its extra rows are warnings, as before.
#[test]
fn a_travel_export_of_more_people_is_warned_about_per_row() {
    let travel = "student_id,school_id,minutes\nS1,A,30\nS1,B,40\nS2,A,35\nS2,B,25\nX1,A,1\nX2,A,1\nX3,A,1\nX4,A,1\nX5,A,1\n";
    let stderr = common::small::checked_with(&[("travel.csv", travel)], 0);
    assert_eq!(stderr.matches("warning W004").count(), 5, "{stderr}");
}
