//! The objective of FORMAT.md section 3, recomputed term by term from a plan.

use crate::domain::{Instance, Weights};
use serde::Serialize;

/// The raw size of every objective term; `total` applies the weights.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ObjectiveTerms {
    pub unplaced: usize,
    pub travel_minutes: f64,
    pub same_type_as_previous: usize,
    pub preference_rank: usize,
    pub preference_unlisted: usize,
    pub uncertified_wpb: usize,
}

impl ObjectiveTerms {
    /// The weighted sum: the objective value.
    pub fn total(&self, w: &Weights) -> f64 {
        w.unplaced * self.unplaced as f64
            + w.travel_minute * self.travel_minutes
            + w.same_type_as_previous * self.same_type_as_previous as f64
            + w.preference_rank * self.preference_rank as f64
            + w.preference_unlisted * self.preference_unlisted as f64
            + w.uncertified_wpb * self.uncertified_wpb as f64
    }
}

/// Counts every term over the placed (student, WPB) pairs.
pub fn terms(instance: &Instance, placed: &[(usize, usize)]) -> ObjectiveTerms {
    let mut t = ObjectiveTerms {
        unplaced: instance.students.len() - placed.len(),
        ..Default::default()
    };
    for &(s, w) in placed {
        let student = &instance.students[s];
        let wpb = &instance.supervisors[w];
        let c = wpb.school;
        t.travel_minutes += instance.travel.minutes(s, c).unwrap_or(0.0);
        if let Some(prev) = student.previous_school {
            let prev_types = &instance.schools[prev].types;
            if instance.schools[c]
                .types
                .iter()
                .any(|x| prev_types.iter().any(|p| p == x))
            {
                t.same_type_as_previous += 1;
            }
        }
        if !student.preferences.is_empty() {
            match student.preferences.iter().position(|p| *p == Some(c)) {
                Some(rank) => t.preference_rank += rank,
                None => t.preference_unlisted += 1,
            }
        }
        if !wpb.certified {
            t.uncertified_wpb += 1;
        }
    }
    t
}
