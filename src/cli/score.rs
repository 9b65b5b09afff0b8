//! `score`: the quality report of any plan, also a hand-made one.

use super::{load, print_problems, FAILURE, INVALID};
use crate::checker;
use crate::report::files::{gap, number};
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
) -> Result<(), ExitCode> {
    let loaded = load(instance, model)?;
    let (inst, model) = (&loaded.instance, &loaded.model);
    let rows = checker::read_plan(plan).map_err(|problems| {
        print_problems(&problems);
        ExitCode::from(INVALID)
    })?;
    let verdict = checker::check_plan(inst, model, &rows);
    for v in &verdict.violations {
        eprintln!(
            "line {}: student '{}': rule {} ({}) broken: {}",
            v.line, v.student, v.rule, v.name, v.message
        );
    }
    let q = quality(inst, model, &verdict.placed, &verdict.terms);
    if json {
        println!("{}", serde_json::to_string_pretty(&q).unwrap_or_default());
    } else {
        let bound = solve::lp_bound(inst, model).map_err(|e| match e {
            solve::SolveError::Infeasible(why) => {
                eprintln!("error: no plan exists for this input: {}", why.join("; "));
                ExitCode::from(INVALID)
            }
            other => {
                eprintln!("error: the LP bound could not be computed: {other:?}");
                ExitCode::from(FAILURE)
            }
        })?;
        let bound = bound.min(verdict.objective);
        let t = &q.objective_terms;
        println!(
            "{} of {} students placed ({}); {}",
            verdict.placed.len(),
            inst.students.len(),
            percent(q.placed_share),
            if verdict.violations.is_empty() {
                "all hard rules hold".to_string()
            } else {
                format!("{} hard rule violation(s)", verdict.violations.len())
            }
        );
        println!(
            "objective {} (unplaced {}, travel {}, same type {}, preference rank {}, unlisted {}, uncertified {})",
            number(verdict.objective), number(t.unplaced), number(t.travel), number(t.same_type_as_previous),
            number(t.preference_rank), number(t.preference_unlisted), number(t.uncertified_wpb)
        );
        println!(
            "LP bound {}: gap at most {} (the optimum lies between; `solve` proves it)",
            number(bound),
            percent(gap(verdict.objective, bound))
        );
        let tr = &q.travel_minutes;
        println!(
            "travel: mean {} min, 90th percentile {} min, max {} min",
            number(tr.mean),
            number(tr.p90),
            number(tr.max)
        );
        println!(
            "preferences (of the placed who listed any): {} first choice, {} in the top 3",
            percent(q.first_preference_share),
            percent(q.top3_preference_share)
        );
        println!(
            "{} at another school type than last time; {} with a certified WPB",
            percent(q.different_type_share),
            percent(q.certified_wpb_share)
        );
        println!(
            "load: WPBs mean {} (sd {}, max {}); schools mean {} (sd {}, max {})",
            percent(q.wpb_load.mean),
            percent(q.wpb_load.sd),
            percent(q.wpb_load.max),
            percent(q.school_load.mean),
            percent(q.school_load.sd),
            percent(q.school_load.max)
        );
    }
    if verdict.violations.is_empty() {
        Ok(())
    } else {
        Err(ExitCode::from(INVALID))
    }
}
