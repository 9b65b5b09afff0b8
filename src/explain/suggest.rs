//! Quantified suggestions: candidate changes from the bottlenecks and the funnel, ranked
//! cheaply by the max-flow gain, and the best few verified by re-solving.
//!
//! Verification re-solves the changed input with `pipeline::solve_and_check`. To keep it
//! fast on large instances, placed students far from the change keep their WPB (they are
//! pinned for the re-solve): every student the change or either minimum cut touches is
//! free, and so is everyone at a school those reach. The plan found is re-checked against
//! the changed input without those pins, so the gain it claims is always achievable; when
//! it reaches the flow bound of the changed input, no plan places more.

use super::bottleneck::Bottleneck;
use super::change::{swap_day, Change};
use super::flow::{self, Flow};
use crate::checker;
use crate::domain::{Instance, Model, Weekday};
use crate::pipeline;
use crate::report::unplaced::funnel;
use crate::rules::{self, Exclusion};
use crate::solve::SolveOptions;
use std::collections::BTreeSet;

/// The plan the suggestions improve on.
pub struct Base<'a> {
    pub placed: &'a [(usize, usize)],
    pub objective: f64,
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

/// Most students a suggested new WPB takes.
const NEW_WPB_STUDENTS: u32 = 2;

/// Candidate changes, each once, in a fixed order: per bottleneck, then per unplaced student.
pub fn candidates(
    instance: &Instance,
    model: &Model,
    flow: &Flow,
    bottlenecks: &[Bottleneck],
    unplaced: &[usize],
) -> Vec<Change> {
    let mut out: Vec<Change> = Vec::new();
    let mut push = |c: Change| {
        if !out.contains(&c) {
            out.push(c);
        }
    };
    for b in bottlenecks {
        for &(w, cap) in &b.full_wpbs {
            let wpb = &instance.supervisors[w];
            let heavy = heaviest(
                b,
                |s| flow.allowed[s].contains(&w),
                |s| model.tracks[instance.students[s].track].wpb_hours,
            );
            push(Change::WpbPlace {
                wpb: w,
                place: u64::from(wpb.max_students) <= cap.places,
                hours: needs_hours(wpb.max_hours, cap.places, heavy),
            });
        }
        for &(c, cap) in &b.full_schools {
            let school = &instance.schools[c];
            let at_c = |s: usize| {
                flow.allowed[s]
                    .iter()
                    .any(|&w| instance.supervisors[w].school == c)
            };
            let heavy = heaviest(b, at_c, |s| {
                model.tracks[instance.students[s].track].so_hours
            });
            push(Change::SchoolPlace {
                school: c,
                place: school
                    .max_students
                    .is_some_and(|n| u64::from(n) <= cap.places),
                hours: needs_hours(school.so_hours, cap.places, heavy),
            });
        }
        let full: BTreeSet<usize> = b.full_schools.iter().map(|&(c, _)| c).collect();
        for change in new_wpbs(instance, model, &b.students, &full) {
            push(change);
        }
    }
    let mut rule_blocked = Vec::new();
    for &s in unplaced {
        let (blocked, _) = funnel(instance, model, s);
        match blocked {
            Some(why) => {
                rule_blocked.push(s);
                if why == Exclusion::TravelTooLong {
                    if let Some(c) = travel_change(instance, model, s) {
                        push(c);
                    }
                }
                if why == Exclusion::AbsentOnStageDays {
                    for c in day_changes(model, instance.students[s].track) {
                        push(c);
                    }
                }
            }
            None => {
                if let Some(g) = &instance.students[s].group {
                    push(Change::SplitGroup { group: g.clone() });
                }
            }
        }
    }
    for change in new_wpbs(instance, model, &rule_blocked, &BTreeSet::new()) {
        push(change);
    }
    out
}

/// The heaviest hours per student among the bottleneck's students that `may_use` the place.
fn heaviest(b: &Bottleneck, may_use: impl Fn(usize) -> bool, hours: impl Fn(usize) -> f64) -> f64 {
    b.students
        .iter()
        .filter(|&&s| may_use(s))
        .map(|&s| hours(s))
        .fold(0.0, f64::max)
}

/// Hours to add so that one more student of `heavy` hours fits, or 0 when hours do not bind.
fn needs_hours(limit: Option<f64>, places: u64, heavy: f64) -> f64 {
    match limit {
        Some(h) if heavy > 0.0 && h + 1e-9 < (places + 1) as f64 * heavy => heavy,
        _ => 0.0,
    }
}

/// Per (subject, track) of `students`: one new WPB at the school, not in `avoid`, that rules
/// 3, 4 and 7 allow for most of them (the first such school on a tie).
fn new_wpbs(
    instance: &Instance,
    model: &Model,
    students: &[usize],
    avoid: &BTreeSet<usize>,
) -> Vec<Change> {
    let mut classes: Vec<(&str, usize)> = students
        .iter()
        .map(|&s| {
            (
                instance.students[s].subject.as_str(),
                instance.students[s].track,
            )
        })
        .collect();
    classes.sort_unstable();
    classes.dedup();
    let mut out = Vec::new();
    for (subject, track) in classes {
        let members: Vec<usize> = students
            .iter()
            .copied()
            .filter(|&s| {
                instance.students[s].subject == subject && instance.students[s].track == track
            })
            .collect();
        let best = (0..instance.schools.len())
            .filter(|c| !avoid.contains(c))
            .map(|c| {
                let n = members
                    .iter()
                    .filter(|&&s| rules::school_exclusion(instance, model, s, c).is_none())
                    .count();
                (n, c)
            })
            .filter(|&(n, _)| n > 0)
            .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        if let Some((n, c)) = best {
            out.push(Change::NewWpb {
                school: c,
                subject: subject.to_string(),
                days: model.tracks[track].days,
                students: (n as u32).min(NEW_WPB_STUDENTS),
            });
        }
    }
    out
}

/// The least travel limit, in whole 5 minutes, that opens a school where a WPB of the
/// student's subject is present on its days and rules 4 and 7 allow it.
fn travel_change(instance: &Instance, model: &Model, s: usize) -> Option<Change> {
    let student = &instance.students[s];
    let track = &model.tracks[student.track];
    let minutes = instance
        .supervisors
        .iter()
        .filter(|w| rules::wpb_exclusion(&student.subject, track, w).is_none())
        .map(|w| w.school)
        .filter(|&c| {
            rules::not_previous_school(model, student, c)
                && rules::not_excluded_school(student, c)
                && rules::paid_appointment_school(model, student, c)
        })
        .filter_map(|c| instance.travel.minutes(s, c))
        .fold(f64::INFINITY, f64::min);
    minutes.is_finite().then(|| Change::TravelLimit {
        minutes: (minutes / 5.0).ceil() * 5.0,
    })
}

/// Every way to replace one stage day of the track by a day it does not have.
fn day_changes(model: &Model, track: usize) -> Vec<Change> {
    let days = model.tracks[track].days;
    let mut out = Vec::new();
    for drop in days.iter() {
        for add in Weekday::ALL
            .into_iter()
            .filter(|d| !days.iter().any(|x| x == *d))
        {
            if !swap_day(days, drop, add).is_empty() {
                out.push(Change::TrackDays { track, drop, add });
            }
        }
    }
    out
}

/// Extra students the changed input's flow places: the cheap estimate. A group split is
/// invisible to the flow (it ignores groups), so it counts the group's members.
pub fn estimate(
    instance: &Instance,
    model: &Model,
    flow: &Flow,
    change: &Change,
) -> (u64, Option<Flow>) {
    if let Change::SplitGroup { group } = change {
        let members = instance
            .students
            .iter()
            .filter(|s| s.group.as_deref() == Some(group.as_str()))
            .count();
        return (members as u64, None);
    }
    let (inst, m) = change.apply(instance, model);
    let after = flow::max_flow(&inst, &m);
    (after.placed.saturating_sub(flow.placed), Some(after))
}

/// Re-solves the changed input with the students far from the change kept in place.
pub fn verify(
    instance: &Instance,
    model: &Model,
    base: &Base,
    flow: &Flow,
    change: &Change,
    after: Option<&Flow>,
) -> Option<Suggestion> {
    let (inst, m) = change.apply(instance, model);
    let after_flow;
    let after = match after {
        Some(f) => f,
        None => {
            after_flow = flow::max_flow(&inst, &m);
            &after_flow
        }
    };
    let free = free_students(instance, &inst, base, flow, after, change);
    let mut pinned = inst.clone();
    for &(s, w) in base.placed {
        if !free.contains(&s) {
            pinned.students[s].pinned_wpb = Some(w);
        }
    }
    let outcome = pipeline::solve_and_check(&pinned, &m, &SolveOptions::default()).ok()?;
    // The pins were ours: the plan must hold every rule of the changed input without them.
    let verdict = checker::check_plan(&inst, &m, &pipeline::plan_rows(&inst, &outcome.solved));
    if !verdict.violations.is_empty() {
        return None;
    }
    let before: BTreeSet<usize> = base.placed.iter().map(|&(s, _)| s).collect();
    let after_set: BTreeSet<usize> = verdict.placed.iter().map(|&(s, _)| s).collect();
    let newly_placed: Vec<usize> = after_set.difference(&before).copied().collect();
    let no_longer_placed: Vec<usize> = before.difference(&after_set).copied().collect();
    let gain = verdict.placed.len() as i64 - base.placed.len() as i64;
    Some(Suggestion {
        change: change.clone(),
        estimate: after.placed.saturating_sub(flow.placed),
        gain,
        newly_placed,
        no_longer_placed,
        objective_after: verdict.objective,
        proven_best: verdict.placed.len() as u64 >= after.placed,
    })
}

/// Students the re-solve may move: the unplaced, both minimum cuts, students whose allowed
/// WPBs the change alters, members of a split group, and everyone placed at a school or
/// with a WPB that one of those can reach.
fn free_students(
    instance: &Instance,
    changed: &Instance,
    base: &Base,
    before: &Flow,
    after: &Flow,
    change: &Change,
) -> BTreeSet<usize> {
    let n = instance.students.len();
    let placed: BTreeSet<usize> = base.placed.iter().map(|&(s, _)| s).collect();
    let mut free: BTreeSet<usize> = (0..n)
        .filter(|&s| {
            !placed.contains(&s)
                || before.student_cut[s]
                || after.student_cut[s]
                || before.allowed[s] != after.allowed[s]
        })
        .collect();
    if let Change::SplitGroup { group } = change {
        free.extend(
            (0..n).filter(|&s| instance.students[s].group.as_deref() == Some(group.as_str())),
        );
    }
    let mut schools: BTreeSet<usize> = BTreeSet::new();
    for &s in &free {
        schools.extend(
            after.allowed[s]
                .iter()
                .map(|&w| changed.supervisors[w].school),
        );
    }
    if let Change::WpbPlace { wpb, .. } = change {
        schools.insert(instance.supervisors[*wpb].school);
    }
    if let Change::SchoolPlace { school, .. } = change {
        schools.insert(*school);
    }
    for &(s, w) in base.placed {
        if schools.contains(&instance.supervisors[w].school) {
            free.insert(s);
        }
    }
    free
}

/// Ranks every candidate by its estimate and verifies the best `verify_top` of those with
/// a positive estimate; returns the verified suggestions, best first, and how many
/// candidates were considered.
pub fn suggestions(
    instance: &Instance,
    model: &Model,
    base: &Base,
    flow: &Flow,
    bottlenecks: &[Bottleneck],
    unplaced: &[usize],
    verify_top: usize,
) -> (Vec<Suggestion>, usize) {
    if verify_top == 0 {
        return (Vec::new(), 0);
    }
    let all = candidates(instance, model, flow, bottlenecks, unplaced);
    let considered = all.len();
    let mut ranked: Vec<(u64, usize, Change, Option<Flow>)> = all
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            let (est, after) = estimate(instance, model, flow, &c);
            (est, i, c, after)
        })
        .filter(|(est, ..)| *est > 0)
        .collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut out: Vec<Suggestion> = ranked
        .iter()
        .take(verify_top)
        .filter_map(|(_, _, c, after)| verify(instance, model, base, flow, c, after.as_ref()))
        .filter(|s| s.gain > 0)
        .collect();
    out.sort_by(|a, b| {
        b.gain
            .cmp(&a.gain)
            .then(a.objective_after.total_cmp(&b.objective_after))
    });
    (out, considered)
}
