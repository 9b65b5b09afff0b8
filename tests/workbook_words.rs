//! In a workbook every message speaks the workbook's language: the sheet (`scholen`, not
//! `schools.csv`) and the column as its header reads (`vak`, `aanstelling_fte`, `dagen`),
//! also when the column is missing (E004). And one real error does not drown: what only
//! follows from an unreadable sheet or file is counted, not listed.

mod common;

use common::exits;
use rust_xlsxwriter::Workbook;
use std::path::Path;

/// A workbook of `sheets`, every cell text except those starting with `#` (numbers).
fn workbook(path: &Path, sheets: &[(&str, Vec<Vec<String>>)]) {
    let mut book = Workbook::new();
    for (name, rows) in sheets {
        let ws = book.add_worksheet();
        ws.set_name(*name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                match cell.strip_prefix('#') {
                    Some(n) => ws.write_number(r, c, n.parse::<f64>().unwrap()).map(|_| ()),
                    None => ws.write_string(r, c, cell).map(|_| ()),
                }
                .unwrap();
            }
        }
    }
    book.save(path).unwrap();
}

fn rows(lines: &[&str]) -> Vec<Vec<String>> {
    lines
        .iter()
        .map(|l| l.split(',').map(str::to_string).collect())
        .collect()
}

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
    workbook(path, &sheets);
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
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("stage.xlsx");
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
    for words in [
        "werkplekbegeleiders!E2: error E012: 'zo' in 'dagen' is not a weekday",
        "werkplekbegeleiders!C3: error E021: school 'Q' is not in the sheet 'scholen'",
        "Use a schoolnummer from the sheet 'scholen'",
        "studenten!D2: error E010: the required value 'vak' is empty",
    ] {
        assert!(stderr.contains(words), "{words:?} in:\n{stderr}");
    }
    assert!(!stderr.contains(".csv"), "{stderr}");
}

#[test]
fn warnings_in_a_workbook_name_its_sheets_and_headers() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("stage.xlsx");
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
    for words in [
        "studenten!E2: warning W003: school 'Z' in 'voorkeuren' is not in the sheet 'scholen'",
        "studenten!G2: warning W001:",
        "otherwise correct aanstelling_fte",
        "(value: '0.2')",
    ] {
        assert!(stderr.contains(words), "{words:?} in:\n{stderr}");
    }
    assert!(!stderr.contains(".csv"), "{stderr}");
}

/// A renamed `vak` column: E004 names the column as the Dutch sheet would, and the
/// reistijden rows about students that could not be read are counted in it, not listed.
#[test]
fn e004_a_renamed_column_in_a_workbook_does_not_drown_in_what_follows() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("stage.xlsx");
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
    assert!(
        stderr.contains("studenten!E1: error E004: the required column 'vak' is missing from the header line; 300 messages about the sheet 'reistijden' that follow from it are not listed"),
        "{stderr}"
    );
    assert!(
        stderr.contains("Add a column named exactly 'vak'"),
        "{stderr}"
    );
    assert!(!stderr.contains("W004"), "{stderr}");
    assert!(stderr.contains("1 error(s), 0 warning(s)"), "{stderr}");
}

/// The same in CSV files: an unreadable schools.csv does not turn every school id of the
/// other files into an error of its own.
#[test]
fn e004_an_unreadable_schools_csv_does_not_drown_in_what_follows() {
    let dir = tempfile::tempdir().unwrap();
    let inst = common::small::instance(
        dir.path(),
        &[(
            "schools.csv",
            "school_code_typo,name,types\nA,School A,havo\nB,School B,vmbo\n",
        )],
    );
    let stderr = exits(&["check".as_ref(), inst.as_os_str()], 1);
    assert!(
        stderr.contains("schools.csv:1:4: error E004: the required column 'school_id' is missing"),
        "{stderr}"
    );
    assert!(
        stderr.contains("messages about supervisors.csv, travel.csv that follow"),
        "{stderr}"
    );
    assert!(!stderr.contains("E021"), "{stderr}");
    assert!(!stderr.contains("W004"), "{stderr}");
}
