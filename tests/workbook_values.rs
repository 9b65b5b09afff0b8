//! Issue 17, item 2, for workbooks: a formula whose result was never saved and a date in
//! a number column are refused at their cell, a column or a sheet given twice is an
//! error, and invisible characters in an id are removed with a warning naming the cell.
//! Each workbook is written by the test itself.

mod common;

use common::book::{self, inline, sheet, text};
use common::{exits, refused};
use std::path::{Path, PathBuf};

/// The valid instance as `book.xlsx` in `dir`, with sheet `name` given whole (rows as
/// XML) and a styles part when given.
fn instance_book(dir: &Path, name: &str, rows: String, styles: Option<&str>) -> PathBuf {
    let path = dir.join("book.xlsx");
    let sheets = book::instance_sheets(&[], vec![(name, sheet(text(rows)))]);
    book::write(&path, sheets, None, styles.map(|s| text(s.to_string())));
    path
}

/// The `scholen` sheet of the valid instance with `d2` as the cell of school A's
/// `max_students`.
fn schools_with_d2(d2: &str) -> String {
    let a = format!(
        "<row r=\"2\">{}{}{}{d2}</row>",
        inline("A2", "A"),
        inline("B2", "School A"),
        inline("C2", "havo")
    );
    book::rows(&[&["school_id", "name", "types", "max_students"]], 1)
        + &a
        + &book::rows(&[&["B", "School B", "vmbo"]], 3)
}

#[test]
fn a_formula_without_a_saved_value_in_a_workbook_is_refused_at_its_cell() {
    let dir = tempfile::tempdir().unwrap();
    let schools = schools_with_d2("<c r=\"D2\"><f>10*3</f></c>");
    let path = instance_book(dir.path(), "scholen", schools, None);
    refused(
        &path,
        "E014",
        "book.xlsx, scholen!D2",
        &["formula whose result was not saved"],
    );
}

#[test]
fn a_date_in_a_capacity_cell_is_refused_as_a_date() {
    let dir = tempfile::tempdir().unwrap();
    let styles = "<styleSheet><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>";
    let schools = schools_with_d2("<c r=\"D2\" s=\"1\"><v>45292</v></c>");
    let path = instance_book(dir.path(), "scholen", schools, Some(styles));
    refused(
        &path,
        "E011",
        "book.xlsx, scholen!D2",
        &["is a date or a time, not a number", "'2024-01-01'"],
    );
}

#[test]
fn a_column_and_its_dutch_name_in_one_sheet_are_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let schools = book::rows(
        &[
            &[
                "school_id",
                "name",
                "types",
                "max_students",
                "max_studenten",
            ],
            &["A", "School A", "havo", "10", "3"],
            &["B", "School B", "vmbo"],
        ],
        1,
    );
    let path = instance_book(dir.path(), "scholen", schools, None);
    refused(
        &path,
        "E015",
        "book.xlsx, scholen!E1",
        &["also in column D ('max_students')"],
    );
}

#[test]
fn a_students_and_a_studenten_sheet_are_an_error() {
    let (_dir, path) = common::scratch("book.xlsx");
    let mut sheets = book::instance_sheets(&[], Vec::new());
    let students = book::rows(
        &[
            &["student_id", "name", "track", "subject"],
            &["S9", "Sam", "HR-VT2", "biologie"],
        ],
        1,
    );
    sheets.push(("Students".into(), sheet(text(students))));
    book::write(&path, sheets, None, None);
    refused(
        &path,
        "E016",
        "book.xlsx:1:1",
        &["two sheets for students.csv: 'studenten' and 'Students'"],
    );
}

#[test]
fn an_invisible_character_in_a_workbook_id_is_removed_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let students = book::rows(
        &[
            &["student_id", "name", "track", "subject"],
            &["S1\u{A0}", "Sara", "HR-VT2", "biologie"],
            &["S\u{200B}2", "Sem", "HR-VT2", "biologie"],
        ],
        1,
    );
    let path = instance_book(dir.path(), "studenten", students, None);
    let stderr = exits(&["check".as_ref(), path.as_os_str()], 0);
    common::has_all(&stderr, &["book.xlsx, studenten!A3: warning W006"]);
    assert!(stderr.contains("read as 'S2'"), "{stderr}");
}
