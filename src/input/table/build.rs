//! Building a table row by row, from a CSV file or a sheet: the header names the columns
//! (a column named twice is an error), and ids lose their invisible characters.

use super::{Row, Source, Span, Table};
use crate::input::aliases;
use crate::input::codes;
use crate::input::invisible;
use crate::input::problem::{column_letters, Place, Problems};
use crate::lang::limits as say;
use std::collections::HashMap;

/// A table under construction: one file, its header known, rows added in order.
pub struct Builder {
    table: Table,
    /// Per column of the header: whether its values are matched against other values.
    matched: Vec<bool>,
    /// Per column of the header: whether its cells are kept.
    kept: Vec<bool>,
}

impl Builder {
    /// A table of `file` whose header is the filled `header` cells (0-based column, text)
    /// on line `line`; `width` is the number of cells on the header line.
    pub fn new(
        file: &str,
        decimal_comma: bool,
        line: usize,
        header: &[(usize, &str)],
        width: usize,
        problems: &mut Problems,
    ) -> Builder {
        let headers = header_map(file, line, header, problems);
        let shown = crate::input::naming::Shown::of(
            header
                .iter()
                .filter(|(_, name)| !name.trim().is_empty())
                .map(|&(_, name)| (aliases::canonical(name), name)),
        );
        let mut matched = vec![false; width];
        for (name, &i) in &headers {
            if let Some(m) = matched.get_mut(i) {
                *m = invisible::MATCHED_COLUMNS.contains(&name.as_str());
            }
        }
        Builder {
            table: Table {
                sources: vec![Source {
                    file: file.to_string(),
                    decimal_comma,
                    headers,
                    header_cells: width,
                    shown,
                }],
                rows: Vec::new(),
                cells: Vec::new(),
                text: String::new(),
            },
            kept: vec![true; width],
            matched,
        }
    }

    /// Keeps only the cells of `columns` (FORMAT.md names): a reader that needs three
    /// columns of a plan.csv of eleven holds three.
    pub fn keep_only(&mut self, columns: &[&str]) {
        let headers = &self.table.sources[0].headers;
        for (i, kept) in self.kept.iter_mut().enumerate() {
            *kept = columns.iter().any(|c| headers.get(*c) == Some(&i));
        }
    }

    /// The bytes of cell text kept so far.
    pub fn text_bytes(&self) -> usize {
        self.table.text.len()
    }

    /// Adds a data row: its cells in column order, trimmed. Empty cells and cells beyond
    /// the header are not kept (the caller reports the latter); a row of empty cells is
    /// skipped, as Excel users leave blank rows.
    pub fn row<'c>(
        &mut self,
        line: usize,
        cells: impl IntoIterator<Item = (usize, &'c str)>,
        problems: &mut Problems,
    ) {
        let first = self.table.cells.len();
        for (column, raw) in cells {
            let text = raw.trim();
            if text.is_empty() || !self.kept.get(column).copied().unwrap_or(false) {
                continue;
            }
            let cleaned = if self.matched[column] {
                invisible::clean(text)
            } else {
                None
            };
            if let Some(clean) = &cleaned {
                let file = &self.table.sources[0].file;
                warn_invisible(&Place::new(file, line, column + 1), text, clean, problems);
            }
            let text = cleaned.as_deref().unwrap_or(text);
            // The reading budgets keep a table far below 4 GB of text; past that, stop.
            let (Ok(start), Ok(len), Ok(col)) = (
                u32::try_from(self.table.text.len()),
                u32::try_from(text.len()),
                u32::try_from(column),
            ) else {
                break;
            };
            self.table.text.push_str(text);
            self.table.cells.push(Span {
                column: col,
                start,
                len,
            });
        }
        let count = self.table.cells.len() - first;
        if count > 0 {
            self.table.rows.push(Row {
                source: 0,
                line: u32::try_from(line).unwrap_or(u32::MAX),
                first: first as u32,
                count: count as u32,
            });
        }
    }

    /// The finished table.
    pub fn finish(self) -> Table {
        self.table
    }
}

/// W006: an id had invisible characters, which are removed.
fn warn_invisible(at: &Place, raw: &str, clean: &str, problems: &mut Problems) {
    problems.record(
        codes::W006,
        at,
        &invisible::shown(raw),
        say::INVISIBLE.say(&[("clean", clean.to_string())]),
        &say::INVISIBLE_DO,
    );
}

/// A 0-based column as the user finds it: a letter in a sheet (`C`), a number in a CSV file.
fn column_name(file: &str, column: usize) -> String {
    if file.contains(".xlsx!") {
        column_letters(column + 1)
    } else {
        (column + 1).to_string()
    }
}

/// The FORMAT.md name of every named header cell -> its column. A column of the data
/// contract named twice (`max_students` and its Dutch `max_studenten`) is error E015:
/// one of the two would silently win.
fn header_map(
    file: &str,
    line: usize,
    header: &[(usize, &str)],
    problems: &mut Problems,
) -> HashMap<String, usize> {
    let mut headers: HashMap<String, usize> = HashMap::new();
    for &(column, name) in header {
        if name.trim().is_empty() {
            continue;
        }
        let canonical = aliases::canonical(name);
        match headers.get(&canonical) {
            Some(&first) if aliases::is_known(&canonical) => {
                let first_name = header
                    .iter()
                    .find(|(c, _)| *c == first)
                    .map_or("", |(_, n)| n.trim());
                problems.record(
                    codes::E015,
                    &Place::new(file, line, column + 1),
                    name.trim(),
                    say::COLUMN_TWICE.say(&[
                        ("column", canonical.clone()),
                        ("first", column_name(file, first)),
                        ("first_name", first_name.to_string()),
                    ]),
                    say::COLUMN_TWICE_DO.say(&[("column", canonical.clone())]),
                );
            }
            Some(_) => {}
            None => {
                headers.insert(canonical, column);
            }
        }
    }
    headers
}
