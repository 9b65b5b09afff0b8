//! The model file: any text gives a model whose tracks all have stage days, or located
//! problems.
#![no_main]
#[path = "common/mod.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use stageplan::input::{model_file::parse_model, problem::Problems};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut problems = Problems::default();
    if let Some(model) = parse_model("model.toml", text, &mut problems) {
        if !problems.has_errors() {
            assert!(!model.tracks.is_empty());
            assert!(model.tracks.iter().all(|t| !t.days.is_empty()));
        }
    }
    common::assert_located(problems.iter());
});
