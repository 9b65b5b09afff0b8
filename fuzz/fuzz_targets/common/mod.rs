//! What every fuzz target checks: no panic, and every problem is located and actionable.
#![allow(dead_code)]

use stageplan::domain::Model;
use stageplan::input::model_file::{parse_model, HOS_MODEL};
use stageplan::input::problem::{Problem, Problems};
use std::collections::HashMap;

/// Every problem names a file, a line and a column from 1, what is wrong and what to do.
pub fn assert_located<'a>(problems: impl IntoIterator<Item = &'a Problem>) {
    for p in problems {
        assert!(!p.file.is_empty() && p.line >= 1 && p.column >= 1, "unlocated: {p}");
        assert!(!p.message.is_empty() && !p.action.is_empty(), "unexplained: {p}");
    }
}

/// The built-in HOS model, parsed once.
pub fn model() -> &'static Model {
    static MODEL: std::sync::OnceLock<Model> = std::sync::OnceLock::new();
    MODEL.get_or_init(|| {
        let mut problems = Problems::default();
        parse_model("hos.toml", HOS_MODEL, &mut problems).expect("the built-in model is valid")
    })
}

/// An id -> index map.
pub fn ids(list: &[&str]) -> HashMap<String, usize> {
    list.iter().enumerate().map(|(i, id)| (id.to_string(), i)).collect()
}
