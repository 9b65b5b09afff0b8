//! An Excel workbook as an instance: one sheet per CSV file of FORMAT.md, turned into the
//! same tables, so that every rule and problem report of the CSV route applies unchanged.
//! Problems name the cell as Excel does (`studenten!C5`). The workbook is read by the
//! bounded reader of `xlsx/`, cell by cell.

use super::problem::{Place, Problems};
use super::table::{Builder, Table};
use super::xlsx::{limits, Cell, Failure, Limit, Value, Workbook};
use super::Tables;
use crate::input::codes;
use crate::lang::{limits as cap, problems as say, Lang, Said, Word};
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

/// A cell as text: ids stay text (`7`, never `7.0`), numbers keep a decimal point, a date
/// reads as Excel shows it (`2024-01-01`), so that a number column refuses it as a date.
fn cell_text(value: &Value) -> String {
    match value {
        Value::Text(s) | Value::Date(s) | Value::Error(s) => s.clone(),
        Value::Number(x) if x.fract() == 0.0 && x.abs() < 1e15 => format!("{}", *x as i64),
        Value::Number(x) => x.to_string(),
        Value::Bool(b) => if *b { "ja" } else { "nee" }.to_string(),
        Value::FormulaWithoutValue(_) => String::new(),
    }
}

/// An open workbook and its file name, for problem places.
struct Book {
    name: String,
    book: Workbook,
}

/// Opens a workbook; `None` with a problem (and `what_to_do`) when it cannot be read.
fn open(path: &Path, what_to_do: &'static Word, problems: &mut Problems) -> Option<Book> {
    let name = path
        .file_name()
        .map_or("workbook.xlsx".into(), |n| n.to_string_lossy().into_owned());
    match Workbook::open(path) {
        Ok(book) => Some(Book { name, book }),
        Err(failure) => {
            report(&Place::new(&name, 1, 1), failure, what_to_do, problems);
            None
        }
    }
}

/// The sentence of a cap, with the cap's value in each language's way of writing it.
fn limit_message(limit: Limit, part: &str) -> Said {
    let word = match limit {
        Limit::WorkbookBytes(_) => &cap::WORKBOOK_TOO_LARGE,
        Limit::ZipEntries(_) => &cap::TOO_MANY_ZIP_ENTRIES,
        Limit::PartBytes => &cap::PART_TOO_LARGE,
        Limit::TotalBytes => &cap::TOTAL_TOO_LARGE,
        Limit::XmlRun => &cap::RUN_TOO_LONG,
        Limit::Rows => &cap::TOO_MANY_ROWS,
        Limit::Columns => &cap::TOO_MANY_COLUMNS,
        Limit::CellChars => &cap::CELL_TOO_LONG,
        Limit::SharedStrings => &cap::TOO_MANY_STRINGS,
        Limit::CellFormats => &cap::TOO_MANY_FORMATS,
        Limit::Sheets => &cap::TOO_MANY_SHEETS,
        Limit::TextBytes => &cap::TOO_MUCH_TEXT,
    };
    let found = match limit {
        Limit::WorkbookBytes(bytes) => super::table::megabytes(bytes),
        Limit::ZipEntries(n) => n.to_string(),
        _ => String::new(),
    };
    let part = if part.is_empty() {
        "[Content_Types]"
    } else {
        part
    };
    let args = |lang| {
        vec![
            ("max", limit.max(lang)),
            ("part", part.to_string()),
            ("found", found.clone()),
        ]
    };
    Said {
        nl: word.with_lang(Lang::Nl, &args(Lang::Nl)),
        en: word.with_lang(Lang::En, &args(Lang::En)),
    }
}

/// Records why a workbook or sheet could not be read, at `at` (the book, or a sheet
/// whose cell is then named when the failure has one).
fn report(at: &Place, failure: Failure, what_to_do: &'static Word, problems: &mut Problems) {
    let in_cell = |cell: Option<super::xlsx::CellRef>| match cell {
        Some(c) if at.file.contains(".xlsx!") => {
            Place::new(&at.file, c.row as usize, c.column as usize + 1)
        }
        _ => at.clone(),
    };
    match failure {
        Failure::NotAFile(kind) => {
            kind.report(at, false, problems);
        }
        Failure::Io(e) => problems.record(
            codes::E002,
            at,
            "",
            say::CANNOT_READ.say(&[("error", e.to_string())]),
            &say::CANNOT_READ_DO,
        ),
        Failure::NotZip(error) => problems.record(
            codes::E002,
            at,
            "",
            say::NOT_A_WORKBOOK.say(&[("error", error)]),
            what_to_do,
        ),
        Failure::Limit { limit, part, cell } => problems.record(
            codes::E008,
            &in_cell(cell),
            "",
            limit_message(limit, &part),
            &cap::LIMIT_DO,
        ),
        Failure::Broken { part, detail, cell } => problems.record(
            codes::E002,
            &in_cell(cell),
            "",
            cap::BROKEN_PART.say(&[("part", part), ("detail", detail)]),
            &cap::BROKEN_PART_DO,
        ),
        Failure::Stopped => {}
    }
}

impl Book {
    /// The sheet called any of `names` (case and spaces aside); two such sheets are E016.
    fn find(&self, file: &str, names: &[&str], problems: &mut Problems) -> Option<String> {
        let found: Vec<String> = self
            .book
            .sheet_names()
            .into_iter()
            .filter(|n| names.iter().any(|a| n.trim().eq_ignore_ascii_case(a)))
            .collect();
        if let [first, second, ..] = found.as_slice() {
            problems.record(
                codes::E016,
                &Place::new(&self.name, 1, 1),
                second,
                cap::SHEET_TWICE.say(&[
                    ("file", file.to_string()),
                    ("first", first.clone()),
                    ("second", second.clone()),
                ]),
                &cap::SHEET_TWICE_DO,
            );
        }
        found.into_iter().next()
    }

    /// The sheet as a table; `None` with a problem when it cannot be read.
    fn table(&mut self, sheet: &str, problems: &mut Problems) -> Option<Table> {
        let place = format!("{}!{sheet}", self.name);
        let mut reader = SheetReader::new(&place);
        let result = self
            .book
            .read_sheet(sheet, &mut |cell| reader.cell(cell, problems));
        match result.and_then(|()| reader.flush(problems)) {
            Ok(()) | Err(Failure::Stopped) => {}
            Err(failure) => {
                report(
                    &Place::new(&place, 1, 1),
                    failure,
                    &say::BAD_SHEET_DO,
                    problems,
                );
                return None;
            }
        }
        let Some(table) = reader.table else {
            problems.record(
                codes::E003,
                &Place::new(&place, 1, 1),
                "",
                (&say::EMPTY_SHEET).into(),
                &say::EMPTY_SHEET_DO,
            );
            return None;
        };
        Some(table.finish())
    }
}

/// One sheet turned into a table as its cells stream in: the first row with a filled
/// cell is the header, the rows after it are data.
struct SheetReader {
    place: String,
    table: Option<Builder>,
    /// Per header column: whether it is a column of the data contract.
    known: Vec<bool>,
    row: u32,
    cells: Vec<(usize, String)>,
    formulas: Vec<usize>,
}

impl SheetReader {
    fn new(place: &str) -> SheetReader {
        SheetReader {
            place: place.to_string(),
            table: None,
            known: Vec::new(),
            row: 0,
            cells: Vec::new(),
            formulas: Vec::new(),
        }
    }

    fn cell(&mut self, cell: Cell, problems: &mut Problems) -> Result<(), Failure> {
        if cell.at.row != self.row {
            self.flush(problems)?;
            self.row = cell.at.row;
        }
        let column = cell.at.column as usize;
        match cell.value {
            Value::FormulaWithoutValue(_) => self.formulas.push(column),
            value => self.cells.push((column, cell_text(&value))),
        }
        Ok(())
    }

    /// Ends the row being read: the header, or a data row with its problems.
    fn flush(&mut self, problems: &mut Problems) -> Result<(), Failure> {
        let (line, cells, formulas) = (
            self.row as usize,
            std::mem::take(&mut self.cells),
            std::mem::take(&mut self.formulas),
        );
        let filled = cells.iter().any(|(_, t)| !t.trim().is_empty());
        let Some(table) = &mut self.table else {
            for &column in &formulas {
                self.formula_without_value(line, column, problems);
            }
            if filled {
                let header: Vec<(usize, &str)> =
                    cells.iter().map(|(c, t)| (*c, t.as_str())).collect();
                let width = header
                    .iter()
                    .filter(|(_, t)| !t.trim().is_empty())
                    .map(|(c, _)| c + 1)
                    .max()
                    .unwrap_or(0);
                self.known = (0..width)
                    .map(|c| header.iter().any(|(hc, name)| *hc == c && is_known(name)))
                    .collect();
                self.table = Some(Builder::new(
                    &self.place,
                    false,
                    line,
                    &header,
                    width,
                    problems,
                ));
            }
            return Ok(());
        };
        let width = self.known.len();
        if let Some((column, text)) = cells
            .iter()
            .find(|(c, t)| *c >= width && !t.trim().is_empty())
        {
            problems.record(
                codes::E006,
                &Place::new(&self.place, line, column + 1),
                text,
                (&say::CELL_WITHOUT_COLUMN).into(),
                &say::CELL_WITHOUT_COLUMN_DO,
            );
        }
        table.row(line, cells.iter().map(|(c, t)| (*c, t.as_str())), problems);
        if table.text_bytes() > limits::MAX_TEXT_BYTES {
            return Err(Failure::Limit {
                limit: Limit::TextBytes,
                part: self.place.clone(),
                cell: None,
            });
        }
        for column in formulas {
            if self.known.get(column).copied().unwrap_or(false) {
                self.formula_without_value(line, column, problems);
            }
        }
        if problems.gave_up(&self.place) {
            return Err(Failure::Stopped);
        }
        Ok(())
    }

    /// E014: a formula whose result was never saved; reading it as empty would drop a limit.
    fn formula_without_value(&self, line: usize, column: usize, problems: &mut Problems) {
        problems.record(
            codes::E014,
            &Place::new(&self.place, line, column + 1),
            "",
            (&cap::FORMULA_WITHOUT_VALUE).into(),
            &cap::FORMULA_WITHOUT_VALUE_DO,
        );
    }
}

/// A header naming a column of the data contract (in any language).
fn is_known(name: &str) -> bool {
    super::aliases::is_known(&super::aliases::canonical(name))
}

/// One sheet of a workbook, found by any of `names`, as a table; `None` (with a problem)
/// when the file or the sheet cannot be read.
pub fn read_sheet(path: &Path, names: &[&str], problems: &mut Problems) -> Option<Table> {
    let mut book = open(path, &say::NOT_A_PLAN_DO, problems)?;
    let Some(sheet) = book.find(names[0], names, problems) else {
        problems.record(
            codes::E001,
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
        let Some(sheet) = book.find(file, &aliases, problems) else {
            if file != "travel.csv" {
                problems.record(
                    codes::E001,
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
        let dutch = sheet.trim().eq_ignore_ascii_case(aliases[0]);
        tables.push(book.table(&sheet, problems).map(|mut table| {
            table.default_dutch(dutch);
            table
        }));
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
