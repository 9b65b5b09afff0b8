//! Pinned students are placed before the optimiser runs: their WPB and school capacity
//! is taken off, and their cost is a constant of the objective.

use crate::capacity::Room;
use crate::cost;
use crate::domain::{group_so_hours, Instance, Model, Placement};
use std::collections::BTreeMap;

/// Capacity left after the pinned students have taken theirs.
pub struct Residual {
    /// Students and hours left per WPB and school (the same type the heuristic places by).
    pub room: Room,
    /// For groups with a pinned member: the school every member must go to.
    pub group_school: BTreeMap<String, usize>,
}

/// Capacity left after the pins, the pinned placements, and the pins' fixed cost.
pub fn apply_pins(instance: &Instance, model: &Model) -> (Residual, Vec<Placement>, f64) {
    let mut residual = Residual {
        room: Room::of(instance),
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
        residual.room.wpb_students[w] = residual.room.wpb_students[w].saturating_sub(1);
        residual.room.wpb_hours[w] =
            residual.room.wpb_hours[w].map(|h| (h - track.wpb_hours).max(0.0));
        residual.room.school_students[c] =
            residual.room.school_students[c].map(|n| n.saturating_sub(1));
        residual.room.school_hours[c] =
            residual.room.school_hours[c].map(|h| (h - track.so_hours).max(0.0));
        if let Some(g) = &student.group {
            // Rule 6: the group's own SO hours, once, at the school the pin fixes.
            if residual.group_school.insert(g.clone(), c).is_none() {
                let members: Vec<usize> = (0..instance.students.len())
                    .filter(|&m| instance.students[m].group.as_ref() == Some(g))
                    .collect();
                let h = group_so_hours(instance, model, &members);
                residual.room.school_hours[c] =
                    residual.room.school_hours[c].map(|x| (x - h).max(0.0));
            }
        }
        fixed_cost +=
            cost::student_school_cost(instance, model, s, c) + cost::wpb_cost(instance, model, w);
        pinned.push(Placement { student: s, wpb: w });
    }
    (residual, pinned, fixed_cost)
}
