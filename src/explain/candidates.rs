//! Candidate changes, each from a bottleneck or a rule reason: more room at a full WPB or
//! school, a new WPB where the blocked students may go, a longer travel limit, another
//! stage day for a track, or a group split.

use super::bottleneck::Bottleneck;
use super::change::{swap_day, Change};
use super::flow::Flow;
use crate::domain::{Instance, Model, Weekday};
use crate::rules::{self, funnel, Exclusion};
use std::collections::BTreeSet;

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
