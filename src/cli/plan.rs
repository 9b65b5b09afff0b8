//! `solve`: from scratch, repairing a published plan, or keeping a plan.xlsx with the
//! corrections pinned in it.

use super::{load, print_problems, summary, warn, FAILURE, INVALID};
use crate::budget::Budget;
use crate::checker;
use crate::explain::{self, DiagnoseOptions};
use crate::lang::cli as say;
use crate::lang::{progress as phase, Lang};
use crate::outcome::Outcome;
use crate::pipeline::{self, PipelineError};
use crate::repair::Baseline;
use crate::report::manifest::Manifest;
use crate::report::{self, atomic, PlanFiles};
use crate::solve::SolveOptions;
use std::path::Path;
use std::process::ExitCode;

/// The published plan of a repair, as a baseline.
pub(super) fn read_baseline(path: &Path, lang: Lang) -> Result<Baseline, ExitCode> {
    let rows = checker::read_plan(path).map_err(|problems| {
        print_problems(&problems, lang);
        eprintln!("{}", say::NOTHING_PLANNED_BASELINE.of(lang));
        ExitCode::from(INVALID)
    })?;
    Ok(Baseline::from_rows(&rows))
}

pub(super) struct SolveRun<'a> {
    pub(super) instance: &'a Path,
    pub(super) model: Option<&'a Path>,
    pub(super) out: &'a Path,
    pub(super) options: SolveOptions,
    pub(super) quiet: bool,
    pub(super) baseline_plan: Option<&'a Path>,
    pub(super) suggestions: usize,
    pub(super) lang: Lang,
    /// An edited plan.xlsx whose `vastzetten` placements are pinned; the rest of it is
    /// kept as with `baseline_plan`, unless `pins_from_scratch`.
    pub(super) pins: Option<&'a Path>,
    /// `--pins-from-scratch`: only the pins are kept, everyone else is planned anew.
    pub(super) pins_from_scratch: bool,
    /// The clock of the whole run: `--time-limit` bounds reading to writing.
    pub(super) budget: Budget,
    /// `--diagnosis-seconds`: what the suggestions may take instead of the default share.
    pub(super) diagnosis_seconds: Option<f64>,
}

/// Loads the instance with the placements that an edited plan.xlsx pins; `whole_plan`:
/// the plan is kept as well, so every row (not only the pinned) must agree with its WPB.
fn load_with_pins(
    instance: &Path,
    model: Option<&Path>,
    plan: &Path,
    whole_plan: bool,
    lang: Lang,
) -> Result<crate::input::Loaded, ExitCode> {
    let mut problems = crate::input::problem::Problems::default();
    let read = crate::input::pins_file::PinsFromPlan::read(plan, whole_plan, &mut problems);
    let Some(pins) = read else {
        print_problems(&problems.into_sorted(), lang);
        return Err(ExitCode::from(INVALID));
    };
    if problems.has_errors() {
        print_problems(&problems.into_sorted(), lang);
        return Err(ExitCode::from(INVALID));
    }
    crate::input::load_adjusted(instance, model, &pins).map_err(|problems| {
        print_problems(&problems, lang);
        eprintln!("{}", say::NOTHING_PLANNED.of(lang));
        ExitCode::from(INVALID)
    })
}

pub(super) fn solve(run: SolveRun) -> Result<(), ExitCode> {
    let SolveRun {
        instance,
        model,
        out,
        options,
        quiet,
        baseline_plan,
        suggestions,
        lang,
        pins,
        pins_from_scratch,
        budget,
        diagnosis_seconds,
    } = run;
    let model_path = model;
    let loaded = match pins {
        Some(pins) => load_with_pins(instance, model, pins, !pins_from_scratch, lang)?,
        None => load(instance, model, lang)?,
    };
    if !quiet && !loaded.warnings.is_empty() {
        print_problems(&loaded.warnings, lang);
    }
    let (inst, model) = (&loaded.instance, &loaded.model);
    // Pins from a plan mean "this plan, with these corrections": the plan they came from
    // is repaired around them, unless --baseline-plan names the plan to keep instead.
    let kept_plan = baseline_plan.or(pins.filter(|_| !pins_from_scratch));
    let baseline = kept_plan.map(|p| read_baseline(p, lang)).transpose()?;
    let mut options = match &baseline {
        Some(b) => pipeline::repair_options(inst, model, b, options),
        None => options,
    };
    // A solve finds the maximum flow beside itself; a repair leaves it to the diagnosis.
    let flow_in_solve = options.repair.is_none();
    options.time_limit_seconds =
        budget.solve_seconds(inst.students.len(), inst.supervisors.len(), flow_in_solve);
    let spinner = super::progress::Spinner::start(quiet, lang);
    spinner.phase(&phase::SOLVING);
    let checked = solve_checked(inst, model, &options, baseline.as_ref(), &spinner, lang);
    let mut outcome = checked?;
    spinner.phase(&phase::DIAGNOSING);
    let started = std::time::Instant::now();
    let diagnosis = explain::diagnose(
        inst,
        model,
        &outcome.verdict.placed,
        outcome.verdict.objective,
        outcome.solved.capacity_flow.take(),
        &DiagnoseOptions {
            verify_top: suggestions,
            lang,
            seconds: Some(budget.diagnosis_seconds(
                inst.students.len(),
                outcome.solved.seconds,
                diagnosis_seconds,
            )),
            log: std::env::var_os("STAGEPLAN_DIAGNOSIS_LOG")
                .is_some()
                .then_some(diagnosis_log as fn(&str)),
            ..DiagnoseOptions::default()
        },
    );
    let diagnosis_seconds = started.elapsed().as_secs_f64();
    spinner.phase(&phase::WRITING);
    let inputs: Vec<&Path> = [model_path, pins, baseline_plan]
        .into_iter()
        .flatten()
        .collect();
    let manifest = Manifest::of_run(instance, &loaded.model_source, &inputs);
    let PlanFiles {
        files: mut outputs,
        xlsx_error,
    } = report::output_files(
        inst,
        model,
        &outcome,
        &diagnosis.explained(),
        &loaded.warnings,
        lang,
        &manifest,
    );
    if let Some(e) = xlsx_error {
        spinner.clear();
        warn(&say::XLSX_FAILED, lang, &[("error", e.to_string())]);
    }
    outputs.extend(explain::files::output_files(&diagnosis, inst, model));
    let written = atomic::write_outputs(out, &outputs);
    drop(spinner);
    written.map_err(|e| super::out_check::cannot_write(out, &e, lang))?;
    if !quiet {
        summary::print(&summary::Done {
            inst,
            model,
            outcome: &outcome,
            diagnosis: &diagnosis,
            diagnosis_seconds,
            out,
            kept_pins_plan: baseline_plan.is_none() && kept_plan.is_some(),
            lang,
        });
    }
    Ok(())
}

/// `STAGEPLAN_DIAGNOSIS_LOG`: the diagnosis's ranking and verifying, for the developers.
fn diagnosis_log(line: &str) {
    eprintln!("diagnosis: {line}");
}

pub(super) fn solve_checked(
    inst: &crate::domain::Instance,
    model: &crate::domain::Model,
    options: &SolveOptions,
    baseline: Option<&Baseline>,
    spinner: &super::progress::Spinner,
    lang: Lang,
) -> Result<Outcome, ExitCode> {
    pipeline::solve_and_check_against(inst, model, options, baseline).map_err(|e| {
        spinner.clear();
        warn(&say::SOLVE_FAILED, lang, &[("message", e.say(lang))]);
        match e {
            PipelineError::Infeasible(_) => ExitCode::from(INVALID),
            PipelineError::NoPlanInTime | PipelineError::Internal(_) => ExitCode::from(FAILURE),
        }
    })
}
