//! Solve, re-check independently, explain: the path every plan takes before it is written.

use crate::checker::{self, PlanRow, Verdict};
use crate::domain::{Instance, Model};
use crate::input::problem::Problem;
use crate::lang::Lang;
use crate::repair::{self, Baseline, Change};
use crate::report::files::RepairSummary;
use crate::report::manifest::Manifest;
use crate::report::{files, unplaced};
use crate::solve::{self, Before, Repair, SolveError, SolveOptions, Solved};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// A plan that passed the checker, with its reasons for the unplaced students.
#[derive(Clone)]
pub struct Outcome {
    pub solved: Solved,
    pub verdict: Verdict,
    pub reasons: Vec<unplaced::UnplacedReason>,
    /// With a published plan: every student whose school or WPB differs from it.
    pub changes: Option<Vec<Change>>,
    /// For a repair: how many stayed and moved.
    pub repair: Option<RepairSummary>,
    /// What keeps students out and what would help, when `solve` diagnosed the plan
    /// (sweeps do not, to stay fast).
    pub advice: Option<Advice>,
}

/// The diagnosis as report.html shows it.
#[derive(Clone)]
pub struct Advice {
    pub bottlenecks: Vec<crate::explain::bottleneck::Bottleneck>,
    pub suggestions: Vec<crate::explain::suggest::Suggestion>,
    /// Promising changes the diagnosis's time did not allow to verify.
    pub not_verified_in_time: usize,
}

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
    });
    options
}

/// Students of the published plan not with their WPB of then, counted from the checked
/// plan (not from the solver).
fn moved(before: &[Before], placed: &[(usize, usize)]) -> usize {
    let now: HashMap<usize, usize> = placed.iter().copied().collect();
    before
        .iter()
        .enumerate()
        .filter(|&(s, b)| match *b {
            Before::Unplaced => false,
            Before::With(w) => now.get(&s) != Some(&w),
            Before::WpbGone => true,
        })
        .count()
}

/// Why no plan is written; each message is a sentence for the user, in the language of
/// the run.
#[derive(Debug)]
pub enum PipelineError {
    /// The input's pins and groups cannot be satisfied (exit code 1).
    Infeasible(Vec<String>),
    /// The time limit ended before any plan was found (exit code 2).
    NoPlanInTime,
    /// A failure of the solver or a disagreement with the checker: a bug (exit code 2).
    Internal(String),
}

impl std::fmt::Display for PipelineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::lang::cli as say;
        let text = match self {
            PipelineError::Infeasible(why) => {
                say::NO_PLAN_EXISTS.now_with(&[("why", why.join("; "))])
            }
            PipelineError::NoPlanInTime => say::NO_PLAN_IN_TIME.now().to_string(),
            PipelineError::Internal(m) => say::INTERNAL.now_with(&[("message", m.clone())]),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for PipelineError {}

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
        SolveError::Solver(why) => PipelineError::Internal(why),
    })?;
    let verdict = checker::check_plan(instance, model, &plan_rows(instance, &solved));
    if let Some(v) = verdict.violations.first() {
        return Err(PipelineError::Internal(format!(
            "the optimiser's plan breaks rule {} ({}) for '{}': {}; this is a bug in stageplan, please report it with the input",
            v.rule, v.name, v.student, v.message
        )));
    }
    let moved = options
        .repair
        .as_ref()
        .map(|r| (r, moved(&r.before, &verdict.placed)));
    let expected = verdict.objective + moved.map_or(0.0, |(r, n)| r.moved_weight * n as f64);
    // FORMAT.md wants the objective to the cent.
    if (expected - solved.solver_objective).abs() > 0.005 {
        return Err(PipelineError::Internal(format!(
            "the solver's objective {} differs from the checker's {}; this is a bug in stageplan, please report it with the input",
            files::number(solved.solver_objective),
            files::number(expected)
        )));
    }
    let placed: BTreeSet<usize> = verdict.placed.iter().map(|&(s, _)| s).collect();
    let reasons = unplaced::reasons(instance, model, &placed);
    let repaired = options.repair.is_some();
    let changes = baseline.map(|b| repair::changes(instance, model, b, &verdict.placed, repaired));
    let no_changes = Vec::new();
    let repair =
        moved.map(|(r, n)| repair_summary(r, n, &verdict, changes.as_ref().unwrap_or(&no_changes)));
    Ok(Outcome {
        solved,
        verdict,
        reasons,
        changes,
        repair,
        advice: None,
    })
}

fn repair_summary(
    repair: &Repair,
    moved: usize,
    verdict: &Verdict,
    changes: &[Change],
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
    RepairSummary {
        moved_student_weight: repair.moved_weight,
        baseline_placed,
        kept: baseline_placed - moved,
        moved,
        moved_by_reason: by_reason,
        newly_placed: changes.iter().filter(|c| c.before.is_none()).count(),
        repair_objective: verdict.objective + repair.moved_weight * moved as f64,
    }
}

/// The output files of `solve`, in memory, ready to be written atomically.
pub fn output_files(
    instance: &Instance,
    model: &Model,
    outcome: &Outcome,
    warnings: &[Problem],
    lang: Lang,
    manifest: &Manifest,
) -> Vec<(&'static str, Vec<u8>)> {
    let mut out = vec![
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
            files::summary_json(
                instance,
                model,
                &outcome.solved,
                &outcome.verdict,
                crate::input::problem::total(warnings),
                outcome.repair.as_ref(),
            ),
        ),
    ];
    // In memory, so writing it can only fail on a bug; the CSV outputs carry the plan then.
    match crate::report::workbook::plan_xlsx(instance, model, outcome, warnings, lang) {
        Ok(bytes) => out.push(("plan.xlsx", bytes)),
        Err(e) => {
            eprintln!("warning: plan.xlsx could not be made ({e}); the CSV files are complete")
        }
    }
    out.push((
        "report.html",
        crate::report::html::plan_report(instance, model, outcome, warnings, manifest, lang),
    ));
    if let Some(changes) = &outcome.changes {
        out.push(("changes.csv", repair::changes_csv(changes)));
    }
    out
}
