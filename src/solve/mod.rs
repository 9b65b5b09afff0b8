//! The optimiser: the only module that imports good_lp. It builds the integer program
//! from the rules, runs HiGHS and turns the answer back into placements.

pub mod cost;
mod eligibility;
mod highs_run;
mod pins;
mod program;
mod start;

use crate::domain::{Instance, Model, Placement};
use good_lp::SolverModel;
use program::PlacementProgram;
use std::collections::{BTreeMap, HashMap};
use std::time::Instant;

/// How to run the solver.
#[derive(Debug, Clone, Default)]
pub struct SolveOptions {
    /// Stop after this many seconds with the best plan found and its proven bound.
    pub time_limit_seconds: Option<f64>,
    /// A plan to start from, per student its WPB (the baseline of a sweep). Only the
    /// placements that still keep every rule are used; it changes the speed, not the optimum.
    pub start: Option<Vec<Option<usize>>>,
    /// Re-plan a published plan with as few moves as pay (see [`Repair`]).
    pub repair: Option<Repair>,
}

/// Where a student was in the published plan that a repair starts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Before {
    /// Not placed in it (or not in it at all): nothing to keep.
    Unplaced,
    /// With this WPB, which still exists.
    With(usize),
    /// With a WPB that is no longer in supervisors.csv: the student must move.
    WpbGone,
}

/// Minimal-disruption repair: the objective of FORMAT.md plus `moved_weight` for every
/// student of the published plan who does not stay with their WPB.
#[derive(Debug, Clone)]
pub struct Repair {
    /// Per student of the instance.
    pub before: Vec<Before>,
    pub moved_weight: f64,
}

impl Repair {
    /// Students of the published plan who are not with their WPB of then.
    pub fn moved(&self, placements: &[Placement]) -> usize {
        let now: HashMap<usize, usize> = placements.iter().map(|p| (p.student, p.wpb)).collect();
        self.before
            .iter()
            .enumerate()
            .filter(|&(s, b)| match b {
                Before::Unplaced => false,
                Before::With(w) => now.get(&s) != Some(w),
                Before::WpbGone => true,
            })
            .count()
    }
}

/// Whether the plan is proven optimal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SolveStatus {
    Optimal,
    TimeLimit,
}

impl SolveStatus {
    /// The name used in summary.json.
    pub fn as_str(self) -> &'static str {
        match self {
            SolveStatus::Optimal => "optimal",
            SolveStatus::TimeLimit => "time_limit",
        }
    }
}

/// A plan with the solver's status and its proven lower bound on the objective.
#[derive(Debug, Clone)]
pub struct Solved {
    pub placements: Vec<Placement>,
    pub status: SolveStatus,
    /// Proven lower bound on the objective of FORMAT.md section 3.
    pub bound: f64,
    /// The objective as the solver computed it, to compare with the checker's.
    pub solver_objective: f64,
    pub seconds: f64,
    pub variables: usize,
    pub constraints: usize,
}

/// Why no plan could be made.
#[derive(Debug, Clone, PartialEq)]
pub enum SolveError {
    /// The pins and groups together cannot be satisfied; each line says why.
    Infeasible(Vec<String>),
    /// No plan was found within the time limit, and leaving everyone free unplaced is no
    /// plan either (a pinned group must be placed).
    NoPlanInTime,
    /// The solver failed; a bug or a resource problem, not the user's input.
    Solver(String),
}

/// Pins that leave no plan at all because a group must follow a pinned member to a
/// school where another member has no fitting WPB; one sentence each. `check` reports
/// these before any solving.
pub fn pin_conflicts(instance: &Instance, model: &Model) -> Vec<String> {
    let (residual, _, _) = pins::apply_pins(instance, model);
    let elig = eligibility::eligibility(instance, model, &residual);
    pins::members_that_cannot_follow_the_pin(instance, &residual, &elig)
}

fn solve_error(e: highs_run::RunError) -> SolveError {
    match e {
        highs_run::RunError::Infeasible => SolveError::Infeasible(vec![
            "the pinned students and their groups cannot all be placed within the capacities"
                .into(),
        ]),
        highs_run::RunError::Solver(why) => SolveError::Solver(why),
    }
}

/// The program of every hard rule; `relaxed` for the LP relaxation.
fn build<'a>(
    instance: &'a Instance,
    model: &'a Model,
    elig: &'a eligibility::Eligibility,
    residual: &pins::Residual,
    relaxed: bool,
) -> PlacementProgram<'a> {
    let mut program = PlacementProgram::new(instance, model, elig, residual, relaxed);
    program.each_student_at_one_school_or_unplaced();
    program.students_at_school_match_wpbs_taking_them();
    program.wpb_capacity(residual);
    program.school_capacity(residual);
    program.group_at_one_school(residual);
    program.rival_groups_not_at_the_same_school();
    program
}

/// A lower bound on the objective of every plan, from the LP relaxation of the program:
/// quick, and the reference against which any plan (also a hand-made one) is scored.
pub fn lp_bound(instance: &Instance, model: &Model) -> Result<f64, SolveError> {
    let (residual, _, fixed_cost) = pins::apply_pins(instance, model);
    let elig = eligibility::eligibility(instance, model, &residual);
    let conflicts = pins::members_that_cannot_follow_the_pin(instance, &residual, &elig);
    if !conflicts.is_empty() {
        return Err(SolveError::Infeasible(conflicts));
    }
    let program = build(instance, model, &elig, &residual, true);
    let PlacementProgram {
        vars,
        objective,
        constraints,
        ..
    } = program;
    let mut problem = vars.minimise(objective).using(good_lp::highs);
    for c in constraints {
        problem.add_constraint(c);
    }
    let outcome = highs_run::run(problem, None, None).map_err(solve_error)?;
    Ok(outcome.objective + fixed_cost)
}

/// Finds a plan of least objective that keeps every hard rule.
pub fn solve(
    instance: &Instance,
    model: &Model,
    options: &SolveOptions,
) -> Result<Solved, SolveError> {
    let started = Instant::now();
    let (residual, mut placements, mut fixed_cost) = pins::apply_pins(instance, model);
    let elig = eligibility::eligibility(instance, model, &residual);
    let conflicts = pins::members_that_cannot_follow_the_pin(instance, &residual, &elig);
    if !conflicts.is_empty() {
        return Err(SolveError::Infeasible(conflicts));
    }
    let mut program = build(instance, model, &elig, &residual, false);
    if let Some(repair) = &options.repair {
        program.keep_baseline_assignments(&repair.before, repair.moved_weight);
        // Every student of the published plan counts as moved until a kept column or a
        // pin to the same WPB says otherwise.
        fixed_cost += repair.moved_weight * repair.moved(&placements) as f64;
    }
    let PlacementProgram {
        vars,
        objective,
        constraints,
        at_school,
        unplaced,
        takes,
        kept,
        ..
    } = program;
    let variables = vars.len();
    // good_lp numbers columns in creation order but keeps the number private.
    let column: HashMap<good_lp::Variable, usize> = vars
        .iter_variables_with_def()
        .enumerate()
        .map(|(i, (v, _))| (v, i))
        .collect();
    let constraint_count = constraints.len();
    let mut problem = vars.minimise(objective).using(good_lp::highs);
    for c in constraints {
        problem.add_constraint(c);
    }
    let before = options.repair.as_ref().map(|r| r.before.as_slice());
    let wanted = options.start.clone().or_else(|| {
        before.map(|b| {
            b.iter()
                .map(|x| match x {
                    Before::With(w) => Some(*w),
                    _ => None,
                })
                .collect()
        })
    });
    let start = wanted.and_then(|wanted| {
        let columns = start::Columns {
            at_school: &at_school,
            unplaced: &unplaced,
            takes: &takes,
            kept: &kept,
            index: &column,
        };
        start::start_values(instance, model, &elig, &residual, &columns, &wanted, before)
    });
    let outcome = highs_run::run(problem, options.time_limit_seconds, start.as_deref())
        .map_err(solve_error)?;
    // Without a plan in time, every free student stays unplaced: a plan all the same.
    let solver_objective = match &outcome.values {
        Some(values) => {
            let value = |v: &good_lp::Variable| values[column[v]];
            placements.extend(decode(instance, &elig, &at_school, &takes, before, value));
            outcome.objective + fixed_cost
        }
        None if instance.students.iter().any(|s| {
            s.pinned_wpb.is_none()
                && s.group
                    .as_ref()
                    .is_some_and(|g| residual.group_school.contains_key(g))
        }) =>
        {
            return Err(SolveError::NoPlanInTime);
        }
        None => {
            fixed_cost
                + model.weights.unplaced * (instance.students.len() - placements.len()) as f64
        }
    };
    placements.sort();
    Ok(Solved {
        placements,
        status: if outcome.proven_optimal {
            SolveStatus::Optimal
        } else {
            SolveStatus::TimeLimit
        },
        bound: outcome.bound + fixed_cost,
        solver_objective,
        seconds: started.elapsed().as_secs_f64(),
        variables,
        constraints: constraint_count,
    })
}

/// Turns school choices and per-class WPB counts into named placements. Within a school
/// and class, students of a repaired plan first get their old WPB back where it has a
/// seat; then students (ascending) fill WPBs (ascending), so the result is deterministic.
fn decode(
    instance: &Instance,
    elig: &eligibility::Eligibility,
    at_school: &[Vec<(usize, good_lp::Variable)>],
    takes: &[Vec<(usize, good_lp::Variable)>],
    before: Option<&[Before]>,
    value: impl Fn(&good_lp::Variable) -> f64,
) -> Vec<Placement> {
    let mut placements = Vec::new();
    for (k, class) in elig.classes.iter().enumerate() {
        let mut seats: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for &(w, x) in &takes[k] {
            let n = value(&x).round() as usize;
            seats
                .entry(instance.supervisors[w].school)
                .or_default()
                .extend(std::iter::repeat_n(w, n));
        }
        let school_of = |s: usize| {
            at_school[s]
                .iter()
                .find(|(_, y)| value(y) > 0.5)
                .map(|&(c, _)| c)
        };
        let mut seated = vec![false; class.students.len()];
        if let Some(before) = before {
            for (i, &s) in class.students.iter().enumerate() {
                let (Some(c), Before::With(w)) = (school_of(s), before[s]) else {
                    continue;
                };
                let Some(list) = seats.get_mut(&c) else {
                    continue;
                };
                if let Some(at) = list.iter().position(|&v| v == w) {
                    list.remove(at);
                    placements.push(Placement { student: s, wpb: w });
                    seated[i] = true;
                }
            }
        }
        for (i, &s) in class.students.iter().enumerate() {
            let Some(c) = school_of(s).filter(|_| !seated[i]) else {
                continue;
            };
            if let Some(w) = seats
                .get_mut(&c)
                .and_then(|list| (!list.is_empty()).then(|| list.remove(0)))
            {
                placements.push(Placement { student: s, wpb: w });
            }
        }
    }
    placements
}

#[cfg(test)]
mod tests;
