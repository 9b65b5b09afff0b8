//! Pinned students are placed before the optimiser runs: their WPB and school capacity
//! is taken off, and their cost is a constant of the objective.

use super::cost;
use super::eligibility::Eligibility;
use crate::domain::{group_so_hours, Instance, Model, Placement};
use std::collections::BTreeMap;

/// Capacity left after the pinned students have taken theirs.
pub struct Residual {
    pub wpb_students: Vec<u32>,
    pub wpb_hours: Vec<Option<f64>>,
    pub school_students: Vec<Option<u32>>,
    pub school_hours: Vec<Option<f64>>,
    /// For groups with a pinned member: the school every member must go to.
    pub group_school: BTreeMap<String, usize>,
}

impl Residual {
    /// The room left, to place students by hand (the start plan and the heuristic).
    pub fn room(&self) -> crate::capacity::Room {
        crate::capacity::Room {
            wpb_students: self.wpb_students.clone(),
            wpb_hours: self.wpb_hours.clone(),
            school_students: self.school_students.clone(),
            school_hours: self.school_hours.clone(),
        }
    }
}

/// Capacity left after the pins, the pinned placements, and the pins' fixed cost.
pub fn apply_pins(instance: &Instance, model: &Model) -> (Residual, Vec<Placement>, f64) {
    let mut residual = Residual {
        wpb_students: instance
            .supervisors
            .iter()
            .map(|w| w.max_students)
            .collect(),
        wpb_hours: instance.supervisors.iter().map(|w| w.max_hours).collect(),
        school_students: instance.schools.iter().map(|c| c.max_students).collect(),
        school_hours: instance.schools.iter().map(|c| c.so_hours).collect(),
        group_school: BTreeMap::new(),
    };
    let mut pinned = Vec::new();
    let mut fixed_cost = 0.0;
    for (s, student) in instance.students.iter().enumerate() {
        let Some(w) = student.pinned_wpb else {
            continue;
        };
        let track = &model.tracks[student.track];
        let c = instance.supervisors[w].school;
        residual.wpb_students[w] = residual.wpb_students[w].saturating_sub(1);
        residual.wpb_hours[w] = residual.wpb_hours[w].map(|h| (h - track.wpb_hours).max(0.0));
        residual.school_students[c] = residual.school_students[c].map(|n| n.saturating_sub(1));
        residual.school_hours[c] = residual.school_hours[c].map(|h| (h - track.so_hours).max(0.0));
        if let Some(g) = &student.group {
            // Rule 6: the group's own SO hours, once, at the school the pin fixes.
            if residual.group_school.insert(g.clone(), c).is_none() {
                let members: Vec<usize> = (0..instance.students.len())
                    .filter(|&m| instance.students[m].group.as_ref() == Some(g))
                    .collect();
                let h = group_so_hours(instance, model, &members);
                residual.school_hours[c] = residual.school_hours[c].map(|x| (x - h).max(0.0));
            }
        }
        fixed_cost +=
            cost::student_school_cost(instance, model, s, c) + cost::wpb_cost(instance, model, w);
        pinned.push(Placement { student: s, wpb: w });
    }
    (residual, pinned, fixed_cost)
}

/// Rules 8 and 9 together: the members of a group with a pinned member must join it at the
/// pinned school. Says why, for each member that has no fitting WPB there (rules 1-4, 7).
pub fn members_that_cannot_follow_the_pin(
    instance: &Instance,
    residual: &Residual,
    elig: &Eligibility,
) -> Vec<String> {
    let mut why = Vec::new();
    for (s, student) in instance.students.iter().enumerate() {
        let (Some(g), Some(_)) = (&student.group, elig.class_of[s]) else {
            continue;
        };
        let Some(&c) = residual.group_school.get(g) else {
            continue;
        };
        if !elig.schools_of[s].contains(&c) {
            why.push(format!(
                "student '{}' of group '{g}' must join the group's pinned school '{}', but no WPB there fits (rules 1-4, 7)",
                student.id, instance.schools[c].id
            ));
        }
    }
    why
}
