//! The local search: place the unplaced (along a chain of moves where that makes room) and
//! move students to cheaper places.

use super::{Search, State, CHAIN_NODES, CHAIN_SCHOOLS};
use crate::capacity::Room;
use crate::cost::student_school_cost;

impl Search<'_> {
    /// Places every unplaced unit that fits somewhere, cheapest school first; for a single
    /// student also where one placed student can move aside at a gain. True if any moved.
    pub(super) fn place_the_unplaced(&self, state: &mut State) -> bool {
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
            changed |= schools.iter().any(|&(_, c)| self.place(state, u, c))
                || schools
                    .iter()
                    .take(CHAIN_SCHOOLS)
                    .any(|&(_, c)| self.place_by_moving_one_aside(state, u, c));
        }
        changed
    }

    /// Places unplaced group `u` at school `c` by moving one unit placed there (a group or
    /// a single student of the same class) to another school, or, where none has room
    /// elsewhere, by leaving a smaller unit unplaced: groups fill seats in whole blocks, so
    /// the seats left at one school are often too few for the next group while the units
    /// there could sit elsewhere. Only a move that lowers the objective is kept.
    fn place_by_moving_one_aside(&self, state: &mut State, u: usize, c: usize) -> bool {
        let Some(k) = self.elig.class_of[self.units[u].members[0]] else {
            return false;
        };
        let mut there: Vec<usize> = self.elig.classes[k]
            .wpbs_at
            .get(&c)
            .into_iter()
            .flatten()
            .flat_map(|&w| state.at_wpb[w].iter().map(|&s| self.unit_of[s]))
            .filter(|&h| h != usize::MAX && !self.units[h].must)
            .collect();
        there.sort_unstable();
        there.dedup();
        let gain = self.model.weights.unplaced * self.units[u].members.len() as f64;
        for h in there {
            if self.out_of_time() {
                return false;
            }
            let seats: Vec<(usize, usize)> = self.units[h]
                .members
                .iter()
                .filter_map(|&s| state.seat[s].map(|w| (s, w)))
                .collect();
            let before: f64 = seats.iter().map(|&(s, w)| self.cost(s, w)).sum();
            self.remove(state, h);
            if self.place(state, u, c) {
                let placed = self.placed_cost(state, u) - gain;
                let mut others: Vec<(f64, usize)> = self.units[h]
                    .schools
                    .iter()
                    .filter(|&&x| x != c)
                    .map(|&x| (self.unit_cost(h, x), x))
                    .collect();
                others.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
                for &(_, x) in others.iter().take(CHAIN_SCHOOLS) {
                    if self.place(state, h, x) {
                        if placed + self.placed_cost(state, h) - before < -1e-9 {
                            return true;
                        }
                        self.remove(state, h);
                    }
                }
                let left_out = self.model.weights.unplaced * seats.len() as f64;
                if placed + left_out - before < -1e-9 {
                    return true;
                }
                self.remove(state, u);
            }
            self.put_back(state, h, c, seats);
        }
        false
    }

    /// Seats unit `u` again where `remove` took it from: school `c`, these WPBs.
    fn put_back(&self, state: &mut State, u: usize, c: usize, seats: Vec<(usize, usize)>) {
        state.room.take_group_hours(c, self.units[u].group_hours);
        for (s, w) in seats {
            self.seat(state, s, w);
        }
    }

    /// The cost of unit `u`'s members where they are seated.
    fn placed_cost(&self, state: &State, u: usize) -> f64 {
        self.units[u]
            .members
            .iter()
            .filter_map(|&s| state.seat[s].map(|w| self.cost(s, w)))
            .sum()
    }

    /// Places single student `s` along a chain of moves: `s` takes a WPB that a placed
    /// single student gives up for another WPB, which another gives up, and so on, until
    /// one lands where there is room (a breadth-first search over WPBs, each visited once,
    /// like an augmenting path of a flow). Hours and school limits are checked as the
    /// chain is applied; a chain that breaks one is undone. True if `s` was placed.
    pub(super) fn place_along_a_chain(&self, state: &mut State, s: usize) -> bool {
        self.chain(state, s, &[], 0.0).is_some()
    }

    /// Moves student `s` (placed or not) along a chain of moves to a WPB not in `blocked`,
    /// when the objective changes by less than `budget`; gives that change.
    pub(super) fn chain(
        &self,
        state: &mut State,
        s: usize,
        blocked: &[usize],
        budget: f64,
    ) -> Option<f64> {
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
    pub(super) fn apply_chain<N>(
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
    pub(super) fn fits_moving(&self, state: &mut State, t: usize, w: usize) -> bool {
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
    pub(super) fn wpbs_by_cost(&self, t: usize, schools: usize) -> Vec<usize> {
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
    pub(super) fn cheapest_below(
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
    pub(super) fn move_to_cheaper(&self, state: &mut State) -> bool {
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
                self.put_back(state, u, from, seats);
            }
        }
        changed
    }
}
