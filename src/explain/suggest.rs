//! Quantified suggestions: candidate changes from the bottlenecks and the funnel
//! (`candidates`), ranked cheaply by the max-flow gain, and the best few verified by
//! re-solving (`verify`).

use super::bottleneck::Bottleneck;
use super::candidates::candidates;
use super::change::Change;
use super::flow::{self, Flow};
use super::reasons::PlanLoad;
use super::verify::{verify, Base, FlowAfter, Suggestion, Verified};
use super::DiagnoseOptions;
use crate::capacity::augment;
use crate::domain::{Instance, Model};
use crate::rules;
use rayon::prelude::*;
use std::borrow::Cow;
use std::time::{Duration, Instant};

/// The allowed WPBs after a change, recomputed only where the change can alter them; the
/// same lists, not a copy, where it cannot (20,000 students: millions of pairs).
fn allowed_after<'a>(
    inst: &Instance,
    model: &Model,
    before: &'a [Vec<usize>],
    change: &Change,
) -> Cow<'a, [Vec<usize>]> {
    Cow::Owned(match change {
        Change::WpbPlace { .. } | Change::SchoolPlace { .. } | Change::SplitGroup { .. } => {
            return Cow::Borrowed(before)
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
    })
}

/// The cheap estimates of a change: `direct`, the unplaced students (not in a group) that
/// could take free room in the current plan without anyone moving, and `flow`, the extra
/// students the changed input's flow places. A group split is invisible to the flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Estimate {
    pub direct: u64,
    pub flow: u64,
}

impl Estimate {
    /// The ranking key: the larger estimate first (the flow's is optimistic where groups
    /// or hours bind, the direct one pessimistic where others must move), then the direct.
    fn key(self) -> (u64, u64) {
        (self.direct.max(self.flow), self.direct)
    }
}

/// Applies a change and estimates it; returns the changed input and its flow too.
pub fn estimate(
    instance: &Instance,
    model: &Model,
    base: &Base,
    flow: &Flow,
    change: &Change,
) -> (Estimate, (Instance, Model), Flow) {
    let (inst, m) = change.apply(instance, model);
    let after = changed_flow(&inst, &m, flow, change);
    let load = PlanLoad::of(&inst, &m, base.placed);
    let unplaced = super::unplaced_of(&inst, base.placed);
    let displaced = displaced(base.placed, &after.allowed);
    let estimate = Estimate {
        direct: direct_gain(&inst, &m, load, &unplaced, &after.allowed, displaced),
        flow: after.placed.saturating_sub(flow.placed),
    };
    (estimate, (inst, m), after)
}

/// The maximum flow of the changed input `inst`, `m`.
fn changed_flow(inst: &Instance, m: &Model, flow: &Flow, change: &Change) -> Flow {
    let allowed = allowed_after(inst, m, &flow.allowed, change).into_owned();
    flow::max_flow_with(inst, m, allowed)
}

/// Augmenting paths a ranking follows before a flow from scratch is the quicker way.
const AUGMENT_AT_MOST: u64 = 32;

/// What ranking every candidate shares, found once: the plan's load and unplaced students,
/// and which single places the base flow can use (`augment::Reach`).
pub struct Ranking {
    load: PlanLoad,
    unplaced: Vec<usize>,
    /// The plan's students that the base flow's pairs do not allow (see `displaced`).
    displaced: u64,
    reach: Option<augment::Reach>,
}

impl Ranking {
    pub fn of(instance: &Instance, model: &Model, base: &Base, flow: &Flow) -> Ranking {
        Ranking {
            load: PlanLoad::of(instance, model, base.placed),
            unplaced: super::unplaced_of(instance, base.placed),
            displaced: displaced(base.placed, &flow.allowed),
            reach: augment::Reach::of(flow, instance, model, &flow.allowed),
        }
    }

    /// The plan's load in the changed input: the same where the change leaves the WPBs,
    /// the groups and the hours as they were.
    fn load_after(&self, inst: &Instance, m: &Model, base: &Base, change: &Change) -> PlanLoad {
        match change {
            Change::WpbPlace { .. }
            | Change::SchoolPlace { .. }
            | Change::TravelLimit { .. }
            | Change::TrackDays { .. } => self.load.clone(),
            Change::NewWpb { .. } | Change::SplitGroup { .. } => PlanLoad::of(inst, m, base.placed),
        }
    }

    /// The flow's gain where it is known without a flow: none for a group's split (the
    /// flow ignores groups), and `Reach`'s where the change adds a place at one WPB or
    /// school.
    fn known_gain(&self, inst: &Instance, change: &Change) -> Option<u64> {
        match *change {
            Change::SplitGroup { .. } => Some(0),
            Change::WpbPlace { wpb, .. } => self.reach.as_ref()?.wpb_gain(inst, wpb),
            Change::SchoolPlace { school, .. } => self.reach.as_ref()?.school_gain(inst, school),
            _ => None,
        }
    }
}

/// As `estimate`, without the changed flow itself: where the flow's gain is known
/// (`Ranking::known_gain`), that; where the change only adds room, the gain is found by
/// augmenting the base flow (`augment`), not by a flow from scratch. The same numbers as
/// `estimate` (a maximum flow's value is unique). `scratch` is a copy of `instance` that a
/// change raising one WPB's or school's limits is applied to and taken back from.
#[allow(clippy::too_many_arguments)]
pub fn ranking_estimate(
    instance: &Instance,
    model: &Model,
    base: &Base,
    flow: &Flow,
    ranking: &Ranking,
    change: &Change,
    scratch: &mut Instance,
) -> Estimate {
    if let Some(raised) = change.raise_in_place(scratch) {
        let estimate = estimate_changed(scratch, model, base, flow, ranking, change);
        raised.undo(scratch);
        return estimate;
    }
    let (inst, m) = change.apply(instance, model);
    estimate_changed(&inst, &m, base, flow, ranking, change)
}

/// `ranking_estimate` of the changed input `inst`, `m`.
fn estimate_changed(
    inst: &Instance,
    m: &Model,
    base: &Base,
    flow: &Flow,
    ranking: &Ranking,
    change: &Change,
) -> Estimate {
    let allowed = allowed_after(inst, m, &flow.allowed, change);
    let load = ranking.load_after(inst, m, base, change);
    // The same pairs as the base flow's: the same students displaced, counted once.
    let displaced = match &allowed {
        Cow::Borrowed(_) => ranking.displaced,
        Cow::Owned(pairs) => displaced(base.placed, pairs),
    };
    let direct = direct_gain(inst, m, load, &ranking.unplaced, &allowed, displaced);
    let extra = ranking
        .known_gain(inst, change)
        .or_else(|| augment::extra_placed(flow, inst, m, &allowed, AUGMENT_AT_MOST))
        .unwrap_or_else(|| {
            let after = flow::max_flow_with(inst, m, allowed.into_owned());
            after.placed.saturating_sub(flow.placed)
        });
    Estimate {
        direct,
        flow: extra,
    }
}

/// The placed students whose WPB `allowed` no longer allows (a track that loses a day):
/// they must move or drop out.
fn displaced(placed: &[(usize, usize)], allowed: &[Vec<usize>]) -> u64 {
    placed
        .iter()
        .filter(|(s, w)| !allowed[*s].contains(w))
        .count() as u64
}

/// Unplaced students without a group, in order, each given an allowed WPB that still has
/// room in the plan (`load`): a gain reachable without moving anyone. Less the `displaced`.
fn direct_gain(
    inst: &Instance,
    m: &Model,
    mut load: PlanLoad,
    unplaced: &[usize],
    allowed: &[Vec<usize>],
    displaced: u64,
) -> u64 {
    let mut gain: u64 = 0;
    for &s in unplaced {
        if inst.students[s].group.is_some() {
            continue;
        }
        let free = allowed[s]
            .iter()
            .copied()
            .find(|&w| load.has_room(inst, m, s, w));
        if let Some(w) = free {
            load.add(inst, m, s, w);
            gain += 1;
        }
    }
    gain.saturating_sub(displaced)
}

/// What the suggestions came to.
pub struct Found {
    /// Verified changes that place more students, best first.
    pub suggestions: Vec<Suggestion>,
    /// Candidate changes considered.
    pub candidates: usize,
    /// Of the best `verify_top`, those the time did not allow to rank or verify.
    pub out_of_time: usize,
    /// True when the time given was too short for any candidate (see `no_time_for_any`):
    /// none was listed.
    pub none_in_time: bool,
}

/// Ranking then stops before it starts (it leaves 1.5 flows' time and half a flow's
/// reserve to verifying, `rank_and_verify`): when one flow alone takes more than half the
/// time given (a national instance under a short limit), no candidate is ranked, and
/// listing them would only spend the time (1 s at 20,000 students).
fn no_time_for_any(flow: &Flow, options: &DiagnoseOptions) -> bool {
    options.seconds.is_some_and(|s| 2.0 * flow.seconds > s)
}

/// Ranks every candidate by its estimates (see `Estimate::key`) and verifies the best
/// `verify_top` with a positive estimate, within `options.seconds`.
pub fn suggestions(
    instance: &Instance,
    model: &Model,
    base: &Base,
    flow: &Flow,
    bottlenecks: &[Bottleneck],
    unplaced: &[usize],
    options: &DiagnoseOptions,
) -> Found {
    if options.verify_top == 0 {
        return Found {
            suggestions: Vec::new(),
            candidates: 0,
            out_of_time: 0,
            none_in_time: false,
        };
    }
    if no_time_for_any(flow, options) {
        return Found {
            suggestions: Vec::new(),
            candidates: 0,
            out_of_time: options.verify_top,
            none_in_time: true,
        };
    }
    let all: Vec<(bool, Change)> = candidates(instance, model, flow, bottlenecks, unplaced)
        .into_iter()
        .map(|c| (false, c))
        .collect();
    let considered = all.len();
    let (suggestions, out_of_time) = rank_and_verify(instance, model, base, flow, all, options);
    Found {
        suggestions,
        candidates: considered,
        out_of_time,
        none_in_time: false,
    }
}

/// Verified changes from the candidates for student `s` alone, those placing `s` first.
pub fn for_student(
    instance: &Instance,
    model: &Model,
    base: &Base,
    flow: &Flow,
    bottlenecks: &[Bottleneck],
    s: usize,
    options: &DiagnoseOptions,
) -> Vec<Suggestion> {
    // Only the student's own part of its bottleneck: its class, its full WPBs and schools.
    let st = &instance.students[s];
    let schools: Vec<usize> = flow.allowed[s]
        .iter()
        .map(|&w| instance.supervisors[w].school)
        .collect();
    let held: Vec<Bottleneck> = super::bottleneck::holding(bottlenecks, s)
        .map(|b| {
            let mut own = b.clone();
            own.students.retain(|&k| {
                let other = &instance.students[k];
                other.subject == st.subject && other.track == st.track
            });
            own.full_wpbs.retain(|(w, _)| flow.allowed[s].contains(w));
            own.full_schools.retain(|(c, _)| schools.contains(c));
            own
        })
        .into_iter()
        .collect();
    // Changes that give the student room in the plan as it is come first.
    let all: Vec<(bool, Change)> = candidates(instance, model, flow, &held, &[s])
        .into_iter()
        .map(|c| {
            let (inst, m) = c.apply(instance, model);
            let allowed = allowed_after(&inst, &m, &flow.allowed, &c);
            let load = PlanLoad::of(&inst, &m, base.placed);
            let room = allowed[s].iter().any(|&w| load.has_room(&inst, &m, s, w));
            (room, c)
        })
        .collect();
    let (mut out, _) = rank_and_verify(instance, model, base, flow, all, options);
    // Those that place this student first; the order is otherwise kept.
    out.sort_by_key(|x| !x.newly_placed.contains(&s));
    out
}

/// A local re-solve's own work before HiGHS's limit counts (copying and pinning the input,
/// its eligibility and LP, checking its plan), in flows' time: 20,000 students, 0.95 to
/// 1.38 s for the whole re-solve of a split against a flow of 2.6 s.
const SETUP_FLOWS: f64 = 0.5;

/// Ranks candidates, those marked first, then by their estimates, and verifies the best
/// `verify_top` side by side (one HiGHS per core), all within `options.seconds`; returns
/// those that place more students, best first, and how many of the best the time left out.
fn rank_and_verify(
    instance: &Instance,
    model: &Model,
    base: &Base,
    flow: &Flow,
    all: Vec<(bool, Change)>,
    options: &DiagnoseOptions,
) -> (Vec<Suggestion>, usize) {
    let full = instance.students.len() <= options.full_resolve_students;
    let log = |line: String| {
        if let Some(log) = options.log {
            log(&line);
        }
    };
    let started = Instant::now();
    // A re-solve's own work before HiGHS's limit counts may end after the deadline, so
    // that much is kept in reserve.
    let seconds = options
        .seconds
        .map(|s| (s - SETUP_FLOWS * flow.seconds).max(0.0));
    let deadline = seconds.map(|s| started + Duration::from_secs_f64(s));
    let past = |at: Option<Instant>| at.is_some_and(|d| Instant::now() >= d);
    // Ranking takes at most half the time, and leaves verifying the time of two rounds of
    // re-solves whose gain the ranking knows: verifying is what the user reads (20,000
    // students at 120 s: 1,090 candidates ranked in half the time, 7.3 s, left none
    // verified).
    let rank_until = seconds.map(|s| {
        let ranking = (s / 2.0).min(s - 1.5 * flow.seconds).max(0.0);
        started + Duration::from_secs_f64(ranking)
    });
    let considered = all.len();
    if no_time_for_any(flow, options) {
        return (Vec::new(), options.verify_top.min(considered));
    }
    let ranking = Ranking::of(instance, model, base, flow);
    // The estimates run side by side, one per core, each worker with its own copy of the
    // instance to raise limits in. `None`: not estimated in time.
    let estimated: Vec<Option<(Estimate, usize, Change, bool)>> = all
        .into_par_iter()
        .enumerate()
        .map_init(
            || instance.clone(),
            |scratch, (i, (first, c))| {
                if past(rank_until) {
                    return None;
                }
                Some((
                    ranking_estimate(instance, model, base, flow, &ranking, &c, scratch),
                    i,
                    c,
                    first,
                ))
            },
        )
        .collect();
    let estimates = estimated.iter().filter(|e| e.is_some()).count();
    let ranked_all = estimates == considered;
    let mut ranked: Vec<(Estimate, usize, Change, bool)> = estimated
        .into_iter()
        .flatten()
        .filter(|(est, _, c, _)| {
            est.direct > 0 || est.flow > 0 || matches!(c, Change::SplitGroup { .. })
        })
        .collect();
    ranked.sort_by(|a, b| (b.3, b.0.key()).cmp(&(a.3, a.0.key())).then(a.1.cmp(&b.1)));
    if options.log.is_some() {
        log(format!(
            "{estimates} of {considered} candidates estimated in {:.2} s (of {:.2} s; a flow {:.2} s)",
            started.elapsed().as_secs_f64(),
            seconds.unwrap_or(f64::INFINITY),
            flow.seconds
        ));
        for (est, _, c, _) in ranked.iter().take(40) {
            log(format!("candidate {c:?} {est:?}"));
        }
    }
    let top: Vec<&(Estimate, usize, Change, bool)> =
        ranked.iter().take(options.verify_top).collect();
    let outcomes: Vec<Verified> = top
        .par_iter()
        .map(|(est, _, c, _)| {
            let left =
                || deadline.map(|d| d.saturating_duration_since(Instant::now()).as_secs_f64());
            // A change whose flow is known (`Ranking::known_gain`) needs no flow of its own
            // first; any other runs one. The re-solve then gets what is left less its setup
            // (`SETUP_FLOWS`), and none with less than a flow's time before it starts.
            let (changed, quick) = {
                let (inst, m) = c.apply(instance, model);
                let quick = ranking.known_gain(&inst, c);
                ((inst, m), quick)
            };
            let flows_first = if quick.is_some() { 1.0 } else { 2.0 };
            if left().is_some_and(|l| l <= flows_first * flow.seconds) {
                return Verified::OutOfTime;
            }
            let after_flow;
            let (changed, after) = match quick {
                Some(gain) => {
                    let after = FlowAfter {
                        allowed: &flow.allowed,
                        placed: flow.placed + gain,
                    };
                    (changed, after)
                }
                None => {
                    after_flow = changed_flow(&changed.0, &changed.1, flow, c);
                    (changed, FlowAfter::from(&after_flow))
                }
            };
            let setup = SETUP_FLOWS * flow.seconds;
            let left = left().map(|l| l - setup);
            if left.is_some_and(|l| l <= setup) {
                return Verified::OutOfTime;
            }
            let at = Instant::now();
            let (inst, m) = (&changed.0, &changed.1);
            let verified = verify(instance, (inst, m), base, &after, c, est.flow, full, left);
            if options.log.is_some() {
                log(format!(
                    "verified {c:?} ({est:?}) in {:.2} s: {}",
                    at.elapsed().as_secs_f64(),
                    verified.describe()
                ));
            }
            verified
        })
        .collect();
    let mut out_of_time = outcomes
        .iter()
        .filter(|v| matches!(v, Verified::OutOfTime))
        .count();
    if !ranked_all && ranked.len() < options.verify_top {
        out_of_time += options.verify_top - ranked.len();
    }
    let mut out: Vec<Suggestion> = outcomes
        .into_iter()
        .filter_map(|v| match v {
            Verified::Gain(s) if s.gain > 0 => Some(s),
            _ => None,
        })
        .collect();
    out.sort_by(|a, b| {
        b.gain
            .cmp(&a.gain)
            .then(a.objective_after.total_cmp(&b.objective_after))
    });
    (out, out_of_time)
}

#[cfg(test)]
mod tests {
    use super::{estimate, Estimate};
    use crate::domain::Weekday;
    use crate::explain::change::Change;
    use crate::explain::flow;
    use crate::explain::verify::Base;
    use crate::testkit::{instance, model, school, student, wpb};

    /// S1 is with W1, S2 is unplaced: W2 (ma|di) is not there on wo, a day of the track.
    fn estimate_of_wo_to_di(w1_days: &str) -> Estimate {
        let inst = instance(
            vec![school("A", &["havo"])],
            vec![
                wpb("W1", 0, &["biologie"], w1_days),
                wpb("W2", 0, &["biologie"], "ma|di"),
            ],
            vec![student("S1", 0, "biologie"), student("S2", 0, "biologie")],
            30.0,
        );
        let m = model();
        let before = flow::max_flow(&inst, &m);
        let base = Base {
            placed: &[(0, 0)],
            objective: 0.0,
            allowed: &before.allowed,
            model: &m,
        };
        let change = Change::TrackDays {
            track: 0,
            drop: Weekday::Wed,
            add: Weekday::Tue,
        };
        estimate(&inst, &m, &base, &before, &change).0
    }

    #[test]
    fn a_change_that_takes_a_placed_students_wpb_gains_nothing_directly() {
        // The track on ma|di gives S2 room at W2, but takes W1 (ma|wo) from S1.
        assert_eq!(
            estimate_of_wo_to_di("ma|wo"),
            Estimate { direct: 0, flow: 0 }
        );
        // With W1 there on di too, S1 stays and S2 takes W2.
        assert_eq!(
            estimate_of_wo_to_di("ma|di|wo"),
            Estimate { direct: 1, flow: 1 }
        );
    }
}
