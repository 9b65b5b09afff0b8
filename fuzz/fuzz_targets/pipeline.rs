//! The whole pipeline on tiny instances: the input is split at 0xFF bytes into
//! schools.csv, supervisors.csv, students.csv and travel.csv, read, validated, solved and
//! checked. Any input gives a plan the independent checker accepts, or a list of
//! located problems; never a panic and never an internal error.
#![no_main]
#[path = "common/mod.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use stageplan::pipeline::{solve_and_check, PipelineError};
use stageplan::solve::SolveOptions;

const FILES: [&str; 4] = ["schools.csv", "supervisors.csv", "students.csv", "travel.csv"];

fuzz_target!(|data: &[u8]| {
    let parts: Vec<&[u8]> = data.split(|&b| b == 0xFF).collect();
    if parts.len() < 3 || data.len() > 4096 {
        return;
    }
    let dir = tempfile::tempdir_in(std::env::temp_dir()).expect("temp dir");
    for (name, bytes) in FILES.iter().zip(&parts) {
        std::fs::write(dir.path().join(name), bytes).expect("write");
    }
    let loaded = match stageplan::input::load(dir.path(), None) {
        Ok(l) => l,
        Err(problems) => {
            assert!(!problems.is_empty());
            common::assert_located(problems.iter());
            return;
        }
    };
    common::assert_located(loaded.warnings.iter());
    if loaded.instance.students.len() > 40 {
        return;
    }
    let options = SolveOptions {
        time_limit_seconds: Some(5.0),
        ..SolveOptions::default()
    };
    match solve_and_check(&loaded.instance, &loaded.model, &options) {
        Ok(outcome) => assert!(outcome.verdict.violations.is_empty()),
        Err(PipelineError::Infeasible(why)) => assert!(!why.is_empty()),
        Err(PipelineError::NoPlanInTime) => {}
        Err(PipelineError::Internal(why)) => panic!("internal error: {why:?}"),
    }
});
