//! Excel workbooks as instances: the same plan as the CSV folder, problems named by cell.

mod common;

use common::book::{self, all_text, sheet_rows};
use common::{checked, read, stageplan};
use rust_xlsxwriter::Workbook;
use std::path::Path;

const SHEETS: [(&str, &str); 4] = [
    ("scholen", "schools.csv"),
    ("werkplekbegeleiders", "supervisors.csv"),
    ("studenten", "students.csv"),
    ("reistijden", "travel.csv"),
];

/// Dutch header names, as a stagecoördinator types them.
fn dutch(header: &str) -> &str {
    match header {
        "student_id" => "Studentnummer",
        "subject" => "Vak",
        "days" => "Dagen",
        "previous_schools" => "Vorige scholen",
        "school_id" => "Schoolnummer",
        other => other,
    }
}

/// Copies a CSV instance folder into a workbook, one sheet per file, starting at `B3` on the
/// students sheet; cells that look like numbers become number cells (as Excel stores them).
fn workbook_of(dir: &Path, out: &Path) {
    let mut book = Workbook::new();
    for (sheet, file) in SHEETS {
        let ws = book.add_worksheet();
        ws.set_name(sheet).unwrap();
        let (r0, c0) = if sheet == "studenten" { (2, 1) } else { (0, 0) };
        let text = read(&dir.join(file));
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.as_bytes());
        for (r, record) in reader.records().enumerate() {
            for (c, cell) in record.unwrap().iter().enumerate() {
                let (row, col) = ((r0 + r) as u32, (c0 + c) as u16);
                match (r, cell.parse::<f64>()) {
                    (0, _) => ws.write_string(row, col, dutch(cell)).map(|_| ()),
                    (_, Ok(x)) => ws.write_number(row, col, x).map(|_| ()),
                    _ => ws.write_string(row, col, cell).map(|_| ()),
                }
                .unwrap();
            }
        }
    }
    book.save(out).unwrap();
}

#[test]
fn a_workbook_gives_the_same_plan_as_the_csv_folder() {
    let dir = tempfile::tempdir().unwrap();
    let hos = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/hos");
    let book = dir.path().join("hos.xlsx");
    workbook_of(&hos, &book);
    for (instance, out) in [(hos.as_path(), "csv"), (book.as_path(), "xlsx")] {
        stageplan()
            .arg("solve")
            .arg(instance)
            .args(["--suggestions", "0", "--quiet", "--out"])
            .arg(dir.path().join(out))
            .assert()
            .success();
    }
    let plan = |out: &str| read(&dir.path().join(out).join("plan.csv"));
    assert_eq!(plan("csv"), plan("xlsx"));
    let objective = |out: &str| {
        let s = common::json(&dir.path().join(out).join("summary.json"));
        s["objective"].clone()
    };
    assert_eq!(objective("csv"), objective("xlsx"));
}

/// A workbook of `sheets`, text unless a cell below the header parses as a number.
fn small_workbook(path: &Path, sheets: &[(&str, &[&[&str]])]) {
    book::xlsx(path, sheets, |r, cell| cell.parse().ok().filter(|_| r > 0));
}

#[test]
fn workbook_problems_name_the_sheet_and_cell() {
    let (_dir, path) = common::scratch("plan 2026.xlsx");
    small_workbook(
        &path,
        &[
            (
                "Scholen",
                &[
                    &["school_id", "naam", "soorten", "max_studenten"],
                    &["7", "Het Zevende", "havo", "veel"],
                ],
            ),
            (
                "werkplekbegeleiders",
                &[
                    &["wpb_id", "naam", "schoolnummer", "vakken", "dagen"],
                    &["12", "Jan", "7", "biologie", "ma|di|wo|do|vr"],
                ],
            ),
            (
                "studenten",
                &[
                    &["studentnummer", "naam", "opleiding", "vak"],
                    &["1001", "Eva", "HR-VT2", "biologie"],
                ],
            ),
        ],
    );
    let stderr = checked(&path, 1);
    assert!(stderr.contains("plan 2026.xlsx, Scholen!D2"), "{stderr}");
    assert!(stderr.contains("'veel'"), "{stderr}");
}

#[test]
fn numbers_typed_as_ids_stay_ids_and_a_missing_sheet_is_named() {
    let (dir, good) = common::scratch("goed.xlsx");
    let schools: &[&[&str]] = &[
        &["school_id", "naam", "soorten"],
        &["7", "Het Zevende", "havo"],
    ];
    let wpbs: &[&[&str]] = &[
        &["wpb_id", "naam", "schoolnummer", "vakken", "dagen"],
        &["12", "Jan", "7", "biologie", "ma|di|wo|do|vr"],
    ];
    let students: &[&[&str]] = &[
        &["studentnummer", "naam", "opleiding", "vak"],
        &["1001", "Eva", "HR-VT2", "biologie"],
    ];
    let travel: &[&[&str]] = &[
        &["studentnummer", "schoolnummer", "minuten"],
        &["1001", "7", "30"],
    ];
    small_workbook(
        &good,
        &[
            ("scholen", schools),
            ("werkplekbegeleiders", wpbs),
            ("studenten", students),
            ("Reistijden", travel),
        ],
    );
    let out = dir.path().join("out");
    stageplan()
        .arg("solve")
        .arg(&good)
        .args(["--suggestions", "0", "--quiet", "--model"])
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("models/hos.toml"))
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let plan = read(&out.join("plan.csv"));
    assert!(
        plan.lines().nth(1).unwrap().starts_with("1001,7,12,"),
        "{plan}"
    );
    let missing = dir.path().join("half.xlsx");
    small_workbook(
        &missing,
        &[("scholen", schools), ("werkplekbegeleiders", wpbs)],
    );
    let stderr = checked(&missing, 1);
    assert!(stderr.contains("no sheet 'studenten'"), "{stderr}");
}

#[test]
fn a_file_that_is_no_workbook_is_a_clear_problem() {
    let (_dir, path) = common::scratch("kapot.xlsx");
    std::fs::write(&path, "dit is geen werkmap").unwrap();
    let stderr = checked(&path, 1);
    common::has_all(&stderr, &["cannot be read as an Excel workbook"]);
}

#[test]
fn init_writes_templates_that_read_back_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["nieuw.xlsx", "nieuw"] {
        let path = dir.path().join(name);
        stageplan()
            .args(["init", "--lang", "nl"])
            .arg(&path)
            .assert()
            .success();
        stageplan().arg("check").arg(&path).assert().success();
    }
    let book = dir.path().join("nieuw.xlsx");
    assert_eq!(sheet_rows(&book, "studenten")[0][0], "studentnummer");
    let english = dir.path().join("english.xlsx");
    stageplan()
        .args(["init", "--lang", "en"])
        .arg(&english)
        .assert()
        .success();
    assert_eq!(sheet_rows(&english, "students")[0][0], "student_id");
    let before = std::fs::read(&book).unwrap();
    let assert = stageplan().arg("init").arg(&book).assert().code(2);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
    assert!(stderr.contains("never overwrites"), "{stderr}");
    assert_eq!(std::fs::read(&book).unwrap(), before);
}

#[test]
fn plan_xlsx_has_every_sheet_is_byte_identical_and_its_pins_are_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let hos = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/hos");
    let solve = |out: &str, pins: Option<&Path>| {
        let mut cmd = stageplan();
        cmd.arg("solve")
            .arg(&hos)
            .args(["--lang", "nl", "--suggestions", "0", "--quiet", "--out"]);
        cmd.arg(dir.path().join(out));
        if let Some(p) = pins {
            cmd.arg("--pins").arg(p);
        }
        cmd.assert().success();
        dir.path().join(out)
    };
    let first = solve("a", None);
    let second = solve("b", None);
    let xlsx = first.join("plan.xlsx");
    assert_eq!(
        std::fs::read(&xlsx).unwrap(),
        std::fs::read(second.join("plan.xlsx")).unwrap()
    );
    let placed = read(&first.join("plan.csv")).lines().count() - 1;
    let rows = sheet_rows(&xlsx, "Plaatsingen");
    assert_eq!(rows.len(), placed + 1);
    assert_eq!(rows[0][0], "studentnummer");
    assert_eq!(rows[0][11], "vastzetten");
    assert!(
        rows[1][0].starts_with("ST"),
        "ids are text cells: {:?}",
        rows[1]
    );
    for sheet in [
        "Per school",
        "Per WPB",
        "Niet geplaatst",
        "Controles",
        "Samenvatting",
    ] {
        assert!(!sheet_rows(&xlsx, sheet).is_empty(), "{sheet}");
    }
    // The coördinator pins the first student to the second student's WPB.
    let (student, wpb) = (rows[1][0].clone(), rows[2][6].clone());
    let mut edited = rows.clone();
    edited[1][6] = wpb.clone();
    edited[1][11] = "ja".into();
    let pins = dir.path().join("plan-aangepast.xlsx");
    book::xlsx(&pins, &[("Plaatsingen", edited)], all_text);
    let pinned = solve("c", Some(&pins));
    let plan = read(&pinned.join("plan.csv"));
    let row = plan
        .lines()
        .find(|l| l.starts_with(&format!("{student},")))
        .unwrap();
    assert_eq!(row.split(',').nth(2).unwrap(), wpb, "{row}");
    assert!(
        row.ends_with(",yes"),
        "the placement is marked pinned: {row}"
    );
}

#[test]
fn plan_xlsx_is_read_wherever_a_plan_is() {
    let dir = tempfile::tempdir().unwrap();
    let hos = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/hos");
    let out = dir.path().join("out");
    common::solve(&hos, &out);
    let stdout = |args: &[&std::ffi::OsStr]| {
        let output = stageplan().args(args).output().unwrap();
        assert!(output.status.success(), "{args:?}: {output:?}");
        String::from_utf8(output.stdout).unwrap()
    };
    let (csv, xlsx) = (out.join("plan.csv"), out.join("plan.xlsx"));
    for command in ["verify", "score"] {
        let of = |plan: &Path| stdout(&[command.as_ref(), hos.as_os_str(), plan.as_os_str()]);
        assert_eq!(of(&csv), of(&xlsx), "{command}");
    }
    let student = common::csv_rows(&read(&csv))[0]["student_id"].clone();
    let explain = |plan: &Path| {
        stdout(&[
            "explain".as_ref(),
            hos.as_os_str(),
            "--student".as_ref(),
            student.as_ref(),
            "--plan".as_ref(),
            plan.as_os_str(),
        ])
    };
    assert_eq!(explain(&csv), explain(&xlsx));
    // A repair from the published plan.xlsx keeps everyone: nothing changed since.
    let repaired = dir.path().join("repaired");
    stageplan()
        .arg("solve")
        .arg(&hos)
        .args(["--suggestions", "0", "--quiet", "--baseline-plan"])
        .arg(&xlsx)
        .arg("--out")
        .arg(&repaired)
        .assert()
        .success();
    assert_eq!(read(&repaired.join("plan.csv")), read(&csv));
}
