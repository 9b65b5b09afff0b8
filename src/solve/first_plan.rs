//! A good plan before HiGHS starts: the wanted plan where it holds, the LP rounded, and a
//! local search (`heuristic`); the better of that and pricing's seed plan; then, under a
//! short time limit, chains of moves (`chains`). It is what a user gets at a time limit
//! when HiGHS has no plan of its own, and HiGHS's start otherwise.

use super::{
    chains, core, heuristic, remaining, short_limit, ProgramInputs, SolveError, SolveOptions,
};
use crate::capacity::flow::Flow;
use crate::domain::{Instance, Placement};
use std::time::{Duration, Instant};

/// Seconds the heuristic needs from the maximum flow's plan to beat pricing's seed plan
/// (20,000 students: 0.1 s found nothing better and only made the run longer; 0.75 s gave
/// 6,682,317 against 7,219,421, and 6.5 s 5,884,352).
const FROM_THE_FLOW_AT_LEAST: f64 = 0.5;

/// Per free student the WPB the maximum flow sends it to, as a start for the heuristic: it
/// places the most students the counts allow, but ignores groups and counts hours loosely.
pub(super) fn as_start_from_flow(instance: &Instance, flow: &Flow) -> Vec<Option<usize>> {
    (0..instance.students.len())
        .map(|s| flow.wpb_of[s].filter(|_| instance.students[s].pinned_wpb.is_none()))
        .collect()
}

/// What the first plan is made from, besides the program's inputs.
pub(super) struct From<'a> {
    pub(super) options: &'a SolveOptions,
    /// The LP relaxation, when it was solved in time.
    pub(super) lp: Option<&'a core::LpCore>,
    /// Pricing's seed plan (a national instance), with its objective.
    pub(super) seeded: Option<(Vec<Placement>, f64)>,
    /// The plan to start from: the user's start or the published plan of a repair.
    pub(super) wanted: Option<&'a [Option<usize>]>,
    /// A national instance: its pairs are priced, never built whole.
    pub(super) national: bool,
    /// The maximum flow, for a national instance's start.
    pub(super) flow: Option<&'a Flow>,
    /// The pinned students' share of the objective.
    pub(super) pinned_cost: f64,
    pub(super) limit: Option<f64>,
    pub(super) started: Instant,
}

/// The first plan with its objective (the tie-break's cost of its free students counted),
/// or `None` when there is none (a repair, whose start is the published plan, or the
/// heuristic switched off and no seed plan).
pub(super) fn first_plan(
    at: &ProgramInputs,
    from: From,
) -> Result<Option<(Vec<Placement>, f64)>, SolveError> {
    let From {
        options,
        lp,
        seeded,
        wanted,
        national,
        flow,
        pinned_cost,
        limit,
        started,
    } = from;
    let (instance, model) = (at.instance, at.model);
    let repair = options.repair.is_some();
    let guide = lp.map(core::LpCore::guide);
    let plan = |start: Option<&[Option<usize>]>, until: Option<Instant>| {
        heuristic::plan(
            instance,
            model,
            at.elig,
            at.residual,
            guide.as_ref(),
            start,
            until,
        )
    };
    let heuristic = if options.ablation.no_heuristic || repair {
        None
    } else if national {
        // The pricing's seed plan stands unless the heuristic does better, started from the
        // maximum flow's plan, which places the most students the counts allow (the
        // heuristic makes groups and hours hold in it). Without an LP nothing but the
        // diagnosis and writing follow, so it gets most of what is left, but with under
        // `FROM_THE_FLOW_AT_LEAST` seconds it would not beat the seed plan.
        let from_flow = flow.map(|f| as_start_from_flow(instance, f));
        let start = from_flow.as_deref().or(wanted);
        let left = remaining(limit, started);
        let share = if lp.is_some() { 0.25 } else { 0.75 };
        let worth_it = lp.is_some()
            || (from_flow.is_some() && left.is_none_or(|l| l * share >= FROM_THE_FLOW_AT_LEAST));
        if worth_it {
            let until = left.map(|l| Instant::now() + Duration::from_secs_f64(l * share));
            plan(start, until)
        } else {
            None
        }
    } else {
        let until =
            remaining(limit, started).map(|l| Instant::now() + Duration::from_secs_f64(l / 4.0));
        // Without the LP to guide it (no time for it), the heuristic starts from the plan a
        // careful person makes by hand, so it is never worse than that one.
        let by_hand = (lp.is_none() && wanted.is_none()).then(|| {
            let mut by_hand = vec![None; instance.students.len()];
            for (s, w) in crate::greedy::greedy(instance, model) {
                if instance.students[s].pinned_wpb.is_none() {
                    by_hand[s] = Some(w);
                }
            }
            by_hand
        });
        plan(wanted.or(by_hand.as_deref()), until)
    };
    // The better of the seed plan and the LP-guided one.
    let seeded = seeded.filter(|_| !options.ablation.no_heuristic);
    let heuristic = match (heuristic, seeded) {
        (Some(a), Some(b)) if b.1 < a.1 - 1e-9 => Some(b),
        (None, b) => b,
        (a, _) => a,
    };
    // Under a short time limit, chains of moves place the heuristic plan's unplaced
    // (`chains`): milliseconds, where the programs after it need seconds for the same plan.
    // Without one the whole program finds it too, and a better start did not make it
    // reliably faster (`1000-tight` 49 to 84 s against 74 to 79 s).
    let heuristic = match (heuristic, short_limit(limit, started)) {
        (Some(plan), Some(left)) if !repair && !national && !options.ablation.no_chains => {
            let until = Instant::now() + Duration::from_secs_f64(left * chains::SHARE);
            Some(chains::improve(at, plan, pinned_cost, until)?)
        }
        (heuristic, _) => heuristic,
    };
    // The tie-break's cost of the free students, so that every objective compared after
    // this counts it.
    Ok(heuristic.map(|(plan, objective)| {
        let free = |s: usize| instance.students[s].pinned_wpb.is_none();
        let tie_break = options
            .prefer
            .as_ref()
            .map_or(0.0, |p| p.cost_of(instance, &plan, free));
        (plan, objective + tie_break)
    }))
}
