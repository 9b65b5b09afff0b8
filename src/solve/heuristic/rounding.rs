//! The LP relaxation rounded: units the LP places whole go there first, then unit by unit,
//! the most certain first.

use super::{Guide, Search, State};
use crate::capacity::Trial;
use std::collections::BTreeMap;

impl Search<'_> {
    /// Units the LP places whole at one school go there first, with the WPBs the LP gives
    /// their class at that school (whole seats first), or else the cheapest with room.
    pub(super) fn follow_the_lp(&self, state: &mut State, lp: &Guide) {
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
            let mut trial = Trial::at(&state.room, c);
            if !state.room.take_group_hours(c, unit.group_hours) {
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
                let room = &state.room;
                let fits = |w: &usize| room.fits(self.instance, self.model, m, *w);
                let by_lp = at_c
                    .iter()
                    .filter(|w| seats[k].get(w).is_some_and(|&x| x > 1.0 - 1e-6) && fits(w))
                    .copied()
                    .next();
                let Some(w) = by_lp.or_else(|| self.best_wpb(&state.room, m, c)) else {
                    break;
                };
                if let Some(x) = seats[k].get_mut(&w) {
                    *x -= 1.0;
                }
                trial.take(&mut state.room, self.instance, self.model, m, w);
                chosen.push((m, w));
            }
            if chosen.len() == unit.members.len() {
                for (m, w) in chosen {
                    state.seat[m] = Some(w);
                    state.at_wpb[w].push(m);
                }
            } else {
                trial.undo(&mut state.room);
            }
        }
    }

    /// Each unit not yet placed, groups first and the most certain first, at the school the
    /// LP likes most where it fits (then the cheapest that fits).
    pub(super) fn round_the_lp(
        &self,
        state: &mut State,
        lp: Option<&[Vec<f64>]>,
        groups_only: bool,
    ) {
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
}
