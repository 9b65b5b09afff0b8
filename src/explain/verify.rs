//! Verifying a change by re-solving the changed input with `pipeline::solve_and_check`.
//!
//! Up to `DiagnoseOptions::full_resolve_students` students (100 by default) the whole
//! changed input is re-solved: the gain and the objective are those of the new optimum.
//! Larger inputs are re-solved locally,
//! so that a diagnosis costs less than the solve: only the students at the schools the
//! change touches, and the unplaced students who may go there, are free; every other
//! placed student keeps their WPB (pinned for the re-solve) and every other unplaced
//! student stays unplaced. The gain found is then achievable but may be less than the
//! optimum's. Either way the plan is re-checked against the changed input without those
//! pins, and when it reaches the changed input's flow bound no plan places more.

use super::change::Change;
use super::flow::Flow;
use crate::checker;
use crate::domain::{Instance, Model};
use crate::pipeline;
use crate::solve::{SolveOptions, SolveStatus};
use std::collections::BTreeSet;

/// The plan the suggestions improve on.
pub struct Base<'a> {
    /// (student, WPB) of each placement, and the plan's objective.
    pub placed: &'a [(usize, usize)],
    pub objective: f64,
    /// Allowed WPBs per student before any change (the base flow's).
    pub allowed: &'a [Vec<usize>],
}

/// A change, verified by re-solving.
#[derive(Debug, Clone)]
pub struct Suggestion {
    /// The change, as data.
    pub change: Change,
    /// Extra students the changed input's flow places: an upper bound when hours and groups do not bind.
    pub estimate: u64,
    /// Extra students placed in the re-solved, re-checked plan.
    pub gain: i64,
    /// Students placed by the re-solved plan that the base plan left unplaced.
    pub newly_placed: Vec<usize>,
    /// Students the base plan placed that the re-solved plan leaves unplaced.
    pub no_longer_placed: Vec<usize>,
    /// The objective of the re-solved plan.
    pub objective_after: f64,
    /// True when the gain reaches the flow bound: no plan with this change places more.
    pub proven_best: bool,
}

/// What verifying one change came to.
pub enum Verified {
    /// Re-solved and re-checked: the suggestion with its gain (which may be 0 or less).
    Gain(Suggestion),
    /// The changed input gave no checked plan (a bug, or pins the change breaks).
    NoPlan,
    /// The re-solve did not finish within the time the diagnosis had left.
    OutOfTime,
}

impl Verified {
    /// For the developers' log.
    pub fn describe(&self) -> String {
        match self {
            Verified::Gain(s) => format!("gain {}", s.gain),
            Verified::NoPlan => "no plan".into(),
            Verified::OutOfTime => "out of time".into(),
        }
    }
}

/// Re-solves the changed input (`changed`, with its flow `after`) and measures the gain,
/// within `seconds` when given. The re-solve starts from the base plan: a change only adds
/// room, so most of the plan still holds and HiGHS starts with a good plan in hand.
#[allow(clippy::too_many_arguments)]
pub fn verify(
    instance: &Instance,
    changed: (&Instance, &Model),
    base: &Base,
    after: &Flow,
    change: &Change,
    estimate: u64,
    full: bool,
    seconds: Option<f64>,
) -> Verified {
    let (inst, m) = changed;
    let mut kept = inst.clone();
    if !full {
        let free = free_students(instance, inst, base, after, change);
        let placed: BTreeSet<usize> = base.placed.iter().map(|&(s, _)| s).collect();
        for &(s, w) in base.placed {
            if !free.contains(&s) {
                kept.students[s].pinned_wpb = Some(w);
            }
        }
        // Unplaced students far from the change stay unplaced: no school is open to them.
        let every_school: Vec<usize> = (0..inst.schools.len()).collect();
        for s in (0..inst.students.len()).filter(|s| !placed.contains(s) && !free.contains(s)) {
            kept.students[s].excluded_schools = every_school.clone();
        }
    }
    let mut start = vec![None; inst.students.len()];
    for &(s, w) in base.placed {
        start[s] = Some(w);
    }
    let options = SolveOptions {
        time_limit_seconds: seconds,
        start: Some(start),
        without_flow: true,
        ..SolveOptions::default()
    };
    let outcome = match pipeline::solve_and_check(&kept, m, &options) {
        Ok(o) if o.solved.status == SolveStatus::Optimal => o,
        Ok(_) => return Verified::OutOfTime,
        Err(_) => return Verified::NoPlan,
    };
    // The pins and exclusions were ours: the plan must hold every rule of the changed input.
    let verdict = checker::check_plan(inst, m, &pipeline::plan_rows(inst, &outcome.solved));
    if !verdict.violations.is_empty() {
        return Verified::NoPlan;
    }
    let before: BTreeSet<usize> = base.placed.iter().map(|&(s, _)| s).collect();
    let now: BTreeSet<usize> = verdict.placed.iter().map(|&(s, _)| s).collect();
    Verified::Gain(Suggestion {
        change: change.clone(),
        estimate,
        gain: now.len() as i64 - before.len() as i64,
        newly_placed: now.difference(&before).copied().collect(),
        no_longer_placed: before.difference(&now).copied().collect(),
        objective_after: verdict.objective,
        proven_best: now.len() as u64 >= after.placed,
    })
}

/// Schools a change opens or enlarges.
fn touched_schools(
    instance: &Instance,
    changed: &Instance,
    after: &Flow,
    base_allowed: &[Vec<usize>],
    change: &Change,
) -> BTreeSet<usize> {
    let mut schools = BTreeSet::new();
    match change {
        Change::WpbPlace { wpb, .. } => {
            schools.insert(instance.supervisors[*wpb].school);
        }
        Change::SchoolPlace { school, .. } | Change::NewWpb { school, .. } => {
            schools.insert(*school);
        }
        Change::SplitGroup { group } => {
            for (s, st) in instance.students.iter().enumerate() {
                if st.group.as_deref() == Some(group.as_str()) {
                    schools.extend(
                        after.allowed[s]
                            .iter()
                            .map(|&w| changed.supervisors[w].school),
                    );
                }
            }
        }
        Change::TravelLimit { .. } | Change::TrackDays { .. } => {}
    }
    // Where a student's allowed WPBs changed, the schools of the WPBs gained or lost.
    for (s, now) in after.allowed.iter().enumerate() {
        let was = &base_allowed[s];
        if now != was {
            let differ = now
                .iter()
                .filter(|w| !was.contains(w))
                .chain(was.iter().filter(|w| !now.contains(w)));
            schools.extend(differ.map(|&w| changed.supervisors[w].school));
        }
    }
    schools
}

/// The students a local re-solve may move: those placed at a touched school, the
/// unplaced who may go to one, and everyone whose allowed WPBs the change alters.
fn free_students(
    instance: &Instance,
    changed: &Instance,
    base: &Base,
    after: &Flow,
    change: &Change,
) -> BTreeSet<usize> {
    let schools = touched_schools(instance, changed, after, base.allowed, change);
    let placed: BTreeSet<usize> = base.placed.iter().map(|&(s, _)| s).collect();
    let mut free: BTreeSet<usize> = base
        .placed
        .iter()
        .filter(|&&(_, w)| schools.contains(&instance.supervisors[w].school))
        .map(|&(s, _)| s)
        .collect();
    for s in 0..instance.students.len() {
        let may_go = after.allowed[s]
            .iter()
            .any(|&w| schools.contains(&changed.supervisors[w].school));
        if (!placed.contains(&s) && may_go) || after.allowed[s] != base.allowed[s] {
            free.insert(s);
        }
    }
    // A group moves together: free one member, free them all.
    let groups: BTreeSet<&str> = free
        .iter()
        .filter_map(|&s| instance.students[s].group.as_deref())
        .collect();
    for (s, st) in instance.students.iter().enumerate() {
        if st.group.as_deref().is_some_and(|g| groups.contains(g)) {
            free.insert(s);
        }
    }
    free
}
