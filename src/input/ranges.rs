//! The values the optimiser computes exactly. HiGHS works in floating point with absolute
//! tolerances of about 1e-7 and calls an objective coefficient or a bound above 1e6
//! "excessively large" (its `kExcessivelyLargeObjectiveCoefficient`); a cost of 1e20 it
//! treats as infinite and stops with status Unknown. So every number that reaches the
//! integer program has a finite range, checked where it is written (the model line, the
//! cell, the scenario line) before anything is solved:
//!
//! - a weight is 0 or between 0.0001 and 1,000,000 (HiGHS's own range for a cost);
//! - a track's hours (`wpb_hours`, `so_hours`, `so_hours_per_group`) are at most 10,000;
//! - a travel time, and the travel limit, are at most 10,000 minutes (a week);
//! - a capacity (`max_students`, `max_hours`, `so_hours`) is at most 1,000,000;
//! - an fte (`paid_fte`, `paid_min_fte`, `paid_max_fte`) is at most 10.
//!
//! One placement then costs at most about 4e10 (a weight of 1,000,000 times the 40,010
//! minutes estimated to the far side of the earth), so the objective of 100,000 students
//! stays below 2^53 (about 9e15), where a double still holds every whole number. Measured:
//! the HOS example with weights at both ends of their range (0.0001 and 1,000,000) and
//! travel times of up to 9,900 minutes solves to a proven optimum that the checker confirms.

/// The largest weight: HiGHS's limit for a well-scaled cost coefficient.
pub const WEIGHT_MAX: f64 = 1_000_000.0;
/// The smallest weight above 0: HiGHS's `kExcessivelySmallObjectiveCoefficient`.
pub const WEIGHT_MIN: f64 = 0.0001;
/// The most hours one student (or one group) costs a WPB or a school.
pub const TRACK_HOURS_MAX: f64 = 10_000.0;
/// The most minutes of one journey, and of the travel limit: a week.
pub const MINUTES_MAX: f64 = 10_000.0;
/// The largest capacity of a WPB or a school, in students or hours.
pub const CAPACITY_MAX: f64 = 1_000_000.0;
/// The largest fte of a paid appointment.
pub const FTE_MAX: f64 = 10.0;

/// The largest value a column of the data files may hold, if it has a maximum.
pub fn data_max(column: &str) -> Option<f64> {
    match column {
        "max_students" | "max_hours" | "so_hours" => Some(CAPACITY_MAX),
        "minutes" => Some(MINUTES_MAX),
        "paid_fte" => Some(FTE_MAX),
        _ => None,
    }
}

/// The range of a model key: (least above 0, most); the least is 0 where any small
/// value is fine.
pub fn model_range(key: &str) -> (f64, f64) {
    match key {
        "wpb_hours" | "so_hours" | "so_hours_per_group" => (0.0, TRACK_HOURS_MAX),
        "paid_min_fte" | "paid_max_fte" => (0.0, FTE_MAX),
        "travel_limit_minutes" => (0.0, MINUTES_MAX),
        // Every weight, also those a scenario sets.
        _ => (WEIGHT_MIN, WEIGHT_MAX),
    }
}

/// True when a non-negative, finite `value` is in `range`.
pub fn in_range((least, most): (f64, f64), value: f64) -> bool {
    value <= most && (value == 0.0 || value >= least)
}

/// True when a non-negative, finite `value` of model key `key` is in its range.
pub fn in_model_range(key: &str, value: f64) -> bool {
    in_range(model_range(key), value)
}

/// The largest factor by which a scenario may scale the capacities.
pub const SCALE_MAX: f64 = 1_000.0;

/// The range of a scenario key: capacities as in the data (a school's `so_hours` is a
/// capacity there, not a track's hours), scales up to [`SCALE_MAX`], the rest as in the
/// model.
pub fn scenario_range(key: &str) -> (f64, f64) {
    match key {
        "max_students" | "max_hours" | "so_hours" => (0.0, CAPACITY_MAX),
        k if k.ends_with("capacity_scale") => (0.0, SCALE_MAX),
        _ => model_range(key),
    }
}

/// A range as the message shows it: `0 or 0.0001 to 1,000,000`.
pub fn range_text((least, most): (f64, f64), lang: crate::lang::Lang) -> String {
    let most = crate::lang::thousands(most as usize, lang);
    let (or, to) = match lang {
        crate::lang::Lang::Nl => ("of", "tot en met"),
        crate::lang::Lang::En => ("or", "to"),
    };
    if least > 0.0 {
        let least = match lang {
            crate::lang::Lang::Nl => least.to_string().replace('.', ","),
            crate::lang::Lang::En => least.to_string(),
        };
        format!("0 {or} {least} {to} {most}")
    } else {
        format!("0 {to} {most}")
    }
}

/// The message and action of a value out of its range, in both languages.
pub fn out_of_range(
    key: &str,
    value: f64,
    range: (f64, f64),
) -> (crate::lang::Said, crate::lang::Said) {
    use crate::lang::{limits as say, Lang, Said};
    let both = |word: &crate::lang::Word| Said {
        nl: word.with_lang(
            Lang::Nl,
            &[
                ("key", key.to_string()),
                ("value", value.to_string()),
                ("range", range_text(range, Lang::Nl)),
            ],
        ),
        en: word.with_lang(
            Lang::En,
            &[
                ("key", key.to_string()),
                ("value", value.to_string()),
                ("range", range_text(range, Lang::En)),
            ],
        ),
    };
    (both(&say::OUT_OF_RANGE), both(&say::OUT_OF_RANGE_DO))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_keep_weights_within_what_highs_computes_exactly() {
        assert!(in_model_range("unplaced", 10_000.0));
        assert!(in_model_range("unplaced", 0.0));
        assert!(!in_model_range("unplaced", 1e20));
        assert!(!in_model_range("travel_minute", 1e-9));
        assert!(in_model_range("wpb_hours", 36.0));
        assert!(!in_model_range("so_hours", 1e7));
        assert_eq!(
            range_text(model_range("unplaced"), crate::lang::Lang::En),
            "0 or 0.0001 to 1,000,000"
        );
        assert_eq!(scenario_range("so_hours").1, CAPACITY_MAX);
        assert_eq!(model_range("so_hours").1, TRACK_HOURS_MAX);
        assert_eq!(data_max("minutes"), Some(MINUTES_MAX));
    }
}
