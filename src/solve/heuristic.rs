//! A good plan before HiGHS starts, and what a user gets at a time limit: a plan to keep
//! (the baseline of a sweep) where it still holds, then the LP relaxation rounded unit by
//! unit (groups first, the most certain first), then a local search that places the
//! unplaced (moving a placed student aside where that makes room) and moves students to
//! cheaper places. Every step keeps every hard rule, so each plan on the way is valid.

use super::eligibility::Eligibility;
use super::pins::Residual;
use crate::capacity::Room;
use crate::cost::{student_school_cost, wpb_cost};
use crate::domain::{group_so_hours, Instance, Model, Placement};
use std::collections::BTreeMap;
use std::time::Instant;

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
    let search = Search {
        instance,
        model,
        elig,
        units: units(instance, model, elig, residual),
        deadline,
        by_cost: schools_by_cost(instance, model, elig),
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
    for unit in &mut units {
        let s = unit.members[0];
        if let Some(g) = instance.students[s].group.as_deref() {
            if !residual.group_school.contains_key(g) {
                let all: Vec<usize> = (0..instance.students.len())
                    .filter(|&m| instance.students[m].group.as_deref() == Some(g))
                    .collect();
                unit.group_hours = group_so_hours(instance, model, &all);
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
    fn out_of_time(&self) -> bool {
        self.deadline.is_some_and(|d| Instant::now() >= d)
    }

    fn cost(&self, s: usize, w: usize) -> f64 {
        let c = self.instance.supervisors[w].school;
        student_school_cost(self.instance, self.model, s, c)
            + wpb_cost(self.instance, self.model, w)
    }

    /// The unit's own cost at a school before WPBs: what ordering schools needs.
    fn unit_cost(&self, u: usize, c: usize) -> f64 {
        self.units[u]
            .members
            .iter()
            .map(|&s| student_school_cost(self.instance, self.model, s, c))
            .sum()
    }

    fn objective(&self, state: &State) -> f64 {
        (0..self.instance.students.len())
            .filter(|&s| self.elig.class_of[s].is_some())
            .map(|s| match state.seat[s] {
                Some(w) => self.cost(s, w),
                None => self.model.weights.unplaced,
            })
            .sum()
    }

    /// The cheapest WPB at school `c` of student `s`'s class with room for `s`.
    fn best_wpb(&self, room: &Room, s: usize, c: usize) -> Option<usize> {
        let k = self.elig.class_of[s]?;
        let wpbs = self.elig.classes[k].wpbs_at.get(&c)?;
        wpbs.iter()
            .copied()
            .filter(|&w| room.fits(self.instance, self.model, s, w))
            .min_by(|&a, &b| self.cost(s, a).total_cmp(&self.cost(s, b)).then(a.cmp(&b)))
    }

    fn seat(&self, state: &mut State, s: usize, w: usize) {
        state.room.take(self.instance, self.model, s, w);
        state.seat[s] = Some(w);
        state.at_wpb[w].push(s);
    }

    fn unseat(&self, state: &mut State, s: usize) {
        if let Some(w) = state.seat[s].take() {
            state.room.release(self.instance, self.model, s, w);
            state.at_wpb[w].retain(|&t| t != s);
        }
    }

    /// Places unit `u` at school `c`, each member with the cheapest WPB that has room;
    /// false (and nothing changed) when a member does not fit.
    fn place(&self, state: &mut State, u: usize, c: usize) -> bool {
        let unit = &self.units[u];
        let mut trial = state.room.clone();
        if !trial.take_group_hours(c, unit.group_hours) {
            return false;
        }
        let mut seats = Vec::with_capacity(unit.members.len());
        for &s in &unit.members {
            let Some(w) = self.best_wpb(&trial, s, c) else {
                return false;
            };
            trial.take(self.instance, self.model, s, w);
            seats.push((s, w));
        }
        state.room = trial;
        for (s, w) in seats {
            state.seat[s] = Some(w);
            state.at_wpb[w].push(s);
        }
        true
    }

    /// Takes unit `u` out of the plan, giving back its room.
    fn remove(&self, state: &mut State, u: usize) {
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
    fn keep(&self, state: &mut State, keep: &[Option<usize>]) {
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
            let mut trial = state.room.clone();
            let mut ok = trial.take_group_hours(school, unit.group_hours);
            for (&s, &w) in unit.members.iter().zip(&wanted) {
                ok = ok && trial.fits(self.instance, self.model, s, w);
                trial.take(self.instance, self.model, s, w);
            }
            if ok {
                state.room = trial;
                for (&s, &w) in unit.members.iter().zip(&wanted) {
                    state.seat[s] = Some(w);
                    state.at_wpb[w].push(s);
                }
            }
        }
    }

    /// Units the LP places whole at one school go there first, with the WPBs the LP gives
    /// their class at that school (whole seats first), or else the cheapest with room.
    fn follow_the_lp(&self, state: &mut State, lp: &Guide) {
        let mut seats: Vec<BTreeMap<usize, f64>> = lp
            .seats
            .iter()
            .map(|row| row.iter().copied().collect())
            .collect();
        // Groups first: they need several seats at one school.
        let mut order: Vec<usize> = (0..self.units.len()).collect();
        order.sort_by_key(|&u| (self.units[u].members.len() == 1, u));
        for u in order {
            let unit = &self.units[u];
            let s = unit.members[0];
            if state.seat[s].is_some() {
                continue;
            }
            let Some(i) = lp.values[s].iter().position(|&v| v > 1.0 - 1e-6) else {
                continue;
            };
            let c = self.elig.schools_of[s][i];
            let mut trial = state.room.clone();
            if !trial.take_group_hours(c, unit.group_hours) {
                continue;
            }
            let mut chosen = Vec::new();
            for &m in &unit.members {
                let Some(k) = self.elig.class_of[m] else {
                    break;
                };
                let at_c = self.elig.classes[k]
                    .wpbs_at
                    .get(&c)
                    .map_or(&[][..], Vec::as_slice);
                let room = &trial;
                let fits = |w: &usize| room.fits(self.instance, self.model, m, *w);
                let by_lp = at_c
                    .iter()
                    .filter(|w| seats[k].get(w).is_some_and(|&x| x > 1.0 - 1e-6) && fits(w))
                    .copied()
                    .next();
                let Some(w) = by_lp.or_else(|| self.best_wpb(&trial, m, c)) else {
                    break;
                };
                if let Some(x) = seats[k].get_mut(&w) {
                    *x -= 1.0;
                }
                trial.take(self.instance, self.model, m, w);
                chosen.push((m, w));
            }
            if chosen.len() == unit.members.len() {
                state.room = trial;
                for (m, w) in chosen {
                    state.seat[m] = Some(w);
                    state.at_wpb[w].push(m);
                }
            }
        }
    }

    /// Each unit not yet placed, groups first and the most certain first, at the school the
    /// LP likes most where it fits (then the cheapest that fits).
    fn round_the_lp(&self, state: &mut State, lp: Option<&[Vec<f64>]>, groups_only: bool) {
        let value = |u: usize, c: usize| -> f64 {
            let s = self.units[u].members[0];
            lp.and_then(|lp| {
                let i = self.elig.schools_of[s].binary_search(&c).ok()?;
                lp[s].get(i).copied()
            })
            .unwrap_or(0.0)
        };
        let mut order: Vec<(bool, i64, usize)> = (0..self.units.len())
            .filter(|&u| state.seat[self.units[u].members[0]].is_none())
            .filter(|&u| !groups_only || self.units[u].members.len() > 1)
            .map(|u| {
                let best = self.units[u]
                    .schools
                    .iter()
                    .map(|&c| value(u, c))
                    .fold(0.0, f64::max);
                (self.units[u].members.len() == 1, -(best * 1e6) as i64, u)
            })
            .collect();
        order.sort();
        for (_, _, u) in order {
            let mut schools: Vec<(i64, f64, usize)> = self.units[u]
                .schools
                .iter()
                .map(|&c| (-(value(u, c) * 1e6) as i64, self.unit_cost(u, c), c))
                .collect();
            schools.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)).then(a.2.cmp(&b.2)));
            for (_, _, c) in schools {
                if self.place(state, u, c) {
                    break;
                }
            }
        }
    }

    /// Places every unplaced unit that fits somewhere, cheapest school first; for a single
    /// student also where one placed student can move aside at a gain. True if any moved.
    fn place_the_unplaced(&self, state: &mut State) -> bool {
        let mut changed = false;
        for u in 0..self.units.len() {
            if self.out_of_time() {
                break;
            }
            let unit = &self.units[u];
            if state.seat[unit.members[0]].is_some() {
                continue;
            }
            if unit.members.len() == 1 {
                let s = unit.members[0];
                if let Some((w, _)) = self.cheapest_below(&state.room, s, None, f64::INFINITY) {
                    self.seat(state, s, w);
                    changed = true;
                } else {
                    changed |= self.place_along_a_chain(state, s);
                }
                continue;
            }
            let mut schools: Vec<(f64, usize)> = unit
                .schools
                .iter()
                .map(|&c| (self.unit_cost(u, c), c))
                .collect();
            schools.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            changed |= schools.iter().any(|&(_, c)| self.place(state, u, c));
        }
        changed
    }

    /// Places single student `s` along a chain of moves: `s` takes a WPB that a placed
    /// single student gives up for another WPB, which another gives up, and so on, until
    /// one lands where there is room (a breadth-first search over WPBs, each visited once,
    /// like an augmenting path of a flow). Hours and school limits are checked as the
    /// chain is applied; a chain that breaks one is undone. True if `s` was placed.
    fn place_along_a_chain(&self, state: &mut State, s: usize) -> bool {
        self.chain(state, s, &[], 0.0).is_some()
    }

    /// Moves student `s` (placed or not) along a chain of moves to a WPB not in `blocked`,
    /// when the objective changes by less than `budget`; gives that change.
    fn chain(&self, state: &mut State, s: usize, blocked: &[usize], budget: f64) -> Option<f64> {
        struct Node {
            student: usize,
            /// The node whose student takes the WPB this student gives up, and that WPB.
            then: Option<(usize, usize)>,
        }
        let mut nodes = vec![Node {
            student: s,
            then: None,
        }];
        let mut seen_wpb = vec![false; self.instance.supervisors.len()];
        for &w in blocked {
            seen_wpb[w] = true;
        }
        let mut in_chain = vec![false; self.instance.students.len()];
        in_chain[s] = true;
        let mut next = 0;
        while next < nodes.len() && nodes.len() < CHAIN_NODES {
            let i = next;
            next += 1;
            let t = nodes[i].student;
            let from = state.seat[t];
            for w in self.wpbs_by_cost(t, CHAIN_SCHOOLS) {
                if seen_wpb[w] || Some(w) == from {
                    continue;
                }
                seen_wpb[w] = true;
                if self.fits_moving(state, t, w) {
                    return self.apply_chain(state, &nodes, i, w, budget, |n| (n.student, n.then));
                }
                for &h in &state.at_wpb[w] {
                    if !in_chain[h]
                        && self.instance.students[h].group.is_none()
                        && self.elig.class_of[h].is_some()
                    {
                        in_chain[h] = true;
                        nodes.push(Node {
                            student: h,
                            then: Some((i, w)),
                        });
                    }
                }
            }
        }
        None
    }

    /// Applies the chain ending at node `last` (whose student goes to `to`), back to its
    /// start, when every move keeps every rule and the objective changes by less than
    /// `budget`; gives the change, or leaves the plan as it was.
    fn apply_chain<N>(
        &self,
        state: &mut State,
        nodes: &[N],
        last: usize,
        to: usize,
        budget: f64,
        of: impl Fn(&N) -> (usize, Option<(usize, usize)>),
    ) -> Option<f64> {
        let mut moves: Vec<(usize, Option<usize>, usize)> = Vec::new();
        let (mut student, mut then) = of(&nodes[last]);
        let mut target = to;
        loop {
            moves.push((student, state.seat[student], target));
            match then {
                Some((j, w)) => {
                    target = w;
                    (student, then) = of(&nodes[j]);
                }
                None => break,
            }
        }
        let mut done = Vec::new();
        let mut delta = 0.0;
        for &(t, from, w) in &moves {
            self.unseat(state, t);
            if !state.room.fits(self.instance, self.model, t, w) {
                if let Some(f) = from {
                    self.seat(state, t, f);
                }
                for &(t, from, _) in done.iter().rev() {
                    self.unseat(state, t);
                    if let Some(f) = from {
                        self.seat(state, t, f);
                    }
                }
                return None;
            }
            self.seat(state, t, w);
            delta +=
                self.cost(t, w) - from.map_or(self.model.weights.unplaced, |f| self.cost(t, f));
            done.push((t, from, w));
        }
        if delta < budget - 1e-9 {
            return Some(delta);
        }
        for &(t, from, _) in done.iter().rev() {
            self.unseat(state, t);
            if let Some(f) = from {
                self.seat(state, t, f);
            }
        }
        None
    }

    /// True when student `t` fits WPB `w` once it leaves its own seat.
    fn fits_moving(&self, state: &mut State, t: usize, w: usize) -> bool {
        let from = state.seat[t];
        if let Some(f) = from {
            state.room.release(self.instance, self.model, t, f);
        }
        let fits = state.room.fits(self.instance, self.model, t, w);
        if let Some(f) = from {
            state.room.take(self.instance, self.model, t, f);
        }
        fits
    }

    /// The WPBs of student `t` at its first `schools` cheapest schools, cheapest first.
    fn wpbs_by_cost(&self, t: usize, schools: usize) -> Vec<usize> {
        let Some(k) = self.elig.class_of[t] else {
            return Vec::new();
        };
        let mut wpbs: Vec<(f64, usize)> = self.by_cost[t]
            .iter()
            .take(schools)
            .filter_map(|&c| self.elig.classes[k].wpbs_at.get(&(c as usize)))
            .flatten()
            .map(|&w| (self.cost(t, w), w))
            .collect();
        wpbs.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        wpbs.into_iter().map(|(_, w)| w).collect()
    }

    /// The cheapest WPB with room for single student `t`, other than `not`, cheaper than
    /// `below`, and its cost; stopping at schools whose own cost reaches `below`: schools come
    /// cheapest first, so the first WPB with room is the answer.
    fn cheapest_below(
        &self,
        room: &Room,
        t: usize,
        not: Option<usize>,
        below: f64,
    ) -> Option<(usize, f64)> {
        let k = self.elig.class_of[t]?;
        let mut best: Option<(usize, f64)> = None;
        for &c in &self.by_cost[t] {
            let c = c as usize;
            let own = student_school_cost(self.instance, self.model, t, c);
            if own >= below - 1e-9 || best.is_some_and(|(_, b)| own >= b - 1e-9) {
                break;
            }
            for &w in self.elig.classes[k].wpbs_at.get(&c).into_iter().flatten() {
                if Some(w) == not || !room.fits(self.instance, self.model, t, w) {
                    continue;
                }
                let cost = self.cost(t, w);
                if cost < below - 1e-9
                    && best.is_none_or(|(bw, b)| cost < b - 1e-9 || (cost <= b + 1e-9 && w < bw))
                {
                    best = Some((w, cost));
                }
            }
        }
        best
    }

    /// Moves placed units to cheaper places with room: single students to any cheaper
    /// WPB, groups whole to a cheaper school. True if any moved.
    fn move_to_cheaper(&self, state: &mut State) -> bool {
        let mut changed = false;
        for u in 0..self.units.len() {
            if self.out_of_time() {
                break;
            }
            let unit = &self.units[u];
            let Some(now) = state.seat[unit.members[0]] else {
                continue;
            };
            if unit.members.len() == 1 {
                let s = unit.members[0];
                let here = self.cost(s, now);
                self.unseat(state, s);
                match self.cheapest_below(&state.room, s, None, here) {
                    Some((w, cost)) if cost < here - 1e-9 => {
                        self.seat(state, s, w);
                        changed = true;
                    }
                    _ => self.seat(state, s, now),
                }
                continue;
            }
            if unit.must {
                continue;
            }
            // In place and undone when no cheaper school holds the group: copying the
            // plan per try costs too much on a national instance.
            let seats: Vec<(usize, usize)> = unit
                .members
                .iter()
                .map(|&s| (s, state.seat[s].unwrap_or(now)))
                .collect();
            let here: f64 = seats.iter().map(|&(s, w)| self.cost(s, w)).sum();
            let from = self.instance.supervisors[now].school;
            self.remove(state, u);
            let mut schools: Vec<(f64, usize)> = unit
                .schools
                .iter()
                .map(|&c| (self.unit_cost(u, c), c))
                .filter(|&(own, c)| own < here - 1e-9 && c != from)
                .collect();
            schools.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            let mut moved = false;
            for (_, c) in schools {
                if self.place(state, u, c) {
                    let cost: f64 = unit
                        .members
                        .iter()
                        .filter_map(|&s| state.seat[s].map(|w| self.cost(s, w)))
                        .sum();
                    if cost < here - 1e-9 {
                        moved = true;
                        break;
                    }
                    self.remove(state, u);
                }
            }
            if moved {
                changed = true;
            } else {
                state.room.take_group_hours(from, unit.group_hours);
                for (s, w) in seats {
                    self.seat(state, s, w);
                }
            }
        }
        changed
    }
}
