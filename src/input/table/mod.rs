//! A table of cells with their places: a CSV file as Dutch and English Excel save it (any
//! encoding we meet, `,` or `;`), or a sheet of a workbook. Headers are matched
//! case-insensitively. Cells are kept in one block of text with a small index, and only
//! the filled ones, so memory follows the size of the data, not the width of a sheet.

mod build;
mod csv_file;
mod fields;
mod lines;
mod text;

pub use build::Builder;
pub use fields::Fields;
pub use text::{megabytes, read_text, Unreadable, MAX_TEXT_FILE_BYTES};

use super::problem::Problems;
use crate::input::codes;
use crate::lang::problems as say;
use std::collections::HashMap;

/// One file of a table: a table holds one, or more when a scenario adds rows.
struct Source {
    file: String,
    decimal_comma: bool,
    /// FORMAT.md column name -> 0-based column of the file.
    headers: HashMap<String, usize>,
    /// Cells on the header line, empty ones included (where a missing column would go).
    header_cells: usize,
    /// The headers as written, to name columns as the user sees them.
    shown: crate::input::naming::Shown,
}

/// One data row: its file, its 1-based line, and its filled cells (`first..first+count`
/// of the table's cells, in column order).
#[derive(Clone, Copy)]
struct Row {
    source: u32,
    line: u32,
    first: u32,
    count: u32,
}

/// One filled cell: its 0-based column and where its text is.
#[derive(Clone, Copy)]
struct Span {
    column: u32,
    start: u32,
    len: u32,
}

/// A parsed CSV file or sheet, with the rows of any files appended to it.
pub struct Table {
    sources: Vec<Source>,
    rows: Vec<Row>,
    cells: Vec<Span>,
    text: String,
}

impl Table {
    /// The file name of the table (of its first file).
    pub fn file(&self) -> &str {
        &self.sources[0].file
    }

    /// Adds the rows of another file with the same kind of columns; each row keeps its
    /// own file, line and columns for problem reports.
    pub fn append(&mut self, other: Table) {
        let (sources, cells, text) = (
            self.sources.len() as u32,
            self.cells.len() as u32,
            self.text.len() as u32,
        );
        self.sources.extend(other.sources);
        self.text.push_str(&other.text);
        self.cells.extend(other.cells.into_iter().map(|mut s| {
            s.start += text;
            s
        }));
        self.rows.extend(other.rows.into_iter().map(|mut r| {
            r.source += sources;
            r.first += cells;
            r
        }));
    }

    /// The span of a row's cell in `column`, if the column exists and the cell is filled.
    fn span(&self, row: &Row, column: &str) -> Option<usize> {
        let i = *self.sources[row.source as usize].headers.get(column)? as u32;
        let cells = &self.cells[row.first as usize..(row.first + row.count) as usize];
        let at = cells.binary_search_by_key(&i, |s| s.column).ok()?;
        Some(row.first as usize + at)
    }

    /// The trimmed cell of a row, `None` when the column is absent or the cell empty.
    fn cell(&self, row: &Row, column: &str) -> Option<&str> {
        let s = self.cells[self.span(row, column)?];
        let text = &self.text[s.start as usize..(s.start + s.len) as usize];
        (!text.is_empty()).then_some(text)
    }

    /// Keeps the rows whose cell in `column` passes `keep` (an absent cell reads as "").
    pub fn retain_rows(&mut self, column: &str, keep: impl Fn(&str) -> bool) {
        let rows = std::mem::take(&mut self.rows);
        self.rows = rows
            .into_iter()
            .filter(|r| keep(self.cell(r, column).unwrap_or("")))
            .collect();
    }

    /// Empties the cells of `column` whose value passes `clear`.
    pub fn clear_cells(&mut self, column: &str, clear: impl Fn(&str) -> bool) {
        for r in 0..self.rows.len() {
            let row = self.rows[r];
            if self.cell(&row, column).is_some_and(&clear) {
                if let Some(i) = self.span(&row, column) {
                    self.cells[i].len = 0;
                }
            }
        }
    }

    /// The filled cells of `column`, in row order.
    pub fn values(&self, column: &str) -> Vec<String> {
        self.rows
            .iter()
            .filter_map(|r| self.cell(r, column).map(str::to_string))
            .collect()
    }

    /// True when some row has exactly `value` in `column`.
    pub fn has_value(&self, column: &str, value: &str) -> bool {
        self.rows
            .iter()
            .any(|r| self.cell(r, column) == Some(value))
    }

    /// Reports every missing required column; true when all are there.
    pub fn require_columns(&self, names: &[&str], problems: &mut Problems) -> bool {
        let mut ok = true;
        for source in &self.sources {
            for name in names {
                if !source.headers.contains_key(*name) {
                    ok = false;
                    let shown = source.shown.get(name);
                    problems.record(
                        codes::E004,
                        &super::problem::Place::new(&source.file, 1, source.header_cells + 1),
                        &shown,
                        say::MISSING_COLUMN.say(&[("name", shown.clone())]),
                        say::MISSING_COLUMN_DO.say(&[("name", shown.clone())]),
                    );
                }
            }
        }
        ok
    }

    /// The 0-based column of a FORMAT.md column in the table's first file.
    pub fn column_of(&self, name: &str) -> Option<usize> {
        self.sources[0].headers.get(name).copied()
    }

    /// How the table names its columns (its first file).
    pub fn shown(&self) -> &crate::input::naming::Shown {
        &self.sources[0].shown
    }

    /// Sets the language of a table whose headers do not tell it (a sheet's name may).
    pub fn default_dutch(&mut self, dutch: bool) {
        for source in &mut self.sources {
            if source.shown.undecided() {
                source.shown.dutch = dutch;
            }
        }
    }

    /// True when every file of the table has the column.
    pub fn has_column(&self, name: &str) -> bool {
        self.sources.iter().all(|s| s.headers.contains_key(name))
    }

    /// The number of data rows.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// True when the table has no data rows.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The fields of data row `index`; `None` once its file has so many errors that
    /// reading on is pointless (see [`Problems::gave_up`]): the caller stops there.
    pub fn next_row<'t>(&'t self, index: usize, problems: &'t mut Problems) -> Option<Fields<'t>> {
        let source = &self.sources[self.rows[index].source as usize];
        (!problems.gave_up(&source.file)).then(|| Fields::new(self, index, problems))
    }

    /// A reader for the fields of data row `index`.
    pub fn row<'t>(&'t self, index: usize, problems: &'t mut Problems) -> Fields<'t> {
        Fields::new(self, index, problems)
    }
}
