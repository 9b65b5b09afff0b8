//! For a solve that stops at its time limit: a bound that needs no LP (every student at
//! their cheapest allowed place, with the maximum flow's count of unplaced), for when not
//! even the LP relaxation was solved in time.

use super::eligibility::Eligibility;
use super::whole_groups::{extra_cost, Unplaced};
use crate::capacity::flow::Flow;
use crate::cost::{student_school_cost, wpb_cost};
use crate::domain::{Instance, Model};
use rayon::prelude::*;

/// A lower bound on the program's objective that needs no LP: each free student at the
/// cheapest of their allowed places, or unplaced when that is cheaper, as if no capacity
/// were shared. With the maximum flow (`capacity::flow`, a relaxation) it counts the
/// capacity too: at least `u` students stay unplaced in every plan, so the `u` dearest of
/// those costs become the unplaced weight. The groups' count of their unplaced members
/// (`whole_groups`, whole groups at one school) does the same per class; the larger of the
/// two holds.
pub fn bound_without_lp(
    instance: &Instance,
    model: &Model,
    elig: &Eligibility,
    flow: Option<&Flow>,
    groups: &[Unplaced],
) -> f64 {
    let cheapest = cheapest_by_student(instance, model, elig);
    let all: f64 = cheapest.iter().sum();
    let weight = model.weights.unplaced;
    let by_groups = all + extra_cost(groups, |s| cheapest[s], weight, |_| true);
    let Some(flow) = flow else {
        return by_groups;
    };
    let mut free: Vec<f64> = (0..cheapest.len())
        .filter(|&s| elig.class_of[s].is_some())
        .map(|s| cheapest[s])
        .collect();
    free.sort_by(f64::total_cmp);
    let n = free.len();
    let extra: f64 = free[n.saturating_sub(flow.unplaced_bound())..]
        .iter()
        .map(|&v| weight - v)
        .sum();
    (all + extra).max(by_groups)
}

/// `cheapest_places` by student: a free student's cheapest place, 0 for a pinned one.
pub fn cheapest_by_student(instance: &Instance, model: &Model, elig: &Eligibility) -> Vec<f64> {
    let mut by_student = vec![0.0; instance.students.len()];
    // `cheapest_places` lists the free students in order.
    let free = (0..instance.students.len()).filter(|&s| elig.class_of[s].is_some());
    for (s, cost) in free.zip(cheapest_places(instance, model, elig)) {
        by_student[s] = cost;
    }
    by_student
}

/// Per free student: the cost of its cheapest allowed place, at most the unplaced weight.
pub fn cheapest_places(instance: &Instance, model: &Model, elig: &Eligibility) -> Vec<f64> {
    // The cheapest WPB of a class at a school, once per class: a national instance has
    // millions of (student, school) pairs but a few thousand (class, school) pairs.
    let cheapest_wpb: Vec<Vec<f64>> = elig
        .classes
        .iter()
        .map(|class| {
            let mut at = vec![f64::INFINITY; instance.schools.len()];
            for (&c, wpbs) in &class.wpbs_at {
                at[c] = wpbs
                    .iter()
                    .map(|&w| wpb_cost(instance, model, w))
                    .fold(f64::INFINITY, f64::min);
            }
            at
        })
        .collect();
    // Both cores: at the end of a national run under a time limit this is on the user's
    // clock (20,000 students: 0.5 s on one).
    (0..instance.students.len())
        .into_par_iter()
        .filter_map(|s| elig.class_of[s].map(|k| (s, k)))
        .map(|(s, k)| {
            elig.schools_of[s]
                .iter()
                .filter(|&&c| cheapest_wpb[k][c].is_finite())
                .map(|&c| student_school_cost(instance, model, s, c) + cheapest_wpb[k][c])
                .fold(model.weights.unplaced, f64::min)
        })
        .collect()
}
