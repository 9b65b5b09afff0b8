//! What-if sweeps: the baseline and every scenario solved in parallel (rayon), each with
//! its own single-threaded HiGHS, then compared with the baseline side by side.

mod table;

use crate::checker::ObjectiveTerms;
use crate::domain::{Instance, Model};
use crate::input::{self, problem::Problem};
use crate::pipeline::{self, Outcome, PipelineError};
use crate::repair::Baseline;
use crate::scenario::Scenario;
use crate::solve::SolveOptions;
use rayon::prelude::*;
use std::path::Path;

pub use table::{markdown, sweep_csv, text_table};

/// How to run a sweep.
#[derive(Clone, Default)]
pub struct SweepOptions {
    /// Scenarios solved at once; 0 means one per core.
    pub threads: usize,
    /// Per scenario.
    pub time_limit_seconds: Option<f64>,
    /// Called after each scenario (a progress bar).
    pub progress: Option<std::sync::Arc<dyn Fn() + Send + Sync>>,
}

/// The figures of one run (the baseline or a scenario), for the comparison table.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub scenario: String,
    pub folder: String,
    /// `optimal`, `time_limit`, or why there is no plan: `invalid_input`,
    /// `infeasible_input`, `no_plan_in_time`, `failed`.
    pub status: String,
    pub plan: Option<PlanFigures>,
    /// Students whose school or WPB differs from the baseline plan.
    pub changed: Option<usize>,
    /// Repair scenarios: students of the baseline plan moved.
    pub moved: Option<usize>,
    pub seconds: f64,
    /// Why the scenario has no plan; empty otherwise.
    pub message: String,
}

/// The figures of a plan.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanFigures {
    pub students: usize,
    pub placed: usize,
    pub objective: f64,
    pub bound: f64,
    pub travel_mean: f64,
    pub travel_max: f64,
    /// Placed students per institute of the baseline model, in its order.
    pub placed_by_institute: Vec<usize>,
    /// The six weighted terms of the objective, in FORMAT.md's order.
    pub terms: [f64; 6],
}

/// A finished sweep: the rows (baseline first) and every output file.
pub struct Sweep {
    pub institutes: Vec<String>,
    pub rows: Vec<Row>,
    pub files: Vec<(String, Vec<u8>)>,
}

/// Why a sweep could not run at all: the baseline itself has no plan.
#[derive(Debug)]
pub enum SweepError {
    Input(Vec<Problem>),
    Baseline(PipelineError),
}

fn weighted(terms: &ObjectiveTerms, model: &Model) -> [f64; 6] {
    let w = &model.weights;
    [
        w.unplaced * terms.unplaced as f64,
        w.travel_minute * terms.travel_minutes,
        w.same_type_as_previous * terms.same_type_as_previous as f64,
        w.preference_rank * terms.preference_rank as f64,
        w.preference_unlisted * terms.preference_unlisted as f64,
        w.uncertified_wpb * terms.uncertified_wpb as f64,
    ]
}

fn figures(instance: &Instance, model: &Model, institutes: &[String], o: &Outcome) -> PlanFigures {
    let v = &o.verdict;
    let travel: Vec<f64> = v
        .placed
        .iter()
        .filter_map(|&(s, w)| instance.travel.minutes(s, instance.supervisors[w].school))
        .collect();
    let placed_by_institute = institutes
        .iter()
        .map(|id| {
            v.placed
                .iter()
                .filter(|&&(s, _)| model.tracks[instance.students[s].track].institute == *id)
                .count()
        })
        .collect();
    PlanFigures {
        students: instance.students.len(),
        placed: v.placed.len(),
        objective: v.objective,
        bound: o.solved.bound.min(
            o.repair
                .as_ref()
                .map_or(v.objective, |r| r.repair_objective),
        ),
        travel_mean: if travel.is_empty() {
            0.0
        } else {
            travel.iter().sum::<f64>() / travel.len() as f64
        },
        travel_max: travel.iter().copied().fold(0.0, f64::max),
        placed_by_institute,
        terms: weighted(&v.terms, model),
    }
}

/// A folder name for a scenario: its number, then its name in plain letters.
fn folder(index: usize, width: usize, name: &str) -> String {
    let mut slug = String::new();
    for c in name.to_lowercase().chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug: String = slug.trim_matches('-').chars().take(40).collect();
    format!("{index:0width$}-{}", slug.trim_end_matches('-'))
}

fn failure_status(e: &PipelineError) -> &'static str {
    match e {
        PipelineError::Infeasible(_) => "infeasible_input",
        PipelineError::NoPlanInTime => "no_plan_in_time",
        PipelineError::Internal(_) => "failed",
    }
}

fn problems_text(problems: &[Problem]) -> Vec<u8> {
    let mut text: String = problems.iter().map(|p| format!("{p}\n")).collect();
    text.push('\n');
    text.into_bytes()
}

struct Run {
    row: Row,
    files: Vec<(String, Vec<u8>)>,
}

/// The baseline run that every scenario is compared with.
struct Base<'a> {
    instance: &'a Instance,
    model: &'a Model,
    outcome: &'a Outcome,
    plan: Baseline,
    warnings: usize,
}

/// Solves one scenario against the baseline plan; every failure becomes its row.
fn run_scenario(
    dir: &Path,
    model_path: Option<&Path>,
    scenario: &Scenario,
    folder: String,
    base: &Base,
    institutes: &[String],
    options: &SweepOptions,
) -> Run {
    let baseline = &base.plan;
    let started = std::time::Instant::now();
    let mut row = Row {
        scenario: scenario.name.clone(),
        folder: folder.clone(),
        status: String::new(),
        plan: None,
        changed: None,
        moved: None,
        seconds: 0.0,
        message: String::new(),
    };
    let file = |name: &str| format!("{folder}/{name}");
    let loaded = match input::load_adjusted(dir, model_path, scenario) {
        Ok(l) => l,
        Err(problems) => {
            let errors: Vec<&Problem> = problems
                .iter()
                .filter(|p| p.severity == input::problem::Severity::Error)
                .collect();
            row.status = "invalid_input".into();
            row.message = format!(
                "{} input error(s), first: {}:{}:{}: {} (see {folder}/problems.txt)",
                errors.len(),
                errors[0].file,
                errors[0].line,
                errors[0].column,
                errors[0].message
            );
            row.seconds = started.elapsed().as_secs_f64();
            return Run {
                row,
                files: vec![(file("problems.txt"), problems_text(&problems))],
            };
        }
    };
    let (inst, model) = (&loaded.instance, &loaded.model);
    // A scenario that changes nothing (a grid point at the baseline's own values) has the
    // baseline's plan: solving again could only return another plan of the same value.
    if !scenario.repair && inst == base.instance && model == base.model {
        row.status = base.outcome.solved.status.as_str().into();
        row.plan = Some(figures(inst, model, institutes, base.outcome));
        row.changed = Some(0);
        row.message = "the same instance and model as the baseline: its plan is kept".into();
        row.seconds = started.elapsed().as_secs_f64();
        let mut files: Vec<(String, Vec<u8>)> =
            pipeline::output_files(inst, model, base.outcome, base.warnings)
                .into_iter()
                .map(|(name, bytes)| (file(name), bytes))
                .collect();
        files.push((file("changes.csv"), crate::repair::changes_csv(&[])));
        if !loaded.warnings.is_empty() {
            files.push((file("warnings.txt"), problems_text(&loaded.warnings)));
        }
        return Run { row, files };
    }
    let mut solve_options = SolveOptions {
        time_limit_seconds: options.time_limit_seconds,
        start: Some(baseline.start(inst)),
        repair: None,
    };
    if scenario.repair {
        solve_options = pipeline::repair_options(inst, model, baseline, solve_options);
    }
    let outcome =
        match pipeline::solve_and_check_against(inst, model, &solve_options, Some(baseline)) {
            Ok(o) => o,
            Err(e) => {
                row.status = failure_status(&e).into();
                row.message = e.to_string();
                row.seconds = started.elapsed().as_secs_f64();
                let text = format!("{e}\n").into_bytes();
                return Run {
                    row,
                    files: vec![(file("problems.txt"), text)],
                };
            }
        };
    row.status = outcome.solved.status.as_str().into();
    row.plan = Some(figures(inst, model, institutes, &outcome));
    row.changed = outcome.changes.as_ref().map(Vec::len);
    row.moved = outcome.repair.as_ref().map(|r| r.moved);
    row.seconds = started.elapsed().as_secs_f64();
    let mut files: Vec<(String, Vec<u8>)> =
        pipeline::output_files(inst, model, &outcome, loaded.warnings.len())
            .into_iter()
            .map(|(name, bytes)| (file(name), bytes))
            .collect();
    if !loaded.warnings.is_empty() {
        files.push((file("warnings.txt"), problems_text(&loaded.warnings)));
    }
    Run { row, files }
}

/// Solves the baseline, then every scenario in parallel; a failing scenario is reported
/// in its row and never stops the others.
pub fn run(
    dir: &Path,
    model_path: Option<&Path>,
    scenarios: &[Scenario],
    options: &SweepOptions,
) -> Result<Sweep, SweepError> {
    let started = std::time::Instant::now();
    let loaded = input::load(dir, model_path).map_err(SweepError::Input)?;
    let (inst, model) = (&loaded.instance, &loaded.model);
    let institutes: Vec<String> = model.institutes.iter().map(|i| i.id.clone()).collect();
    let outcome = pipeline::solve_and_check(
        inst,
        model,
        &SolveOptions {
            time_limit_seconds: options.time_limit_seconds,
            ..SolveOptions::default()
        },
    )
    .map_err(SweepError::Baseline)?;
    let base = Base {
        instance: inst,
        model,
        outcome: &outcome,
        plan: Baseline::from_placed(inst, &outcome.verdict.placed),
        warnings: loaded.warnings.len(),
    };
    let mut files: Vec<(String, Vec<u8>)> =
        pipeline::output_files(inst, model, &outcome, loaded.warnings.len())
            .into_iter()
            .map(|(name, bytes)| (format!("baseline/{name}"), bytes))
            .collect();
    let mut rows = vec![Row {
        scenario: "baseline".into(),
        folder: "baseline".into(),
        status: outcome.solved.status.as_str().into(),
        plan: Some(figures(inst, model, &institutes, &outcome)),
        changed: Some(0),
        moved: None,
        seconds: started.elapsed().as_secs_f64(),
        message: String::new(),
    }];
    let width = scenarios.len().to_string().len().max(2);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.threads)
        .build()
        .map_err(|e| SweepError::Baseline(PipelineError::Internal(e.to_string())))?;
    let runs: Vec<Run> = pool.install(|| {
        scenarios
            .par_iter()
            .enumerate()
            .map(|(i, scenario)| {
                let run = run_scenario(
                    dir,
                    model_path,
                    scenario,
                    folder(i + 1, width, &scenario.name),
                    &base,
                    &institutes,
                    options,
                );
                if let Some(tick) = &options.progress {
                    tick();
                }
                run
            })
            .collect()
    });
    for run in runs {
        rows.push(run.row);
        files.extend(run.files);
    }
    let base_figures = rows[0].plan.clone();
    files.push((
        "sweep.csv".into(),
        sweep_csv(&institutes, &rows, base_figures.as_ref()),
    ));
    files.push((
        "sweep.md".into(),
        markdown(&rows, base_figures.as_ref()).into_bytes(),
    ));
    Ok(Sweep {
        institutes,
        rows,
        files,
    })
}

/// Whether a top-level entry of a sweep's output folder was written by a sweep.
pub fn is_sweep_output(name: &str) -> bool {
    let numbered = name
        .split_once('-')
        .is_some_and(|(n, _)| n.len() >= 2 && n.chars().all(|c| c.is_ascii_digit()));
    numbered || matches!(name, "baseline" | "sweep.csv" | "sweep.md")
}
