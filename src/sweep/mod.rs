//! What-if sweeps: the baseline and every scenario solved in parallel (rayon), each with
//! its own single-threaded HiGHS, then compared with the baseline side by side.

mod page;
mod scenario;
mod table;

use crate::domain::{Instance, Model};
use crate::input::{self, problem::Problem};
use crate::lang::report::BASELINE;
use crate::lang::Lang;
use crate::outcome::Outcome;
use crate::pipeline::{self, PipelineError};
use crate::repair::Baseline;
use crate::report::manifest::Manifest;
use crate::report::quality::quality;
use crate::scenario::Scenario;
use crate::solve::SolveOptions;
use rayon::prelude::*;
use scenario::{plan_files, Base, Run};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

pub use table::{markdown, sweep_csv, text_table};

/// How to run a sweep.
#[derive(Clone, Default)]
pub struct SweepOptions {
    /// Scenarios solved at once; 0 means one per core.
    pub threads: usize,
    /// Per scenario.
    pub time_limit_seconds: Option<f64>,
    /// Input files named in the manifest of report.html besides the instance and the
    /// model: the scenario file.
    pub inputs: Vec<std::path::PathBuf>,
    /// Language of plan.xlsx, report.html and the comparison.
    pub lang: Lang,
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
    /// The folders whose plan.xlsx could not be made, and why; the caller says so.
    pub xlsx_failed: Vec<(String, rust_xlsxwriter::XlsxError)>,
}

/// Why a sweep could not run at all: the input is invalid, the baseline itself has no
/// plan, or no threads could be started.
#[derive(Debug)]
pub enum SweepError {
    Input(Vec<Problem>),
    Baseline(PipelineError),
    Threads(rayon::ThreadPoolBuildError),
}

fn figures(instance: &Instance, model: &Model, institutes: &[String], o: &Outcome) -> PlanFigures {
    let v = &o.verdict;
    // The same figures as summary.json's quality report.
    let q = quality(instance, model, &v.placed, &v.terms);
    let t = &q.objective_terms;
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
        bound: crate::outcome::stated_bound(o.solved.bound, v.objective),
        travel_mean: q.travel_minutes.mean,
        travel_max: q.travel_minutes.max,
        placed_by_institute,
        terms: [
            t.unplaced,
            t.travel,
            t.same_type_as_previous,
            t.preference_rank,
            t.preference_unlisted,
            t.uncertified_wpb,
        ],
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

/// The scenarios in chains, the longest first: a grid point after one with less room
/// (`Scenario::after_previous`) follows it, since that plan is a good start; every other
/// scenario is a chain of its own.
fn chains(scenarios: &[Scenario]) -> Vec<Vec<usize>> {
    let mut chains: Vec<Vec<usize>> = Vec::new();
    for (i, s) in scenarios.iter().enumerate() {
        match chains.last_mut() {
            Some(chain) if s.after_previous => chain.push(i),
            _ => chains.push(vec![i]),
        }
    }
    chains.sort_by_key(|c| std::cmp::Reverse(c.len()));
    chains
}

/// Solves the baseline and every scenario in parallel, then compares each scenario with
/// the baseline (repairs are solved once the baseline plan is known). A failing scenario
/// is reported in its row and never stops the others.
pub fn run(
    dir: &Path,
    model_path: Option<&Path>,
    scenarios: &[Scenario],
    options: &SweepOptions,
) -> Result<Sweep, SweepError> {
    let loaded = input::load(dir, model_path).map_err(SweepError::Input)?;
    let (inst, model) = (&loaded.instance, &loaded.model);
    let institutes: Vec<String> = model.institutes.iter().map(|i| i.id.clone()).collect();
    let width = scenarios.len().to_string().len().max(2);
    let folders: Vec<String> = scenarios
        .iter()
        .enumerate()
        .map(|(i, s)| folder(i + 1, width, &s.name))
        .collect();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.threads)
        .build()
        .map_err(SweepError::Threads)?;
    let tick = || {
        if let Some(tick) = &options.progress {
            tick();
        }
    };
    let baseline_options = SolveOptions {
        time_limit_seconds: options.time_limit_seconds,
        ..SolveOptions::default()
    };
    // Reading the scenarios overlaps the baseline's solve; every scenario is solved once
    // the baseline plan is known, since each prefers it among its equally good plans.
    let (outcome, read) = pool.install(|| {
        rayon::join(
            || pipeline::solve_and_check(inst, model, &baseline_options),
            || {
                scenarios
                    .par_iter()
                    .zip(&folders)
                    .map(|(s, folder)| {
                        scenario::read(dir, model_path, s, folder, &loaded, options.lang)
                    })
                    .collect::<Vec<scenario::Read>>()
            },
        )
    });
    let outcome = outcome.map_err(SweepError::Baseline)?;
    let inputs: Vec<&Path> = model_path
        .into_iter()
        .chain(options.inputs.iter().map(|p| p.as_path()))
        .collect();
    let base = Base {
        outcome: &outcome,
        plan: Baseline::from_placed(inst, &outcome.verdict.placed),
        manifest: Manifest::of_run(dir, &loaded.model_source, &inputs),
        institutes: &institutes,
    };
    let read = scenario::mark_repeats(read);
    // A chain of scenarios is solved in order, each from the plan of the one before it.
    // Each thread takes the next chain, the longest first: a scenario takes 0.3 to 4 s,
    // and rayon's own split of a list left one core idle for the last 7 s of a sweep of 50.
    let chains = chains(scenarios);
    let next = AtomicUsize::new(0);
    let done: Vec<Vec<(usize, scenario::Solved)>> = pool.install(|| {
        (0..pool.current_num_threads())
            .into_par_iter()
            .with_max_len(1)
            .map(|_| {
                let mut done = Vec::new();
                while let Some(chain) = chains.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let mut from: Option<Vec<(usize, usize)>> = None;
                    for &i in chain {
                        let solved = scenario::solve(&read[i], &base, options, from.as_deref());
                        if let Some(Ok(o)) = &solved {
                            from = Some(o.verdict.placed.clone());
                        }
                        tick();
                        done.push((i, solved));
                    }
                }
                done
            })
            .collect()
    });
    let mut solved: Vec<scenario::Solved> = (0..read.len()).map(|_| None).collect();
    for (i, s) in done.into_iter().flatten() {
        solved[i] = s;
    }
    let runs: Vec<Run> = pool.install(|| {
        (0..scenarios.len())
            .into_par_iter()
            .zip(&folders)
            .zip(read)
            .with_max_len(1)
            .map(|((i, folder), read)| {
                scenario::finish(scenarios, i, folder, read, &solved, &base, options)
            })
            .collect()
    });
    let (mut files, baseline_xlsx) = plan_files(
        &loaded,
        &outcome,
        "baseline",
        options.lang,
        &base.manifest.for_scenario(BASELINE.of(options.lang)),
    );
    let mut xlsx_failed: Vec<(String, rust_xlsxwriter::XlsxError)> = baseline_xlsx
        .map(|e| ("baseline".to_string(), e))
        .into_iter()
        .collect();
    let mut rows = vec![Row {
        scenario: "baseline".into(),
        folder: "baseline".into(),
        status: outcome.solved.status.as_str().into(),
        plan: Some(figures(inst, model, &institutes, &outcome)),
        changed: Some(0),
        moved: None,
        seconds: outcome.solved.seconds,
        message: String::new(),
    }];
    for run in runs {
        if let Some(e) = run.xlsx_failed {
            xlsx_failed.push((run.row.folder.clone(), e));
        }
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
        markdown(&rows, base_figures.as_ref(), options.lang).into_bytes(),
    ));
    files.push((
        "report.html".into(),
        page::sweep_report(&rows, model, &base.manifest, options.lang),
    ));
    Ok(Sweep {
        institutes,
        rows,
        files,
        xlsx_failed,
    })
}

/// Whether a top-level entry of a sweep's output folder was written by a sweep.
pub fn is_sweep_output(name: &str) -> bool {
    let numbered = name
        .split_once('-')
        .is_some_and(|(n, _)| n.len() >= 2 && n.chars().all(|c| c.is_ascii_digit()));
    numbered || matches!(name, "baseline" | "sweep.csv" | "sweep.md" | "report.html")
}

#[cfg(test)]
mod tests {
    use super::chains;
    use crate::scenario::parse_scenarios;

    #[test]
    fn grid_points_along_an_ascending_axis_form_chains_the_longest_first() {
        let toml = "[[scenario]]\nname = \"a\"\ncapacity_scale = 0.9\n\n[[grid]]\nname = \"t{travel_limit_minutes} x{capacity_scale}\"\ntravel_limit_minutes = [60, 90]\ncapacity_scale = [0.9, 1.0, 1.1]\n";
        let scenarios = parse_scenarios("s.toml", toml, std::path::Path::new(".")).unwrap();
        assert_eq!(
            chains(&scenarios),
            vec![vec![1, 2, 3], vec![4, 5, 6], vec![0]]
        );
    }
}
