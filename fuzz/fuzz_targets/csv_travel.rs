//! travel.csv: any bytes fill the travel matrix with finite, non-negative minutes or
//! give located problems.
#![no_main]
#[path = "common/mod.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use stageplan::domain::TravelMatrix;
use stageplan::input::{naming::Names, problem::Problems, table::Table, travel};

fuzz_target!(|data: &[u8]| {
    let mut problems = Problems::default();
    let students = common::ids(&["S1", "S2", "007"]);
    let schools = common::ids(&["A", "B"]);
    let mut travel = TravelMatrix::unknown(3, 2);
    if let Some(table) = Table::from_bytes("travel.csv", data, &mut problems) {
        travel::read_travel(&table, &students, &schools, &Names::csv(), &mut travel, &mut problems);
        for s in 0..3 {
            for c in 0..2 {
                if let Some(m) = travel.minutes(s, c) {
                    assert!(m.is_finite() && m >= 0.0, "{m}");
                }
            }
        }
    }
    common::assert_located(problems.iter());
});
