//! The tie-break of a sweep's scenario: among plans of least objective, the one that
//! keeps the most placements of the baseline. It costs `weight` per baseline student who
//! is not with their WPB of then, with `weight` so small that it never changes which
//! objective value is optimal.
//!
//! Why it cannot: every coefficient of the objective (FORMAT.md section 3: the weights,
//! travel minute x minutes, rank x position) is a whole multiple of a step `q`, a power
//! of ten found below (1 for the HOS model: whole weights and whole minutes). So the
//! objective f of any plan is a multiple of q, and two plans of different objective
//! differ by at least q. The tie-break t of a plan lies in [0, B x weight] for the B
//! students of the baseline plan, and weight = q / (2 (B + 1)) keeps it below q / 2. Let
//! P minimise f + t and suppose a plan P' had f(P') < f(P); then f(P') <= f(P) - q and
//! f(P') + t(P') < f(P) - q + q / 2 < f(P) + t(P), so P would not be minimal. Hence
//! f(P) is the optimum of f, and of the plans with that optimum P moves the fewest.
//! HiGHS proves f + t to within 1e-7 (`highs_run`), below q / 2 for every q >= 1e-6,
//! so the argument holds for the plan it returns. A finer step gives no tie-break.
//! Since `weight` is q over the whole number 2 (B + 1), the program's costs times
//! 1 / `weight` are whole: HiGHS gets them so (`PlacementProgram::whole_objective`), knows
//! that two plans differ by at least 1, and ends its proof there.
//!
//! It runs in two steps, each under the same argument. First the schools: `weight` per
//! baseline student away from their school of then, a cost on the (student, school)
//! columns that adds no row. Then the WPBs, with every school kept: `weight` per baseline
//! student not with their WPB of then (the repair's columns and rows, small here). One
//! program counting WPB moves over all schools at once (the fewest moves overall, where
//! this takes schools first) made a sweep 1.4 times as long: its rows per (class, WPB)
//! slowed HiGHS, the cost per column did not.

use crate::domain::{Instance, Model};
use crate::solve::{Before, Prefer};

/// The finest step the tie-break accepts: below it HiGHS's tolerance could let it count.
const FINEST: i32 = 6;

/// The largest power of ten (1, 0.1, ... 1e-6) of which `x` is a whole multiple.
fn step(x: f64) -> Option<i32> {
    (0..=FINEST).find(|&k| {
        let scaled = x * 10f64.powi(k);
        (scaled - scaled.round()).abs() <= 1e-9 * scaled.abs().max(1.0)
    })
}

/// Decimal places of the objective's step: every cost coefficient is a whole multiple
/// of 10^-places. `None` when that needs more than [`FINEST`] places.
fn objective_places(instance: &Instance, model: &Model) -> Option<i32> {
    let w = &model.weights;
    let mut places = 0;
    for x in [
        w.unplaced,
        w.same_type_as_previous,
        w.preference_rank,
        w.preference_unlisted,
        w.uncertified_wpb,
    ] {
        places = places.max(step(x)?);
    }
    // A travel cost is travel_minute x minutes: the steps of both multiply.
    let mut minutes = 0;
    for s in 0..instance.students.len() {
        for c in 0..instance.schools.len() {
            if let Some(m) = instance.travel.minutes(s, c) {
                minutes = minutes.max(step(m)?);
            }
        }
    }
    let travel = step(w.travel_minute)? + minutes;
    let places = places.max(travel);
    (places <= FINEST).then_some(places)
}

/// The tie-break weight per moved baseline student, or `None` when the objective has no
/// step the argument above can use.
pub(super) fn weight(instance: &Instance, model: &Model, before: &[Before]) -> Option<f64> {
    let places = objective_places(instance, model)?;
    let baseline = before.iter().filter(|b| **b != Before::Unplaced).count();
    let q = 10f64.powi(-places);
    Some(q / (2.0 * (baseline as f64 + 1.0)))
}

/// The first step: each baseline student's school of then, at `weight`.
pub(super) fn baseline_schools(instance: &Instance, before: &[Before], weight: f64) -> Prefer {
    let school = before
        .iter()
        .map(|b| match b {
            Before::With(w) => Some(instance.supervisors[*w].school),
            _ => None,
        })
        .collect();
    Prefer { school, weight }
}

/// The second step's instance: each student who is not pinned may go only to their school
/// in `placed`, or nowhere when unplaced there.
pub(super) fn keep_schools(instance: &Instance, placed: &[(usize, usize)]) -> Instance {
    let mut school = vec![None; instance.students.len()];
    for &(s, w) in placed {
        school[s] = Some(instance.supervisors[w].school);
    }
    let mut kept = instance.clone();
    for (s, student) in kept.students.iter_mut().enumerate() {
        if student.pinned_wpb.is_none() {
            student.excluded_schools = (0..instance.schools.len())
                .filter(|&c| Some(c) != school[s])
                .collect();
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::{step, weight};
    use crate::pipeline::{solve_and_check, solve_preferring};
    use crate::repair::Baseline;
    use crate::solve::{Before, Prefer, SolveOptions, SolveStatus};
    use crate::testkit::{instance, model, school, student, wpb};

    /// Two schools as far from everyone, one WPB at A and two at B.
    fn two_equal_schools() -> crate::domain::Instance {
        instance(
            vec![school("A", &["vo"]), school("B", &["vo"])],
            vec![
                wpb("W1", 0, &["wi"], "ma|wo"),
                wpb("W2", 1, &["wi"], "ma|wo"),
                wpb("W3", 1, &["wi"], "ma|wo"),
            ],
            vec![student("S1", 0, "wi"), student("S2", 0, "wi")],
            30.0,
        )
    }

    #[test]
    fn the_preferred_school_decides_between_equally_good_plans() {
        let inst = two_equal_schools();
        let m = model();
        let plain = solve_and_check(&inst, &m, &SolveOptions::default()).unwrap();
        for school in [0, 1] {
            // S1 prefers `school`; S2 is pinned to W3 and prefers A, which costs the pins'
            // constant the tie-break too.
            let mut pinned = inst.clone();
            pinned.students[1].pinned_wpb = Some(2);
            let options = SolveOptions {
                prefer: Some(Prefer {
                    school: vec![Some(school), Some(0)],
                    weight: 0.01,
                }),
                ..SolveOptions::default()
            };
            let with = solve_and_check(&pinned, &m, &options).unwrap();
            let s1 = with.verdict.placed.iter().find(|p| p.0 == 0).unwrap().1;
            assert_eq!(pinned.supervisors[s1].school, school);
            assert_eq!(with.verdict.objective, plain.verdict.objective);
            // The solver's objective counts S2 away from A, and S1 nowhere away.
            assert!((with.solved.solver_objective - plain.verdict.objective - 0.01).abs() < 1e-9);
        }
    }

    #[test]
    fn a_scenario_keeps_the_baseline_school_and_then_the_baseline_wpb() {
        let inst = two_equal_schools();
        let m = model();
        // The baseline had S1 with W2 and S2 with W1. Without the second step the plan has
        // S1 with W3, as good and at the same school.
        let baseline = Baseline::from_placed(&inst, &[(0, 1), (1, 0)]);
        let options = SolveOptions::default();
        let outcome = solve_preferring(&inst, &m, &options, &baseline).unwrap();
        assert_eq!(outcome.verdict.placed, vec![(0, 1), (1, 0)]);
        assert_eq!(outcome.solved.status, SolveStatus::Optimal);
        assert_eq!(outcome.changes.as_ref().map(Vec::len), Some(0));
        let plain = solve_and_check(&inst, &m, &options).unwrap();
        assert_eq!(outcome.verdict.objective, plain.verdict.objective);
        assert_eq!(outcome.solved.bound, plain.verdict.objective);
        assert_eq!(outcome.solved.solver_objective, plain.verdict.objective);
    }

    #[test]
    fn all_moves_together_cost_less_than_half_the_objective_step() {
        let schools = vec![school("A", &["vo"]), school("B", &["vo"])];
        let wpbs = vec![
            wpb("W1", 0, &["wi"], "ma|wo"),
            wpb("W2", 1, &["wi"], "ma|wo"),
        ];
        let students = vec![student("S1", 0, "wi"), student("S2", 0, "wi")];
        let before = [Before::With(0), Before::With(1)];
        let mut m = model();
        // Whole weights and minutes: a step of 1.
        let whole = instance(schools.clone(), wpbs.clone(), students.clone(), 30.0);
        let w = weight(&whole, &m, &before).unwrap();
        assert!(2.0 * w < 0.5, "{w}");
        // Half minutes and a weight of 0.05: a step of 0.001 (travel_minute x minutes).
        m.weights.travel_minute = 0.05;
        let halves = instance(schools.clone(), wpbs.clone(), students.clone(), 30.5);
        let w = weight(&halves, &m, &before).unwrap();
        assert!(2.0 * w < 0.5 * 0.001 && 2.0 * w > 0.0, "{w}");
        // A weight with more decimals than HiGHS proves: no tie-break.
        m.weights.travel_minute = 1.0 / 3.0;
        assert_eq!(weight(&halves, &m, &before), None);
    }

    #[test]
    fn steps_are_the_decimal_places_a_value_needs() {
        assert_eq!(step(10000.0), Some(0));
        assert_eq!(step(0.0), Some(0));
        assert_eq!(step(2.5), Some(1));
        assert_eq!(step(0.05), Some(2));
        assert_eq!(step(1.0 / 3.0), None);
    }
}
