//! Which cell formats show a number as a date or a time. Excel stores a date as a plain
//! number (2024-01-01 is 45292); only its format says it is a date. A capacity typed as a
//! date must be refused, not read as 45292 students.

use super::limits::{Limit, MAX_CELL_FORMATS};
use super::part::XmlPart;
use super::Failure;
use quick_xml::events::Event;
use std::collections::HashMap;
use std::io::Read;

/// Per cell format (the `s` of a cell): whether it shows a date or a time.
#[derive(Default)]
pub(super) struct DateFormats {
    is_date: Vec<bool>,
}

impl DateFormats {
    /// Reads the styles part: its own number formats and the cell formats.
    pub(super) fn read(mut xml: XmlPart<impl Read>) -> Result<DateFormats, Failure> {
        let mut own: HashMap<u32, bool> = HashMap::new();
        let mut formats = DateFormats::default();
        let mut in_cell_formats = false;
        let mut buf = Vec::new();
        loop {
            match xml.next(&mut buf)? {
                Event::Start(e) => match e.local_name().as_ref() {
                    "numFmt" => {
                        if own.len() == MAX_CELL_FORMATS {
                            return Err(xml.limit(Limit::CellFormats, None));
                        }
                        let id = xml.attr(&e, "numFmtId")?.and_then(|v| v.parse().ok());
                        let code = xml.attr(&e, "formatCode")?.unwrap_or_default();
                        if let Some(id) = id {
                            own.insert(id, shows_date(&code));
                        }
                    }
                    "cellXfs" => in_cell_formats = true,
                    "xf" if in_cell_formats => {
                        if formats.is_date.len() == MAX_CELL_FORMATS {
                            return Err(xml.limit(Limit::CellFormats, None));
                        }
                        let id: Option<u32> =
                            xml.attr(&e, "numFmtId")?.and_then(|v| v.parse().ok());
                        let date = id.is_some_and(|id| {
                            own.get(&id).copied().unwrap_or_else(|| built_in_date(id))
                        });
                        formats.is_date.push(date);
                    }
                    _ => {}
                },
                Event::End(e) if e.local_name().as_ref() == "cellXfs" => {
                    return Ok(formats);
                }
                Event::Eof => return Ok(formats),
                _ => {}
            }
        }
    }

    /// Whether cell format `index` shows a date or a time.
    pub(super) fn is_date(&self, index: usize) -> bool {
        self.is_date.get(index).copied().unwrap_or(false)
    }
}

/// Excel's built-in formats that show dates and times (14-22, 45-47), and the East Asian
/// ones (27-36, 50-58).
fn built_in_date(id: u32) -> bool {
    matches!(id, 14..=22 | 27..=36 | 45..=47 | 50..=58)
}

/// Whether a format code shows a date or a time: a `d`, `m`, `y`, `h` or `s` outside
/// quoted text, escapes and `[...]` (colours, conditions, currencies), or an elapsed
/// time such as `[h]`. Only the first section counts (the one for positive numbers).
fn shows_date(code: &str) -> bool {
    let mut chars = code.chars();
    while let Some(c) = chars.next() {
        match c {
            ';' => return false,
            '"' => {
                for q in chars.by_ref() {
                    if q == '"' {
                        break;
                    }
                }
            }
            '\\' | '_' | '*' => {
                chars.next();
            }
            '[' => {
                let inside: String = chars.by_ref().take_while(|&b| b != ']').collect();
                let lower = inside.to_ascii_lowercase();
                if !lower.is_empty() && lower.chars().all(|b| matches!(b, 'h' | 'm' | 's')) {
                    return true;
                }
            }
            c if matches!(c.to_ascii_lowercase(), 'd' | 'm' | 'y' | 'h' | 's') => return true,
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_and_time_formats_are_told_from_number_formats() {
        for date in [
            "dd/mm/yyyy",
            "d-mmm",
            "h:mm",
            "[h]:mm:ss",
            "yyyy\"jaar\"",
            "[$-413]d mmmm yyyy",
        ] {
            assert!(shows_date(date), "{date}");
        }
        for number in [
            "General",
            "0",
            "#,##0.00",
            "0.00E+00",
            "[Red]0",
            "\"dagen\" 0",
            "0;[Red]-0",
            "[$€-413] #,##0",
        ] {
            assert!(!shows_date(number), "{number}");
        }
        assert!(built_in_date(14) && !built_in_date(2));
    }
}
