//! `check`, `solve` (and repair), `verify` and `generate`.

use super::{load, print_problems, FAILURE, INVALID};
use crate::budget::Budget;
use crate::checker;
use crate::explain::{self, DiagnoseOptions};
use crate::generate::{self, GenerateOptions};
use crate::lang::cli as say;
use crate::lang::{progress as phase, Lang};
use crate::outcome::Outcome;
use crate::pipeline::{self, PipelineError};
use crate::repair::Baseline;
use crate::report::manifest::Manifest;
use crate::report::{self, atomic, files, PlanFiles};
use crate::solve::SolveOptions;
use std::path::Path;
use std::process::ExitCode;

pub(super) fn check(instance: &Path, model: Option<&Path>, lang: Lang) -> Result<(), ExitCode> {
    let loaded = load(instance, model, lang)?;
    if !loaded.warnings.is_empty() {
        print_problems(&loaded.warnings, lang);
    }
    let conflicts = crate::solve::pin_conflicts(&loaded.instance, &loaded.model);
    if !conflicts.is_empty() {
        for c in &conflicts {
            eprintln!(
                "{}",
                say::ERROR.with_lang(lang, &[("message", c.say(lang))])
            );
        }
        eprintln!("{}", say::NO_PLAN_PINS.of(lang));
        return Err(ExitCode::from(INVALID));
    }
    let i = &loaded.instance;
    println!(
        "{}",
        say::CHECK_OK.with_lang(
            lang,
            &[
                ("schools", i.schools.len().to_string()),
                ("wpbs", i.supervisors.len().to_string()),
                ("students", i.students.len().to_string()),
                ("model", loaded.model.name.clone()),
                ("source", loaded.model_source.clone()),
            ]
        )
    );
    Ok(())
}

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
    /// An edited plan.xlsx whose `vastzetten` placements are pinned.
    pub(super) pins: Option<&'a Path>,
    /// The clock of the whole run: `--time-limit` bounds reading to writing.
    pub(super) budget: Budget,
    /// `--diagnosis-seconds`: what the suggestions may take instead of the default share.
    pub(super) diagnosis_seconds: Option<f64>,
}

/// Loads the instance with the placements that an edited plan.xlsx pins.
fn load_with_pins(
    instance: &Path,
    model: Option<&Path>,
    plan: &Path,
    lang: Lang,
) -> Result<crate::input::Loaded, ExitCode> {
    let mut problems = crate::input::problem::Problems::default();
    let Some(pins) = crate::input::pins_file::PinsFromPlan::read(plan, &mut problems) else {
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
        budget,
        diagnosis_seconds,
    } = run;
    let model_path = model;
    let loaded = match pins {
        Some(pins) => load_with_pins(instance, model, pins, lang)?,
        None => load(instance, model, lang)?,
    };
    if !quiet && !loaded.warnings.is_empty() {
        print_problems(&loaded.warnings, lang);
    }
    let (inst, model) = (&loaded.instance, &loaded.model);
    let baseline = baseline_plan.map(|p| read_baseline(p, lang)).transpose()?;
    let mut options = match &baseline {
        Some(b) => pipeline::repair_options(inst, model, b, options),
        None => options,
    };
    options.time_limit_seconds = budget.solve_seconds(inst.students.len(), inst.supervisors.len());
    let spinner = super::progress::Spinner::start(quiet, lang);
    spinner.phase(&phase::SOLVING);
    let checked = solve_checked(inst, model, &options, baseline.as_ref(), &spinner, lang);
    let outcome = checked?;
    spinner.phase(&phase::DIAGNOSING);
    let started = std::time::Instant::now();
    let diagnosis = explain::diagnose(
        inst,
        model,
        &outcome.verdict.placed,
        outcome.verdict.objective,
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
        eprintln!(
            "{}",
            say::XLSX_FAILED.with_lang(lang, &[("error", e.to_string())])
        );
    }
    outputs.extend(explain::files::output_files(&diagnosis, inst, model));
    let written = atomic::write_outputs(out, &outputs);
    drop(spinner);
    written.map_err(|e| {
        eprintln!(
            "{}",
            say::CANNOT_WRITE_OUT.with_lang(
                lang,
                &[("dir", out.display().to_string()), ("error", e.to_string())]
            )
        );
        ExitCode::from(FAILURE)
    })?;
    if !quiet {
        let v = &outcome.verdict;
        let s = &outcome.solved;
        let bound = s.bound.min(v.objective);
        let count = |n: usize| n.to_string();
        println!(
            "{}",
            say::SOLVE_STUDENTS.with_lang(
                lang,
                &[
                    ("model", model.name.clone()),
                    ("n", count(inst.students.len()))
                ]
            )
        );
        println!(
            "{}",
            say::SOLVE_PLACED.with_lang(
                lang,
                &[
                    ("placed", count(v.placed.len())),
                    ("unplaced", count(inst.students.len() - v.placed.len())),
                    ("file", out.join("unplaced.csv").display().to_string()),
                ]
            )
        );
        println!(
            "{}",
            say::SOLVE_OBJECTIVE.with_lang(
                lang,
                &[
                    ("objective", files::number(v.objective)),
                    ("bound", files::number(bound)),
                    (
                        "gap",
                        format!("{:.4}", 100.0 * files::gap(v.objective, bound))
                    ),
                    ("status", report::page::status_word(s.status.as_str(), lang)),
                    ("seconds", format!("{:.2}", s.seconds)),
                ]
            )
        );
        if let Some(r) = &outcome.repair {
            let reasons: Vec<String> = r
                .moved_by_reason
                .iter()
                .map(|(code, n)| format!("{n} {code}"))
                .collect();
            let reasons = if reasons.is_empty() {
                say::NONE.of(lang).to_string()
            } else {
                reasons.join(", ")
            };
            println!(
                "{}",
                say::SOLVE_REPAIR.with_lang(
                    lang,
                    &[
                        ("kept", count(r.kept)),
                        ("before", count(r.baseline_placed)),
                        ("moved", count(r.moved)),
                        ("reasons", reasons),
                        ("new", count(r.newly_placed)),
                        ("weight", files::number(r.moved_student_weight)),
                        ("file", out.join("changes.csv").display().to_string()),
                    ]
                )
            );
        }
        println!(
            "{}",
            say::SOLVE_VERIFIED.with_lang(lang, &[("dir", out.display().to_string())])
        );
        println!(
            "{}",
            say::SOLVE_DIAGNOSIS.with_lang(
                lang,
                &[
                    ("bottlenecks", count(diagnosis.bottlenecks.len())),
                    ("suggestions", count(diagnosis.suggestions.len())),
                    ("file", out.join("diagnosis.md").display().to_string()),
                    ("seconds", format!("{diagnosis_seconds:.2}")),
                ]
            )
        );
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
        eprintln!(
            "{}",
            say::SOLVE_FAILED.with_lang(lang, &[("message", e.say(lang))])
        );
        match e {
            PipelineError::Infeasible(_) => ExitCode::from(INVALID),
            PipelineError::NoPlanInTime | PipelineError::Internal(_) => ExitCode::from(FAILURE),
        }
    })
}

pub(super) fn verify(
    instance: &Path,
    plan: &Path,
    model: Option<&Path>,
    lang: Lang,
) -> Result<(), ExitCode> {
    let loaded = load(instance, model, lang)?;
    let rows = checker::read_plan(plan).map_err(|problems| {
        print_problems(&problems, lang);
        ExitCode::from(INVALID)
    })?;
    let verdict = checker::check_plan(&loaded.instance, &loaded.model, &rows);
    let plan_name = plan
        .file_name()
        .map_or(String::new(), |n| n.to_string_lossy().into_owned());
    for v in &verdict.violations {
        let at = if v.line > 0 {
            format!("{plan_name}:{}: ", v.line)
        } else {
            format!("{plan_name}: ")
        };
        let who = if v.student.is_empty() {
            String::new()
        } else {
            say::STUDENT_PREFIX.with_lang(lang, &[("id", v.student.clone())])
        };
        println!(
            "{}",
            say::RULE_BROKEN.with_lang(
                lang,
                &[
                    ("at", at),
                    ("who", who),
                    ("rule", v.rule.to_string()),
                    ("name", v.name.to_string()),
                    ("message", v.message.of(lang).to_string()),
                ]
            )
        );
    }
    for note in &verdict.notes {
        println!(
            "{}",
            say::NOTE.with_lang(lang, &[("note", note.of(lang).to_string())])
        );
    }
    let t = &verdict.terms;
    println!(
        "{}",
        say::VERIFY_FIGURES.with_lang(
            lang,
            &[
                ("placed", verdict.placed.len().to_string()),
                ("unplaced", t.unplaced.to_string()),
                ("objective", files::number(verdict.objective)),
                ("travel", files::number(t.travel_minutes)),
                ("same", t.same_type_as_previous.to_string()),
                ("rank", t.preference_rank.to_string()),
                ("unlisted", t.preference_unlisted.to_string()),
                ("uncertified", t.uncertified_wpb.to_string()),
            ]
        )
    );
    if verdict.violations.is_empty() {
        println!("{}", say::ALL_RULES_HOLD.of(lang));
        Ok(())
    } else {
        println!(
            "{}",
            say::VIOLATIONS.with_lang(lang, &[("n", verdict.violation_count().to_string())])
        );
        Err(ExitCode::from(INVALID))
    }
}

pub(super) fn generate(
    options: GenerateOptions,
    gtfs: bool,
    out: &Path,
    lang: Lang,
) -> Result<(), ExitCode> {
    if options.students == 0 || options.schools == 0 {
        eprintln!("{}", say::GENERATE_SIZES.of(lang));
        return Err(ExitCode::from(FAILURE));
    }
    let files = generate::generate(&options);
    let mut files: Vec<(&str, Vec<u8>)> = files
        .iter()
        .map(|(n, t)| (n.as_str(), t.clone().into_bytes()))
        .collect();
    let feed = gtfs.then(crate::transit::synthetic::feed_zip).transpose();
    feed.and_then(|feed| {
        files.extend(feed.map(|f| ("feed.zip", f)));
        atomic::write_outputs(out, &files)
    })
    .map_err(|e| {
        eprintln!(
            "{}",
            say::CANNOT_WRITE.with_lang(
                lang,
                &[
                    ("path", out.display().to_string()),
                    ("error", e.to_string())
                ]
            )
        );
        ExitCode::from(FAILURE)
    })?;
    println!(
        "{}",
        say::GENERATED.with_lang(
            lang,
            &[
                ("students", options.students.to_string()),
                ("schools", options.schools.to_string()),
                ("dir", out.display().to_string()),
            ]
        )
    );
    Ok(())
}

/// Writes an empty instance to fill in: a workbook or a CSV folder, never over existing work.
pub(super) fn init(path: &Path, model: Option<&Path>, lang: Lang) -> Result<(), ExitCode> {
    let mut problems = crate::input::problem::Problems::default();
    let here = Path::new(".");
    let Some((model, _)) = crate::input::load_model(here, model, &mut problems) else {
        print_problems(&problems.into_sorted(), lang);
        return Err(ExitCode::from(INVALID));
    };
    let workbook = crate::input::workbook::is_workbook(path);
    let taken = if workbook {
        path.exists()
    } else {
        path.read_dir()
            .is_ok_and(|mut entries| entries.next().is_some())
    };
    if taken {
        eprintln!(
            "{}",
            say::INIT_EXISTS.with_lang(lang, &[("path", path.display().to_string())])
        );
        return Err(ExitCode::from(FAILURE));
    }
    let written = if workbook {
        match crate::report::template::workbook(&model, lang) {
            Ok(bytes) => write_new_file(path, &bytes),
            Err(e) => Err(std::io::Error::other(e.to_string())),
        }
    } else {
        atomic::write_outputs(path, &crate::report::template::csv_files(&model, lang))
    };
    written.map_err(|e| {
        eprintln!(
            "{}",
            say::CANNOT_WRITE.with_lang(
                lang,
                &[
                    ("path", path.display().to_string()),
                    ("error", e.to_string())
                ]
            )
        );
        ExitCode::from(FAILURE)
    })?;
    println!(
        "{}",
        say::INIT_WRITTEN.with_lang(lang, &[("path", path.display().to_string())])
    );
    Ok(())
}

/// Writes a file through a temporary sibling, so that it appears complete or not at all.
fn write_new_file(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}
