//! Solve, then re-check independently: the path every plan takes before it is explained
//! and written. It orchestrates `solve`, `checker` and `repair`; it says nothing itself.

use crate::checker::{self, PlanRow, Verdict, Violation};
use crate::domain::{Instance, Model, Placement};
use crate::lang::{self, Lang};
use crate::outcome::{gap, round, stated_bound, Outcome, RepairSummary};
use crate::repair::{self, Baseline, Change};
use crate::solve::{self, Before, Repair, SolveError, SolveOptions, SolveStatus, Solved};
use std::collections::BTreeMap;

mod tie_break;

/// Options for a repair of a published plan with as few moves as pay.
pub fn repair_options(
    instance: &Instance,
    model: &Model,
    baseline: &Baseline,
    mut options: SolveOptions,
) -> SolveOptions {
    options.repair = Some(Repair {
        before: baseline.before(instance),
        moved_weight: model
            .weights
            .moved_student
            .unwrap_or(repair::DEFAULT_MOVED_WEIGHT),
        bound_from_scratch: true,
    });
    options
}

/// Why no plan is written. Its words are chosen in the reader's language by `say`.
#[derive(Debug)]
pub enum PipelineError {
    /// The input's pins and groups cannot be satisfied (exit code 1).
    Infeasible(Vec<crate::solve::Infeasibility>),
    /// The time limit ended before any plan was found (exit code 2).
    NoPlanInTime,
    /// A failure of the solver or a disagreement with the checker: a bug (exit code 2).
    Internal(Bug),
}

/// A bug in stageplan that stopped a plan from being written.
#[derive(Debug)]
pub enum Bug {
    /// HiGHS failed, in its own words.
    Solver(String),
    /// The checker rejects the solver's plan.
    PlanBreaksRule(Violation),
    /// The checker's objective (with a repair, plus the moves) is not the solver's.
    ObjectivesDiffer { solver: f64, checker: f64 },
}

impl PipelineError {
    /// The error as a sentence in `lang`.
    pub fn say(&self, lang: Lang) -> String {
        use crate::lang::cli as say;
        match self {
            PipelineError::Infeasible(why) => {
                let why: Vec<String> = why.iter().map(|w| w.say(lang)).collect();
                say::NO_PLAN_EXISTS.with_lang(lang, &[("why", why.join("; "))])
            }
            PipelineError::NoPlanInTime => say::NO_PLAN_IN_TIME.of(lang).to_string(),
            PipelineError::Internal(bug) => {
                let message = match bug {
                    Bug::Solver(m) => m.clone(),
                    Bug::PlanBreaksRule(v) => say::PLAN_BREAKS_RULE.with_lang(
                        lang,
                        &[
                            ("rule", v.rule.to_string()),
                            ("name", v.name.to_string()),
                            ("student", v.student.clone()),
                            ("message", v.message.of(lang).to_string()),
                        ],
                    ),
                    Bug::ObjectivesDiffer { solver, checker } => say::OBJECTIVES_DIFFER.with_lang(
                        lang,
                        &[
                            ("solver", lang::number(*solver)),
                            ("checker", lang::number(*checker)),
                        ],
                    ),
                };
                say::INTERNAL.with_lang(lang, &[("message", message)])
            }
        }
    }
}

/// The solver's placements as plan rows, as a user would write them by hand.
pub fn plan_rows(instance: &Instance, solved: &Solved) -> Vec<PlanRow> {
    let placed: Vec<(usize, usize)> = solved
        .placements
        .iter()
        .map(|p| (p.student, p.wpb))
        .collect();
    plan_rows_of(instance, &placed)
}

/// (student, WPB) pairs as plan rows.
pub fn plan_rows_of(instance: &Instance, placed: &[(usize, usize)]) -> Vec<PlanRow> {
    placed
        .iter()
        .enumerate()
        .map(|(i, &(s, w))| {
            let wpb = &instance.supervisors[w];
            PlanRow {
                line: i + 2,
                student_id: instance.students[s].id.clone(),
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
    solve_and_check_against(instance, model, options, None)
}

/// As [`solve_and_check`]; with a published plan, also lists what changed against it.
pub fn solve_and_check_against(
    instance: &Instance,
    model: &Model,
    options: &SolveOptions,
    baseline: Option<&Baseline>,
) -> Result<Outcome, PipelineError> {
    let solved = solve::solve(instance, model, options).map_err(|e| match e {
        SolveError::Infeasible(why) => PipelineError::Infeasible(why),
        SolveError::NoPlanInTime => PipelineError::NoPlanInTime,
        SolveError::Solver(why) => PipelineError::Internal(Bug::Solver(why)),
    })?;
    let verdict = checker::check_plan(instance, model, &plan_rows(instance, &solved));
    if let Some(v) = verdict.violations.first() {
        return Err(PipelineError::Internal(Bug::PlanBreaksRule(v.clone())));
    }
    // Counted from the checked plan, not from the solver.
    let checked: Vec<Placement> = verdict
        .placed
        .iter()
        .map(|&(student, wpb)| Placement { student, wpb })
        .collect();
    let moved = options.repair.as_ref().map(|r| (r, r.moved(&checked)));
    let preferred = options
        .prefer
        .as_ref()
        .map_or(0.0, |p| p.cost_of(instance, &checked, |_| true));
    let expected =
        verdict.objective + moved.map_or(0.0, |(r, n)| r.moved_weight * n as f64) + preferred;
    // FORMAT.md wants the objective to the cent.
    if (expected - solved.solver_objective).abs() > 0.005 {
        return Err(PipelineError::Internal(Bug::ObjectivesDiffer {
            solver: solved.solver_objective,
            checker: expected,
        }));
    }
    let repaired = options.repair.is_some();
    let changes = baseline.map(|b| repair::changes(instance, model, b, &verdict.placed, repaired));
    let no_changes = Vec::new();
    let repair = moved.map(|(r, n)| {
        let changes = changes.as_ref().unwrap_or(&no_changes);
        repair_summary(r, n, &verdict, changes, solved.repair_bound)
    });
    Ok(Outcome {
        solved,
        verdict,
        changes,
        repair,
    })
}

/// A plan from scratch that, of all plans of least objective, keeps the most baseline
/// students at their school, and of those the most with their WPB: a sweep's scenario then
/// changes only what the scenario makes change. The tie-break (see [`tie_break`]) never
/// changes the objective's optimum; the objective, bound and status reported are the
/// FORMAT.md objective's, without it.
pub fn solve_preferring(
    instance: &Instance,
    model: &Model,
    options: &SolveOptions,
    baseline: &Baseline,
) -> Result<Outcome, PipelineError> {
    let before = baseline.before(instance);
    let Some(weight) = tie_break::weight(instance, model, &before) else {
        return solve_and_check_against(instance, model, options, Some(baseline));
    };
    let started = std::time::Instant::now();
    // First the schools: a cost per (student, school) column, no row added.
    let prefer = tie_break::baseline_schools(instance, &before, weight);
    let most = weight * prefer.school.iter().flatten().count() as f64;
    let schools = SolveOptions {
        prefer: Some(prefer),
        ..options.clone()
    };
    let mut outcome = solve_and_check_against(instance, model, &schools, Some(baseline))?;
    let solved = &mut outcome.solved;
    solved.solver_objective = outcome.verdict.objective;
    // Optimal for objective + tie-break is optimal for the objective (see `tie_break`);
    // otherwise the tie-break's largest total is taken off the bound, which stays proven.
    solved.bound = match solved.status {
        SolveStatus::Optimal => outcome.verdict.objective,
        SolveStatus::TimeLimit => (solved.bound - most).min(outcome.verdict.objective),
    };
    // Then the WPBs, every school kept: a small program.
    let left = options
        .time_limit_seconds
        .map(|t| t - started.elapsed().as_secs_f64());
    if left.is_none_or(|l| l > 0.0) {
        let wpbs = SolveOptions {
            time_limit_seconds: left,
            start: Some(solve::start_of(instance, &outcome.verdict.placed)),
            repair: Some(Repair {
                before,
                moved_weight: weight,
                bound_from_scratch: false,
            }),
            ..options.clone()
        };
        let kept = tie_break::keep_schools(instance, &outcome.verdict.placed);
        if let Ok(with) = solve_and_check(&kept, model, &wpbs) {
            // The exclusions were ours: the plan must keep every rule without them, and by
            // the argument of `tie_break` its objective is the same.
            let verdict = checker::check_plan(instance, model, &plan_rows(instance, &with.solved));
            let same = (verdict.objective - outcome.verdict.objective).abs() <= 0.005;
            if verdict.violations.is_empty() && same {
                outcome.solved.placements = with.solved.placements;
                outcome.verdict = verdict;
            }
        }
    }
    outcome.solved.seconds = started.elapsed().as_secs_f64();
    outcome.changes = Some(repair::changes(
        instance,
        model,
        baseline,
        &outcome.verdict.placed,
        false,
    ));
    Ok(outcome)
}

fn repair_summary(
    repair: &Repair,
    moved: usize,
    verdict: &Verdict,
    changes: &[Change],
    bound: Option<f64>,
) -> RepairSummary {
    let mut by_reason: BTreeMap<String, usize> = BTreeMap::new();
    for c in changes
        .iter()
        .filter(|c| c.before.is_some() && c.code != "STUDENT_REMOVED")
    {
        *by_reason.entry(c.code.to_string()).or_default() += 1;
    }
    let baseline_placed = repair
        .before
        .iter()
        .filter(|b| **b != Before::Unplaced)
        .count();
    let repair_objective = round(verdict.objective + repair.moved_weight * moved as f64, 6);
    // Without a bound of its own, 0 holds (every cost is at least 0).
    let repair_bound = stated_bound(round(bound.unwrap_or(0.0), 6), repair_objective);
    RepairSummary {
        moved_student_weight: repair.moved_weight,
        baseline_placed,
        kept: baseline_placed - moved,
        moved,
        moved_by_reason: by_reason,
        newly_placed: changes.iter().filter(|c| c.before.is_none()).count(),
        repair_objective,
        repair_bound,
        repair_gap: gap(repair_objective, repair_bound),
    }
}
