//! Measuring plans: `score` reports the quality of any plan, `greedy` writes the plan
//! a careful person makes by hand, as a baseline.

use super::{load, print_problems, tell, warn, FAILURE, INVALID};
use crate::checker;
use crate::lang::cli as say;
use crate::lang::Lang;
use crate::outcome::gap;
use crate::report::files::{number, plan_csv};
use crate::report::quality::quality;
use crate::solve;
use std::path::Path;
use std::process::ExitCode;

fn percent(share: f64) -> String {
    format!("{:.1} %", 100.0 * share)
}

/// Scores a plan: every broken rule, the quality figures, and the gap to the LP bound.
pub(super) fn score(
    instance: &Path,
    plan: &Path,
    model: Option<&Path>,
    json: bool,
    lang: Lang,
) -> Result<(), ExitCode> {
    let loaded = load(instance, model, lang)?;
    let (inst, model) = (&loaded.instance, &loaded.model);
    let rows = checker::read_plan(plan).map_err(|problems| {
        print_problems(&problems, lang);
        ExitCode::from(INVALID)
    })?;
    let verdict = checker::check_plan(inst, model, &rows);
    for v in &verdict.violations {
        warn(
            &say::RULE_BROKEN,
            lang,
            &[
                ("at", format!("{}:{}: ", plan.display(), v.line)),
                (
                    "who",
                    say::STUDENT_PREFIX.with_lang(lang, &[("id", v.student.clone())]),
                ),
                ("rule", v.rule.to_string()),
                ("name", v.name.to_string()),
                ("message", v.message.of(lang).to_string()),
            ],
        );
    }
    let q = quality(inst, model, &verdict.placed, &verdict.terms);
    if json {
        println!("{}", serde_json::to_string_pretty(&q).unwrap_or_default());
    } else {
        let bound = solve::lp_bound(inst, model, None).map_err(|e| match e {
            solve::SolveError::Infeasible(why) => {
                let why: Vec<String> = why.iter().map(|w| w.say(lang)).collect();
                warn(
                    &crate::lang::cli::NO_PLAN_EXISTS,
                    lang,
                    &[("why", why.join("; "))],
                );
                ExitCode::from(INVALID)
            }
            other => {
                eprintln!("error: the LP bound could not be computed: {other:?}");
                ExitCode::from(FAILURE)
            }
        })?;
        // Without a time limit HiGHS solves the LP to optimality, or fails above.
        let bound = crate::outcome::stated_bound(bound.unwrap_or(0.0), verdict.objective);
        let t = &q.objective_terms;
        let rules = if verdict.violations.is_empty() {
            say::ALL_RULES_HOLD.of(lang).to_string()
        } else {
            say::VIOLATIONS.with_lang(lang, &[("n", verdict.violation_count().to_string())])
        };
        let tr = &q.travel_minutes;
        // One sentence a line, each with its figures.
        let lines = [
            (
                &say::SCORE_PLACED,
                vec![
                    ("placed", verdict.placed.len().to_string()),
                    ("students", inst.students.len().to_string()),
                    ("share", percent(q.placed_share)),
                    ("rules", rules),
                ],
            ),
            (
                &say::SCORE_OBJECTIVE,
                vec![
                    ("objective", number(verdict.objective)),
                    ("unplaced", number(t.unplaced)),
                    ("travel", number(t.travel)),
                    ("same", number(t.same_type_as_previous)),
                    ("rank", number(t.preference_rank)),
                    ("unlisted", number(t.preference_unlisted)),
                    ("uncertified", number(t.uncertified_wpb)),
                ],
            ),
            (
                &say::SCORE_BOUND,
                vec![
                    ("bound", number(bound)),
                    ("gap", percent(gap(verdict.objective, bound))),
                ],
            ),
            (
                &say::SCORE_TRAVEL,
                vec![
                    ("mean", number(tr.mean)),
                    ("p90", number(tr.p90)),
                    ("max", number(tr.max)),
                ],
            ),
            (
                &say::SCORE_PREFERENCES,
                vec![
                    ("first", percent(q.first_preference_share)),
                    ("top3", percent(q.top3_preference_share)),
                ],
            ),
            (
                &say::SCORE_TYPES,
                vec![
                    ("different", percent(q.different_type_share)),
                    ("certified", percent(q.certified_wpb_share)),
                ],
            ),
            (
                &say::SCORE_LOAD,
                vec![
                    ("wm", percent(q.wpb_load.mean)),
                    ("wsd", percent(q.wpb_load.sd)),
                    ("wmax", percent(q.wpb_load.max)),
                    ("sm", percent(q.school_load.mean)),
                    ("ssd", percent(q.school_load.sd)),
                    ("smax", percent(q.school_load.max)),
                ],
            ),
        ];
        for (word, args) in lines {
            tell(word, lang, &args);
        }
    }
    if verdict.violations.is_empty() {
        Ok(())
    } else {
        Err(ExitCode::from(INVALID))
    }
}

/// Writes the greedy plan to `out` (atomically: a temporary file renamed into place).
pub(super) fn greedy(
    instance: &Path,
    model: Option<&Path>,
    out: &Path,
    lang: Lang,
) -> Result<(), ExitCode> {
    let loaded = load(instance, model, lang)?;
    let (inst, model) = (&loaded.instance, &loaded.model);
    let placed = crate::greedy::greedy(inst, model);
    let rows = crate::pipeline::plan_rows_of(inst, &placed);
    let verdict = checker::check_plan(inst, model, &rows);
    let tmp = out.with_extension("csv.tmp");
    let written = std::fs::write(&tmp, plan_csv(inst, model, &verdict))
        .and_then(|_| std::fs::rename(&tmp, out));
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        eprintln!(
            "error: cannot write {}: {e}. Choose another --out file.",
            out.display()
        );
        return Err(ExitCode::from(FAILURE));
    }
    tell(
        &say::GREEDY_DONE,
        lang,
        &[
            ("placed", verdict.placed.len().to_string()),
            ("students", inst.students.len().to_string()),
            ("objective", number(verdict.objective)),
            ("file", out.display().to_string()),
        ],
    );
    for v in &verdict.violations {
        warn(
            &say::GREEDY_BREAKS,
            lang,
            &[
                ("rule", v.rule.to_string()),
                ("name", v.name.to_string()),
                ("student", v.student.clone()),
                ("message", v.message.of(lang).to_string()),
            ],
        );
    }
    Ok(())
}
