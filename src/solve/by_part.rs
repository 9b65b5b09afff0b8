//! A national plan improved part by part, in the time after the parts' bound that the
//! priced program cannot use (too little for its root LP, or pricing unfinished, so that its
//! bound adds nothing): each part (one subject and track) re-planned exactly, from the plan,
//! with everyone else pinned where the plan has them. `20000-coords --time-limit 120`:
//! 5,771,117 → 5,678,491 to 5,704,782 in 14 to 23 s (10 to 20 programs), where the priced
//! program gave nothing.

use super::parts::{parts, Grain};
use super::{chains, ProgramInputs, SolveError};
use crate::domain::Placement;
use std::time::Instant;

/// Seconds one part's program may take at most: most end proven in one to three.
const STEP_SECONDS: f64 = 3.0;

/// Students of a part re-planned in one program at most (with everyone else pinned the
/// program still holds every pinned student's row).
const MOST_STUDENTS: usize = 600;

/// Less than this left, no program is started: it would not get through its presolve.
const AT_LEAST_SECONDS: f64 = 0.5;

/// `plan` (free students only, its objective without the pins) with its parts re-planned
/// one after the other, the largest first, until `until`. `pins_cost` is what the
/// instance's own pins cost, which `plan`'s objective leaves out.
///
/// The largest first did best of three orders measured (`20000-coords --time-limit 120`,
/// after 10 programs): 5,702,488, against 5,716,768 for the parts furthest above their own
/// LP bound first and 5,704,782 for those with unplaced students first. Its big steps come
/// where an earlier part's new plan has freed seats that a later part's students take.
pub(super) fn improve(
    at: &ProgramInputs,
    plan: (Vec<Placement>, f64),
    pins_cost: f64,
    until: Instant,
) -> Result<(Vec<Placement>, f64), SolveError> {
    let mut order: Vec<Vec<usize>> = parts(at.instance, Grain::SubjectAndTrack)
        .into_iter()
        .filter(|p| p.len() <= MOST_STUDENTS)
        .collect();
    order.sort_by_key(|p| (std::cmp::Reverse(p.len()), p[0]));
    let started = Instant::now();
    let before = plan.1;
    let mut plan = plan;
    let mut programs = 0;
    let log = std::env::var_os("STAGEPLAN_HIGHS_LOG").is_some();
    // Passes over every part while one gains: a part's better plan may free seats for
    // another's students.
    'passes: loop {
        let mut gained = false;
        for part in &order {
            let left = until
                .saturating_duration_since(Instant::now())
                .as_secs_f64();
            if left < AT_LEAST_SECONDS {
                break 'passes;
            }
            let mut movers = vec![false; at.instance.students.len()];
            for &s in part.iter().filter(|&&s| at.elig.class_of[s].is_some()) {
                movers[s] = true;
            }
            programs += 1;
            let seconds = left.min(STEP_SECONDS);
            let replanned = chains::replan(at, &plan.0, &movers, pins_cost, seconds)?;
            if log {
                let after = replanned.as_ref().map(|r| r.1);
                eprintln!(
                    "stageplan: by part: {} students, {} -> {after:?}",
                    part.len(),
                    plan.1
                );
            }
            if let Some(better) = replanned.filter(|b| b.1 < plan.1 - 1e-9) {
                plan = better;
                gained = true;
            }
        }
        if !gained {
            break;
        }
    }
    if log {
        eprintln!(
            "stageplan: by part: {programs} programs over {} parts, {before} -> {} in {:.2} s",
            order.len(),
            plan.1,
            started.elapsed().as_secs_f64()
        );
    }
    Ok(plan)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cost::{student_school_cost, wpb_cost};
    use crate::domain::{Instance, Model};
    use crate::solve::tests::{generated, with_inputs};

    /// The objective of a plan when no student is pinned, from the costs of FORMAT.md.
    fn objective(inst: &Instance, m: &Model, plan: &[Placement]) -> f64 {
        let unplaced = inst.students.len() - plan.len();
        plan.iter()
            .map(|p| {
                let c = inst.supervisors[p.wpb].school;
                student_school_cost(inst, m, p.student, c) + wpb_cost(inst, m, p.wpb)
            })
            .sum::<f64>()
            + m.weights.unplaced * unplaced as f64
    }

    /// A generated instance of several parts without pins, and the plan made by hand.
    fn by_hand() -> (Instance, Model, Vec<Placement>) {
        let (mut inst, m) = generated(150, 2, true, true);
        for student in &mut inst.students {
            student.pinned_wpb = None;
        }
        let plan = crate::greedy::greedy(&inst, &m)
            .into_iter()
            .map(|(student, wpb)| Placement { student, wpb })
            .collect();
        (inst, m, plan)
    }

    #[test]
    fn re_planning_the_parts_improves_a_plan_and_says_its_objective() {
        let (inst, m, plan) = by_hand();
        assert!(
            parts(&inst, Grain::SubjectAndTrack).len() > 1,
            "one part only"
        );
        with_inputs(&inst, &m, |at| {
            let before = objective(&inst, &m, &plan);
            let until = Instant::now() + std::time::Duration::from_secs(60);
            let (after, value) = improve(at, (plan, before), 0.0, until).expect("solvable");
            assert!(
                value < before,
                "{value} not below the plan by hand's {before}"
            );
            assert!((value - objective(&inst, &m, &after)).abs() < 1e-6);
            let optimum = crate::solve::solve(&inst, &m, &Default::default()).expect("a plan");
            assert!(value >= optimum.solver_objective - 1e-6);
        });
    }

    #[test]
    fn without_time_the_plan_comes_back_as_it_was() {
        let (inst, m, plan) = by_hand();
        with_inputs(&inst, &m, |at| {
            let before = objective(&inst, &m, &plan);
            let after = improve(at, (plan.clone(), before), 0.0, Instant::now()).expect("ok");
            assert_eq!(after, (plan, before));
        });
    }
}
