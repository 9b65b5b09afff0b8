//! A good plan before HiGHS starts, and what a user gets at a time limit: a plan to keep
//! (the baseline of a sweep) where it still holds, then the LP relaxation rounded unit by
//! unit (groups first, the most certain first), then a local search that places the
//! unplaced (moving a placed student aside where that makes room) and moves students to
//! cheaper places. Every step keeps every hard rule, so each plan on the way is valid.

use super::eligibility::Eligibility;
use super::pins::Residual;
use crate::capacity::{Room, Trial};
use crate::cost::{student_school_cost, wpb_cost};
use crate::domain::{group_so_hours, Instance, Model, Placement};
use std::collections::BTreeMap;
use std::time::Instant;

mod local;
mod rounding;

/// The LP solution the heuristic rounds.
pub struct Guide<'a> {
    /// Per free student: the LP value of each school of `elig.schools_of`.
    pub values: &'a [Vec<f64>],
    /// Per class: how many of its students each WPB takes in the LP solution.
    pub seats: &'a [Vec<(usize, f64)>],
}

/// Students a chain search may visit for one unplaced student.
const CHAIN_NODES: usize = 200;

/// Schools per student a chain search looks at: the cheapest.
const CHAIN_SCHOOLS: usize = 40;

/// Rounds of the local search at most: each round that changes nothing ends it earlier.
const ROUNDS: usize = 6;

/// Students that go to one school together: a group, or one student alone.
struct Unit {
    members: Vec<usize>,
    /// SO hours the unit costs its school once: a free group's own hours, else 0.
    group_hours: f64,
    /// Schools the unit may go to, ascending.
    schools: Vec<usize>,
    /// A pinned member fixed the school: the unit must be placed.
    must: bool,
}

/// The plan under construction.
#[derive(Clone)]
struct State {
    room: Room,
    seat: Vec<Option<usize>>,
    at_wpb: Vec<Vec<usize>>,
}

/// What the heuristic needs to know of the instance.
struct Search<'a> {
    instance: &'a Instance,
    model: &'a Model,
    elig: &'a Eligibility,
    units: Vec<Unit>,
    deadline: Option<Instant>,
    /// Per free student: its schools, cheapest first (ties by school), computed once.
    by_cost: Vec<Vec<u32>>,
    /// Per student the unit it belongs to (`usize::MAX` for a pinned student).
    unit_of: Vec<usize>,
}

/// A plan for the free students that keeps every hard rule, and its objective in the
/// program's terms (without the pins' constant). `None` when a group with a pinned member
/// cannot join it (the program then decides). `lp` gives per student the LP value of
/// each school of `elig.schools_of`; `keep` a WPB per student to keep where it still fits.
pub fn plan(
    instance: &Instance,
    model: &Model,
    elig: &Eligibility,
    residual: &Residual,
    lp: Option<&Guide>,
    keep: Option<&[Option<usize>]>,
    deadline: Option<Instant>,
) -> Option<(Vec<Placement>, f64)> {
    let units = units(instance, model, elig, residual);
    let mut unit_of = vec![usize::MAX; instance.students.len()];
    for (u, unit) in units.iter().enumerate() {
        for &s in &unit.members {
            unit_of[s] = u;
        }
    }
    let search = Search {
        instance,
        model,
        elig,
        units,
        deadline,
        by_cost: schools_by_cost(instance, model, elig),
        unit_of,
    };
    let mut state = State {
        room: residual.room.clone(),
        seat: vec![None; instance.students.len()],
        at_wpb: vec![Vec::new(); instance.supervisors.len()],
    };
    if let Some(keep) = keep {
        search.keep(&mut state, keep);
    }
    // Groups first (they need several seats at one school), the most certain first.
    search.round_the_lp(&mut state, lp.map(|g| g.values), true);
    if let Some(lp) = lp {
        search.follow_the_lp(&mut state, lp);
    }
    search.round_the_lp(&mut state, lp.map(|g| g.values), false);
    for _ in 0..ROUNDS {
        if search.out_of_time() {
            break;
        }
        let placed = search.place_the_unplaced(&mut state);
        let cheaper = search.move_to_cheaper(&mut state);
        if !placed && !cheaper {
            break;
        }
    }
    if search
        .units
        .iter()
        .any(|u| u.must && state.seat[u.members[0]].is_none())
    {
        return None;
    }
    let placements: Vec<Placement> = (0..instance.students.len())
        .filter_map(|s| state.seat[s].map(|wpb| Placement { student: s, wpb }))
        .collect();
    let objective = search.objective(&state);
    Some((placements, objective))
}

/// Per free student its schools, cheapest first.
fn schools_by_cost(instance: &Instance, model: &Model, elig: &Eligibility) -> Vec<Vec<u32>> {
    (0..instance.students.len())
        .map(|s| {
            let mut list: Vec<(f64, u32)> = elig.schools_of[s]
                .iter()
                .map(|&c| (student_school_cost(instance, model, s, c), c as u32))
                .collect();
            list.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            list.into_iter().map(|(_, c)| c).collect()
        })
        .collect()
}

/// The placement units of the free students, in students.csv order of their first member.
fn units(instance: &Instance, model: &Model, elig: &Eligibility, residual: &Residual) -> Vec<Unit> {
    let mut groups: BTreeMap<&str, usize> = BTreeMap::new();
    let mut units: Vec<Unit> = Vec::new();
    for (s, student) in instance.students.iter().enumerate() {
        if elig.class_of[s].is_none() {
            continue;
        }
        let Some(g) = student.group.as_deref() else {
            units.push(Unit {
                members: vec![s],
                group_hours: 0.0,
                schools: elig.schools_of[s].clone(),
                must: false,
            });
            continue;
        };
        match groups.get(g) {
            Some(&u) => units[u].members.push(s),
            None => {
                groups.insert(g, units.len());
                let pinned = residual.group_school.get(g).copied();
                units.push(Unit {
                    members: vec![s],
                    group_hours: 0.0,
                    schools: match pinned {
                        Some(c) => elig.schools_of[s]
                            .iter()
                            .copied()
                            .filter(|&x| x == c)
                            .collect(),
                        None => elig.schools_of[s].clone(),
                    },
                    must: pinned.is_some(),
                });
            }
        }
    }
    // Every member of each group, pinned or not, once: not a pass over all students per
    // group (a national instance has thousands of groups).
    let all = instance.groups();
    for unit in &mut units {
        let s = unit.members[0];
        if let Some(g) = instance.students[s].group.as_deref() {
            if !residual.group_school.contains_key(g) {
                unit.group_hours = group_so_hours(instance, model, &all[g]);
            }
            // Eligibility already kept only the schools every member may go to.
            for &m in &unit.members[1..] {
                unit.schools.retain(|c| elig.schools_of[m].contains(c));
            }
        }
    }
    units
}

impl Search<'_> {
    pub(super) fn out_of_time(&self) -> bool {
        self.deadline.is_some_and(|d| Instant::now() >= d)
    }

    pub(super) fn cost(&self, s: usize, w: usize) -> f64 {
        let c = self.instance.supervisors[w].school;
        student_school_cost(self.instance, self.model, s, c)
            + wpb_cost(self.instance, self.model, w)
    }

    /// The unit's own cost at a school before WPBs: what ordering schools needs.
    pub(super) fn unit_cost(&self, u: usize, c: usize) -> f64 {
        self.units[u]
            .members
            .iter()
            .map(|&s| student_school_cost(self.instance, self.model, s, c))
            .sum()
    }

    pub(super) fn objective(&self, state: &State) -> f64 {
        (0..self.instance.students.len())
            .filter(|&s| self.elig.class_of[s].is_some())
            .map(|s| match state.seat[s] {
                Some(w) => self.cost(s, w),
                None => self.model.weights.unplaced,
            })
            .sum()
    }

    /// The cheapest WPB at school `c` of student `s`'s class with room for `s`.
    pub(super) fn best_wpb(&self, room: &Room, s: usize, c: usize) -> Option<usize> {
        let k = self.elig.class_of[s]?;
        let wpbs = self.elig.classes[k].wpbs_at.get(&c)?;
        wpbs.iter()
            .copied()
            .filter(|&w| room.fits(self.instance, self.model, s, w))
            .min_by(|&a, &b| self.cost(s, a).total_cmp(&self.cost(s, b)).then(a.cmp(&b)))
    }

    pub(super) fn seat(&self, state: &mut State, s: usize, w: usize) {
        state.room.take(self.instance, self.model, s, w);
        state.seat[s] = Some(w);
        state.at_wpb[w].push(s);
    }

    pub(super) fn unseat(&self, state: &mut State, s: usize) {
        if let Some(w) = state.seat[s].take() {
            state.room.release(self.instance, self.model, s, w);
            state.at_wpb[w].retain(|&t| t != s);
        }
    }

    /// Places unit `u` at school `c`, each member with the cheapest WPB that has room;
    /// false (and nothing changed) when a member does not fit.
    pub(super) fn place(&self, state: &mut State, u: usize, c: usize) -> bool {
        let unit = &self.units[u];
        let mut trial = Trial::at(&state.room, c);
        if !state.room.take_group_hours(c, unit.group_hours) {
            return false;
        }
        let mut seats = Vec::with_capacity(unit.members.len());
        for &s in &unit.members {
            let Some(w) = self.best_wpb(&state.room, s, c) else {
                trial.undo(&mut state.room);
                return false;
            };
            trial.take(&mut state.room, self.instance, self.model, s, w);
            seats.push((s, w));
        }
        for (s, w) in seats {
            state.seat[s] = Some(w);
            state.at_wpb[w].push(s);
        }
        true
    }

    /// Takes unit `u` out of the plan, giving back its room.
    pub(super) fn remove(&self, state: &mut State, u: usize) {
        let unit = &self.units[u];
        let Some(w) = state.seat[unit.members[0]] else {
            return;
        };
        let c = self.instance.supervisors[w].school;
        for &s in &unit.members {
            self.unseat(state, s);
        }
        state.room.release_group_hours(c, unit.group_hours);
    }

    /// Seats the wanted WPBs that still hold every rule, unit by unit.
    pub(super) fn keep(&self, state: &mut State, keep: &[Option<usize>]) {
        for u in 0..self.units.len() {
            let unit = &self.units[u];
            let wanted: Option<Vec<usize>> = unit.members.iter().map(|&s| keep[s]).collect();
            let Some(wanted) = wanted else { continue };
            let school = self.instance.supervisors[wanted[0]].school;
            let fits_class = unit.members.iter().zip(&wanted).all(|(&s, &w)| {
                self.instance.supervisors[w].school == school
                    && self.elig.class_of[s]
                        .is_some_and(|k| self.elig.classes[k].wpbs.binary_search(&w).is_ok())
            });
            if !fits_class || !unit.schools.contains(&school) {
                continue;
            }
            let mut trial = Trial::at(&state.room, school);
            let mut ok = state.room.take_group_hours(school, unit.group_hours);
            for (&s, &w) in unit.members.iter().zip(&wanted) {
                ok = ok && state.room.fits(self.instance, self.model, s, w);
                trial.take(&mut state.room, self.instance, self.model, s, w);
            }
            if ok {
                for (&s, &w) in unit.members.iter().zip(&wanted) {
                    state.seat[s] = Some(w);
                    state.at_wpb[w].push(s);
                }
            } else {
                trial.undo(&mut state.room);
            }
        }
    }
}
