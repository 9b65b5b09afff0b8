//! What every fuzz target checks: no panic, and every problem is located and actionable.
#![allow(dead_code)]

use stageplan::domain::Model;
use std::alloc::{GlobalAlloc, Layout, System};
use stageplan::input::model_file::{parse_model, HOS_MODEL};
use stageplan::input::problem::{Problem, Problems};
use stageplan::input::ids::Ids;

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

/// The ids of a table, each its index.
pub fn ids(list: &[&str]) -> Ids {
    Ids::new(list.iter().enumerate().map(|(i, id)| (id.to_string(), i)).collect())
}

/// The largest single allocation a target may ask for: 1 GB, as `-malloc_limit_mb=1024`.
const MALLOC_LIMIT: usize = 1 << 30;

/// libFuzzer's `-malloc_limit_mb` works through a sanitizer's malloc hooks, which the
/// `-s none` builds of this machine lack (it would be passed and ignored). This allocator
/// makes the same check: one allocation above [`MALLOC_LIMIT`] aborts the run, which
/// libFuzzer reports as a crash and saves. `-rss_limit_mb` needs no hooks and is checked
/// by libFuzzer itself.
pub struct Limited;

// SAFETY: every call is passed unchanged to the system allocator, after a size check
// that only aborts.
unsafe impl GlobalAlloc for Limited {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.size() > MALLOC_LIMIT {
            std::process::abort();
        }
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if layout.size() > MALLOC_LIMIT {
            std::process::abort();
        }
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > MALLOC_LIMIT {
            std::process::abort();
        }
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Limited = Limited;
