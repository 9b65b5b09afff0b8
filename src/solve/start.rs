//! A plan to start HiGHS from: the baseline of a sweep or the published plan of a repair,
//! cut down to the placements that still keep every rule. A scenario is a small change to
//! the baseline, so most of the baseline is a good plan for it, found without searching.

use super::eligibility::Eligibility;
use super::pins::Residual;
use super::Before;
use crate::domain::{group_so_hours, Instance, Model};
use good_lp::Variable;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The program's columns a start must give a value to.
pub struct Columns<'a> {
    pub at_school: &'a [Vec<(usize, Variable)>],
    pub unplaced: &'a [Option<Variable>],
    pub takes: &'a [Vec<(usize, Variable)>],
    pub kept: &'a [(usize, usize, Variable)],
    pub index: &'a HashMap<Variable, usize>,
}

/// Column values for the wanted placements that still keep every rule, everyone else
/// unplaced; `None` when a pinned group cannot be started this way.
#[allow(clippy::too_many_arguments)]
pub fn start_values(
    instance: &Instance,
    model: &Model,
    elig: &Eligibility,
    residual: &Residual,
    columns: &Columns,
    wanted: &[Option<usize>],
    before: Option<&[Before]>,
) -> Option<Vec<f64>> {
    let sup = &instance.supervisors;
    // A wanted WPB counts only where the program has both columns for it.
    let allowed = |s: usize| -> Option<usize> {
        let w = wanted.get(s).copied().flatten()?;
        let k = elig.class_of[s]?;
        let has_x = columns.takes[k].iter().any(|&(v, _)| v == w);
        let has_y = columns.at_school[s]
            .iter()
            .any(|&(c, _)| c == sup[w].school);
        (has_x && has_y).then_some(w)
    };
    let mut members: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (s, student) in instance.students.iter().enumerate() {
        if let (Some(g), Some(_)) = (&student.group, elig.class_of[s]) {
            members.entry(g.as_str()).or_default().push(s);
        }
    }
    // Room left after the pins, so that the start keeps rules 5 and 6.
    let mut room = residual.room.clone();
    let mut seat: Vec<Option<usize>> = vec![None; instance.students.len()];
    let mut leads_at: BTreeSet<(usize, usize)> = BTreeSet::new();
    let mut done = vec![false; instance.students.len()];
    for s in 0..instance.students.len() {
        if done[s] || elig.class_of[s].is_none() {
            continue;
        }
        let group = instance.students[s].group.as_deref();
        let unit: Vec<usize> = group.map_or_else(|| vec![s], |g| members[g].clone());
        unit.iter().for_each(|&m| done[m] = true);
        let seats: Option<Vec<(usize, usize)>> =
            unit.iter().map(|&m| allowed(m).map(|w| (m, w))).collect();
        let pinned_school = group.and_then(|g| residual.group_school.get(g));
        let Some(seats) = seats else {
            if pinned_school.is_some() {
                return None;
            }
            continue;
        };
        let schools: BTreeSet<usize> = seats.iter().map(|&(_, w)| sup[w].school).collect();
        let c = *schools.first()?;
        let rival_here = elig.rival_groups.iter().any(|(rc, leads)| {
            *rc == c
                && leads.contains(&unit[0])
                && leads.iter().any(|l| leads_at.contains(&(c, *l)))
        });
        // A free group costs its school its own SO hours once (a pinned one has paid).
        let group_hours = match (group, pinned_school) {
            (Some(_), None) => group_so_hours(instance, model, &unit),
            _ => 0.0,
        };
        let mut trial = room.clone();
        let ok = schools.len() == 1
            && pinned_school.is_none_or(|&p| p == c)
            && !rival_here
            && trial.take_group_hours(c, group_hours)
            && trial.fits_all(instance, model, &seats);
        if !ok {
            if pinned_school.is_some() {
                return None;
            }
            continue;
        }
        for &(m, w) in &seats {
            trial.take(instance, model, m, w);
            seat[m] = Some(w);
        }
        room = trial;
        leads_at.insert((c, unit[0]));
    }
    Some(values(instance, elig, columns, &seat, before))
}

fn values(
    instance: &Instance,
    elig: &Eligibility,
    columns: &Columns,
    seat: &[Option<usize>],
    before: Option<&[Before]>,
) -> Vec<f64> {
    let sup = &instance.supervisors;
    let mut v = vec![0.0; columns.index.len()];
    let mut set = |var: &Variable, value: f64| v[columns.index[var]] = value;
    let mut count: HashMap<(usize, usize), f64> = HashMap::new();
    let mut staying: HashMap<(usize, usize), f64> = HashMap::new();
    for (s, row) in columns.at_school.iter().enumerate() {
        let Some(u) = &columns.unplaced[s] else {
            continue;
        };
        match seat[s] {
            Some(w) => {
                let c = sup[w].school;
                let (_, y) = row.iter().find(|(sc, _)| *sc == c).expect("checked");
                set(y, 1.0);
                let k = elig.class_of[s].expect("free student");
                *count.entry((k, w)).or_default() += 1.0;
                if let Some(Before::With(b)) = before.map(|b| b[s]) {
                    if sup[b].school == c {
                        *staying.entry((k, b)).or_default() += 1.0;
                    }
                }
            }
            None => set(u, 1.0),
        }
    }
    for (k, row) in columns.takes.iter().enumerate() {
        for (w, x) in row {
            set(x, count.get(&(k, *w)).copied().unwrap_or(0.0));
        }
    }
    for (k, w, kept) in columns.kept {
        let n = count.get(&(*k, *w)).copied().unwrap_or(0.0);
        let m = staying.get(&(*k, *w)).copied().unwrap_or(0.0);
        set(kept, n.min(m));
    }
    v
}
