//! schools.csv: any bytes give a table of schools or located problems, never a panic.
#![no_main]
#[path = "common/mod.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use stageplan::input::{instance, problem::Problems, table::Table};

fuzz_target!(|data: &[u8]| {
    let mut problems = Problems::default();
    if let Some(table) = Table::from_bytes("schools.csv", data, &mut problems) {
        let (schools, index) = instance::read_schools(&table, &mut problems);
        assert!(index.values().all(|&i| i < schools.len()));
    }
    common::assert_located(problems.iter());
});
