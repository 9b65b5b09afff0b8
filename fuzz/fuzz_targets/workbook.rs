//! An Excel workbook: any bytes as `book.xlsx` give a validated instance or located
//! problems (`book.xlsx!studenten`, row and column); the same bytes read as an edited
//! plan.xlsx (`solve --pins`) give pins or located problems, and read as a plan
//! (`verify`, `--baseline-plan`) give rows or located problems; never a panic, and within
//! the memory budget (`scripts/fuzz.sh` runs it with `-rss_limit_mb` and
//! `-malloc_limit_mb`, seeded with the hostile workbooks of `tests/hostile_workbooks.rs`).
#![no_main]
#[path = "common/mod.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use stageplan::input::{self, pins_file::PinsFromPlan, problem::Problems};

fuzz_target!(|data: &[u8]| {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let book = dir.path().join("book.xlsx");
    std::fs::write(&book, data).expect("the workbook is written");
    match input::load(&book, None) {
        Ok(loaded) => {
            let i = &loaded.instance;
            for w in &i.supervisors {
                assert!(w.school < i.schools.len());
            }
            common::assert_located(loaded.warnings.iter());
        }
        Err(problems) => {
            assert!(!problems.is_empty(), "an instance without a plan says why");
            common::assert_located(problems.iter());
        }
    }
    // As pins only, and as a whole plan to keep (the default of `solve --pins`).
    for whole_plan in [false, true] {
        let mut problems = Problems::default();
        let _ = PinsFromPlan::read(&book, whole_plan, &mut problems);
        common::assert_located(problems.iter());
    }
    let plan = dir.path().join("plan.csv");
    std::fs::write(&plan, data).expect("the plan is written");
    if let Err(problems) = stageplan::checker::read_plan(&plan) {
        assert!(!problems.is_empty(), "a plan that cannot be read says why");
        common::assert_located(problems.iter());
    }
});
