//! Typed fields of one row: numbers, counts, coordinates, yes/no, weekdays and lists,
//! each bad cell a located problem.

use super::{Row, Source, Table};
use crate::domain::Days;
use crate::input::cells;
use crate::input::codes;
use crate::input::problem::{Place, Problems};
use crate::lang::{problems as say, Said, Word};

/// "is larger than 1,000,000", each language writing the number its own way.
fn above(max: f64) -> Said {
    use crate::lang::{limits::ABOVE_MAX, thousands, Lang};
    let said = |lang| ABOVE_MAX.with_lang(lang, &[("max", thousands(max as usize, lang))]);
    Said {
        nl: said(Lang::Nl),
        en: said(Lang::En),
    }
}

/// Reads typed fields of one row, recording a problem for every bad cell.
pub struct Fields<'t> {
    table: &'t Table,
    source: &'t Source,
    row: &'t Row,
    pub problems: &'t mut Problems,
}

impl<'t> Fields<'t> {
    /// The fields of data row `index` of `table`.
    pub(super) fn new(table: &'t Table, index: usize, problems: &'t mut Problems) -> Fields<'t> {
        let row = &table.rows[index];
        Fields {
            table,
            source: &table.sources[row.source as usize],
            row,
            problems,
        }
    }

    /// The place of a column's cell in this row (column 1 when the column is absent).
    pub fn place(&self, column: &str) -> Place {
        let col = self.source.headers.get(column).map_or(1, |i| i + 1);
        Place::new(&self.source.file, self.row.line as usize, col)
    }

    /// The column as the user sees it: its header as written (`vak`), or, when the file
    /// lacks it, its name in the file's language.
    pub fn shown(&self, column: &str) -> String {
        self.source.shown.get(column)
    }

    /// The row's line number.
    pub fn line(&self) -> usize {
        self.row.line as usize
    }

    /// The trimmed cell, or `None` when the column is absent or the cell is empty.
    pub fn optional(&self, column: &str) -> Option<&str> {
        self.table.cell(self.row, column)
    }

    /// A cell that must be filled in; records E010 when it is empty.
    pub fn required(&mut self, column: &str) -> Option<String> {
        let value = self.optional(column).map(str::to_string);
        if value.is_none() {
            self.bad_cell(
                codes::E010,
                column,
                "",
                &say::EMPTY_VALUE,
                &say::EMPTY_VALUE_DO,
            );
        }
        value
    }

    fn bad_number(&mut self, column: &str, text: &str, why: Said, action: &'static Word) {
        let at = self.place(column);
        let column = Said::plain(&self.shown(column));
        let message = say::BAD_NUMBER.say_in(&[("column", &column), ("why", &why)]);
        self.problems
            .record(codes::E011, &at, text, message, action);
    }

    /// Records problem `code` about the cell of `column` holding `value`: `message` names
    /// the column as the table shows it.
    fn bad_cell(
        &mut self,
        code: &'static str,
        column: &str,
        value: &str,
        message: &Word,
        action: &Word,
    ) {
        let at = self.place(column);
        let message = message.say(&[("column", self.shown(column))]);
        self.problems.record(code, &at, value, message, action);
    }

    fn number<T>(
        &mut self,
        column: &str,
        parse: impl Fn(&str, bool) -> Result<T, Said>,
        action: &'static Word,
    ) -> Option<T> {
        let text = self.optional(column)?.to_string();
        let parsed = parse(&text, self.source.decimal_comma).and_then(|v| {
            // The range the optimiser computes exactly (see `input::ranges`).
            let decimal_comma = self.source.decimal_comma;
            match crate::input::ranges::data_max(column) {
                Some(max) if cells::parse_number(&text, decimal_comma).is_ok_and(|x| x > max) => {
                    Err(above(max))
                }
                _ => Ok(v),
            }
        });
        match parsed {
            Ok(v) => Some(v),
            Err(why) => {
                self.bad_number(column, &text, why, action);
                None
            }
        }
    }

    /// An optional whole number of at least 0.
    pub fn count(&mut self, column: &str) -> Option<u32> {
        self.number(column, cells::parse_count, &say::COUNT_DO)
    }

    /// An optional number of at least 0 (hours, fte, minutes).
    pub fn amount(&mut self, column: &str) -> Option<f64> {
        self.number(column, cells::parse_non_negative, &say::HOURS_DO)
    }

    /// An optional coordinate within `limit` degrees of zero.
    pub fn degrees(&mut self, column: &str, limit: f64) -> Option<f64> {
        let text = self.optional(column)?.to_string();
        let parsed = cells::parse_number(&text, self.source.decimal_comma).and_then(|v| {
            if v.abs() <= limit {
                Ok(v)
            } else {
                Err(say::OUTSIDE_DEGREES.say(&[("limit", limit.to_string())]))
            }
        });
        match parsed {
            Ok(v) => Some(v),
            Err(why) => {
                self.bad_number(column, &text, why, &say::COORDINATE_DO);
                None
            }
        }
    }

    /// An optional yes/no cell with a default.
    pub fn boolean(&mut self, column: &str, default: bool) -> bool {
        let Some(text) = self.optional(column).map(str::to_string) else {
            return default;
        };
        cells::parse_bool(&text).unwrap_or_else(|| {
            self.bad_cell(
                codes::E013,
                column,
                &text,
                &say::NOT_YES_NO,
                &say::NOT_YES_NO_DO,
            );
            default
        })
    }

    /// A required `|` list of weekdays.
    pub fn days(&mut self, column: &str) -> Option<Days> {
        let text = self.required(column)?;
        match cells::parse_days(&text) {
            Ok(d) if d.is_empty() => {
                self.bad_cell(
                    codes::E012,
                    column,
                    &text,
                    &say::NO_WEEKDAY,
                    &say::WEEKDAYS_DO,
                );
                None
            }
            Ok(d) => Some(d),
            Err(item) => {
                let at = self.place(column);
                self.problems.record(
                    codes::E012,
                    &at,
                    &text,
                    say::NOT_A_WEEKDAY
                        .say(&[("item", item.to_string()), ("column", self.shown(column))]),
                    &say::WEEKDAYS_DO,
                );
                None
            }
        }
    }

    /// A required `|` list with at least one item; records E010 when it has none
    /// (an empty cell, or only separators such as `|`).
    pub fn required_list(&mut self, column: &str) -> Option<Vec<String>> {
        let text = self.required(column)?;
        let items = cells::split_list(&text.to_lowercase());
        if items.is_empty() {
            self.bad_cell(
                codes::E010,
                column,
                &text,
                &say::EMPTY_LIST,
                &say::EMPTY_LIST_DO,
            );
            return None;
        }
        Some(items)
    }

    /// An optional `|` list, items trimmed.
    pub fn list(&self, column: &str) -> Vec<String> {
        self.optional(column)
            .map(cells::split_list)
            .unwrap_or_default()
    }
}
