//! Reading single cells: numbers with a decimal comma, booleans, weekdays and `|` lists.

use crate::domain::{Days, Weekday};
use crate::lang::{problems as say, Said};

/// A number as Dutch or English Excel writes it. A decimal comma is allowed when the file
/// uses `;` as delimiter. Thousands separators are refused: `1.234,5` is ambiguous.
pub fn parse_number(text: &str, decimal_comma: bool) -> Result<f64, Said> {
    let t = text.trim();
    if t.starts_with('=') {
        return Err((&say::NUMBER_FORMULA).into());
    }
    if looks_like_date(t) {
        return Err((&crate::lang::limits::NUMBER_DATE).into());
    }
    let normal = if decimal_comma && t.contains(',') {
        if t.contains('.') {
            return Err((&say::NUMBER_SEPARATORS).into());
        }
        t.replace(',', ".")
    } else {
        t.to_string()
    };
    let plain = normal
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+'));
    if !plain || normal.matches('.').count() > 1 {
        return Err((&say::NUMBER_NOT).into());
    }
    match normal.parse::<f64>() {
        Ok(v) if v.is_finite() && v.abs() < 1e12 => Ok(v),
        Ok(_) => Err((&say::NUMBER_TOO_LARGE).into()),
        Err(_) => Err((&say::NUMBER_NOT).into()),
    }
}

/// A date or a time as Excel shows it (`2024-01-01`, `1-1-2024`, `01/01/2024`, `12:30`),
/// also as a workbook date cell reads: a date in a number column is refused as a date,
/// never read as its serial number (45292).
fn looks_like_date(t: &str) -> bool {
    let day = t.split(' ').next().unwrap_or("");
    let parts: Vec<&str> = day.split(['-', '/']).collect();
    let all_digits =
        |p: &str| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit());
    let date = parts.len() == 3 && parts.iter().all(|p| all_digits(p));
    let time: Vec<&str> = day.split(':').collect();
    let clock = (2..=3).contains(&time.len())
        && time
            .iter()
            .all(|p| (1..=2).contains(&p.len()) && all_digits(p));
    date || clock
}

/// A number that may not be negative.
pub fn parse_non_negative(text: &str, decimal_comma: bool) -> Result<f64, Said> {
    let v = parse_number(text, decimal_comma)?;
    if v < 0.0 {
        return Err((&say::NUMBER_NEGATIVE).into());
    }
    Ok(v)
}

/// A whole number that may not be negative.
pub fn parse_count(text: &str, decimal_comma: bool) -> Result<u32, Said> {
    let v = parse_non_negative(text, decimal_comma)?;
    if v.fract() != 0.0 {
        return Err((&say::NUMBER_NOT_WHOLE).into());
    }
    if v > u32::MAX as f64 {
        return Err((&say::NUMBER_TOO_LARGE).into());
    }
    Ok(v as u32)
}

/// `ja/nee`, `yes/no`, `true/false`, `1/0`, `j/n`, `y/n`, any case.
pub fn parse_bool(text: &str) -> Option<bool> {
    match text.trim().to_lowercase().as_str() {
        "ja" | "yes" | "true" | "1" | "j" | "y" | "waar" => Some(true),
        "nee" | "no" | "false" | "0" | "n" | "onwaar" => Some(false),
        _ => None,
    }
}

/// The items of a `|` list, trimmed, empty items dropped.
pub fn split_list(text: &str) -> Vec<String> {
    text.split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// A `|` list of weekdays; the error names the first item that is not a weekday.
pub fn parse_days(text: &str) -> Result<Days, String> {
    let mut days = Vec::new();
    for item in split_list(text) {
        match Weekday::parse(&item) {
            Some(d) => days.push(d),
            None => return Err(item),
        }
    }
    Ok(Days::of(&days))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_comma_only_with_semicolon_files() {
        assert_eq!(parse_number("0,3", true), Ok(0.3));
        assert!(parse_number("0,3", false).is_err());
        assert_eq!(parse_number("12.5", true), Ok(12.5));
    }

    #[test]
    fn thousands_separators_formulas_and_nan_are_refused() {
        assert!(parse_number("1.234,5", true).is_err());
        assert!(parse_number("=SUM(A1)", true).is_err());
        assert!(parse_number("NaN", false).is_err());
        assert!(parse_number("inf", false).is_err());
        assert!(parse_number("1e400", false).is_err());
    }

    #[test]
    fn dates_and_times_are_refused_as_such() {
        let date: crate::lang::Said = (&crate::lang::limits::NUMBER_DATE).into();
        for t in [
            "2024-01-01",
            "1-1-2024",
            "01/01/2024",
            "2024-01-01 12:30",
            "12:30",
        ] {
            assert_eq!(parse_number(t, false), Err(date.clone()), "{t}");
        }
        assert_eq!(
            parse_number("-3", false),
            Ok(-3.0),
            "a negative number is no date"
        );
    }

    #[test]
    fn counts_are_whole_and_not_negative() {
        assert_eq!(parse_count("3", false), Ok(3));
        assert!(parse_count("-1", false).is_err());
        assert!(parse_count("1,5", true).is_err());
    }

    #[test]
    fn booleans_in_dutch_and_english() {
        for t in ["ja", "Yes", "TRUE", "1", "j", "y"] {
            assert_eq!(parse_bool(t), Some(true), "{t}");
        }
        for t in ["nee", "No", "false", "0", "n", "N"] {
            assert_eq!(parse_bool(t), Some(false), "{t}");
        }
        assert_eq!(parse_bool("misschien"), None);
    }

    #[test]
    fn days_in_dutch_and_english_any_case() {
        let d = parse_days("MA|wo | Thu").unwrap();
        assert_eq!(d.to_string(), "ma|wo|do");
        assert_eq!(parse_days("ma|zaterdag"), Err("zaterdag".to_string()));
    }
}
