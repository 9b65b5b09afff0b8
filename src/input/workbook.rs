//! An Excel workbook as an instance: one sheet per CSV file of FORMAT.md, turned into the
//! same tables, so that every rule and problem report of the CSV route applies unchanged.
//! Problems name the cell as Excel does (`studenten!C5`).

use super::problem::{Place, Problems};
use super::table::Table;
use super::Tables;
use crate::lang::{problems as say, Word};
use calamine::{open_workbook_auto, Data, Reader};
use std::path::Path;

/// The sheets of an instance: the CSV file each stands for and the names it may have.
const SHEETS: [(&str, [&str; 2]); 4] = [
    ("schools.csv", ["scholen", "schools"]),
    ("supervisors.csv", ["werkplekbegeleiders", "supervisors"]),
    ("students.csv", ["studenten", "students"]),
    ("travel.csv", ["reistijden", "travel"]),
];

/// Whether a path names a workbook rather than an instance folder.
pub fn is_workbook(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"))
}

/// A cell as text: ids stay text (`7`, never `7.0`), numbers keep a decimal point.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.trim().to_string(),
        Data::Int(i) => i.to_string(),
        Data::Float(x) if x.fract() == 0.0 && x.abs() < 1e15 => format!("{}", *x as i64),
        Data::Float(x) => x.to_string(),
        Data::Bool(b) => if *b { "ja" } else { "nee" }.to_string(),
        Data::Error(e) => format!("#{e:?}"),
        other => other.to_string(),
    }
}

/// An open workbook and its file name, for problem places.
struct Book {
    name: String,
    sheets: calamine::Sheets<std::io::BufReader<std::fs::File>>,
}

/// Opens a workbook; `None` with problem E002 (and `what_to_do`) when it is no workbook.
fn open(path: &Path, what_to_do: &'static Word, problems: &mut Problems) -> Option<Book> {
    let name = path
        .file_name()
        .map_or("workbook.xlsx".into(), |n| n.to_string_lossy().into_owned());
    match open_workbook_auto(path) {
        Ok(sheets) => Some(Book { name, sheets }),
        Err(e) => {
            problems.error(
                "E002",
                &Place::new(&name, 1, 1),
                "",
                say::NOT_A_WORKBOOK.say(&[("error", e.to_string())]),
                what_to_do,
            );
            None
        }
    }
}

impl Book {
    /// The name of the sheet called any of `names` (case and spaces aside).
    fn find(&self, names: &[&str]) -> Option<String> {
        self.sheets
            .sheet_names()
            .into_iter()
            .find(|n| names.iter().any(|a| n.trim().eq_ignore_ascii_case(a)))
    }

    /// The sheet as a table; `None` with a problem when it cannot be read.
    fn table(&mut self, sheet: &str, problems: &mut Problems) -> Option<Table> {
        let place = format!("{}!{sheet}", self.name);
        match self.sheets.worksheet_range(sheet) {
            Ok(range) => sheet_table(&place, &range, problems),
            Err(e) => {
                problems.error(
                    "E002",
                    &Place::new(&place, 1, 1),
                    "",
                    say::BAD_SHEET.say(&[("error", e.to_string())]),
                    &say::BAD_SHEET_DO,
                );
                None
            }
        }
    }
}

/// One sheet of a workbook, found by any of `names`, as a table; `None` (with a problem)
/// when the file or the sheet cannot be read.
pub fn read_sheet(path: &Path, names: &[&str], problems: &mut Problems) -> Option<Table> {
    let mut book = open(path, &say::NOT_A_PLAN_DO, problems)?;
    let Some(sheet) = book.find(names) else {
        problems.error(
            "E001",
            &Place::new(&book.name, 1, 1),
            "",
            say::NO_PLAN_SHEET.say(&[("sheet", names[0].to_string())]),
            &say::NO_PLAN_SHEET_DO,
        );
        return None;
    };
    book.table(&sheet, problems)
}

/// Reads the sheets of a workbook into tables; `None` when a required sheet is missing
/// or the file is no workbook (every problem in `problems`).
pub fn read_workbook(path: &Path, problems: &mut Problems) -> Option<Tables> {
    let mut book = open(path, &say::NOT_A_WORKBOOK_DO, problems)?;
    let mut tables: Vec<Option<Table>> = Vec::new();
    for (file, aliases) in SHEETS {
        let Some(sheet) = book.find(&aliases) else {
            if file != "travel.csv" {
                problems.error(
                    "E001",
                    &Place::new(&book.name, 1, 1),
                    "",
                    say::NO_SHEET.say(&[
                        ("nl", aliases[0].to_string()),
                        ("en", aliases[1].to_string()),
                    ]),
                    say::NO_SHEET_DO
                        .say(&[("nl", aliases[0].to_string()), ("file", file.to_string())]),
                );
            }
            tables.push(None);
            continue;
        };
        tables.push(book.table(&sheet, problems));
    }
    let mut tables = tables.into_iter();
    let (schools, supervisors, students, travel) = (
        tables.next().flatten(),
        tables.next().flatten(),
        tables.next().flatten(),
        tables.next().flatten(),
    );
    Some(Tables {
        schools: schools?,
        supervisors: supervisors?,
        students: students?,
        travel,
    })
}

/// One sheet as a table: its first non-empty row is the header. Rows and columns are
/// counted as Excel shows them, wherever the used range starts.
fn sheet_table(
    place: &str,
    range: &calamine::Range<Data>,
    problems: &mut Problems,
) -> Option<Table> {
    let (first_row, first_col) = range
        .start()
        .map_or((0, 0), |(r, c)| (r as usize, c as usize));
    let pad = |cells: Vec<String>| -> Vec<String> {
        std::iter::repeat_n(String::new(), first_col)
            .chain(cells)
            .collect()
    };
    let mut rows = range
        .rows()
        .enumerate()
        .map(|(i, row)| (first_row + i + 1, pad(row.iter().map(cell_text).collect())))
        .skip_while(|(_, cells)| cells.iter().all(String::is_empty));
    let Some((_, header)) = rows.next() else {
        problems.error(
            "E003",
            &Place::new(place, 1, 1),
            "",
            (&say::EMPTY_SHEET).into(),
            &say::EMPTY_SHEET_DO,
        );
        return None;
    };
    Some(Table::from_cells(place, &header, rows.collect(), problems))
}
