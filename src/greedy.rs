//! The plan a careful person makes by hand, as a baseline for every quality claim:
//! pinned students first, then every student in the order of students.csv to the
//! cheapest allowed WPB with room left; a group goes whole to the one school where all
//! its members fit most cheaply, or stays unplaced.

use crate::capacity::Room;
use crate::cost::{student_school_cost, wpb_cost};
use crate::domain::{group_so_hours, Instance, Model};
use crate::rules;
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

/// A group's cost at a school, its (student, WPB) seats, and the room left after it.
type SeatedGroup = (f64, Vec<(usize, usize)>, Room);

/// Seats the members of a group at one school, one by one, after the group's own SO
/// hours; `None` if one does not fit. Gives the room left after it.
fn seat_group(
    instance: &Instance,
    model: &Model,
    room: &Room,
    members: &[usize],
    group_hours: f64,
    c: usize,
) -> Option<SeatedGroup> {
    let mut trial = room.clone();
    if !trial.take_group_hours(c, group_hours) {
        return None;
    }
    let mut total = 0.0;
    let mut seats = Vec::new();
    for &s in members {
        let (cost, w) = cheapest(instance, model, &trial, s, Some(c))?;
        trial.take(instance, model, s, w);
        total += cost;
        seats.push((s, w));
    }
    Some((total, seats, trial))
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
                let c = instance.supervisors[w].school;
                if group_school.insert(g, c).is_none() {
                    let members: Vec<usize> = (0..instance.students.len())
                        .filter(|&m| instance.students[m].group.as_ref() == Some(g))
                        .collect();
                    // Pins are honoured even past a capacity (rule 8).
                    let hours = group_so_hours(instance, model, &members);
                    if !room.take_group_hours(c, hours) {
                        room.school_hours[c] = Some(0.0);
                    }
                }
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
        // A pinned member took the group's own hours already.
        let (schools, group_hours): (Vec<usize>, f64) = match group_school.get(g) {
            Some(&c) => (vec![c], 0.0),
            None => (
                (0..instance.schools.len()).collect(),
                group_so_hours(instance, model, group),
            ),
        };
        let best = schools
            .into_iter()
            .filter_map(|c| seat_group(instance, model, &room, group, group_hours, c))
            .min_by(|a, b| a.0.total_cmp(&b.0));
        if let Some((_, seats, left)) = best {
            room = left;
            placed.extend(seats);
        }
    }
    placed.sort();
    placed
}
