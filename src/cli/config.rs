//! Raw flags resolved into one run configuration before any work: the language, the time
//! limits and `--out` are checked here, so a run starts only with flags that hold.

use super::args::{Cli, Command};
use super::args::{SolveFlags, TravelFlags};
use super::plan::SolveRun;
use super::sweep::SweepRun;
use super::{out_check, warn, FAILURE};
use crate::bench::BenchOptions;
use crate::budget::Budget;
use crate::generate::GenerateOptions;
use crate::lang::cli as say;
use crate::lang::Lang;
use crate::solve::{Ablation, SolveOptions};
use crate::sweep::SweepOptions;
use std::path::PathBuf;
use std::process::ExitCode;

/// What to run, with every flag resolved.
pub(super) enum Job {
    Check {
        instance: PathBuf,
        model: Option<PathBuf>,
    },
    Solve(SolveJob),
    Sweep(SweepJob),
    Explain {
        instance: PathBuf,
        student: String,
        plan: Option<PathBuf>,
        model: Option<PathBuf>,
    },
    Verify {
        instance: PathBuf,
        plan: PathBuf,
        model: Option<PathBuf>,
    },
    Score {
        instance: PathBuf,
        plan: PathBuf,
        model: Option<PathBuf>,
        json: bool,
    },
    Greedy {
        instance: PathBuf,
        model: Option<PathBuf>,
        out: PathBuf,
    },
    Bench {
        options: BenchOptions,
        quiet: bool,
    },
    Init {
        path: PathBuf,
        model: Option<PathBuf>,
    },
    Travel(TravelFlags),
    Generate {
        options: GenerateOptions,
        gtfs: bool,
        out: PathBuf,
    },
}

/// `solve` with its flags checked; the clock of `--time-limit` runs from the start.
pub(super) struct SolveJob {
    flags: SolveFlags,
    budget: Budget,
    ablation: Ablation,
}

impl SolveJob {
    pub(super) fn as_run(&self, lang: Lang) -> SolveRun<'_> {
        let f = &self.flags;
        SolveRun {
            instance: &f.instance,
            model: f.model.as_deref(),
            out: &f.out,
            options: SolveOptions {
                time_limit_seconds: f.time_limit,
                ablation: self.ablation,
                ..SolveOptions::default()
            },
            quiet: f.quiet,
            baseline_plan: f.baseline_plan.as_deref(),
            suggestions: f.suggestions,
            lang,
            pins: f.pins.as_deref(),
            pins_from_scratch: f.pins_from_scratch,
            budget: self.budget,
            diagnosis_seconds: f.diagnosis_seconds,
        }
    }
}

/// `sweep` with its flags checked.
pub(super) struct SweepJob {
    instance: PathBuf,
    model: Option<PathBuf>,
    scenarios: PathBuf,
    out: PathBuf,
    options: SweepOptions,
    quiet: bool,
}

impl SweepJob {
    pub(super) fn as_run(&self) -> SweepRun<'_> {
        SweepRun {
            instance: &self.instance,
            model: self.model.as_deref(),
            scenarios: &self.scenarios,
            out: &self.out,
            options: self.options.clone(),
            quiet: self.quiet,
        }
    }
}

/// The language and the job of a command line, or the exit code after saying what is wrong.
pub(super) fn resolve(cli: Cli) -> Result<(Lang, Job), ExitCode> {
    let lang = language(cli.lang.as_deref()).ok_or(ExitCode::from(FAILURE))?;
    let job = match cli.command {
        Command::Check { instance, model } => Job::Check { instance, model },
        Command::Solve(flags) => {
            let budget = Budget::start(flags.time_limit);
            let without = flags.without.as_deref().unwrap_or("");
            let ablation = Ablation::parse(without).map_err(|name| {
                let args = [("known", Ablation::NAMES.join(", ")), ("name", name)];
                warn(&say::BAD_WITHOUT, lang, &args);
                ExitCode::from(FAILURE)
            })?;
            check_time_limit(flags.time_limit, lang)
                .and_then(|()| out_check::out_ready(&flags.out, lang))?;
            check_time_limit(flags.diagnosis_seconds, lang)?;
            Job::Solve(SolveJob {
                flags,
                budget,
                ablation,
            })
        }
        Command::Explain {
            instance,
            student,
            plan,
            model,
        } => Job::Explain {
            instance,
            student,
            plan,
            model,
        },
        Command::Verify {
            instance,
            plan,
            model,
        } => Job::Verify {
            instance,
            plan,
            model,
        },
        Command::Score {
            instance,
            plan,
            model,
            json,
        } => Job::Score {
            instance,
            plan,
            model,
            json,
        },
        Command::Greedy {
            instance,
            model,
            out,
        } => Job::Greedy {
            instance,
            model,
            out,
        },
        Command::Sweep {
            instance,
            scenarios,
            out,
            model,
            threads,
            time_limit,
            quiet,
        } => {
            check_time_limit(time_limit, lang).and_then(|()| out_check::out_ready(&out, lang))?;
            Job::Sweep(SweepJob {
                instance,
                model,
                out,
                options: SweepOptions {
                    threads,
                    time_limit_seconds: time_limit,
                    inputs: vec![scenarios.clone()],
                    lang,
                    progress: None,
                },
                scenarios,
                quiet,
            })
        }
        Command::Bench {
            only,
            time_limit,
            no_peers,
            ablation,
            out,
            quiet,
        } => {
            check_time_limit(Some(time_limit), lang)?;
            let unknown: Vec<&String> = only
                .iter()
                .filter(|o| !crate::bench::INSTANCES.iter().any(|b| b.name == o.as_str()))
                .collect();
            if let Some(name) = unknown.first() {
                eprintln!(
                    "error: --only knows {}, not '{name}'",
                    crate::bench::INSTANCES.map(|b| b.name).join(", ")
                );
                return Err(ExitCode::from(FAILURE));
            }
            Job::Bench {
                options: BenchOptions {
                    only,
                    time_limit_seconds: time_limit,
                    peers: !no_peers,
                    ablation,
                    project: PathBuf::from("."),
                    out,
                },
                quiet,
            }
        }
        Command::Init { path, model } => Job::Init { path, model },
        Command::Travel(flags) => Job::Travel(flags),
        Command::Generate {
            students,
            schools,
            seed,
            tight,
            travel,
            gtfs,
            group_share,
            out,
        } => Job::Generate {
            options: GenerateOptions {
                students,
                schools,
                seed,
                tight,
                coordinates_only: travel == "coords",
                group_share: match group_share {
                    Some(g) if !(0.0..=1.0).contains(&g) => {
                        let value = [("value", g.to_string())];
                        warn(&say::BAD_GROUP_SHARE, lang, &value);
                        return Err(ExitCode::from(FAILURE));
                    }
                    g => g,
                },
            },
            gtfs,
            out,
        },
    };
    Ok((lang, job))
}

fn check_time_limit(limit: Option<f64>, lang: Lang) -> Result<(), ExitCode> {
    match limit.filter(|t| !(t.is_finite() && *t > 0.0)) {
        Some(t) => {
            warn(&say::BAD_TIME_LIMIT, lang, &[("value", t.to_string())]);
            Err(ExitCode::from(FAILURE))
        }
        None => Ok(()),
    }
}

/// The language of this run: `--lang`, else STAGEPLAN_LANG, else Dutch; `None` (after
/// saying why) when either names another language.
fn language(flag: Option<&str>) -> Option<Lang> {
    let env = std::env::var("STAGEPLAN_LANG")
        .ok()
        .filter(|v| !v.trim().is_empty());
    let (text, source) = match (flag, env.as_deref()) {
        (Some(f), _) => (f, "--lang"),
        (None, Some(e)) => (e, "STAGEPLAN_LANG"),
        (None, None) => return Some(Lang::Nl),
    };
    let lang = Lang::parse(text);
    if lang.is_none() {
        eprintln!("fout: {source} moet nl of en zijn, niet '{text}' / error: {source} must be nl or en, not '{text}'");
    }
    lang
}
