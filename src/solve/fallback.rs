//! For a solve that stops at its time limit: a bound that needs no LP (every student at
//! their cheapest allowed place, capacities ignored), for when not even the LP relaxation
//! was solved in time.

use super::cost::{student_school_cost, wpb_cost};
use super::eligibility::Eligibility;
use crate::domain::{Instance, Model};

/// A lower bound on the program's objective: each free student at the cheapest of their
/// allowed places, or unplaced when that is cheaper, as if no capacity were shared.
pub fn cheapest_places_bound(instance: &Instance, model: &Model, elig: &Eligibility) -> f64 {
    (0..instance.students.len())
        .filter_map(|s| elig.class_of[s].map(|k| (s, k)))
        .map(|(s, k)| {
            let class = &elig.classes[k];
            elig.schools_of[s]
                .iter()
                .filter_map(|&c| {
                    let cheapest_wpb = class
                        .wpbs_at
                        .get(&c)?
                        .iter()
                        .map(|&w| wpb_cost(instance, model, w));
                    let wpb = cheapest_wpb.fold(f64::INFINITY, f64::min);
                    Some(student_school_cost(instance, model, s, c) + wpb)
                })
                .fold(model.weights.unplaced, f64::min)
        })
        .sum()
}
