//! Explaining a plan: a reason for every unplaced student, the bottlenecks that keep
//! students out (max-flow / min-cut), verified suggestions, and one student's story.
//!
//! Layering: uses `rules`, `checker` and `pipeline` (for re-solving); never good_lp, never
//! `report`.

pub mod bottleneck;
pub mod candidates;
pub mod change;
pub mod files;
pub mod group;
mod local;
pub use crate::capacity::flow;
pub mod near;
pub mod reasons;
pub mod student;
pub mod suggest;
mod terms;
pub mod verify;

#[cfg(test)]
mod tests;

use crate::domain::{Instance, Model};
use crate::lang::Lang;
use bottleneck::Bottleneck;
use flow::Flow;
use reasons::PlanLoad;
pub use reasons::UnplacedReason;
use std::collections::BTreeSet;
use verify::Base;
pub use verify::Suggestion;

/// How much of the diagnosis to compute.
#[derive(Debug, Clone)]
pub struct DiagnoseOptions {
    /// How many of the best-ranked candidate changes to verify by re-solving; 0 for none.
    pub verify_top: usize,
    /// Up to this many students a suggestion is verified by re-solving everything; above
    /// it, locally (see `verify`).
    pub full_resolve_students: usize,
    /// Language of the reasons and of diagnosis.md.
    pub lang: Lang,
    /// Seconds the suggestions (ranking and verifying) may take; `None` for no limit.
    /// What is not verified in time is left out, and the diagnosis says how many.
    pub seconds: Option<f64>,
    /// Where each ranked candidate and verification is told, for the developers; `None`
    /// for silence.
    pub log: Option<fn(&str)>,
}

impl Default for DiagnoseOptions {
    fn default() -> Self {
        DiagnoseOptions {
            verify_top: 5,
            full_resolve_students: 100,
            lang: Lang::Nl,
            seconds: None,
            log: None,
        }
    }
}

/// The diagnosis as report.html shows it.
#[derive(Clone)]
pub struct Advice {
    pub bottlenecks: Vec<Bottleneck>,
    pub suggestions: Vec<Suggestion>,
    /// Promising changes the diagnosis's time did not allow to verify.
    pub not_verified_in_time: usize,
}

/// What is said of a plan besides the plan: a reason per unplaced student, and the
/// advice when `solve` diagnosed it (sweeps do not, to stay fast).
#[derive(Clone)]
pub struct Explained {
    pub reasons: Vec<UnplacedReason>,
    pub advice: Option<Advice>,
}

/// Everything `solve` writes to diagnosis.json and diagnosis.md.
pub struct Diagnosis {
    /// The maximum flow of the input: its bound and its minimum cut.
    pub flow: Flow,
    /// The saturated sets that keep students out, B1, B2, ...
    pub bottlenecks: Vec<Bottleneck>,
    /// One per unplaced student of the plan, in students.csv order.
    pub reasons: Vec<UnplacedReason>,
    /// Verified changes that place more students, best first.
    pub suggestions: Vec<Suggestion>,
    /// Candidate changes considered before verifying the best few.
    pub candidates: usize,
    /// True when suggestions were verified by re-solving everything, not locally.
    pub full_resolve: bool,
    /// How many candidates were verified.
    pub verify_top: usize,
    /// Candidates among the best `verify_top` left unverified when the time ran out.
    pub out_of_time: usize,
    /// When the diagnosis's time was too short for any candidate: that time and the
    /// flow's, for diagnosis.md to say so.
    pub none_in_time: Option<(f64, f64)>,
    /// The plan's objective and placed count, which the suggestions improve on.
    pub objective: f64,
    pub placed: usize,
    /// The language of the reasons, and of diagnosis.md.
    pub lang: Lang,
}

impl Diagnosis {
    /// The bottleneck that holds student `s`, if any.
    pub fn bottleneck_of(&self, s: usize) -> Option<&Bottleneck> {
        bottleneck::holding(&self.bottlenecks, s)
    }
}

/// The students a plan leaves unplaced, ascending.
pub fn unplaced_of(instance: &Instance, placed: &[(usize, usize)]) -> Vec<usize> {
    let set: BTreeSet<usize> = placed.iter().map(|&(s, _)| s).collect();
    (0..instance.students.len())
        .filter(|s| !set.contains(s))
        .collect()
}

/// Reasons for every unplaced student of a plan, in `lang`, with the flow's bottlenecks.
pub fn reasons_for(
    instance: &Instance,
    model: &Model,
    placed: &[(usize, usize)],
    lang: Lang,
) -> (Flow, Vec<Bottleneck>, Vec<UnplacedReason>) {
    reasons_from_flow(
        instance,
        model,
        placed,
        lang,
        flow::max_flow(instance, model),
    )
}

/// As `reasons_for`, with the maximum flow of the instance already known.
fn reasons_from_flow(
    instance: &Instance,
    model: &Model,
    placed: &[(usize, usize)],
    lang: Lang,
    flow: Flow,
) -> (Flow, Vec<Bottleneck>, Vec<UnplacedReason>) {
    let bottlenecks = bottleneck::bottlenecks(instance, &flow);
    let load = PlanLoad::of(instance, model, placed);
    let described = bottleneck::Described::of(&bottlenecks, instance, model, lang);
    let reasons = unplaced_of(instance, placed)
        .into_iter()
        .map(|s| reasons::reason(instance, model, &flow, &described, &load, s, lang))
        .collect();
    (flow, bottlenecks, reasons)
}

/// The reasons of a plan's unplaced students, without advice; `known_flow` as in
/// `diagnose`.
pub fn explained(
    instance: &Instance,
    model: &Model,
    placed: &[(usize, usize)],
    known_flow: Option<Flow>,
    lang: Lang,
) -> Explained {
    let flow = known_flow.unwrap_or_else(|| flow::max_flow(instance, model));
    Explained {
        reasons: reasons_from_flow(instance, model, placed, lang, flow).2,
        advice: None,
    }
}

impl Diagnosis {
    /// What report.html and plan.xlsx say of the plan.
    pub fn explained(&self) -> Explained {
        Explained {
            reasons: self.reasons.clone(),
            advice: Some(Advice {
                bottlenecks: self.bottlenecks.clone(),
                suggestions: self.suggestions.clone(),
                not_verified_in_time: self.out_of_time,
            }),
        }
    }
}

/// Diagnoses a checked plan: reasons, bottlenecks and verified suggestions, the reasons
/// in `options.lang`. `known_flow` is the instance's maximum flow when the solve already
/// computed it (`Solved::capacity_flow`).
pub fn diagnose(
    instance: &Instance,
    model: &Model,
    placed: &[(usize, usize)],
    objective: f64,
    known_flow: Option<Flow>,
    options: &DiagnoseOptions,
) -> Diagnosis {
    let flow = known_flow.unwrap_or_else(|| flow::max_flow(instance, model));
    let (flow, bottlenecks, reasons) =
        reasons_from_flow(instance, model, placed, options.lang, flow);
    let unplaced = unplaced_of(instance, placed);
    let base = Base {
        placed,
        objective,
        allowed: &flow.allowed,
        model,
    };
    let found = suggest::suggestions(
        instance,
        model,
        &base,
        &flow,
        &bottlenecks,
        &unplaced,
        options,
    );
    let none_in_time = found
        .none_in_time
        .then(|| (options.seconds.unwrap_or(0.0), flow.seconds));
    Diagnosis {
        flow,
        bottlenecks,
        reasons,
        suggestions: found.suggestions,
        candidates: found.candidates,
        out_of_time: found.out_of_time,
        none_in_time,
        full_resolve: instance.students.len() <= options.full_resolve_students,
        verify_top: options.verify_top,
        lang: options.lang,
        objective,
        placed: placed.len(),
    }
}
