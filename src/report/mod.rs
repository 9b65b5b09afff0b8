//! Every output file of a plan, and the atomic write of a folder of them; the page parts
//! that sweep's own comparison page shares.

pub mod atomic;
pub mod breakdown;
pub mod files;
mod guide;
pub mod html;
pub mod journeys;
pub mod manifest;
pub mod map;
pub mod moves;
pub mod out_dir;
pub mod page;
pub mod quality;
pub mod svg;
pub mod swap;
pub mod template;
pub mod workbook;

use crate::domain::{so_hours_used, Instance, Model};
use crate::explain::Explained;
use crate::input::problem::Problem;
use crate::lang::Lang;
use crate::outcome::Outcome;
use manifest::Manifest;

/// The output files of one plan, in memory, ready to be written atomically.
pub struct PlanFiles {
    pub files: Vec<(&'static str, Vec<u8>)>,
    /// Why plan.xlsx is missing: in memory it can only fail on a bug, and the CSV files
    /// carry the plan then. The caller says so.
    pub xlsx_error: Option<rust_xlsxwriter::XlsxError>,
}

/// plan.csv, unplaced.csv, summary.json, plan.xlsx, report.html and, against a published
/// plan, changes.csv.
pub fn output_files(
    instance: &Instance,
    model: &Model,
    outcome: &Outcome,
    explained: &Explained,
    warnings: &[Problem],
    lang: Lang,
    manifest: &Manifest,
) -> PlanFiles {
    let mut out = vec![
        (
            "plan.csv",
            files::plan_csv(instance, model, &outcome.verdict),
        ),
        (
            "unplaced.csv",
            files::unplaced_csv(instance, model, &explained.reasons),
        ),
        (
            "summary.json",
            files::summary_json(
                instance,
                model,
                &outcome.solved,
                &outcome.verdict,
                crate::input::problem::total(warnings),
                outcome.repair.as_ref(),
            ),
        ),
    ];
    let mut xlsx_error = None;
    match workbook::plan_xlsx(instance, model, outcome, &explained.reasons, warnings, lang) {
        Ok(bytes) => out.push(("plan.xlsx", bytes)),
        Err(e) => xlsx_error = Some(e),
    }
    out.push((
        "report.html",
        html::plan_report(
            instance, model, outcome, explained, warnings, manifest, lang,
        ),
    ));
    if let Some(changes) = &outcome.changes {
        out.push(("changes.csv", crate::repair::changes_csv(changes, lang)));
    }
    PlanFiles {
        files: out,
        xlsx_error,
    }
}

/// SO hours used per school by (student, WPB) placements (rule 6, groups included).
pub fn school_so_hours(instance: &Instance, model: &Model, placed: &[(usize, usize)]) -> Vec<f64> {
    let at_school = placed
        .iter()
        .map(|&(s, w)| (s, instance.supervisors[w].school));
    so_hours_used(instance, model, at_school)
}
