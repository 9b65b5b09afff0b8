//! Which services of the feed run on the travel date and on the day before it (whose trips
//! past midnight, at 24:00:00 and later, run in the small hours of the date), from
//! calendar.txt and the exceptions of calendar_dates.txt.

use super::source::{Rows, Source};
use crate::input::problem::Problems;
use crate::lang::transit as say;
use jiff::civil::{Date, Weekday};
use std::collections::HashMap;

/// A service runs on the travel date.
pub const ON_DATE: u8 = 1;
/// A service runs on the day before: its times of 24:00:00 and later fall on the date.
pub const ON_DAY_BEFORE: u8 = 2;

/// The services that run, by service_id, and the dates the calendar covers.
#[derive(Debug, Default)]
pub struct Services {
    /// Service id to [`ON_DATE`] | [`ON_DAY_BEFORE`]; services that run on neither are absent.
    pub running: HashMap<Vec<u8>, u8>,
    /// The first and last day of the calendar, for the message when nothing runs.
    pub first: Option<Date>,
    pub last: Option<Date>,
}

impl Services {
    fn covers(&mut self, d: Date) {
        self.first = Some(self.first.map_or(d, |f| f.min(d)));
        self.last = Some(self.last.map_or(d, |l| l.max(d)));
    }

    fn set(&mut self, service: &[u8], bit: u8, on: bool) {
        let e = self.running.entry(service.to_vec()).or_insert(0);
        if on {
            *e |= bit;
        } else {
            *e &= !bit;
        }
    }
}

/// A GTFS date, `YYYYMMDD`.
pub fn parse_date(text: &[u8]) -> Option<Date> {
    if text.len() != 8 || !text.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let n = |r: std::ops::Range<usize>| -> i32 {
        text[r]
            .iter()
            .fold(0, |acc, &b| acc * 10 + i32::from(b - b'0'))
    };
    Date::new(n(0..4) as i16, n(4..6) as i8, n(6..8) as i8).ok()
}

fn weekday_column(day: Weekday) -> &'static str {
    match day {
        Weekday::Monday => "monday",
        Weekday::Tuesday => "tuesday",
        Weekday::Wednesday => "wednesday",
        Weekday::Thursday => "thursday",
        Weekday::Friday => "friday",
        Weekday::Saturday => "saturday",
        Weekday::Sunday => "sunday",
    }
}

fn date_cell(rows: &mut Rows, column: Option<usize>, name: &str) -> Option<Date> {
    let date = parse_date(rows.bytes(column));
    if date.is_none() {
        rows.bad_value(
            column,
            say::FEED_NOT_DATE.say(&[("column", name.to_string())]),
        );
    }
    date
}

/// calendar.txt: weekly patterns between a start and an end date.
fn weekly(rows: &mut Rows, days: [(Date, u8); 2], services: &mut Services) {
    let names = ["service_id", "start_date", "end_date"];
    if !rows.require(&names) {
        return;
    }
    let [id, start, end] = names.map(|n| rows.column(n));
    let flags: Vec<(Date, u8, Option<usize>, &str)> = days
        .iter()
        .map(|&(d, bit)| {
            let name = weekday_column(d.weekday());
            (d, bit, rows.column(name), name)
        })
        .collect();
    while rows.next_row() {
        let (Some(from), Some(to)) = (
            date_cell(rows, start, "start_date"),
            date_cell(rows, end, "end_date"),
        ) else {
            continue;
        };
        services.covers(from);
        services.covers(to);
        let service = rows.bytes(id).to_vec();
        for &(d, bit, column, name) in &flags {
            let Some(flag) = rows.whole(column, name, 0) else {
                continue;
            };
            if flag > 1 {
                rows.bad_value(
                    column,
                    say::FEED_NOT_FLAG.say(&[("column", name.to_string())]),
                );
                continue;
            }
            if flag == 1 && from <= d && d <= to {
                services.set(&service, bit, true);
            }
        }
    }
}

/// calendar_dates.txt: a service added (1) or removed (2) on one date.
fn exceptions(rows: &mut Rows, days: [(Date, u8); 2], services: &mut Services) {
    let names = ["service_id", "date", "exception_type"];
    if !rows.require(&names) {
        return;
    }
    let [id, date, kind] = names.map(|n| rows.column(n));
    while rows.next_row() {
        let Some(on) = date_cell(rows, date, "date") else {
            continue;
        };
        services.covers(on);
        let added = match rows.bytes(kind) {
            b"1" => true,
            b"2" => false,
            _ => {
                rows.bad_value(kind, (&say::FEED_NOT_EXCEPTION).into());
                continue;
            }
        };
        let service = rows.bytes(id).to_vec();
        for &(d, bit) in &days {
            if d == on {
                services.set(&service, bit, added);
            }
        }
    }
}

/// The services running on `date` and the day before. A feed needs calendar.txt or
/// calendar_dates.txt (E061 when it has neither).
pub fn read(source: &mut Source, date: Date, problems: &mut Problems) -> Services {
    let mut services = Services::default();
    let before = date.yesterday().unwrap_or(date);
    let days = [(date, ON_DATE), (before, ON_DAY_BEFORE)];
    let has_weekly = source.has("calendar.txt");
    source.rows("calendar.txt", false, problems, |rows| {
        weekly(rows, days, &mut services)
    });
    // Exceptions come second: they override the weekly pattern.
    source.rows("calendar_dates.txt", !has_weekly, problems, |rows| {
        exceptions(rows, days, &mut services)
    });
    services.running.retain(|_, bits| *bits != 0);
    services
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gtfs_dates_are_eight_digits() {
        assert_eq!(parse_date(b"20261201"), Date::new(2026, 12, 1).ok());
        assert_eq!(parse_date(b"2026-12-01"), None);
        assert_eq!(parse_date(b"20261301"), None);
    }
}
