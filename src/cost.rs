//! The objective terms the program attaches to a student at a school or to a WPB.

use crate::domain::{Instance, Model};

/// A placed student's own cost at a school: travel, same type, preference terms.
pub fn student_school_cost(instance: &Instance, model: &Model, s: usize, c: usize) -> f64 {
    let w = &model.weights;
    let student = &instance.students[s];
    let travel = instance.travel.minutes(s, c).unwrap_or(0.0);
    let same_type = student.previous_school.is_some_and(|p| {
        let previous = &instance.schools[p].types;
        instance.schools[c]
            .types
            .iter()
            .any(|t| previous.contains(t))
    });
    let position = student.preferences.iter().position(|&p| p == Some(c));
    let mut cost = w.travel_minute * travel;
    if same_type {
        cost += w.same_type_as_previous;
    }
    match position {
        Some(rank) => cost += w.preference_rank * rank as f64,
        None if student.has_preferences() => cost += w.preference_unlisted,
        None => {}
    }
    cost
}

/// The cost of one student supervised by this WPB.
pub fn wpb_cost(instance: &Instance, model: &Model, w: usize) -> f64 {
    if instance.supervisors[w].certified {
        0.0
    } else {
        model.weights.uncertified_wpb
    }
}
