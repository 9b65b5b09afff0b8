//! The plan a careful person makes by hand, as a baseline for every quality claim:
//! pinned students first, then every student in the order of students.csv to the
//! cheapest allowed WPB with room left; a group goes whole to the one school where all
//! its members fit most cheaply, or stays unplaced.

use crate::capacity::Room;
use crate::domain::{Instance, Model};
use crate::rules;
use crate::solve::cost::{student_school_cost, wpb_cost};
use std::collections::BTreeMap;

/// The cheapest allowed WPB with room for student `s`, at `school` when given.
fn cheapest(
    instance: &Instance,
    model: &Model,
    room: &Room,
    s: usize,
    school: Option<usize>,
) -> Option<(f64, usize)> {
    (0..instance.supervisors.len())
        .filter(|&w| school.is_none_or(|c| instance.supervisors[w].school == c))
        .filter(|&w| rules::pair_exclusion(instance, model, s, w).is_none())
        .filter(|&w| room.fits(instance, model, s, w))
        .map(|w| {
            let c = instance.supervisors[w].school;
            (
                student_school_cost(instance, model, s, c) + wpb_cost(instance, model, w),
                w,
            )
        })
        .min_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)))
}

/// Seats the members of a group at one school, one by one; `None` if one does not fit.
fn seat_group(
    instance: &Instance,
    model: &Model,
    room: &Room,
    members: &[usize],
    c: usize,
) -> Option<(f64, Vec<(usize, usize)>)> {
    let mut trial = room.clone();
    let mut total = 0.0;
    let mut seats = Vec::new();
    for &s in members {
        let (cost, w) = cheapest(instance, model, &trial, s, Some(c))?;
        trial.take(instance, model, s, w);
        total += cost;
        seats.push((s, w));
    }
    Some((total, seats))
}

/// The greedy plan: (student, WPB) pairs, pinned students included.
pub fn greedy(instance: &Instance, model: &Model) -> Vec<(usize, usize)> {
    let mut room = Room::of(instance);
    let mut placed = Vec::new();
    let mut done = vec![false; instance.students.len()];
    let mut group_school: BTreeMap<&str, usize> = BTreeMap::new();
    for (s, student) in instance.students.iter().enumerate() {
        if let Some(w) = student.pinned_wpb {
            room.take(instance, model, s, w);
            placed.push((s, w));
            done[s] = true;
            if let Some(g) = &student.group {
                group_school.insert(g, instance.supervisors[w].school);
            }
        }
    }
    let mut members: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (s, student) in instance.students.iter().enumerate() {
        if let (Some(g), false) = (&student.group, done[s]) {
            members.entry(g).or_default().push(s);
        }
    }
    for s in 0..instance.students.len() {
        if done[s] {
            continue;
        }
        let Some(g) = instance.students[s].group.as_deref() else {
            if let Some((_, w)) = cheapest(instance, model, &room, s, None) {
                room.take(instance, model, s, w);
                placed.push((s, w));
            }
            done[s] = true;
            continue;
        };
        let group = &members[g];
        group.iter().for_each(|&m| done[m] = true);
        let schools: Vec<usize> = match group_school.get(g) {
            Some(&c) => vec![c],
            None => (0..instance.schools.len()).collect(),
        };
        let best = schools
            .into_iter()
            .filter_map(|c| seat_group(instance, model, &room, group, c))
            .min_by(|a, b| a.0.total_cmp(&b.0));
        if let Some((_, seats)) = best {
            for (m, w) in seats {
                room.take(instance, model, m, w);
                placed.push((m, w));
            }
        }
    }
    placed.sort();
    placed
}
