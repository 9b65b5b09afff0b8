//! supervisors.csv: any bytes give WPBs at known schools or located problems.
#![no_main]
#[path = "common/mod.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use stageplan::input::{instance, naming::Names, problem::Problems, table::Table};

fuzz_target!(|data: &[u8]| {
    let mut problems = Problems::default();
    let schools = common::ids(&["A", "B"]);
    if let Some(table) = Table::from_bytes("supervisors.csv", data, &mut problems) {
        let (wpbs, _) = instance::read_supervisors(&table, &schools, &Names::csv(), &mut problems);
        if !problems.has_errors() {
            assert!(wpbs.iter().all(|w| w.school < 2 && !w.days.is_empty()));
        }
    }
    common::assert_located(problems.iter());
});
