//! Which (student, school) and (class, WPB) pairs the program needs, from rules 1-4 and 7.
//!
//! A class is a (subject, track): rules 1 and 2 and the certified term depend on the class
//! and the WPB only, rules 3, 4, 7 and the student's own costs on the student and the
//! school only. That split is what keeps the program small (see `program`).

use super::pins::Residual;
use crate::domain::{Instance, Model};
use crate::rules;
use std::collections::BTreeMap;

mod groups;
mod seating;

pub use groups::members_that_cannot_follow_the_pin;
use groups::{keep_schools_where_the_group_fits_alone, rival_groups};
pub(crate) use seating::{class_seats, unit_so_hours};

/// Students who share a subject and a track, with the WPBs that fit them.
pub struct Class {
    pub track: usize,
    /// Free (unpinned) students of the class, ascending.
    pub students: Vec<usize>,
    /// WPBs that teach the subject and are present on the track's days, ascending.
    pub wpbs: Vec<usize>,
    /// The same WPBs by school, so a seating at one school looks only at its own.
    pub wpbs_at: BTreeMap<usize, Vec<usize>>,
}

impl Class {
    /// The class's WPBs at school `c` (none when it has none there).
    pub fn wpbs_at_school(&self, c: usize) -> &[usize] {
        self.wpbs_at.get(&c).map_or(&[][..], Vec::as_slice)
    }
}

/// The pairs the program is built from.
pub struct Eligibility {
    pub classes: Vec<Class>,
    /// For each student: its class, or `None` when pinned.
    pub class_of: Vec<Option<usize>>,
    /// For each free student: the schools it may go to, ascending.
    pub schools_of: Vec<Vec<usize>>,
    /// Per school, sets of groups (by their first member) of which at most one fits there.
    pub rival_groups: Vec<(usize, Vec<usize>)>,
}

impl Eligibility {
    /// How many (student, school) pairs the whole program has: the measure of its size.
    pub fn pair_count(&self) -> usize {
        self.schools_of.iter().map(Vec::len).sum()
    }
}

/// Builds the classes and allowed schools for every student that is not pinned.
pub fn eligibility(instance: &Instance, model: &Model, residual: &Residual) -> Eligibility {
    let mut by_key: BTreeMap<(&str, usize), usize> = BTreeMap::new();
    let mut classes: Vec<Class> = Vec::new();
    let mut class_of = vec![None; instance.students.len()];
    for (s, student) in instance.students.iter().enumerate() {
        if student.pinned_wpb.is_some() {
            continue;
        }
        let k = *by_key
            .entry((student.subject.as_str(), student.track))
            .or_insert_with(|| {
                let track = &model.tracks[student.track];
                let wpbs: Vec<usize> = (0..instance.supervisors.len())
                    .filter(|&w| {
                        rules::wpb_exclusion(&student.subject, track, &instance.supervisors[w])
                            .is_none()
                    })
                    .collect();
                let mut wpbs_at: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
                for &w in &wpbs {
                    wpbs_at
                        .entry(instance.supervisors[w].school)
                        .or_default()
                        .push(w);
                }
                classes.push(Class {
                    track: student.track,
                    students: Vec::new(),
                    wpbs,
                    wpbs_at,
                });
                classes.len() - 1
            });
        classes[k].students.push(s);
        class_of[s] = Some(k);
    }
    let schools_of = (0..instance.students.len())
        .map(|s| match class_of[s] {
            None => Vec::new(),
            // The class's schools, ascending, once per class rather than sorted per student.
            Some(k) => classes[k]
                .wpbs_at
                .keys()
                .copied()
                .filter(|&c| rules::school_exclusion(instance, model, s, c).is_none())
                .collect(),
        })
        .collect();
    let mut elig = Eligibility {
        classes,
        class_of,
        schools_of,
        rival_groups: Vec::new(),
    };
    let units = placement_units(instance, &elig, residual);
    // Neither step changes a class's seats at a school: one table serves both.
    let seats = seating::class_seats_table(instance, model, &elig, residual);
    keep_schools_where_the_group_fits_alone(instance, model, residual, &mut elig, &units, &seats);
    elig.rival_groups = rival_groups(instance, model, residual, &elig, &units, &seats);
    elig
}

/// Free students that must go to one school together: each group, and each other student
/// on their own. Groups with a pinned member are left out: their school is fixed.
pub(super) fn placement_units(
    instance: &Instance,
    elig: &Eligibility,
    residual: &Residual,
) -> Vec<Vec<usize>> {
    let mut groups: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    let mut units = Vec::new();
    for (s, student) in instance.students.iter().enumerate() {
        if elig.class_of[s].is_none() {
            continue;
        }
        match &student.group {
            Some(g) if residual.group_school.contains_key(g) => {}
            Some(g) => groups.entry(g.as_str()).or_default().push(s),
            None => units.push(vec![s]),
        }
    }
    units.extend(groups.into_values());
    units
}
