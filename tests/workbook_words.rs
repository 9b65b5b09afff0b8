//! In a workbook every message speaks the workbook's language: the sheet (`scholen`, not
//! `schools.csv`) and the column as its header reads (`vak`, `aanstelling_fte`, `dagen`),
//! also when the column is missing (E004). And one real error does not drown: what only
//! follows from an unreadable sheet or file is counted, not listed.

mod common;

use common::book::{hash_number, lines as rows, xlsx};
use common::{exits, has_all, has_none};
use std::path::Path;

/// The Dutch template's sheets, with `students` and `wpbs` as given.
fn dutch_book(path: &Path, wpbs: &[&str], students: &[&str], travel: &[&str]) {
    let mut sheets = vec![
        (
            "scholen",
            rows(&[
                "schoolnummer,naam,soorten",
                "A,School A,havo",
                "B,School B,vmbo",
            ]),
        ),
        ("werkplekbegeleiders", rows(wpbs)),
        ("studenten", rows(students)),
    ];
    if !travel.is_empty() {
        sheets.push(("reistijden", rows(travel)));
    }
    xlsx(path, &sheets, hash_number);
}

const WPBS: &[&str] = &[
    "wpb_nummer,naam,schoolnummer,vakken,dagen,max_studenten",
    "W1,Wim,A,biologie,ma|wo,#2",
    "W2,Wanda,B,biologie,ma|wo,#2",
];

const TRAVEL: &[&str] = &[
    "studentnummer,schoolnummer,minuten",
    "S1,A,#30",
    "S1,B,#40",
    "S2,A,#35",
    "S2,B,#25",
];

#[test]
fn errors_in_a_workbook_name_its_sheets_and_headers() {
    let (_dir, book) = common::scratch("stage.xlsx");
    dutch_book(
        &book,
        &[
            "wpb_nummer,naam,schoolnummer,vakken,dagen",
            "W1,Wim,A,biologie,ma|zo",
            "W2,Wanda,Q,biologie,ma|wo",
        ],
        &[
            "studentnummer,naam,opleiding,vak",
            "S1,Sara,HR-VT2,",
            "S2,Sem,HR-VT2,biologie",
        ],
        TRAVEL,
    );
    let stderr = exits(&["check".as_ref(), book.as_os_str()], 1);
    has_all(
        &stderr,
        &[
            "werkplekbegeleiders!E2: error E012: 'zo' in 'dagen' is not a weekday",
            "werkplekbegeleiders!C3: error E021: school 'Q' is not in the sheet 'scholen'",
            "Use a schoolnummer from the sheet 'scholen'",
            "studenten!D2: error E010: the required value 'vak' is empty",
        ],
    );
    has_none(&stderr, &[".csv"]);
}

#[test]
fn warnings_in_a_workbook_name_its_sheets_and_headers() {
    let (_dir, book) = common::scratch("stage.xlsx");
    dutch_book(
        &book,
        WPBS,
        &[
            "studentnummer,naam,opleiding,vak,voorkeuren,betaalde_school,aanstelling_fte",
            "S1,Sara,HR-VT2,biologie,Z,A,0.2",
            "S2,Sem,HR-VT2,biologie,,,",
        ],
        TRAVEL,
    );
    let stderr = exits(&["check".as_ref(), book.as_os_str()], 0);
    has_all(
        &stderr,
        &[
            "studenten!E2: warning W003: school 'Z' in 'voorkeuren' is not in the sheet 'scholen'",
            "studenten!G2: warning W001:",
            "otherwise correct aanstelling_fte",
            "(value: '0.2')",
        ],
    );
    has_none(&stderr, &[".csv"]);
}

/// A renamed `vak` column: E004 names the column as the Dutch sheet would, and the
/// reistijden rows about students that could not be read are counted in it, not listed.
#[test]
fn e004_a_renamed_column_in_a_workbook_does_not_drown_in_what_follows() {
    let (_dir, book) = common::scratch("stage.xlsx");
    let mut travel: Vec<String> = vec!["studentnummer,schoolnummer,minuten".into()];
    for i in 0..300 {
        travel.push(format!("S{i},A,#30"));
    }
    let travel: Vec<&str> = travel.iter().map(String::as_str).collect();
    dutch_book(
        &book,
        WPBS,
        &[
            "studentnummer,naam,opleiding,vakgebied",
            "S1,Sara,HR-VT2,biologie",
        ],
        &travel,
    );
    let stderr = exits(&["check".as_ref(), book.as_os_str()], 1);
    has_all(
        &stderr,
        &[
            "studenten!E1: error E004: the required column 'vak' is missing from the header line; 300 messages about the sheet 'reistijden' that follow from it are not listed",
            "Add a column named exactly 'vak'",
            "1 error(s), 0 warning(s)",
        ],
    );
    has_none(&stderr, &["W004"]);
}

/// The same in CSV files: an unreadable schools.csv does not turn every school id of the
/// other files into an error of its own.
#[test]
fn e004_an_unreadable_schools_csv_does_not_drown_in_what_follows() {
    let stderr = common::small::checked_with(
        &[(
            "schools.csv",
            "school_code_typo,name,types\nA,School A,havo\nB,School B,vmbo\n",
        )],
        1,
    );
    has_all(
        &stderr,
        &[
            "schools.csv:1:4: error E004: the required column 'school_id' is missing",
            "messages about supervisors.csv, travel.csv that follow",
        ],
    );
    has_none(&stderr, &["E021", "W004"]);
}
