//! The cells of a sheet, streamed: `<row>` by `<row>`, `<c>` by `<c>`, each handed on as
//! soon as it is read. Nothing is sized by the sheet's `dimension` or by how far away a
//! cell sits; rows and columns beyond Excel's own last ones are refused.

use super::limits::{Limit, MAX_COLUMNS, MAX_ROWS};
use super::part::{Text, XmlPart};
use super::strings::SharedStrings;
use super::styles::DateFormats;
use super::{Cell, CellRef, Failure};
use quick_xml::events::{BytesStart, Event};
use std::io::Read;

/// The value of a filled cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    Number(f64),
    Bool(bool),
    /// An error value such as `#DIV/0!`.
    Error(String),
    /// A date or time: a number whose format shows it as one, as ISO text
    /// (`2024-01-01`), or a date the workbook wrote as text (`t="d"`).
    Date(String),
    /// A formula whose result was never saved (the file was not written by Excel, or
    /// not recalculated): its text, without the `=`.
    FormulaWithoutValue(String),
}

/// What every cell of a workbook refers to.
pub(super) struct Context<'w> {
    pub(super) strings: &'w SharedStrings,
    pub(super) dates: &'w DateFormats,
    pub(super) date1904: bool,
}

/// The parts of one `<c>` element as read.
#[derive(Default)]
struct Raw {
    kind: Option<String>,
    style: usize,
    value: Option<String>,
    formula: Option<String>,
    inline: Option<String>,
}

/// A cell reference such as `B12`: `None` when it is not one; a cap when it lies beyond
/// Excel's last row or column.
fn parse_ref(text: &str) -> Option<Result<CellRef, Limit>> {
    let letters = text.bytes().take_while(u8::is_ascii_alphabetic).count();
    let (col, row) = text.split_at(letters);
    if letters == 0 || row.is_empty() || !row.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if letters > 3 {
        return Some(Err(Limit::Columns));
    }
    let column = col.bytes().fold(0u32, |n, b| {
        n * 26 + (b.to_ascii_uppercase() - b'A') as u32 + 1
    });
    if row.len() > 7 {
        return Some(Err(Limit::Rows));
    }
    let row: u32 = row.parse().ok()?;
    if row == 0 {
        return None;
    }
    if row > MAX_ROWS {
        return Some(Err(Limit::Rows));
    }
    if column > MAX_COLUMNS {
        return Some(Err(Limit::Columns));
    }
    Some(Ok(CellRef {
        row,
        column: column - 1,
    }))
}

/// Reads the cells of a sheet part and hands each filled one to `visit`.
pub(super) fn read<R: Read>(
    mut xml: XmlPart<R>,
    context: &Context,
    visit: &mut dyn FnMut(Cell) -> Result<(), Failure>,
) -> Result<(), Failure> {
    let mut buf = Vec::new();
    // The row being read, and the column after the last cell (cells without `r` follow on).
    let (mut row, mut next_column) = (0u32, 0u32);
    let mut last: Option<CellRef> = None;
    loop {
        match xml.next(&mut buf)? {
            Event::Start(e) if e.local_name().as_ref() == "row" => {
                row = match xml.attr(&e, "r")? {
                    Some(r) => match r.parse::<u32>() {
                        Ok(n) if n > MAX_ROWS => return Err(xml.limit(Limit::Rows, None)),
                        Ok(n) if n > row => n,
                        _ => return Err(xml.broken(&format!("row {r} is out of order"), last)),
                    },
                    None if row >= MAX_ROWS => return Err(xml.limit(Limit::Rows, None)),
                    None => row + 1,
                };
                next_column = 0;
            }
            Event::Start(e) if e.local_name().as_ref() == "c" => {
                let at = cell_place(&xml, &e, row, next_column, last)?;
                next_column = at.column + 1;
                last = Some(at);
                let raw = read_cell(&mut xml, &e, at)?;
                if let Some(value) = value_of(raw, context, &xml, at)? {
                    visit(Cell { at, value })?;
                }
            }
            Event::End(e) if e.local_name().as_ref() == "sheetData" => return Ok(()),
            Event::Eof => return Ok(()),
            _ => {}
        }
    }
}

/// Where a `<c>` sits: its `r`, else the column after the previous cell of the row.
/// Cells come in order, as Excel writes them; one out of order or twice is damage.
fn cell_place<R: Read>(
    xml: &XmlPart<R>,
    e: &BytesStart,
    row: u32,
    next_column: u32,
    last: Option<CellRef>,
) -> Result<CellRef, Failure> {
    if row == 0 {
        return Err(xml.broken("a cell stands outside a row", last));
    }
    let at = match xml.attr(e, "r")? {
        Some(r) => match parse_ref(&r) {
            Some(Ok(at)) => at,
            // Beyond Excel's grid there is no cell to name: the reference itself is shown.
            Some(Err(limit)) => {
                return Err(Failure::Limit {
                    limit,
                    part: format!("{}, {r}", xml.name),
                    cell: None,
                })
            }
            None => return Err(xml.broken(&format!("'{r}' is no cell reference"), last)),
        },
        None if next_column >= MAX_COLUMNS => return Err(xml.limit(Limit::Columns, last)),
        None => CellRef {
            row,
            column: next_column,
        },
    };
    let in_order = match last {
        Some(l) => at.row > l.row || (at.row == l.row && at.column > l.column),
        None => true,
    };
    if at.row != row || !in_order {
        return Err(xml.broken("a cell is out of order or given twice", Some(at)));
    }
    Ok(at)
}

/// The type, format, value, formula and inline text of one `<c>`.
fn read_cell<R: Read>(xml: &mut XmlPart<R>, e: &BytesStart, at: CellRef) -> Result<Raw, Failure> {
    let mut raw = Raw {
        kind: xml.attr(e, "t")?,
        style: xml.attr(e, "s")?.and_then(|s| s.parse().ok()).unwrap_or(0),
        ..Raw::default()
    };
    let mut buf = Vec::new();
    let mut text = Text::default();
    // Which child is open: v (value), f (formula), is (inline string), and whether
    // inside its <t> and outside a phonetic guide.
    let (mut child, mut in_t, mut phonetic) = (None::<String>, false, 0usize);
    loop {
        let event = xml.next(&mut buf).map_err(|f| f.at(at))?;
        match &event {
            Event::Start(s) => match s.local_name().as_ref() {
                name @ ("v" | "f" | "is") if child.is_none() => {
                    child = Some(name.to_string());
                    text.take();
                }
                "t" => in_t = true,
                "rPh" => phonetic += 1,
                _ => {}
            },
            Event::End(s) => match s.local_name().as_ref() {
                "c" => return Ok(raw),
                name @ ("v" | "f" | "is") if child.as_deref() == Some(name) => {
                    let value = Some(text.take());
                    match name {
                        "v" => raw.value = value,
                        "f" => raw.formula = value,
                        _ => raw.inline = value,
                    }
                    child = None;
                }
                "t" => in_t = false,
                "rPh" => phonetic = phonetic.saturating_sub(1),
                _ => {}
            },
            Event::Eof => return Err(xml.broken("the sheet ends inside a cell", Some(at))),
            other => {
                let wanted = match child.as_deref() {
                    Some("is") => in_t && phonetic == 0,
                    Some(_) => true,
                    None => false,
                };
                if wanted {
                    text.push(other, xml, Some(at))?;
                }
            }
        }
    }
}

/// The value of a cell as read; `None` for a cell with a format but nothing in it.
fn value_of<R: Read>(
    raw: Raw,
    context: &Context,
    xml: &XmlPart<R>,
    at: CellRef,
) -> Result<Option<Value>, Failure> {
    let kind = raw.kind.as_deref().unwrap_or("n");
    if raw.value.is_none() && raw.inline.is_none() {
        return Ok(raw.formula.map(Value::FormulaWithoutValue));
    }
    let v = raw.value.unwrap_or_default();
    if raw.inline.is_none() && v.trim().is_empty() {
        return Ok(None);
    }
    Ok(Some(match kind {
        "s" => {
            let index: usize = v.trim().parse().map_err(|_| {
                xml.broken(&format!("'{v}' is no number of a shared text"), Some(at))
            })?;
            let text = context.strings.get(index).ok_or_else(|| {
                let detail = format!(
                    "the cell refers to text {} of {}",
                    index.saturating_add(1),
                    context.strings.len()
                );
                xml.broken(&detail, Some(at))
            })?;
            Value::Text(text.to_string())
        }
        "inlineStr" => Value::Text(raw.inline.unwrap_or(v)),
        "str" => Value::Text(v),
        "b" => Value::Bool(matches!(v.trim(), "1" | "true")),
        "e" => Value::Error(v),
        "d" => Value::Date(v),
        _ => match v.trim().parse::<f64>() {
            Ok(x) if x.is_finite() && context.dates.is_date(raw.style) => {
                Value::Date(serial_to_iso(x, context.date1904).unwrap_or_else(|| x.to_string()))
            }
            Ok(x) if x.is_finite() => Value::Number(x),
            _ => Value::Text(v),
        },
    }))
}

/// An Excel date serial as ISO text (`2024-01-01`, with ` 12:30` for a time of day),
/// counting from 1900 (Excel's leap-day bug included) or from 1904.
pub fn serial_to_iso(serial: f64, date1904: bool) -> Option<String> {
    if !(0.0..2_958_466.0).contains(&serial) {
        return None;
    }
    let whole = serial.floor() as i64;
    // Days from 1970-01-01: 25569 is 1970-01-01 in the 1900 system; Excel counts a
    // 29 February 1900 that never was, so serials before it are one day off.
    let days = if date1904 {
        whole - 24107
    } else if whole < 60 {
        whole - 25568
    } else {
        whole - 25569
    };
    let (y, m, d) = crate::domain::civil_from_days(days);
    let minutes = ((serial - serial.floor()) * 1440.0).round() as i64;
    Some(match minutes {
        0 => format!("{y:04}-{m:02}-{d:02}"),
        _ => format!(
            "{y:04}-{m:02}-{d:02} {:02}:{:02}",
            minutes / 60 % 24,
            minutes % 60
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_references_are_read_within_excels_grid() {
        assert_eq!(parse_ref("B12"), Some(Ok(CellRef { row: 12, column: 1 })));
        assert_eq!(
            parse_ref("XFD1048576"),
            Some(Ok(CellRef {
                row: 1_048_576,
                column: 16_383
            }))
        );
        assert_eq!(parse_ref("XFE1"), Some(Err(Limit::Columns)));
        assert_eq!(parse_ref("A1048577"), Some(Err(Limit::Rows)));
        assert_eq!(parse_ref("A99999999999"), Some(Err(Limit::Rows)));
        assert_eq!(parse_ref("12"), None);
        assert_eq!(parse_ref("A0"), None);
    }

    #[test]
    fn date_serials_read_as_excel_shows_them() {
        assert_eq!(serial_to_iso(45292.0, false).as_deref(), Some("2024-01-01"));
        assert_eq!(
            serial_to_iso(45292.5, false).as_deref(),
            Some("2024-01-01 12:00")
        );
        assert_eq!(serial_to_iso(1.0, false).as_deref(), Some("1900-01-01"));
        assert_eq!(serial_to_iso(61.0, false).as_deref(), Some("1900-03-01"));
        assert_eq!(serial_to_iso(0.0, true).as_deref(), Some("1904-01-01"));
        assert_eq!(serial_to_iso(-1.0, false), None);
    }
}
