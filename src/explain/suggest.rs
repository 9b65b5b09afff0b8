//! Quantified suggestions: candidate changes from the bottlenecks and the funnel
//! (`candidates`), ranked cheaply by the max-flow gain, and the best few verified by
//! re-solving (`verify`).

use super::bottleneck::Bottleneck;
use super::candidates::candidates;
use super::change::Change;
use super::flow::{self, Flow};
use super::verify::verify;
use super::DiagnoseOptions;
use crate::domain::{Instance, Model};
use crate::rules;

/// The plan the suggestions improve on.
pub struct Base<'a> {
    pub placed: &'a [(usize, usize)],
    pub objective: f64,
    /// Allowed WPBs per student before any change (the base flow's).
    pub allowed: &'a [Vec<usize>],
}

/// A change, verified by re-solving.
#[derive(Debug, Clone)]
pub struct Suggestion {
    pub change: Change,
    /// Extra students the flow bound allows: the cheap estimate used for ranking.
    pub estimate: u64,
    /// Extra students placed in the re-solved, re-checked plan.
    pub gain: i64,
    /// Students placed by the re-solved plan that the base plan left unplaced.
    pub newly_placed: Vec<usize>,
    /// Students the base plan placed that the re-solved plan leaves unplaced.
    pub no_longer_placed: Vec<usize>,
    pub objective_after: f64,
    /// True when the gain reaches the flow bound: no plan with this change places more.
    pub proven_best: bool,
}

/// The allowed WPBs after a change, recomputed only where the change can alter them.
fn allowed_after(
    inst: &Instance,
    model: &Model,
    before: &[Vec<usize>],
    change: &Change,
) -> Vec<Vec<usize>> {
    match change {
        Change::WpbPlace { .. } | Change::SchoolPlace { .. } | Change::SplitGroup { .. } => {
            before.to_vec()
        }
        Change::NewWpb { .. } => {
            let new = inst.supervisors.len() - 1;
            (0..inst.students.len())
                .map(|s| {
                    let mut list = before[s].clone();
                    if inst.students[s].pinned_wpb.is_none()
                        && rules::pair_exclusion(inst, model, s, new).is_none()
                    {
                        list.push(new);
                    }
                    list
                })
                .collect()
        }
        Change::TravelLimit { .. } | Change::TrackDays { .. } => flow::allowed_wpbs(inst, model),
    }
}

/// The changed input's flow and the extra students it places: the cheap estimate. A group
/// split is invisible to the flow (it ignores groups): its estimate is the members the
/// flow places on their own.
pub fn estimate(
    instance: &Instance,
    model: &Model,
    flow: &Flow,
    change: &Change,
) -> (u64, (Instance, Model), Flow) {
    let (inst, m) = change.apply(instance, model);
    let after = flow::max_flow_with(&inst, &m, allowed_after(&inst, &m, &flow.allowed, change));
    let gain = match change {
        Change::SplitGroup { group } => (0..instance.students.len())
            .filter(|&s| {
                instance.students[s].group.as_deref() == Some(group.as_str())
                    && flow.wpb_of[s].is_some()
            })
            .count() as u64,
        _ => after.placed.saturating_sub(flow.placed),
    };
    (gain, (inst, m), after)
}

/// Ranks every candidate by its estimate and verifies the best `verify_top` of those with
/// a positive estimate; returns the verified suggestions that place more students, best
/// first, and how many candidates were considered.
pub fn suggestions(
    instance: &Instance,
    model: &Model,
    base: &Base,
    flow: &Flow,
    bottlenecks: &[Bottleneck],
    unplaced: &[usize],
    options: &DiagnoseOptions,
) -> (Vec<Suggestion>, usize) {
    let full = instance.students.len() <= options.full_resolve_students;
    if options.verify_top == 0 {
        return (Vec::new(), 0);
    }
    let log = std::env::var_os("STAGEPLAN_DIAGNOSIS_LOG").is_some();
    let started = std::time::Instant::now();
    let all = candidates(instance, model, flow, bottlenecks, unplaced);
    let considered = all.len();
    let mut ranked: Vec<(u64, usize, Change)> = all
        .into_iter()
        .enumerate()
        .map(|(i, c)| (estimate(instance, model, flow, &c).0, i, c))
        .filter(|(est, ..)| *est > 0)
        .collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    if log {
        eprintln!(
            "diagnosis: {considered} candidates ranked by flow in {:.2} s",
            started.elapsed().as_secs_f64()
        );
    }
    let mut out: Vec<Suggestion> = ranked
        .iter()
        .take(options.verify_top)
        .filter_map(|(est, _, c)| {
            let (_, (inst, m), after) = estimate(instance, model, flow, c);
            let started = std::time::Instant::now();
            let verified = verify(instance, (&inst, &m), base, &after, c, *est, full);
            if log {
                let gain = verified.as_ref().map(|v| v.gain);
                eprintln!(
                    "diagnosis: verified {c:?} (estimate {est}, gain {gain:?}) in {:.2} s",
                    started.elapsed().as_secs_f64()
                );
            }
            verified
        })
        .filter(|s| s.gain > 0)
        .collect();
    out.sort_by(|a, b| {
        b.gain
            .cmp(&a.gain)
            .then(a.objective_after.total_cmp(&b.objective_after))
    });
    (out, considered)
}
