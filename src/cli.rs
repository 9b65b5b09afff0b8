//! The command line: flags are parsed into a run, the run calls the library, and every
//! outcome maps to an exit code (0 success, 1 invalid input or plan, 2 usage or internal).

use crate::checker;
use crate::explain::{self, text::Lang, DiagnoseOptions};
use crate::generate::{self, GenerateOptions};
use crate::input::{self, problem::Problem, Loaded};
use crate::pipeline::{self, PipelineError};
use crate::repair::Baseline;
use crate::report::{atomic, files};
use crate::scenario;
use crate::solve::SolveOptions;
use crate::sweep::{self, SweepError, SweepOptions};
use clap::{Parser, Subcommand};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Places student teachers at schools and with a WPB, optimally.
#[derive(Parser)]
#[command(name = "stageplan", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Validate an instance folder and print every problem.
    Check {
        /// Folder with schools.csv, supervisors.csv, students.csv (travel.csv, model.toml).
        instance: PathBuf,
        /// Policy model file; overrides the instance's model.toml and the built-in HOS model.
        #[arg(long)]
        model: Option<PathBuf>,
    },
    /// Optimise and write plan.csv, unplaced.csv and summary.json to --out.
    Solve {
        instance: PathBuf,
        #[arg(long)]
        model: Option<PathBuf>,
        /// Output folder; written completely or not at all.
        #[arg(long)]
        out: PathBuf,
        /// Stop after this many seconds with the best plan found and its proven bound.
        #[arg(long, value_name = "SECONDS")]
        time_limit: Option<f64>,
        /// Print nothing but errors.
        #[arg(long)]
        quiet: bool,
        /// Repair this published plan: keep every placement that is still valid unless
        /// moving it pays (weight moved_student); writes changes.csv.
        #[arg(long, value_name = "PLAN.csv")]
        baseline_plan: Option<PathBuf>,
        /// Verify this many suggestions by re-solving for diagnosis.md (0: none).
        #[arg(long, value_name = "N", default_value_t = 5)]
        suggestions: usize,
    },
    /// Solve the baseline and every what-if scenario of a file in parallel, and compare.
    Sweep {
        instance: PathBuf,
        /// Scenario file (TOML): [[scenario]] and [[grid]] tables, see the README.
        #[arg(long)]
        scenarios: PathBuf,
        /// Output folder: sweep.csv, sweep.md, baseline/ and one folder per scenario.
        #[arg(long)]
        out: PathBuf,
        #[arg(long)]
        model: Option<PathBuf>,
        /// Scenarios solved at once (each HiGHS single-threaded); 0 = one per core.
        #[arg(long, default_value_t = 0)]
        threads: usize,
        /// Per scenario: stop after this many seconds with the best plan found.
        #[arg(long, value_name = "SECONDS")]
        time_limit: Option<f64>,
        /// Print nothing but errors.
        #[arg(long)]
        quiet: bool,
    },
    /// Explain one student's placement, or why the student is unplaced, in plain sentences.
    Explain {
        instance: PathBuf,
        /// The student's id in students.csv.
        #[arg(long)]
        student: String,
        /// A plan.csv to explain; without it the instance is solved first.
        #[arg(long)]
        plan: Option<PathBuf>,
        #[arg(long)]
        model: Option<PathBuf>,
        /// Language: nl (default) or en.
        #[arg(long, default_value = "nl")]
        lang: String,
    },
    /// Check any plan, also a hand-made one, and print its objective.
    Verify {
        instance: PathBuf,
        /// The plan: a CSV with student_id, school_id, wpb_id.
        plan: PathBuf,
        #[arg(long)]
        model: Option<PathBuf>,
    },
    /// Write a synthetic instance folder (for tests and benchmarks).
    Generate {
        #[arg(long, default_value_t = 300)]
        students: usize,
        #[arg(long, default_value_t = 10)]
        schools: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Scarce capacity: fewer WPBs and school places.
        #[arg(long)]
        tight: bool,
        #[arg(long)]
        out: PathBuf,
    },
}

/// Exit codes of FORMAT.md section 4.
const INVALID: u8 = 1;
const FAILURE: u8 = 2;

fn print_problems(problems: &[Problem]) {
    for p in problems {
        eprintln!("{p}");
    }
    let errors = problems
        .iter()
        .filter(|p| p.severity == input::problem::Severity::Error)
        .count();
    let warnings = problems.len() - errors;
    eprintln!("{errors} error(s), {warnings} warning(s).");
}

fn load(instance: &Path, model: Option<&Path>) -> Result<Loaded, ExitCode> {
    input::load(instance, model).map_err(|problems| {
        print_problems(&problems);
        eprintln!("Nothing was planned: correct the errors above and run again.");
        ExitCode::from(INVALID)
    })
}

fn check(instance: &Path, model: Option<&Path>) -> Result<(), ExitCode> {
    let loaded = load(instance, model)?;
    if !loaded.warnings.is_empty() {
        print_problems(&loaded.warnings);
    }
    let conflicts = crate::solve::pin_conflicts(&loaded.instance, &loaded.model);
    if !conflicts.is_empty() {
        for c in &conflicts {
            eprintln!("error: {c}");
        }
        eprintln!("No plan exists for this input: change the pins or groups above.");
        return Err(ExitCode::from(INVALID));
    }
    let i = &loaded.instance;
    println!(
        "OK: {} schools, {} WPBs, {} students; model '{}' ({}).",
        i.schools.len(),
        i.supervisors.len(),
        i.students.len(),
        loaded.model.name,
        loaded.model_source
    );
    Ok(())
}

/// The published plan of a repair, as a baseline.
fn read_baseline(path: &Path) -> Result<Baseline, ExitCode> {
    let rows = checker::read_plan(path).map_err(|problems| {
        print_problems(&problems);
        eprintln!("Nothing was planned: correct the baseline plan and run again.");
        ExitCode::from(INVALID)
    })?;
    Ok(Baseline::from_rows(&rows))
}

struct SolveRun<'a> {
    instance: &'a Path,
    model: Option<&'a Path>,
    out: &'a Path,
    options: SolveOptions,
    quiet: bool,
    baseline_plan: Option<&'a Path>,
    suggestions: usize,
}

fn solve(run: SolveRun) -> Result<(), ExitCode> {
    let SolveRun {
        instance,
        model,
        out,
        options,
        quiet,
        baseline_plan,
        suggestions,
    } = run;
    let loaded = load(instance, model)?;
    if !quiet && !loaded.warnings.is_empty() {
        print_problems(&loaded.warnings);
    }
    let (inst, model) = (&loaded.instance, &loaded.model);
    let baseline = baseline_plan.map(read_baseline).transpose()?;
    let options = match &baseline {
        Some(b) => pipeline::repair_options(inst, model, b, options),
        None => options,
    };
    let mut outcome = solve_checked(inst, model, &options, baseline.as_ref())?;
    let started = std::time::Instant::now();
    let diagnosis = explain::diagnose(
        inst,
        model,
        &outcome.verdict.placed,
        outcome.verdict.objective,
        &DiagnoseOptions {
            verify_top: suggestions,
            ..DiagnoseOptions::default()
        },
    );
    let diagnosis_seconds = started.elapsed().as_secs_f64();
    // The diagnosis's reasons name the bottleneck; the codes are the same.
    outcome.reasons = diagnosis.reasons.clone();
    let mut outputs = pipeline::output_files(inst, model, &outcome, loaded.warnings.len());
    outputs.extend(explain::files::output_files(&diagnosis, inst, model));
    atomic::write_outputs(out, &outputs).map_err(|e| {
        eprintln!("error: cannot write the outputs to {}: {e}. Choose another --out folder; nothing was changed there.", out.display());
        ExitCode::from(FAILURE)
    })?;
    if !quiet {
        let v = &outcome.verdict;
        let s = &outcome.solved;
        let bound = s.bound.min(v.objective);
        println!("{}: {} students", model.name, inst.students.len());
        println!(
            "placed {}, unplaced {} (reasons in {})",
            v.placed.len(),
            inst.students.len() - v.placed.len(),
            out.join("unplaced.csv").display()
        );
        println!(
            "objective {}  bound {}  gap {:.4}%  {} in {:.2} s",
            files::number(v.objective),
            files::number(bound),
            100.0 * files::gap(v.objective, bound),
            s.status.as_str(),
            s.seconds
        );
        if let Some(r) = &outcome.repair {
            let reasons: Vec<String> = r
                .moved_by_reason
                .iter()
                .map(|(code, n)| format!("{n} {code}"))
                .collect();
            println!(
                "repair of the published plan: {} of {} kept, {} moved ({}), {} newly placed; moved_student weight {} (details in {})",
                r.kept,
                r.baseline_placed,
                r.moved,
                if reasons.is_empty() { "none".to_string() } else { reasons.join(", ") },
                r.newly_placed,
                files::number(r.moved_student_weight),
                out.join("changes.csv").display()
            );
        }
        println!(
            "plan verified by the independent checker; written to {}",
            out.display()
        );
        println!(
            "diagnosis: {} bottleneck(s), {} verified suggestion(s) in {} ({:.2} s)",
            diagnosis.bottlenecks.len(),
            diagnosis.suggestions.len(),
            out.join("diagnosis.md").display(),
            diagnosis_seconds
        );
    }
    Ok(())
}

fn solve_checked(
    inst: &crate::domain::Instance,
    model: &crate::domain::Model,
    options: &SolveOptions,
    baseline: Option<&Baseline>,
) -> Result<pipeline::Outcome, ExitCode> {
    pipeline::solve_and_check_against(inst, model, options, baseline).map_err(|e| {
        eprintln!("error: {e}. Nothing was written.");
        match e {
            PipelineError::Infeasible(_) => ExitCode::from(INVALID),
            PipelineError::NoPlanInTime | PipelineError::Internal(_) => ExitCode::from(FAILURE),
        }
    })
}

fn explain_student(
    instance: &Path,
    student: &str,
    plan: Option<&Path>,
    model: Option<&Path>,
    lang: Lang,
) -> Result<(), ExitCode> {
    let loaded = load(instance, model)?;
    let (inst, model) = (&loaded.instance, &loaded.model);
    let Some(s) = inst.students.iter().position(|x| x.id == student) else {
        eprintln!(
            "error: student '{student}' is not in students.csv of {}; give a student_id from that file",
            instance.display()
        );
        return Err(ExitCode::from(INVALID));
    };
    let placed = match plan {
        Some(path) => {
            let rows = checker::read_plan(path).map_err(|problems| {
                print_problems(&problems);
                ExitCode::from(INVALID)
            })?;
            let verdict = checker::check_plan(inst, model, &rows);
            if !verdict.violations.is_empty() {
                eprintln!(
                    "error: the plan breaks {} hard rule(s); run `stageplan verify` to see them, and explain a valid plan",
                    verdict.violations.len()
                );
                return Err(ExitCode::from(INVALID));
            }
            verdict.placed
        }
        None => {
            solve_checked(inst, model, &SolveOptions::default(), None)?
                .verdict
                .placed
        }
    };
    print!(
        "{}",
        explain::student::explain(inst, model, &placed, s, lang)
    );
    Ok(())
}

fn verify(instance: &Path, plan: &Path, model: Option<&Path>) -> Result<(), ExitCode> {
    let loaded = load(instance, model)?;
    let rows = checker::read_plan(plan).map_err(|problems| {
        print_problems(&problems);
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
            format!("student '{}': ", v.student)
        };
        println!(
            "{at}{who}rule {} ({}) broken: {}",
            v.rule, v.name, v.message
        );
    }
    for note in &verdict.notes {
        println!("note: {note}");
    }
    let t = &verdict.terms;
    println!(
        "placed {}, unplaced {}; objective {} (travel {} min, same type {}, preference rank {}, unlisted {}, uncertified {})",
        verdict.placed.len(),
        t.unplaced,
        files::number(verdict.objective),
        files::number(t.travel_minutes),
        t.same_type_as_previous,
        t.preference_rank,
        t.preference_unlisted,
        t.uncertified_wpb
    );
    if verdict.violations.is_empty() {
        println!("all hard rules hold");
        Ok(())
    } else {
        println!("{} hard rule violation(s)", verdict.violations.len());
        Err(ExitCode::from(INVALID))
    }
}

struct SweepRun<'a> {
    instance: &'a Path,
    model: Option<&'a Path>,
    scenarios: &'a Path,
    out: &'a Path,
    options: SweepOptions,
    quiet: bool,
}

fn sweep(run: SweepRun) -> Result<(), ExitCode> {
    let scenarios = scenario::read_scenarios(run.scenarios).map_err(|problems| {
        print_problems(&problems);
        eprintln!("Nothing was solved: correct the scenario file and run again.");
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
            print_problems(&problems);
            eprintln!("Nothing was solved: correct the errors above and run again.");
            ExitCode::from(INVALID)
        }
        SweepError::Baseline(e) => {
            eprintln!("error: the baseline has no plan: {e}. Nothing was written.");
            match e {
                PipelineError::Infeasible(_) => ExitCode::from(INVALID),
                _ => ExitCode::from(FAILURE),
            }
        }
    })?;
    let files: Vec<(&str, Vec<u8>)> = done
        .files
        .iter()
        .map(|(n, b)| (n.as_str(), b.clone()))
        .collect();
    atomic::write_outputs_owning(run.out, &files, &sweep::is_sweep_output).map_err(|e| {
        eprintln!("error: cannot write the outputs to {}: {e}. Choose another --out folder; nothing was changed there.", run.out.display());
        ExitCode::from(FAILURE)
    })?;
    if !run.quiet {
        let base = done.rows[0].plan.as_ref();
        print!("{}", sweep::text_table(&done.rows, base));
        let failed: Vec<&sweep::Row> = done.rows.iter().filter(|r| r.plan.is_none()).collect();
        for r in &failed {
            eprintln!(
                "scenario '{}' has no plan ({}): {}",
                r.scenario, r.status, r.message
            );
        }
        println!(
            "{} scenarios ({} without a plan); comparison in {} and {}",
            done.rows.len() - 1,
            failed.len(),
            run.out.join("sweep.csv").display(),
            run.out.join("sweep.md").display()
        );
    }
    Ok(())
}

fn generate(options: GenerateOptions, out: &Path) -> Result<(), ExitCode> {
    if options.students == 0 || options.schools == 0 {
        eprintln!("error: --students and --schools must be at least 1");
        return Err(ExitCode::from(FAILURE));
    }
    let files = generate::generate(&options);
    let files: Vec<(&str, Vec<u8>)> = files
        .iter()
        .map(|(n, t)| (n.as_str(), t.clone().into_bytes()))
        .collect();
    atomic::write_outputs(out, &files).map_err(|e| {
        eprintln!("error: cannot write to {}: {e}", out.display());
        ExitCode::from(FAILURE)
    })?;
    println!(
        "wrote {} students and {} schools to {}",
        options.students,
        options.schools,
        out.display()
    );
    Ok(())
}

fn check_time_limit(limit: Option<f64>) -> Result<(), ExitCode> {
    match limit.filter(|t| !(t.is_finite() && *t > 0.0)) {
        Some(t) => {
            eprintln!("error: --time-limit must be a positive number of seconds, not {t}");
            Err(ExitCode::from(FAILURE))
        }
        None => Ok(()),
    }
}

/// Runs the command line; returns the process exit code.
pub fn run(args: impl IntoIterator<Item = std::ffi::OsString>) -> ExitCode {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(FAILURE)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let result = match cli.command {
        Command::Check { instance, model } => check(&instance, model.as_deref()),
        Command::Solve {
            instance,
            model,
            out,
            time_limit,
            quiet,
            baseline_plan,
            suggestions,
        } => {
            if let Err(code) = check_time_limit(time_limit) {
                return code;
            }
            solve(SolveRun {
                instance: &instance,
                model: model.as_deref(),
                out: &out,
                options: SolveOptions {
                    time_limit_seconds: time_limit,
                    ..SolveOptions::default()
                },
                quiet,
                baseline_plan: baseline_plan.as_deref(),
                suggestions,
            })
        }
        Command::Explain {
            instance,
            student,
            plan,
            model,
            lang,
        } => match Lang::parse(&lang) {
            Some(lang) => {
                explain_student(&instance, &student, plan.as_deref(), model.as_deref(), lang)
            }
            None => {
                eprintln!("error: --lang must be nl or en, not '{lang}'");
                return ExitCode::from(FAILURE);
            }
        },
        Command::Verify {
            instance,
            plan,
            model,
        } => verify(&instance, &plan, model.as_deref()),
        Command::Sweep {
            instance,
            scenarios,
            out,
            model,
            threads,
            time_limit,
            quiet,
        } => {
            if let Err(code) = check_time_limit(time_limit) {
                return code;
            }
            sweep(SweepRun {
                instance: &instance,
                model: model.as_deref(),
                scenarios: &scenarios,
                out: &out,
                options: SweepOptions {
                    threads,
                    time_limit_seconds: time_limit,
                    progress: None,
                },
                quiet,
            })
        }
        Command::Generate {
            students,
            schools,
            seed,
            tight,
            out,
        } => generate(
            GenerateOptions {
                students,
                schools,
                seed,
                tight,
            },
            &out,
        ),
    };
    result.err().unwrap_or(ExitCode::SUCCESS)
}
