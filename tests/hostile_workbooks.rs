//! Hostile workbooks (issue 17): each is written by the test itself, read by the real
//! binary, and must be read or refused with exit 1, a message naming the part (and the
//! cell where there is one), within 1 GB and 10 seconds. Every child of this test binary
//! is such a run, so the largest resident size among them bounds each one.

mod common;

use common::book::{self, children_peak_mb, inline, repeat, sheet, text, Body};
use common::stageplan;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// The budget of issue 17 for any workbook of up to 50 MB on disk.
const BUDGET_MB: u64 = 1024;
const BUDGET_SECONDS: f64 = 10.0;

/// The valid instance as a workbook, with cells added to sheets and sheets replaced.
fn workbook(dir: &Path, extra: &[(&str, String)], replace: Vec<(&str, Body)>) -> PathBuf {
    let path = dir.join("book.xlsx");
    book::write(&path, book::instance_sheets(extra, replace), None, None);
    path
}

/// Runs `stageplan check` on `book` and returns its exit code and stderr, after checking
/// the budgets of time and memory.
fn check(book: &Path) -> (Option<i32>, String) {
    let started = Instant::now();
    let output = stageplan().arg("check").arg(book).output().unwrap();
    let seconds = started.elapsed().as_secs_f64();
    let stderr = String::from_utf8_lossy(&output.stderr).to_string();
    assert!(seconds < BUDGET_SECONDS, "took {seconds:.1} s:\n{stderr}");
    let peak = children_peak_mb();
    assert!(peak < BUDGET_MB, "peak {peak} MB:\n{stderr}");
    eprintln!(
        "{}: {seconds:.2} s, children's peak so far {peak} MB",
        book.display()
    );
    (output.status.code(), stderr)
}

/// A sheet of a header and `bytes` of text in runs of 200 KB between tags: nothing but
/// the size of a part, or of all parts, can stop it.
fn padded(bytes: usize) -> Body {
    sheet(Box::new(move |w| {
        w.write_all(book::rows(&[&["x"]], 1).as_bytes())?;
        let run: Vec<u8> = [&b"<x>"[..], &vec![b' '; 200_000][..], &b"</x>"[..]].concat();
        repeat(w, &run, bytes)
    }))
}

/// A students sheet of its header and then `bytes` of white space: one endless run.
fn whitespace(bytes: usize) -> Body {
    sheet(Box::new(move |w| {
        w.write_all(book::rows(&[&["student_id", "name", "track", "subject"]], 1).as_bytes())?;
        repeat(w, b" ", bytes)
    }))
}

/// `check` exits 1 with `code` at `place` and every one of `words` in the message.
fn refused(book: &Path, code: &str, place: &str, words: &[&str]) {
    let (exit, stderr) = check(book);
    assert_eq!(exit, Some(1), "{stderr}");
    common::says(&stderr, code, place, words);
}

/// A workbook whose sheet `name` is `body` is refused with E008 (a reading cap) at `place`.
fn over_a_cap(name: &str, body: Body, place: &str, words: &[&str]) {
    let dir = tempfile::tempdir().unwrap();
    let book = workbook(dir.path(), &[], vec![(name, body)]);
    refused(&book, "E008", place, words);
}

#[test]
fn the_crafted_instance_workbook_is_valid() {
    let dir = tempfile::tempdir().unwrap();
    let (exit, stderr) = check(&workbook(dir.path(), &[], Vec::new()));
    assert_eq!(exit, Some(0), "{stderr}");
}

#[test]
fn a_cell_at_xfd1048576_is_named_not_allocated() {
    let dir = tempfile::tempdir().unwrap();
    let far = format!("<row r=\"1048576\">{}</row>", inline("XFD1048576", "x"));
    let book = workbook(dir.path(), &[("studenten", far)], Vec::new());
    refused(
        &book,
        "E006",
        "book.xlsx, studenten!XFD1048576",
        &["right of the last column"],
    );
}

#[test]
fn a_cell_at_zz900000_is_named_not_allocated() {
    let dir = tempfile::tempdir().unwrap();
    let far = format!("<row r=\"900000\">{}</row>", inline("ZZ900000", "x"));
    let book = workbook(dir.path(), &[("scholen", far)], Vec::new());
    refused(&book, "E006", "book.xlsx, scholen!ZZ900000", &[]);
}

#[test]
fn a_far_cell_in_a_pins_workbook_is_named_not_allocated() {
    let dir = tempfile::tempdir().unwrap();
    let inst = workbook(dir.path(), &[], Vec::new());
    let pins = dir.path().join("plan.xlsx");
    let rows = book::rows(
        &[&["student_id", "wpb_id", "vastzetten"], &["S1", "W1", "ja"]],
        1,
    ) + &format!("<row r=\"1048576\">{}</row>", inline("XFD1048576", "x"));
    book::write(
        &pins,
        vec![("Plaatsingen".into(), sheet(text(rows)))],
        None,
        None,
    );
    let started = Instant::now();
    let output = stageplan()
        .arg("solve")
        .arg(&inst)
        .arg("--pins")
        .arg(&pins)
        .arg("--out")
        .arg(dir.path().join("out"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    common::has_all(&stderr, &["plan.xlsx, Plaatsingen!XFD1048576: error E006"]);
    assert!(started.elapsed().as_secs_f64() < BUDGET_SECONDS);
    assert!(children_peak_mb() < BUDGET_MB);
    assert!(!dir.path().join("out").exists());
}

#[test]
fn a_shared_strings_count_of_four_billion_is_not_believed() {
    let (_dir, path) = common::scratch("book.xlsx");
    // The students' names come from the shared strings, whose header lies about their number.
    let shared = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"4000000000\" uniqueCount=\"4000000000\"><si><t>Sara</t></si><si><t>Sem</t></si></sst>";
    let students = book::rows(&[&["student_id", "name", "track", "subject"]], 1)
        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>S1</t></is></c><c r=\"B2\" t=\"s\"><v>0</v></c><c r=\"C2\" t=\"inlineStr\"><is><t>HR-VT2</t></is></c><c r=\"D2\" t=\"inlineStr\"><is><t>biologie</t></is></c></row>"
        + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>S2</t></is></c><c r=\"B3\" t=\"s\"><v>1</v></c><c r=\"C3\" t=\"inlineStr\"><is><t>HR-VT2</t></is></c><c r=\"D3\" t=\"inlineStr\"><is><t>biologie</t></is></c></row>";
    let sheets = book::instance_sheets(&[], vec![("studenten", sheet(text(students)))]);
    book::write(&path, sheets, Some(text(shared.into())), None);
    let (exit, stderr) = check(&path);
    assert_eq!(exit, Some(0), "read as the strings it holds:\n{stderr}");
}

#[test]
fn one_cell_of_three_hundred_megabytes_is_refused_at_its_cell() {
    let dir = tempfile::tempdir().unwrap();
    let huge: Body = sheet(Box::new(|w| {
        w.write_all(book::rows(&[&["student_id", "name", "track", "subject"]], 1).as_bytes())?;
        w.write_all(b"<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>S1</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>")?;
        repeat(w, b"x", 300 << 20)?;
        w.write_all(b"</t></is></c></row>")
    }));
    let book = workbook(dir.path(), &[], vec![("studenten", huge)]);
    assert!(
        std::fs::metadata(&book).unwrap().len() < 50 << 20,
        "under 50 MB on disk"
    );
    refused(
        &book,
        "E008",
        "book.xlsx, studenten!B2",
        &["MAX_XML_RUN_BYTES", "xl/worksheets/sheet3.xml"],
    );
}

#[test]
fn three_hundred_megabytes_of_whitespace_are_refused_by_the_part() {
    over_a_cap(
        "studenten",
        whitespace(300 << 20),
        "book.xlsx, studenten!A1",
        &["MAX_XML_RUN_BYTES", "xl/worksheets/sheet3.xml"],
    );
}

#[test]
fn a_part_that_unpacks_beyond_its_cap_is_refused_by_the_part() {
    over_a_cap(
        "studenten",
        padded(300 << 20),
        "book.xlsx, studenten!A1",
        &["256 MB (MAX_PART_BYTES)", "xl/worksheets/sheet3.xml"],
    );
}

#[test]
fn three_million_rows_are_refused_at_excels_last_row() {
    let rows: Body = sheet(Box::new(|w| {
        w.write_all(book::rows(&[&["student_id", "school_id", "minutes"]], 1).as_bytes())?;
        repeat(w, b"<row/>", 6 * 3_000_000)
    }));
    over_a_cap(
        "reistijden",
        rows,
        "book.xlsx, reistijden!A1",
        &["MAX_ROWS", "1,048,576"],
    );
}

#[test]
fn parts_that_unpack_beyond_the_total_cap_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    // Three sheets of 200 MB each: every one under the part cap, together over the total.
    // The reader reads only the sheets it needs: those are padded.
    let big = vec![
        ("scholen", padded(200 << 20)),
        ("werkplekbegeleiders", padded(200 << 20)),
        ("studenten", padded(200 << 20)),
    ];
    let book = workbook(dir.path(), &[], big);
    refused(
        &book,
        "E008",
        "book.xlsx, studenten!A1",
        &["512 MB together (MAX_TOTAL_BYTES)"],
    );
}

#[test]
fn a_cell_longer_than_excel_allows_is_refused_at_its_cell() {
    let dir = tempfile::tempdir().unwrap();
    let long = format!("<row r=\"4\">{}</row>", inline("B4", &"x".repeat(40_000)));
    let book = workbook(dir.path(), &[("studenten", long)], Vec::new());
    refused(
        &book,
        "E008",
        "book.xlsx, studenten!B4",
        &["MAX_CELL_CHARS", "32,767"],
    );
}

#[test]
fn a_long_shared_text_in_every_cell_is_refused_by_the_text_cap() {
    let (_dir, path) = common::scratch("book.xlsx");
    let shared = format!("<sst><si><t>{}</t></si></sst>", "n".repeat(30_000));
    let students: Body = sheet(Box::new(|w| {
        w.write_all(book::rows(&[&["student_id", "name", "track", "subject"]], 1).as_bytes())?;
        for r in 2..6_000 {
            write!(
                w,
                "<row r=\"{r}\">{}<c r=\"B{r}\" t=\"s\"><v>0</v></c>{}{}</row>",
                inline(&format!("A{r}"), &format!("S{r}")),
                inline(&format!("C{r}"), "HR-VT2"),
                inline(&format!("D{r}"), "biologie")
            )?;
        }
        Ok(())
    }));
    let sheets = book::instance_sheets(&[], vec![("studenten", students)]);
    book::write(&path, sheets, Some(text(shared)), None);
    refused(
        &path,
        "E008",
        "book.xlsx, studenten!A1",
        &["128 MB of text together (MAX_TEXT_BYTES)"],
    );
}

#[test]
fn a_zip_that_claims_sixty_thousand_parts_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let book = workbook(dir.path(), &[], Vec::new());
    let mut bytes = std::fs::read(&book).unwrap();
    // The end record's entry counts sit 10 and 8 bytes into its last 22 bytes.
    let end = bytes.len() - 22;
    for at in [end + 8, end + 10] {
        bytes[at..at + 2].copy_from_slice(&60_000u16.to_le_bytes());
    }
    std::fs::write(&book, bytes).unwrap();
    refused(&book, "E008", "book.xlsx:1:1", &["MAX_ZIP_ENTRIES"]);
}

#[test]
fn a_workbook_over_its_size_cap_is_refused_without_reading_it() {
    let (_dir, path) = common::scratch("book.xlsx");
    // Sparse: 101 MB that take no disk space.
    std::fs::File::create(&path)
        .unwrap()
        .set_len(101 << 20)
        .unwrap();
    refused(&path, "E008", "book.xlsx:1:1", &["MAX_WORKBOOK_BYTES"]);
}

/// A fuzzing seed: its name, its sheets and its shared strings.
type Seed = (&'static str, Vec<(String, Body)>, Option<Body>);

/// Writes small versions of the workbooks above as seeds of the `workbook` fuzz target
/// (each under its 64 KB input limit). Run by `scripts/fuzz.sh`:
/// `STAGEPLAN_FUZZ_SEEDS=DIR cargo test --release --test hostile_workbooks write_fuzz_seeds -- --ignored`
#[test]
#[ignore = "writes the fuzzing seeds; run by scripts/fuzz.sh"]
fn write_fuzz_seeds() {
    let Ok(dir) = std::env::var("STAGEPLAN_FUZZ_SEEDS") else {
        return;
    };
    let dir = PathBuf::from(dir);
    std::fs::create_dir_all(&dir).unwrap();
    let header = || book::rows(&[&["student_id", "name", "track", "subject"]], 1);
    let far = |at: &str, row: u32| format!("<row r=\"{row}\">{}</row>", inline(at, "x"));
    let seeds: Vec<Seed> = vec![
        (
            "far-xfd",
            book::instance_sheets(&[("studenten", far("XFD1048576", 1_048_576))], Vec::new()),
            None,
        ),
        (
            "far-zz",
            book::instance_sheets(&[("scholen", far("ZZ900000", 900_000))], Vec::new()),
            None,
        ),
        (
            "unique-count",
            book::instance_sheets(
                &[(
                    "studenten",
                    "<row r=\"4\"><c r=\"B4\" t=\"s\"><v>0</v></c></row>".into(),
                )],
                Vec::new(),
            ),
            Some(text(
                "<sst uniqueCount=\"4000000000\"><si><t>x</t></si></sst>".into(),
            )),
        ),
        (
            "huge-cell",
            book::instance_sheets(
                &[],
                vec![(
                    "studenten",
                    sheet(Box::new(move |w| {
                        w.write_all(header().as_bytes())?;
                        w.write_all(b"<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>")?;
                        repeat(w, b"x", 40 << 20)?;
                        w.write_all(b"</t></is></c></row>")
                    })),
                )],
            ),
            None,
        ),
        (
            "whitespace",
            book::instance_sheets(&[], vec![("studenten", whitespace(40 << 20))]),
            None,
        ),
        (
            "rows",
            book::instance_sheets(
                &[],
                vec![(
                    "reistijden",
                    sheet(Box::new(|w| repeat(w, b"<row/>", 6 * 3_000_000))),
                )],
            ),
            None,
        ),
        (
            "pins-far",
            vec![(
                "Plaatsingen".into(),
                sheet(text(
                    book::rows(
                        &[&["student_id", "wpb_id", "vastzetten"], &["S1", "W1", "ja"]],
                        1,
                    ) + &far("XFD1048576", 1_048_576),
                )),
            )],
            None,
        ),
    ];
    for (name, sheets, shared) in seeds {
        let path = dir.join(format!("hostile-{name}.xlsx"));
        book::write_packed(&path, sheets, shared, None, 9);
        let size = std::fs::metadata(&path).unwrap().len();
        assert!(size < 64 << 10, "{name}: {size} bytes");
    }
}
