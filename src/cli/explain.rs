//! `explain --student`: one student's placement in plain sentences.

use super::plan::solve_checked;
use super::{load, print_problems, warn, INVALID};
use crate::checker;
use crate::explain;
use crate::lang::cli as say;
use crate::lang::Lang;
use crate::solve::SolveOptions;
use std::path::Path;
use std::process::ExitCode;

pub(super) fn explain_student(
    instance: &Path,
    student: &str,
    plan: Option<&Path>,
    model: Option<&Path>,
    lang: Lang,
) -> Result<(), ExitCode> {
    let loaded = load(instance, model, lang)?;
    let (inst, model) = (&loaded.instance, &loaded.model);
    let Some(s) = inst.students.iter().position(|x| x.id == student) else {
        warn(
            &say::UNKNOWN_STUDENT,
            lang,
            &[
                ("student", student.to_string()),
                ("instance", instance.display().to_string()),
            ],
        );
        return Err(ExitCode::from(INVALID));
    };
    let placed = match plan {
        Some(path) => {
            let rows = checker::read_plan(path).map_err(|problems| {
                print_problems(&problems, lang);
                ExitCode::from(INVALID)
            })?;
            let verdict = checker::check_plan(inst, model, &rows);
            if !verdict.violations.is_empty() {
                eprintln!(
                    "{}",
                    say::PLAN_BREAKS_RULES
                        .with_lang(lang, &[("n", verdict.violation_count().to_string())])
                );
                return Err(ExitCode::from(INVALID));
            }
            verdict.placed
        }
        None => {
            let spinner = super::progress::Spinner::start(false, lang);
            spinner.phase(&crate::lang::progress::SOLVING);
            solve_checked(inst, model, &SolveOptions::default(), None, &spinner, lang)?
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
