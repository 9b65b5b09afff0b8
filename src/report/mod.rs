//! Everything the user reads: output files, unplaced reasons, atomic writing.

pub mod atomic;
pub mod files;
pub mod html;
pub mod journeys;
pub mod manifest;
pub mod out_dir;
pub mod quality;
pub mod svg;
pub mod swap;
pub mod template;
pub mod unplaced;
pub mod workbook;

use crate::domain::{so_hours_used, Instance, Model};

/// SO hours used per school by (student, WPB) placements (rule 6, groups included).
pub fn school_so_hours(instance: &Instance, model: &Model, placed: &[(usize, usize)]) -> Vec<f64> {
    let at_school = placed
        .iter()
        .map(|&(s, w)| (s, instance.supervisors[w].school));
    so_hours_used(instance, model, at_school)
}
