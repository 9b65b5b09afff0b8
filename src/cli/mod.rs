//! The command line: flags are parsed (`args`) and resolved into one run configuration
//! (`config`) before any work, as ripgrep does; the run calls the library, and every
//! outcome maps to an exit code (0 success, 1 invalid input or plan, 2 usage or internal).

mod args;
mod bench;
mod check;
mod config;
mod explain;
mod make;
mod out_check;
mod plan;
mod progress;
mod score;
mod summary;
mod sweep;
mod travel;

use crate::input::{self, problem::Problem, Loaded};
use crate::lang::cli as say;
use crate::lang::{Lang, Word};
use clap::Parser;
use config::Job;
use std::path::Path;
use std::process::ExitCode;

/// Exit codes of FORMAT.md section 4.
const INVALID: u8 = 1;
const FAILURE: u8 = 2;

pub(super) fn print_problems(problems: &[Problem], lang: Lang) {
    for p in problems {
        eprintln!("{}", p.text(lang));
    }
    // A count of problems not listed stands for that many.
    let errors: usize = problems
        .iter()
        .filter(|p| p.severity == input::problem::Severity::Error)
        .map(Problem::count)
        .sum();
    let warnings = input::problem::total(problems) - errors;
    warn(
        &say::COUNTS,
        lang,
        &[
            ("errors", errors.to_string()),
            ("warnings", warnings.to_string()),
        ],
    );
}

/// Prints sentence `word` of the tables in `lang` on stdout, its placeholders filled.
pub(super) fn tell(word: &Word, lang: Lang, args: &[(&str, String)]) {
    println!("{}", word.with_lang(lang, args));
}

/// Prints sentence `word` on stderr: a warning or an error.
pub(super) fn warn(word: &Word, lang: Lang, args: &[(&str, String)]) {
    eprintln!("{}", word.with_lang(lang, args));
}

/// Says on stderr that `path` could not be written, and why; the exit code of that failure.
pub(super) fn cannot_write(path: &Path, error: impl std::fmt::Display, lang: Lang) -> ExitCode {
    let args = [
        ("path", path.display().to_string()),
        ("error", error.to_string()),
    ];
    warn(&say::CANNOT_WRITE, lang, &args);
    ExitCode::from(FAILURE)
}

pub(super) fn load(instance: &Path, model: Option<&Path>, lang: Lang) -> Result<Loaded, ExitCode> {
    input::load(instance, model).map_err(|problems| {
        print_problems(&problems, lang);
        eprintln!("{}", say::NOTHING_PLANNED.of(lang));
        ExitCode::from(INVALID)
    })
}

/// Runs the command line; returns the process exit code.
pub fn run(args: impl IntoIterator<Item = std::ffi::OsString>) -> ExitCode {
    let cli = match args::Cli::try_parse_from(args) {
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
    let (lang, job) = match config::resolve(cli) {
        Ok(resolved) => resolved,
        Err(code) => return code,
    };
    let result = match job {
        Job::Check { instance, model } => check::check(&instance, model.as_deref(), lang),
        Job::Solve(run) => plan::solve(run.as_run(lang)),
        Job::Explain {
            instance,
            student,
            plan,
            model,
        } => explain::explain_student(&instance, &student, plan.as_deref(), model.as_deref(), lang),
        Job::Verify {
            instance,
            plan,
            model,
        } => check::verify(&instance, &plan, model.as_deref(), lang),
        Job::Score {
            instance,
            plan,
            model,
            json,
        } => score::score(&instance, &plan, model.as_deref(), json, lang),
        Job::Greedy {
            instance,
            model,
            out,
        } => score::greedy(&instance, model.as_deref(), &out, lang),
        Job::Sweep(run) => sweep::sweep(run.as_run(), lang),
        Job::Bench { options, quiet } => bench::bench(options, quiet),
        Job::Init { path, model } => make::init(&path, model.as_deref(), lang),
        Job::Travel(flags) => travel::travel(flags, lang),
        Job::Generate { options, gtfs, out } => make::generate(options, gtfs, &out, lang),
    };
    result.err().unwrap_or(ExitCode::SUCCESS)
}
