//! The plan a careful person makes by hand, as a baseline for every quality claim:
//! pinned students first, then every student in the order of students.csv to the
//! cheapest allowed WPB with room left; a group goes whole to the one school where all
//! its members fit most cheaply, or stays unplaced.

use crate::capacity::{Room, Trial};
use crate::cost::{student_school_cost, wpb_cost};
use crate::domain::{group_so_hours, Instance, Model};
use crate::rules;
use std::collections::BTreeMap;

/// The WPBs of every school, ascending: a student's rules and costs that depend only on
/// the school are then looked at once per school, not once per WPB.
struct BySchool(Vec<Vec<usize>>);

impl BySchool {
    fn of(instance: &Instance) -> BySchool {
        let mut at = vec![Vec::new(); instance.schools.len()];
        for (w, wpb) in instance.supervisors.iter().enumerate() {
            at[wpb.school].push(w);
        }
        BySchool(at)
    }

    /// The cheapest allowed WPB with room for student `s` at school `c`.
    fn cheapest_at(
        &self,
        instance: &Instance,
        model: &Model,
        room: &Room,
        s: usize,
        c: usize,
    ) -> Option<(f64, usize)> {
        if rules::school_exclusion(instance, model, s, c).is_some() {
            return None;
        }
        let student = &instance.students[s];
        let track = &model.tracks[student.track];
        let school_cost = student_school_cost(instance, model, s, c);
        self.0[c]
            .iter()
            .filter(|&&w| {
                rules::wpb_exclusion(&student.subject, track, &instance.supervisors[w]).is_none()
            })
            .filter(|&&w| room.fits(instance, model, s, w))
            .map(|&w| (school_cost + wpb_cost(instance, model, w), w))
            .min_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)))
    }

    /// The cheapest allowed WPB with room for student `s` at any school.
    fn cheapest(
        &self,
        instance: &Instance,
        model: &Model,
        room: &Room,
        s: usize,
    ) -> Option<(f64, usize)> {
        (0..instance.schools.len())
            .filter_map(|c| self.cheapest_at(instance, model, room, s, c))
            .min_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)))
    }

    /// Seats the members of a group at school `c`, one by one, after the group's own SO
    /// hours, and gives the cost and the seats; `None` if one does not fit. `room` is
    /// left as it was (a `Trial`: a copy of the whole room per school was most of greedy's
    /// time).
    fn seat_group(
        &self,
        instance: &Instance,
        model: &Model,
        room: &mut Room,
        members: &[usize],
        group_hours: f64,
        c: usize,
    ) -> Option<(f64, Vec<(usize, usize)>)> {
        let mut trial = Trial::at(room, c);
        let seated = room.take_group_hours(c, group_hours).then(|| {
            let mut total = 0.0;
            let mut seats = Vec::new();
            for &s in members {
                let (cost, w) = self.cheapest_at(instance, model, room, s, c)?;
                trial.take(room, instance, model, s, w);
                total += cost;
                seats.push((s, w));
            }
            Some((total, seats))
        });
        trial.undo(room);
        seated.flatten()
    }
}

/// The greedy plan: (student, WPB) pairs, pinned students included.
pub fn greedy(instance: &Instance, model: &Model) -> Vec<(usize, usize)> {
    let by_school = BySchool::of(instance);
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
            if let Some((_, w)) = by_school.cheapest(instance, model, &room, s) {
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
            .filter_map(|c| {
                let seated =
                    by_school.seat_group(instance, model, &mut room, group, group_hours, c);
                seated.map(|(cost, seats)| (cost, c, seats))
            })
            .min_by(|a, b| a.0.total_cmp(&b.0));
        if let Some((_, c, seats)) = best {
            room.take_group_hours(c, group_hours);
            for &(s, w) in &seats {
                room.take(instance, model, s, w);
            }
            placed.extend(seats);
        }
    }
    placed.sort();
    placed
}
