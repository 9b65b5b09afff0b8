//! Crafted workbooks for the hostile-workbook tests, written by the tests themselves: a
//! zip of the XML parts Excel writes, where a test may replace any part by a stream of
//! its own (a far cell, a false count, hundreds of megabytes), so nothing large is kept
//! in the repository and no part is held in memory while it is written.
#![allow(dead_code)]

use std::io::{self, Write};
use std::path::Path;

/// Writes the body of a part.
pub type Body = Box<dyn Fn(&mut dyn Write) -> io::Result<()>>;

const MAIN: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG: &str = "http://schemas.openxmlformats.org/package/2006/relationships";

/// A part given as text.
pub fn text(body: String) -> Body {
    Box::new(move |w| w.write_all(body.as_bytes()))
}

/// `<row>`s of inline-string cells from `first_row` on, cells from column A on. An
/// empty text leaves its cell out.
pub fn rows(rows: &[&[&str]], first_row: u32) -> String {
    let mut xml = String::new();
    for (i, cells) in rows.iter().enumerate() {
        let r = first_row + i as u32;
        xml.push_str(&format!("<row r=\"{r}\">"));
        for (c, value) in cells.iter().enumerate() {
            if !value.is_empty() {
                xml.push_str(&inline(&format!("{}{r}", letters(c)), value));
            }
        }
        xml.push_str("</row>");
    }
    xml
}

/// One inline-string cell.
pub fn inline(at: &str, value: &str) -> String {
    format!("<c r=\"{at}\" t=\"inlineStr\"><is><t>{value}</t></is></c>")
}

/// Excel's letters of a 0-based column.
pub fn letters(c: usize) -> String {
    stageplan::input::problem::column_letters(c + 1)
}

/// A sheet: `<worksheet>` around a `<sheetData>` written by `data`.
pub fn sheet(data: Body) -> Body {
    Box::new(move |w| {
        write!(
            w,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{MAIN}\"><sheetData>"
        )?;
        data(w)?;
        write!(w, "</sheetData></worksheet>")
    })
}

/// The sheets of the small valid instance of the hostile suite (the CSV files of
/// `tests/hostile.rs` as sheets), each as (name, rows).
pub fn instance_rows() -> Vec<(&'static str, Vec<Vec<&'static str>>)> {
    vec![
        (
            "scholen",
            vec![
                vec!["school_id", "name", "types", "max_students", "so_hours"],
                vec!["A", "School A", "havo", "10", "200"],
                vec!["B", "School B", "vmbo", "", ""],
            ],
        ),
        (
            "werkplekbegeleiders",
            vec![
                vec![
                    "wpb_id",
                    "name",
                    "school_id",
                    "subjects",
                    "days",
                    "max_students",
                    "max_hours",
                ],
                vec!["W1", "Wim", "A", "biologie", "ma|wo", "1", "36"],
                vec!["W2", "Wanda", "B", "biologie", "ma|di|wo|do", "2", "72"],
            ],
        ),
        (
            "studenten",
            vec![
                vec!["student_id", "name", "track", "subject"],
                vec!["S1", "Sara", "HR-VT2", "biologie"],
                vec!["S2", "Sem", "HR-VT2", "biologie"],
            ],
        ),
        (
            "reistijden",
            vec![
                vec!["student_id", "school_id", "minutes"],
                vec!["S1", "A", "30"],
                vec!["S1", "B", "40"],
                vec!["S2", "A", "35"],
                vec!["S2", "B", "25"],
            ],
        ),
    ]
}

/// The sheets of the valid instance, with `extra` appended to the data of sheet `name`
/// (and any sheet of `replace` given whole instead).
pub fn instance_sheets(
    extra: &[(&str, String)],
    replace: Vec<(&str, Body)>,
) -> Vec<(String, Body)> {
    let mut sheets: Vec<(String, Body)> = Vec::new();
    let mut replace = replace;
    for (name, table) in instance_rows() {
        if let Some(i) = replace.iter().position(|(n, _)| *n == name) {
            let (_, body) = replace.remove(i);
            sheets.push((name.to_string(), body));
            continue;
        }
        let refs: Vec<&[&str]> = table.iter().map(|r| r.as_slice()).collect();
        let mut xml = rows(&refs, 1);
        for (n, more) in extra {
            if *n == name {
                xml.push_str(more);
            }
        }
        sheets.push((name.to_string(), sheet(text(xml))));
    }
    sheets.extend(replace.into_iter().map(|(n, b)| (n.to_string(), b)));
    sheets
}

/// Writes a workbook of `sheets` (name, whole sheet part), with optional shared-strings
/// and styles parts. Parts are deflated at the fastest level: a test may write hundreds
/// of megabytes that pack into some kilobytes.
pub fn write(path: &Path, sheets: Vec<(String, Body)>, shared: Option<Body>, styles: Option<Body>) {
    write_packed(path, sheets, shared, styles, 1);
}

/// As [`write`], deflated at `level` (9 packs best: the fuzzing seeds must stay small).
pub fn write_packed(
    path: &Path,
    sheets: Vec<(String, Body)>,
    shared: Option<Body>,
    styles: Option<Body>,
    level: i64,
) {
    let file = std::fs::File::create(path).unwrap();
    let mut zip = zip::ZipWriter::new(io::BufWriter::new(file));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(level))
        .large_file(true);
    let mut part = |name: &str, body: &dyn Fn(&mut dyn Write) -> io::Result<()>| {
        zip.start_file(name, options).unwrap();
        body(&mut zip).unwrap();
    };
    part("[Content_Types].xml", &|w| {
        write!(w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>")
    });
    part("_rels/.rels", &|w| {
        write!(w, "<Relationships xmlns=\"{PKG}\"><Relationship Id=\"rId1\" Type=\"{RELS}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")
    });
    let names: Vec<String> = sheets.iter().map(|(n, _)| n.clone()).collect();
    part("xl/workbook.xml", &|w| {
        write!(w, "<workbook xmlns=\"{MAIN}\" xmlns:r=\"{RELS}\"><sheets>")?;
        for (i, n) in names.iter().enumerate() {
            write!(
                w,
                "<sheet name=\"{n}\" sheetId=\"{}\" r:id=\"rId{}\"/>",
                i + 1,
                i + 1
            )?;
        }
        write!(w, "</sheets></workbook>")
    });
    let (has_shared, has_styles) = (shared.is_some(), styles.is_some());
    part("xl/_rels/workbook.xml.rels", &|w| {
        write!(w, "<Relationships xmlns=\"{PKG}\">")?;
        for i in 0..names.len() {
            write!(w, "<Relationship Id=\"rId{}\" Type=\"{RELS}/worksheet\" Target=\"worksheets/sheet{}.xml\"/>", i + 1, i + 1)?;
        }
        if has_shared {
            write!(w, "<Relationship Id=\"rIdS\" Type=\"{RELS}/sharedStrings\" Target=\"sharedStrings.xml\"/>")?;
        }
        if has_styles {
            write!(
                w,
                "<Relationship Id=\"rIdT\" Type=\"{RELS}/styles\" Target=\"styles.xml\"/>"
            )?;
        }
        write!(w, "</Relationships>")
    });
    for (i, (_, body)) in sheets.iter().enumerate() {
        part(&format!("xl/worksheets/sheet{}.xml", i + 1), body.as_ref());
    }
    if let Some(body) = &shared {
        part("xl/sharedStrings.xml", body.as_ref());
    }
    if let Some(body) = &styles {
        part("xl/styles.xml", body.as_ref());
    }
    zip.finish().unwrap();
}

/// Writes `n` bytes of `unit` repeated, in large pieces.
pub fn repeat(w: &mut dyn Write, unit: &[u8], n: usize) -> io::Result<()> {
    let piece: Vec<u8> = unit.iter().copied().cycle().take(1 << 20).collect();
    let mut left = n;
    while left > 0 {
        let k = left.min(piece.len());
        w.write_all(&piece[..k])?;
        left -= k;
    }
    Ok(())
}

/// The largest resident size of any child process this test binary has waited for, in
/// MB: every child of the hostile-workbook tests must stay within the budget, so the
/// largest one bounds each.
pub fn children_peak_mb() -> u64 {
    // SAFETY: getrusage only writes into the struct it is given, which is zeroed and ours.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let ok = unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) } == 0;
    assert!(ok, "getrusage");
    // Linux reports ru_maxrss in kilobytes.
    usage.ru_maxrss as u64 / 1024
}

/// A workbook as Excel saves one, written with rust_xlsxwriter: `sheets` of (name, rows),
/// where `number` gives the value of a cell (row, text) that is a number cell; every
/// other cell is text.
pub fn xlsx<T, R, S>(path: &Path, sheets: &[(&str, T)], number: impl Fn(usize, &str) -> Option<f64>)
where
    T: AsRef<[R]>,
    R: AsRef<[S]>,
    S: AsRef<str>,
{
    let mut book = rust_xlsxwriter::Workbook::new();
    for (name, rows) in sheets {
        let ws = book.add_worksheet();
        ws.set_name(*name).unwrap();
        for (r, row) in rows.as_ref().iter().enumerate() {
            for (c, cell) in row.as_ref().iter().enumerate() {
                let (cell, at) = (cell.as_ref(), (r as u32, c as u16));
                match number(r, cell) {
                    Some(x) => ws.write_number(at.0, at.1, x).map(|_| ()),
                    None => ws.write_string(at.0, at.1, cell).map(|_| ()),
                }
                .unwrap();
            }
        }
    }
    book.save(path).unwrap();
}

/// Rows of cells from lines of text, cells split at commas.
pub fn lines(lines: &[&str]) -> Vec<Vec<String>> {
    lines
        .iter()
        .map(|l| l.split(',').map(str::to_string).collect())
        .collect()
}

/// For [`xlsx`]: a cell written `#30` is the number 30.
pub fn hash_number(_row: usize, cell: &str) -> Option<f64> {
    cell.strip_prefix('#').map(|n| n.parse().unwrap())
}

/// For [`xlsx`]: every cell is text, as an edited plan.xlsx comes back.
pub fn all_text(_row: usize, _cell: &str) -> Option<f64> {
    None
}

/// The rows of sheet `sheet` of a workbook, read back with calamine, as text.
pub fn sheet_rows(path: &Path, sheet: &str) -> Vec<Vec<String>> {
    use calamine::{open_workbook_auto, Data, Reader};
    let mut book = open_workbook_auto(path).unwrap();
    let range = book.worksheet_range(sheet).unwrap();
    range
        .rows()
        .map(|row| {
            row.iter()
                .map(|c| match c {
                    Data::String(s) => s.clone(),
                    Data::Empty => String::new(),
                    other => format!("{other}"),
                })
                .collect()
        })
        .collect()
}
