//! One scenario of a sweep: read (alongside the baseline's solve), then solved against the
//! baseline plan and compared with it, into its row and its folder's files.

use super::{figures, Row, SweepOptions};
use crate::explain::{self, Explained};
use crate::input::{self, problem::Problem, Loaded};
use crate::lang::cli::{SWEEP_INPUT_ERRORS, SWEEP_SAME, SWEEP_SAME_AS};
use crate::lang::Lang;
use crate::outcome::Outcome;
use crate::pipeline::{self, PipelineError};
use crate::repair::Baseline;
use crate::report::manifest::Manifest;
use crate::report::PlanFiles;
use crate::scenario::Scenario;
use crate::solve::SolveOptions;
use std::path::Path;

/// A scenario's row and the files of its folder.
pub(super) struct Run {
    pub(super) row: Row,
    pub(super) files: Vec<(String, Vec<u8>)>,
    pub(super) xlsx_failed: Option<rust_xlsxwriter::XlsxError>,
}

/// The baseline run that every scenario is compared with.
pub(super) struct Base<'a> {
    pub(super) outcome: &'a Outcome,
    pub(super) plan: Baseline,
    /// The inputs of the whole sweep, for every report.html.
    pub(super) manifest: Manifest,
    pub(super) institutes: &'a [String],
}

/// A scenario read, before it is solved against the baseline plan.
pub(super) enum Read {
    /// No plan; the row is final.
    Failed(Run),
    /// The same instance and model as the baseline: it takes the baseline's plan.
    SameAsBaseline(Loaded),
    /// `repair = true`: the baseline plan with as few moves as pay.
    Repair(Loaded),
    /// Planned from scratch, of equally good plans the one nearest the baseline's.
    FromScratch(Loaded),
    /// The same instance, model and kind as the scenario at this earlier index: it takes
    /// that scenario's plan.
    SameAs(usize, Loaded),
}

/// What solving a read scenario gave: nothing to solve (no plan, the baseline's, or an
/// earlier scenario's), or its own outcome.
pub(super) type Solved = Option<Result<Outcome, PipelineError>>;

/// Marks each scenario whose instance, model and kind equal an earlier one's: a scenario
/// file's own "travel at most 60 minutes" and a grid's point at 60 are one program, and
/// solving it twice could only give another plan of the same value.
pub(super) fn mark_repeats(read: Vec<Read>) -> Vec<Read> {
    let mut marked: Vec<Read> = Vec::with_capacity(read.len());
    for r in read {
        let earlier = marked.iter().position(|e| same_program(e, &r));
        marked.push(match (earlier, r) {
            (Some(j), Read::FromScratch(loaded) | Read::Repair(loaded)) => Read::SameAs(j, loaded),
            (_, r) => r,
        });
    }
    marked
}

fn same_program(earlier: &Read, later: &Read) -> bool {
    match (earlier, later) {
        (Read::FromScratch(a), Read::FromScratch(b)) | (Read::Repair(a), Read::Repair(b)) => {
            a.instance == b.instance && a.model == b.model
        }
        _ => false,
    }
}

/// Solves a read scenario against the baseline plan, if it has a program of its own,
/// started from `from` (the plan of a scenario with less room, which holds here) or else
/// from the baseline plan.
pub(super) fn solve(
    read: &Read,
    base: &Base,
    options: &SweepOptions,
    from: Option<&[(usize, usize)]>,
) -> Solved {
    let (loaded, repair) = match read {
        Read::Repair(loaded) => (loaded, true),
        Read::FromScratch(loaded) => (loaded, false),
        Read::Failed(_) | Read::SameAsBaseline(_) | Read::SameAs(..) => return None,
    };
    let (inst, model) = (&loaded.instance, &loaded.model);
    // The baseline plan is the start of both, where no better one is known: most of it
    // stays.
    let start = SolveOptions {
        time_limit_seconds: options.time_limit_seconds,
        start: Some(match from {
            Some(placed) => crate::solve::start_of(inst, placed),
            None => base.plan.start(inst),
        }),
        ..SolveOptions::default()
    };
    Some(if repair {
        let repair = pipeline::repair_options(inst, model, &base.plan, start);
        pipeline::solve_and_check_against(inst, model, &repair, Some(&base.plan))
    } else {
        pipeline::solve_preferring(inst, model, &start, &base.plan)
    })
}

pub(super) fn failure_status(e: &PipelineError) -> &'static str {
    match e {
        PipelineError::Infeasible(_) => "infeasible_input",
        PipelineError::NoPlanInTime => "no_plan_in_time",
        PipelineError::Internal(_) => "failed",
    }
}

pub(super) fn problems_text(problems: &[Problem], lang: Lang) -> Vec<u8> {
    let mut text: String = problems
        .iter()
        .map(|p| format!("{}\n", p.text(lang)))
        .collect();
    text.push('\n');
    text.into_bytes()
}

/// The row of a scenario without a plan, and its problems.txt.
fn failed(scenario: &Scenario, folder: &str, status: &str, message: String, text: Vec<u8>) -> Run {
    Run {
        row: Row {
            scenario: scenario.name.clone(),
            folder: folder.to_string(),
            status: status.into(),
            plan: None,
            changed: None,
            moved: None,
            seconds: 0.0,
            message,
        },
        files: vec![(format!("{folder}/problems.txt"), text)],
        xlsx_failed: None,
    }
}

/// Reads one scenario's instance and model, while the baseline is being solved.
pub(super) fn read(
    dir: &Path,
    model_path: Option<&Path>,
    scenario: &Scenario,
    folder: &str,
    baseline_input: &Loaded,
    lang: Lang,
) -> Read {
    let loaded = match input::load_adjusted(dir, model_path, scenario) {
        Ok(l) => l,
        Err(problems) => {
            let errors: Vec<&Problem> = problems
                .iter()
                .filter(|p| p.severity == input::problem::Severity::Error)
                .collect();
            let message = SWEEP_INPUT_ERRORS.with_lang(
                lang,
                &[
                    ("n", errors.len().to_string()),
                    ("place", errors[0].place()),
                    ("message", errors[0].message.of(lang).to_string()),
                    ("file", format!("{folder}/problems.txt")),
                ],
            );
            return Read::Failed(failed(
                scenario,
                folder,
                "invalid_input",
                message,
                problems_text(&problems, lang),
            ));
        }
    };
    if scenario.repair {
        return Read::Repair(loaded);
    }
    // A scenario that changes nothing (a grid point at the baseline's own values) has the
    // baseline's plan: solving again could only return another plan of the same value.
    if loaded.instance == baseline_input.instance && loaded.model == baseline_input.model {
        return Read::SameAsBaseline(loaded);
    }
    Read::FromScratch(loaded)
}

/// Makes a scenario's row and files from what solving it gave; `solved` holds every
/// scenario's, in order, for a repeat of an earlier one.
pub(super) fn finish(
    scenarios: &[Scenario],
    index: usize,
    folder: &str,
    read: Read,
    solved: &[Solved],
    base: &Base,
    options: &SweepOptions,
) -> Run {
    let scenario = &scenarios[index];
    let file = |name: &str| format!("{folder}/{name}");
    let (loaded, from) = match read {
        Read::Failed(run) => return run,
        Read::SameAsBaseline(loaded) => (loaded, None),
        Read::SameAs(earlier, loaded) => (loaded, Some(earlier)),
        Read::Repair(loaded) | Read::FromScratch(loaded) => (loaded, Some(index)),
    };
    let (inst, model) = (&loaded.instance, &loaded.model);
    let outcome = match from.and_then(|i| solved[i].as_ref()) {
        None => None,
        Some(Ok(o)) => Some(o),
        Some(Err(e)) => {
            return failed(
                scenario,
                folder,
                failure_status(e),
                e.say(options.lang),
                format!("{}\n", e.say(options.lang)).into_bytes(),
            )
        }
    };
    let lang = options.lang;
    let (same, message) = match from {
        None => (true, SWEEP_SAME.of(lang).to_string()),
        Some(earlier) if earlier != index => {
            let name = ("name", scenarios[earlier].name.clone());
            (true, SWEEP_SAME_AS.with_lang(lang, &[name]))
        }
        Some(_) => (false, String::new()),
    };
    let mut outcome = outcome.unwrap_or(base.outcome).clone();
    if outcome.changes.is_none() {
        outcome.changes = Some(crate::repair::changes(
            inst,
            model,
            &base.plan,
            &outcome.verdict.placed,
            false,
        ));
    }
    let row = Row {
        scenario: scenario.name.clone(),
        folder: folder.to_string(),
        status: outcome.solved.status.as_str().into(),
        plan: Some(figures(inst, model, base.institutes, &outcome)),
        changed: outcome.changes.as_ref().map(Vec::len),
        moved: outcome.repair.as_ref().map(|r| r.moved),
        seconds: if same { 0.0 } else { outcome.solved.seconds },
        message,
    };
    let manifest = base.manifest.for_scenario(&scenario.name);
    let (mut files, xlsx_failed) = plan_files(&loaded, &outcome, folder, options.lang, &manifest);
    if !loaded.warnings.is_empty() {
        files.push((
            file("warnings.txt"),
            problems_text(&loaded.warnings, options.lang),
        ));
    }
    Run {
        row,
        files,
        xlsx_failed,
    }
}

/// The output files of one run's plan in its folder, with the reasons of its unplaced
/// students as `solve` gives them (with their bottleneck), in the sweep's language.
pub(super) fn plan_files(
    loaded: &Loaded,
    outcome: &Outcome,
    folder: &str,
    lang: Lang,
    manifest: &Manifest,
) -> (Vec<(String, Vec<u8>)>, Option<rust_xlsxwriter::XlsxError>) {
    let (inst, model) = (&loaded.instance, &loaded.model);
    let known_flow = outcome.solved.capacity_flow.clone();
    let explained: Explained =
        explain::explained(inst, model, &outcome.verdict.placed, known_flow, lang);
    let PlanFiles { files, xlsx_error } = crate::report::output_files(
        inst,
        model,
        outcome,
        &explained,
        &loaded.warnings,
        lang,
        manifest,
    );
    let files = files
        .into_iter()
        .map(|(name, bytes)| (format!("{folder}/{name}"), bytes))
        .collect();
    (files, xlsx_error)
}
