//! Days of the week, sets of them, and calendar dates.

use std::fmt;

/// A school day. The partnership works Monday to Friday.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
}

impl Weekday {
    /// All weekdays in week order.
    pub const ALL: [Weekday; 5] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
    ];

    /// Reads `ma di wo do vr` or `mon tue wed thu fri` (also full names), any case.
    pub fn parse(text: &str) -> Option<Weekday> {
        match text.trim().to_lowercase().as_str() {
            "ma" | "maandag" | "mon" | "monday" => Some(Weekday::Mon),
            "di" | "dinsdag" | "tue" | "tuesday" => Some(Weekday::Tue),
            "wo" | "woensdag" | "wed" | "wednesday" => Some(Weekday::Wed),
            "do" | "donderdag" | "thu" | "thursday" => Some(Weekday::Thu),
            "vr" | "vrijdag" | "fri" | "friday" => Some(Weekday::Fri),
            _ => None,
        }
    }

    /// The Dutch two-letter abbreviation, as the stagecoördinator writes it.
    pub fn dutch(self) -> &'static str {
        match self {
            Weekday::Mon => "ma",
            Weekday::Tue => "di",
            Weekday::Wed => "wo",
            Weekday::Thu => "do",
            Weekday::Fri => "vr",
        }
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// A set of weekdays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct Days(u8);

impl Days {
    /// The set holding exactly these days.
    pub fn of(days: &[Weekday]) -> Days {
        Days(days.iter().fold(0, |bits, d| bits | d.bit()))
    }

    /// True when every day of `self` is also in `other`.
    pub fn within(self, other: Days) -> bool {
        self.0 & !other.0 == 0
    }

    /// True when the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The days in week order.
    pub fn iter(self) -> impl Iterator<Item = Weekday> {
        Weekday::ALL
            .into_iter()
            .filter(move |d| self.0 & d.bit() != 0)
    }
}

impl fmt::Display for Days {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = self.iter().map(Weekday::dutch).collect();
        f.write_str(&names.join("|"))
    }
}

/// Year, month, day of a day count since 1970-01-01 (Howard Hinnant's algorithm).
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}
