//! For a solve that stops at its time limit: a bound that needs no LP (every student at
//! their cheapest allowed place, capacities ignored), for when not even the LP relaxation
//! was solved in time.

use super::eligibility::Eligibility;
use crate::capacity::flow::Flow;
use crate::cost::{student_school_cost, wpb_cost};
use crate::domain::{Instance, Model};

/// A lower bound on the program's objective: each free student at the cheapest of their
/// allowed places, or unplaced when that is cheaper, as if no capacity were shared.
pub fn cheapest_places_bound(instance: &Instance, model: &Model, elig: &Eligibility) -> f64 {
    cheapest_places(instance, model, elig).iter().sum()
}

/// Per free student: the cost of its cheapest allowed place, at most the unplaced weight.
fn cheapest_places(instance: &Instance, model: &Model, elig: &Eligibility) -> Vec<f64> {
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
        .collect()
}

/// A lower bound that counts the capacity: the maximum flow of students through WPBs and
/// schools (`capacity::flow`, a relaxation) leaves at least `u` students unplaced in every
/// plan, so the `u` dearest of the cheapest-places costs become the unplaced weight.
/// Gives the flow too: the diagnosis reads the same network, and at a national size one
/// maximum flow takes seconds.
pub fn capacity_bound(instance: &Instance, model: &Model, elig: &Eligibility) -> (f64, Flow) {
    let flow = crate::capacity::flow::max_flow(instance, model);
    let unplaced = flow.unplaced_bound();
    let mut cheapest = cheapest_places(instance, model, elig);
    cheapest.sort_by(f64::total_cmp);
    let n = cheapest.len();
    let extra: f64 = cheapest[n.saturating_sub(unplaced)..]
        .iter()
        .map(|&v| model.weights.unplaced - v)
        .sum();
    (cheapest.iter().sum::<f64>() + extra, flow)
}
