//! Solve, re-check independently, explain: the path every plan takes before it is written.

use crate::checker::{self, PlanRow, Verdict};
use crate::domain::{Instance, Model};
use crate::report::{files, unplaced};
use crate::solve::{self, SolveError, SolveOptions, Solved};
use std::collections::BTreeSet;

/// A plan that passed the checker, with its reasons for the unplaced students.
pub struct Outcome {
    pub solved: Solved,
    pub verdict: Verdict,
    pub reasons: Vec<unplaced::UnplacedReason>,
}

/// Why no plan is written; each message is a sentence for the user.
#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    /// The input's pins and groups cannot be satisfied (exit code 1).
    #[error("no plan exists for this input (status infeasible_input): {}; change the pins or groups", .0.join("; "))]
    Infeasible(Vec<String>),
    /// The time limit ended before any plan was found (exit code 2).
    #[error("no plan was found within the time limit; run again with a longer --time-limit")]
    NoPlanInTime,
    /// A failure of the solver or a disagreement with the checker: a bug (exit code 2).
    #[error("internal error: {0}")]
    Internal(String),
}

/// The solver's placements as plan rows, as a user would write them by hand.
pub fn plan_rows(instance: &Instance, solved: &Solved) -> Vec<PlanRow> {
    solved
        .placements
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let wpb = &instance.supervisors[p.wpb];
            PlanRow {
                line: i + 2,
                student_id: instance.students[p.student].id.clone(),
                school_id: instance.schools[wpb.school].id.clone(),
                wpb_id: wpb.id.clone(),
            }
        })
        .collect()
}

/// Solves, then re-checks the plan with the independent checker; a plan that breaks a
/// rule or whose objective differs from the solver's is never passed on.
pub fn solve_and_check(
    instance: &Instance,
    model: &Model,
    options: &SolveOptions,
) -> Result<Outcome, PipelineError> {
    let solved = solve::solve(instance, model, options).map_err(|e| match e {
        SolveError::Infeasible(why) => PipelineError::Infeasible(why),
        SolveError::NoPlanInTime => PipelineError::NoPlanInTime,
        SolveError::Solver(why) => PipelineError::Internal(why),
    })?;
    let verdict = checker::check_plan(instance, model, &plan_rows(instance, &solved));
    if let Some(v) = verdict.violations.first() {
        return Err(PipelineError::Internal(format!(
            "the optimiser's plan breaks rule {} ({}) for '{}': {}; this is a bug in stageplan, please report it with the input",
            v.rule, v.name, v.student, v.message
        )));
    }
    // FORMAT.md wants the objective to the cent.
    if (verdict.objective - solved.solver_objective).abs() > 0.005 {
        return Err(PipelineError::Internal(format!(
            "the solver's objective {} differs from the checker's {}; this is a bug in stageplan, please report it with the input",
            files::number(solved.solver_objective),
            files::number(verdict.objective)
        )));
    }
    let placed: BTreeSet<usize> = verdict.placed.iter().map(|&(s, _)| s).collect();
    let reasons = unplaced::reasons(instance, model, &placed);
    Ok(Outcome {
        solved,
        verdict,
        reasons,
    })
}

/// The output files of `solve`, in memory, ready to be written atomically.
pub fn output_files(
    instance: &Instance,
    model: &Model,
    outcome: &Outcome,
    warnings: usize,
) -> Vec<(&'static str, Vec<u8>)> {
    vec![
        (
            "plan.csv",
            files::plan_csv(instance, model, &outcome.verdict),
        ),
        (
            "unplaced.csv",
            files::unplaced_csv(instance, model, &outcome.reasons),
        ),
        (
            "summary.json",
            files::summary_json(instance, model, &outcome.solved, &outcome.verdict, warnings),
        ),
    ]
}
