//! For a solve that stops at its time limit: the greedy plan when HiGHS has no plan or a
//! worse one (a person's plan by hand is the least a user should get), and a bound that
//! needs no LP (every student at their cheapest allowed place, capacities ignored), for
//! when HiGHS did not finish its root LP.

use super::cost::{student_school_cost, wpb_cost};
use super::eligibility::Eligibility;
use crate::domain::{Instance, Model, Placement};
use crate::greedy::greedy;

/// The greedy plan's placements of free students and its objective in the program's terms
/// (without the pins' constant).
pub fn greedy_plan(
    instance: &Instance,
    model: &Model,
    elig: &Eligibility,
) -> (Vec<Placement>, f64) {
    let sup = &instance.supervisors;
    let free = elig.class_of.iter().filter(|k| k.is_some()).count();
    let placements: Vec<Placement> = greedy(instance, model)
        .into_iter()
        .filter(|&(s, _)| elig.class_of[s].is_some())
        .map(|(student, wpb)| Placement { student, wpb })
        .collect();
    let placed_cost: f64 = placements
        .iter()
        .map(|p| {
            student_school_cost(instance, model, p.student, sup[p.wpb].school)
                + wpb_cost(instance, model, p.wpb)
        })
        .sum();
    let unplaced = model.weights.unplaced * (free - placements.len()) as f64;
    (placements, placed_cost + unplaced)
}

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
