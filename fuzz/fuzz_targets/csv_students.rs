//! students.csv: any bytes give students with known tracks, schools and pins, or
//! located problems.
#![no_main]
#[path = "common/mod.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use stageplan::input::{instance, naming::Names, problem::Problems, table::Table};

fuzz_target!(|data: &[u8]| {
    let mut problems = Problems::default();
    let model = common::model();
    let schools = common::ids(&["A", "B"]);
    let wpbs = common::ids(&["W1", "W2"]);
    if let Some(table) = Table::from_bytes("students.csv", data, &mut problems) {
        let (students, _, lines) =
            instance::read_students(&table, model, &schools, &wpbs, &Names::csv(), &mut problems);
        assert_eq!(students.len(), lines.places.len());
        if !problems.has_errors() {
            for s in &students {
                assert!(s.track < model.tracks.len());
                assert!(s.pinned_wpb.is_none_or(|w| w < 2));
            }
        }
    }
    common::assert_located(problems.iter());
});
