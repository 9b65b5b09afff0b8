//! `sweep`: what-if scenarios in parallel, compared.

use super::{print_problems, tell, warn, FAILURE, INVALID};
use crate::lang::cli as say;
use crate::lang::Lang;
use crate::pipeline::PipelineError;
use crate::report::atomic;
use crate::scenario;
use crate::sweep::{self, SweepError, SweepOptions};
use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

pub(super) struct SweepRun<'a> {
    pub(super) instance: &'a Path,
    pub(super) model: Option<&'a Path>,
    pub(super) scenarios: &'a Path,
    pub(super) out: &'a Path,
    pub(super) options: SweepOptions,
    pub(super) quiet: bool,
}

pub(super) fn sweep(run: SweepRun, lang: Lang) -> Result<(), ExitCode> {
    let scenarios = scenario::read_scenarios(run.scenarios).map_err(|problems| {
        print_problems(&problems, lang);
        eprintln!("{}", say::SWEEP_BAD_FILE.of(lang));
        ExitCode::from(INVALID)
    })?;
    let mut options = run.options;
    let bar = (!run.quiet && std::io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::new(scenarios.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} scenarios, {elapsed}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    });
    if let Some(bar) = &bar {
        let bar = bar.clone();
        options.progress = Some(std::sync::Arc::new(move || bar.inc(1)));
    }
    let result = sweep::run(run.instance, run.model, &scenarios, &options);
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    let done = result.map_err(|e| match e {
        SweepError::Input(problems) => {
            print_problems(&problems, lang);
            eprintln!("{}", say::SWEEP_BAD_INPUT.of(lang));
            ExitCode::from(INVALID)
        }
        SweepError::Baseline(e) => {
            warn(&say::SWEEP_NO_BASELINE, lang, &[("message", e.say(lang))]);
            match e {
                PipelineError::Infeasible(_) => ExitCode::from(INVALID),
                _ => ExitCode::from(FAILURE),
            }
        }
        SweepError::Threads(e) => {
            let internal = say::INTERNAL.with_lang(lang, &[("message", e.to_string())]);
            warn(&say::SWEEP_NO_BASELINE, lang, &[("message", internal)]);
            ExitCode::from(FAILURE)
        }
    })?;
    for (folder, e) in &done.xlsx_failed {
        let error = format!("{folder}: {e}");
        warn(&say::XLSX_FAILED, lang, &[("error", error)]);
    }
    let files: Vec<(&str, Vec<u8>)> = done
        .files
        .iter()
        .map(|(n, b)| (n.as_str(), b.clone()))
        .collect();
    atomic::write_outputs_owning(run.out, &files, &sweep::is_sweep_output).map_err(|e| {
        warn(
            &say::CANNOT_WRITE_OUT,
            lang,
            &[
                ("dir", run.out.display().to_string()),
                ("error", e.to_string()),
            ],
        );
        ExitCode::from(FAILURE)
    })?;
    if !run.quiet {
        let base = done.rows[0].plan.as_ref();
        print!("{}", sweep::text_table(&done.rows, base, lang));
        let failed: Vec<&sweep::Row> = done.rows.iter().filter(|r| r.plan.is_none()).collect();
        for r in &failed {
            warn(
                &say::SWEEP_NO_PLAN,
                lang,
                &[
                    ("scenario", r.scenario.clone()),
                    ("status", r.status.clone()),
                    ("message", r.message.clone()),
                ],
            );
        }
        tell(
            &say::SWEEP_DONE,
            lang,
            &[
                ("n", (done.rows.len() - 1).to_string()),
                ("failed", failed.len().to_string()),
                ("csv", run.out.join("sweep.csv").display().to_string()),
                ("md", run.out.join("sweep.md").display().to_string()),
            ],
        );
    }
    Ok(())
}
