//! The scenario file: any text gives named scenarios or located problems.
#![no_main]
#[path = "common/mod.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use stageplan::scenario::parse_scenarios;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match parse_scenarios("scenarios.toml", text, std::path::Path::new(".")) {
        Ok(scenarios) => {
            assert!(!scenarios.is_empty());
            assert!(scenarios.iter().all(|s| !s.name.is_empty()));
        }
        Err(problems) => {
            assert!(!problems.is_empty());
            common::assert_located(problems.iter());
        }
    }
});
