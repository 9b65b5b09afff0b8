//! The lines `solve` prints when it is done: the figures, the moves, where the files are.

use super::tell;
use crate::domain::{Instance, Model};
use crate::explain::Diagnosis;
use crate::lang::cli as say;
use crate::lang::Lang;
use crate::outcome::Outcome;
use crate::report::{self, files};
use std::path::Path;

/// What the summary tells about a run.
pub(super) struct Done<'a> {
    pub(super) inst: &'a Instance,
    pub(super) model: &'a Model,
    pub(super) outcome: &'a Outcome,
    pub(super) diagnosis: &'a Diagnosis,
    pub(super) diagnosis_seconds: f64,
    pub(super) out: &'a Path,
    /// The kept plan is the plan.xlsx the pins came from (not a --baseline-plan).
    pub(super) kept_pins_plan: bool,
    pub(super) lang: Lang,
}

/// Prints the summary of a finished `solve` on stdout.
pub(super) fn print(done: &Done) {
    let Done {
        inst,
        model,
        outcome,
        diagnosis,
        diagnosis_seconds,
        out,
        kept_pins_plan,
        lang,
    } = *done;
    let v = &outcome.verdict;
    let s = &outcome.solved;
    let bound = crate::outcome::stated_bound(s.bound, v.objective);
    let count = |n: usize| n.to_string();
    tell(
        &say::SOLVE_STUDENTS,
        lang,
        &[
            ("model", model.name.clone()),
            ("n", count(inst.students.len())),
        ],
    );
    tell(
        &say::SOLVE_PLACED,
        lang,
        &[
            ("placed", count(v.placed.len())),
            ("unplaced", count(inst.students.len() - v.placed.len())),
            ("file", out.join("unplaced.csv").display().to_string()),
        ],
    );
    tell(
        &say::SOLVE_OBJECTIVE,
        lang,
        &[
            ("objective", files::number(v.objective)),
            ("bound", files::number(bound)),
            (
                "gap",
                format!("{:.4}", 100.0 * crate::outcome::gap(v.objective, bound)),
            ),
            ("status", report::page::status_word(s.status.as_str(), lang)),
            ("seconds", format!("{:.2}", s.seconds)),
        ],
    );
    if let Some(r) = &outcome.repair {
        let reasons: Vec<String> = r
            .moved_by_reason
            .iter()
            .map(|(code, n)| format!("{n} {code}"))
            .collect();
        let reasons = if reasons.is_empty() {
            say::NONE.of(lang).to_string()
        } else {
            reasons.join(", ")
        };
        println!(
            "{}",
            if kept_pins_plan {
                &say::SOLVE_PINS_KEPT
            } else {
                &say::SOLVE_REPAIR
            }
            .with_lang(
                lang,
                &[
                    ("kept", count(r.kept)),
                    ("before", count(r.baseline_placed)),
                    ("moved", count(r.moved)),
                    ("reasons", reasons),
                    ("new", count(r.newly_placed)),
                    ("weight", files::number(r.moved_student_weight)),
                    ("file", out.join("changes.csv").display().to_string()),
                ]
            )
        );
    }
    tell(
        &say::SOLVE_VERIFIED,
        lang,
        &[("dir", out.display().to_string())],
    );
    tell(
        &say::SOLVE_DIAGNOSIS,
        lang,
        &[
            ("bottlenecks", count(diagnosis.bottlenecks.len())),
            ("suggestions", count(diagnosis.suggestions.len())),
            ("file", out.join("diagnosis.md").display().to_string()),
            ("seconds", format!("{diagnosis_seconds:.2}")),
        ],
    );
}
