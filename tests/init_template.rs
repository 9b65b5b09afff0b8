//! `stageplan init`'s workbook (issue 16 item 17): the uitleg sheet first and complete,
//! dropdowns for ids, subjects, types and tracks, number cells stored as numbers, Dutch
//! coordinate headers that read back.

mod common;

use calamine::{open_workbook, Reader, Xlsx};
use common::book::sheet_rows as rows;
use common::stageplan;
use std::io::Read;
use std::path::{Path, PathBuf};

fn template(dir: &Path, lang: &str) -> PathBuf {
    let book = dir.join(format!("nieuw-{lang}.xlsx"));
    stageplan()
        .args(["init", "--lang", lang])
        .arg(&book)
        .assert()
        .success();
    book
}

/// The text of one part of the xlsx zip.
fn part(book: &Path, name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(book).unwrap()).unwrap();
    let mut text = String::new();
    zip.by_name(name)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .read_to_string(&mut text)
        .unwrap();
    text
}

/// The part of the worksheet named `sheet` (through workbook.xml and its relations).
fn sheet_part(book: &Path, sheet: &str) -> String {
    let names = Xlsx::new(std::fs::File::open(book).unwrap())
        .unwrap()
        .sheet_names();
    let n = names.iter().position(|s| s == sheet).unwrap() + 1;
    part(book, &format!("xl/worksheets/sheet{n}.xml"))
}

/// The data validations of a sheet: (cell range, type, formula1), in order.
fn validations(xml: &str) -> Vec<(String, String, String)> {
    xml.split("<dataValidation ")
        .skip(1)
        .map(|v| {
            let v = format!(" {v}");
            let attr = |name: &str| {
                v.split(&format!(" {name}=\""))
                    .nth(1)
                    .and_then(|r| r.split('"').next())
                    .unwrap_or("")
                    .to_string()
            };
            let formula = v
                .split("<formula1>")
                .nth(1)
                .and_then(|r| r.split("</formula1>").next())
                .unwrap_or("")
                .to_string();
            (attr("sqref"), attr("type"), formula)
        })
        .collect()
}

/// The rule on the column whose cells start at `first` (`C2`).
fn rule(xml: &str, first: &str) -> (String, String) {
    validations(xml)
        .into_iter()
        .find(|(range, _, _)| range.starts_with(&format!("{first}:")))
        .map(|(_, kind, formula)| (kind, formula))
        .unwrap_or_else(|| panic!("no rule at {first}"))
}

#[test]
fn the_uitleg_sheet_comes_first_and_explains_every_column_and_track() {
    let tmp = tempfile::tempdir().unwrap();
    let book = template(tmp.path(), "nl");
    let wb: Xlsx<_> = open_workbook(&book).unwrap();
    assert_eq!(
        wb.sheet_names(),
        [
            "uitleg",
            "scholen",
            "werkplekbegeleiders",
            "studenten",
            "reistijden",
            "keuzelijsten"
        ]
    );
    let uitleg = rows(&book, "uitleg");
    let text: Vec<String> = uitleg.iter().map(|r| r.join(" ")).collect();
    let all = text.join("\n");
    for sheet in ["scholen", "werkplekbegeleiders", "studenten", "reistijden"] {
        for header in &rows(&book, sheet)[0] {
            let row = uitleg
                .iter()
                .find(|r| r.len() > 3 && r[0] == sheet && &r[1] == header)
                .unwrap_or_else(|| panic!("{sheet}.{header} not explained"));
            assert!(row[3].len() > 10, "{row:?}");
        }
    }
    for words in [
        "stageplan check",
        "stageplan solve",
        "ma|wo",
        "HR-VT2",
        "ja of nee",
        "breedtegraad",
    ] {
        assert!(all.contains(words), "'{words}' in the uitleg sheet");
    }
    assert!(!all.contains("README"), "the workbook stands on its own");
}

#[test]
fn dropdowns_offer_school_ids_subjects_types_and_tracks() {
    let tmp = tempfile::tempdir().unwrap();
    let book = template(tmp.path(), "nl");
    let names = part(&book, "xl/workbook.xml");
    for (name, target) in [
        ("school_ids", "'scholen'!$A$2"),
        ("wpb_ids", "'werkplekbegeleiders'!$A$2"),
        ("student_ids", "'studenten'!$A$2"),
        ("subjects", "'keuzelijsten'!$A$2"),
        ("school_types", "'keuzelijsten'!$B$2"),
    ] {
        assert!(
            names.contains(&format!("name=\"{name}\">{target}")),
            "{name} in {names}"
        );
    }
    let list = |f: &str| ("list".to_string(), f.to_string());
    let wpbs = sheet_part(&book, "werkplekbegeleiders");
    assert_eq!(rule(&wpbs, "C2"), list("school_ids"));
    assert_eq!(rule(&wpbs, "D2"), list("subjects"));
    let students = sheet_part(&book, "studenten");
    assert_eq!(rule(&students, "D2"), list("subjects"));
    assert_eq!(rule(&students, "I2"), list("school_ids"), "preferences");
    assert_eq!(rule(&students, "K2"), list("school_ids"), "paid_school");
    assert_eq!(rule(&students, "M2"), list("wpb_ids"), "pinned_wpb");
    let (kind, tracks) = rule(&students, "C2");
    assert_eq!(kind, "list");
    assert!(
        tracks.contains("HR-VT2") && tracks.contains("TUD-SEC"),
        "{tracks}"
    );
    assert_eq!(
        rule(&sheet_part(&book, "scholen"), "C2"),
        list("school_types")
    );
    let travel = sheet_part(&book, "reistijden");
    assert_eq!(rule(&travel, "A2"), list("student_ids"));
    assert_eq!(rule(&travel, "B2"), list("school_ids"));
    let choices = rows(&book, "keuzelijsten");
    assert_eq!(choices[0], ["vakken", "soorten"]);
    assert!(choices.iter().any(|r| r[0] == "wiskunde"));
    assert!(choices.iter().any(|r| r[1] == "vmbo"));
}

/// The number format of each cell style (`cellXfs`) of the workbook: `@` is text.
fn style_formats(book: &Path) -> Vec<String> {
    let styles = part(book, "xl/styles.xml");
    let attr = |xml: &str, name: &str| -> String {
        xml.split(&format!("{name}=\""))
            .nth(1)
            .and_then(|r| r.split('"').next())
            .unwrap_or("")
            .to_string()
    };
    let mut codes: std::collections::HashMap<String, String> = [("0", "General"), ("49", "@")]
        .map(|(i, c)| (i.to_string(), c.to_string()))
        .into();
    for fmt in styles.split("<numFmt ").skip(1) {
        codes.insert(attr(fmt, "numFmtId"), attr(fmt, "formatCode"));
    }
    let xfs = styles
        .split("<cellXfs")
        .nth(1)
        .unwrap()
        .split("</cellXfs>")
        .next()
        .unwrap();
    xfs.split("<xf ")
        .skip(1)
        .map(|xf| codes[&attr(xf, "numFmtId")].clone())
        .collect()
}

/// The style of column `n` (1-based) of a sheet's `<cols>`.
fn column_style(xml: &str, n: usize) -> usize {
    let col = xml
        .split("<col ")
        .skip(1)
        .find(|c| c.contains(&format!("min=\"{n}\"")))
        .unwrap_or_else(|| panic!("no column {n}"));
    col.split("style=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .map_or(0, |s| s.parse().unwrap())
}

#[test]
fn number_cells_are_numbers_not_text_and_refuse_text() {
    const TEXT: &str = "@";
    let tmp = tempfile::tempdir().unwrap();
    let book = template(tmp.path(), "nl");
    let formats = style_formats(&book);
    let students = sheet_part(&book, "studenten");
    // paid_fte (L), lat (F), lon (G): typing 0,3 there gives a number, not text.
    for (n, letter) in [(12, "L"), (6, "F"), (7, "G")] {
        let style = column_style(&students, n);
        assert_ne!(formats[style], TEXT, "column {letter}");
        assert!(
            !students.contains(&format!("<c r=\"{letter}2\" s=\"")) || {
                let s: usize = students
                    .split(&format!("<c r=\"{letter}2\" s=\""))
                    .nth(1)
                    .unwrap()
                    .split('"')
                    .next()
                    .unwrap()
                    .parse()
                    .unwrap();
                formats[s] != TEXT
            },
            "cell {letter}2 is not text"
        );
        assert_eq!(rule(&students, &format!("{letter}2")).0, "decimal");
    }
    assert_eq!(formats[column_style(&students, 1)], TEXT, "ids stay text");
    let schools = sheet_part(&book, "scholen");
    assert_eq!(rule(&schools, "G2").0, "whole", "max_students");
    assert_eq!(rule(&sheet_part(&book, "reistijden"), "C2").0, "decimal");
    let example = rows(&book, "scholen");
    assert_eq!(example[0][4..6], ["breedtegraad", "lengtegraad"]);
}

#[test]
fn a_filled_template_with_number_cells_and_dutch_coordinate_headers_reads_back() {
    let (_tmp, book) = common::scratch("ingevuld.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let sheets: [(&str, &[&str], &[&[&str]]); 3] = [
        (
            "scholen",
            &[
                "schoolnummer",
                "naam",
                "soorten",
                "breedtegraad",
                "lengtegraad",
            ],
            &[&["S01", "Een", "havo", "52.08", "4.31"]],
        ),
        (
            "werkplekbegeleiders",
            &["wpb_nummer", "naam", "schoolnummer", "vakken", "dagen"],
            &[&["W001", "Anna", "S01", "biologie", "ma|di|wo|do|vr"]],
        ),
        (
            "studenten",
            &[
                "studentnummer",
                "naam",
                "opleiding",
                "vak",
                "breedtegraad",
                "lengtegraad",
                "betaalde_school",
                "aanstelling_fte",
            ],
            &[&[
                "ST001", "Sem", "HR-VT2", "biologie", "52.07", "4.30", "S01", "0.3",
            ]],
        ),
    ];
    for (name, header, data) in sheets {
        let ws = wb.add_worksheet();
        ws.set_name(name).unwrap();
        for (c, h) in header.iter().enumerate() {
            ws.write_string(0, c as u16, *h).unwrap();
        }
        for (r, row) in data.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r as u32 + 1, c as u16);
                match cell.parse::<f64>() {
                    // As Excel stores a number typed into a number cell.
                    Ok(x) if c >= 3 => ws.write_number(r, c, x).map(|_| ()),
                    _ => ws.write_string(r, c, *cell).map(|_| ()),
                }
                .unwrap();
            }
        }
    }
    wb.save(&book).unwrap();
    let assert = stageplan().arg("check").arg(&book).assert().success();
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
    assert!(!stderr.contains("E011"), "{stderr}");
}
