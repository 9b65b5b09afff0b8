//! A CSV file as a table: read within the budget of `text.rs`, delimiter detected, every
//! row with the line an editor shows.

use super::lines::{detect_delimiter, unclosed_quote_line, LineCounter};
use super::text::{decode, read_text};
use super::{Builder, Table};
use crate::input::codes;
use crate::input::problem::{Place, Problems};
use crate::lang::problems as say;
use std::path::Path;

impl Table {
    /// Reads a CSV file; every problem goes to `problems`, and `None` means the file
    /// could not be used at all.
    pub fn read(path: &Path, problems: &mut Problems) -> Option<Table> {
        Table::read_columns(path, None, problems)
    }

    /// As [`Table::read`], keeping only the cells of `columns` when given.
    pub fn read_columns(
        path: &Path,
        columns: Option<&[&str]>,
        problems: &mut Problems,
    ) -> Option<Table> {
        let file = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let start = Place::new(&file, 1, 1);
        let text = match read_text(path) {
            Ok(text) => text,
            Err(why) => {
                why.report(
                    &start,
                    false,
                    problems,
                    (codes::E002, &say::NOT_TEXT, &say::SAVE_AS_CSV),
                    (codes::E002, &say::CANNOT_READ, &say::CANNOT_READ_DO),
                );
                return None;
            }
        };
        Table::parse_columns(&file, &text, columns, problems)
    }

    /// Parses the bytes of a CSV file as [`Table::read`] does (for fuzzing and tests).
    pub fn from_bytes(file: &str, bytes: &[u8], problems: &mut Problems) -> Option<Table> {
        match decode(bytes.to_vec()) {
            Ok(text) => Table::parse(file, &text, problems),
            Err(why) => {
                problems.record(
                    codes::E002,
                    &Place::new(file, 1, 1),
                    "",
                    say::NOT_TEXT.say_in(&[("why", &why.into())]),
                    &say::SAVE_AS_CSV,
                );
                None
            }
        }
    }

    /// Parses CSV text already decoded.
    pub fn parse(file: &str, text: &str, problems: &mut Problems) -> Option<Table> {
        Table::parse_columns(file, text, None, problems)
    }

    /// As [`Table::parse`], keeping only the cells of `columns` when given.
    fn parse_columns(
        file: &str,
        text: &str,
        columns: Option<&[&str]>,
        problems: &mut Problems,
    ) -> Option<Table> {
        let delimiter = detect_delimiter(text);
        if let Some(line) = unclosed_quote_line(text, delimiter) {
            problems.record(
                codes::E005,
                &Place::new(file, line, 1),
                "",
                (&say::QUOTE_OPEN).into(),
                &say::QUOTE_OPEN_DO,
            );
            return None;
        }
        let mut lines = LineCounter::new(text);
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes());
        let mut record = csv::StringRecord::new();
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => {
                problems.record(
                    codes::E003,
                    &Place::new(file, 1, 1),
                    "",
                    (&say::EMPTY_FILE).into(),
                    &say::EMPTY_FILE_DO,
                );
                return None;
            }
            Err(e) => {
                report_csv_error(file, &e, problems);
                return None;
            }
        }
        let header: Vec<(usize, &str)> = record.iter().enumerate().collect();
        let width = header.len();
        let mut table = Builder::new(file, delimiter == b';', 1, &header, width, problems);
        if let Some(columns) = columns {
            table.keep_only(columns);
        }
        loop {
            match reader.read_record(&mut record) {
                Ok(true) => {}
                Ok(false) => break,
                Err(e) => {
                    report_csv_error(file, &e, problems);
                    return None;
                }
            }
            let line = record
                .position()
                .map_or(0, |p| lines.of_record(p.byte() as usize));
            too_many_cells(file, line, &record, width, problems);
            table.row(line, record.iter().enumerate(), problems);
        }
        Some(table.finish())
    }
}

/// E006: a row with filled cells beyond the header, often a decimal comma in a `,` file.
fn too_many_cells(
    file: &str,
    line: usize,
    record: &csv::StringRecord,
    width: usize,
    problems: &mut Problems,
) {
    if !record.iter().skip(width).any(|c| !c.trim().is_empty()) {
        return;
    }
    let extra: Vec<&str> = record.iter().skip(width).map(str::trim).collect();
    problems.record(
        codes::E006,
        &Place::new(file, line, width + 1),
        &extra.join(" "),
        say::TOO_MANY_CELLS.say(&[
            ("cells", record.len().to_string()),
            ("columns", width.to_string()),
        ]),
        &say::TOO_MANY_CELLS_DO,
    );
}

fn report_csv_error(file: &str, e: &csv::Error, problems: &mut Problems) {
    let line = e.position().map_or(1, |p| p.line() as usize);
    problems.record(
        codes::E005,
        &Place::new(file, line, 1),
        "",
        say::BAD_CSV.say(&[("error", e.to_string())]),
        &say::BAD_CSV_DO,
    );
}
