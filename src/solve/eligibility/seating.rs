//! Whether a unit of students can each get a fitting WPB at one school, within what is left
//! of every capacity: a small exact search over the school's own WPBs.

use super::Eligibility;
use crate::domain::{group_so_hours, Instance, Model};
use crate::solve::pins::Residual;
use std::collections::BTreeMap;

/// `class_seats` of every class at every school, `[class][school]`: once per (class,
/// school), for the eligibility's group checks; a national instance has millions of
/// (student, school) pairs but a few thousand of these.
pub(super) fn class_seats_table(
    instance: &Instance,
    model: &Model,
    elig: &Eligibility,
    residual: &Residual,
) -> Vec<Vec<usize>> {
    (0..elig.classes.len())
        .map(|k| {
            (0..instance.schools.len())
                .map(|c| class_seats(model, elig, residual, k, c))
                .collect()
        })
        .collect()
}

/// How many students of class `k` the WPBs at school `c` can still take, each within its
/// remaining students and hours.
pub(crate) fn class_seats(
    model: &Model,
    elig: &Eligibility,
    residual: &Residual,
    k: usize,
    c: usize,
) -> usize {
    let hours = model.tracks[elig.classes[k].track].wpb_hours;
    let wpbs = elig.classes[k].wpbs_at_school(c);
    wpbs.iter()
        .map(|&w| {
            let n = residual.room.wpb_students[w] as usize;
            match (residual.room.wpb_hours[w], hours > 0.0) {
                (Some(h), true) => n.min(((h + 1e-9) / hours).floor().max(0.0) as usize),
                _ => n,
            }
        })
        .sum()
}

/// Pairs of groups of different classes per school whose seating is searched for rival
/// rows; national instances have millions of such pairs, most of which fit.
pub(super) const RIVAL_SEARCHES: usize = 5_000;

/// The same over all schools: a national instance (400 schools) would search 2 million
/// pairs, 2 s; 3,000 students at 80 schools search 111,896.
pub(super) const RIVAL_SEARCHES_IN_ALL: usize = 200_000;

/// Search nodes `fits_alone` may visit; past this it answers "fits", which is always safe
/// (the school stays open and no rival row is added).
const SEATING_BUDGET: usize = 20_000;

/// The SO hours a unit costs its school (rule 6): its members' hours, and for a group
/// the group's own hours once.
pub(crate) fn unit_so_hours(instance: &Instance, model: &Model, unit: &[usize]) -> f64 {
    let members: f64 = unit
        .iter()
        .map(|&s| model.tracks[instance.students[s].track].so_hours)
        .sum();
    let group = match instance.students[unit[0]].group {
        Some(_) => group_so_hours(instance, model, unit),
        None => 0.0,
    };
    members + group
}

/// True when every member can have its own fitting WPB at school `c`, within the WPBs'
/// and the school's remaining students and hours (`so_hours`: what the unit costs the
/// school). A depth-first search in which members
/// of one class take WPBs in non-decreasing order, so no seating is tried twice. It looks
/// only at the school's own WPBs of the members' classes: called for every unit and
/// school, anything more grows with the size of the whole instance.
pub(super) fn fits_alone(
    model: &Model,
    elig: &Eligibility,
    residual: &Residual,
    unit: &[usize],
    so_hours: f64,
    c: usize,
) -> bool {
    if residual.room.school_students[c].is_some_and(|n| (n as usize) < unit.len())
        || residual.room.school_hours[c].is_some_and(|h| h + 1e-9 < so_hours)
    {
        return false;
    }
    let mut classes: Vec<usize> = unit.iter().filter_map(|&s| elig.class_of[s]).collect();
    if classes.len() < unit.len() {
        return false;
    }
    classes.sort_unstable();
    let mut seating = Seating {
        hours: classes
            .iter()
            .map(|&k| model.tracks[elig.classes[k].track].wpb_hours)
            .collect(),
        candidates: Vec::new(),
        left: Vec::new(),
        budget: SEATING_BUDGET,
    };
    let mut local: BTreeMap<usize, usize> = BTreeMap::new();
    for &k in &classes {
        let here = elig.classes[k].wpbs_at_school(c);
        let list = here
            .iter()
            .map(|&w| {
                *local.entry(w).or_insert_with(|| {
                    seating
                        .left
                        .push((residual.room.wpb_students[w], residual.room.wpb_hours[w]));
                    seating.left.len() - 1
                })
            })
            .collect();
        seating.candidates.push(list);
    }
    seating.seat(&classes, 0, 0)
}

/// The search state of `fits_alone`, on the school's own WPBs only.
struct Seating {
    /// Per member (sorted by class): the WPB hours one student of its track costs.
    hours: Vec<f64>,
    /// Per member: its candidate WPBs, as indices into `left`.
    candidates: Vec<Vec<usize>>,
    /// Per candidate WPB: students and hours left.
    left: Vec<(u32, Option<f64>)>,
    budget: usize,
}

impl Seating {
    /// Seats the members (given by class, sorted) from member `m`; `from` is the position
    /// in the candidate list where the previous member of the same class sat.
    fn seat(&mut self, classes: &[usize], m: usize, from: usize) -> bool {
        if m == classes.len() {
            return true;
        }
        if self.budget == 0 {
            return true;
        }
        self.budget -= 1;
        let hours = self.hours[m];
        for i in from..self.candidates[m].len() {
            let w = self.candidates[m][i];
            let (n, h) = self.left[w];
            if n < 1 || h.is_some_and(|h| h + 1e-9 < hours) {
                continue;
            }
            self.left[w] = (n - 1, h.map(|h| h - hours));
            let next_from = if classes.get(m + 1) == Some(&classes[m]) {
                i
            } else {
                0
            };
            let seated = self.seat(classes, m + 1, next_from);
            self.left[w] = (n, h);
            if seated {
                return true;
            }
        }
        false
    }
}
