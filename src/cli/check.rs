//! `check` and `verify`: is the input valid, does a plan keep every rule.

use super::{load, print_problems, tell, warn, INVALID};
use crate::checker;
use crate::lang::cli as say;
use crate::lang::Lang;
use crate::report::files;
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
            warn(&say::ERROR, lang, &[("message", c.say(lang))]);
        }
        eprintln!("{}", say::NO_PLAN_PINS.of(lang));
        return Err(ExitCode::from(INVALID));
    }
    let i = &loaded.instance;
    tell(
        &say::CHECK_OK,
        lang,
        &[
            ("schools", i.schools.len().to_string()),
            ("wpbs", i.supervisors.len().to_string()),
            ("students", i.students.len().to_string()),
            ("model", loaded.model.name.clone()),
            (
                "source",
                crate::lang::model_source(&loaded.model_source, lang),
            ),
        ],
    );
    Ok(())
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
        tell(
            &say::RULE_BROKEN,
            lang,
            &[
                ("at", at),
                ("who", who),
                ("rule", v.rule.to_string()),
                ("name", v.name.to_string()),
                ("message", v.message.of(lang).to_string()),
            ],
        );
    }
    for note in &verdict.notes {
        tell(&say::NOTE, lang, &[("note", note.of(lang).to_string())]);
    }
    let t = &verdict.terms;
    tell(
        &say::VERIFY_FIGURES,
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
        ],
    );
    if verdict.violations.is_empty() {
        println!("{}", say::ALL_RULES_HOLD.of(lang));
        Ok(())
    } else {
        tell(
            &say::VIOLATIONS,
            lang,
            &[("n", verdict.violation_count().to_string())],
        );
        Err(ExitCode::from(INVALID))
    }
}
