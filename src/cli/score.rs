//! Measuring plans: `score` reports the quality of any plan, `greedy` writes the plan
//! a careful person makes by hand, as a baseline.

use super::{load, print_problems, FAILURE, INVALID};
use crate::checker;
use crate::report::files::{gap, number, plan_csv};
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
        let bound = solve::lp_bound(inst, model, None).map_err(|e| match e {
            solve::SolveError::Infeasible(why) => {
                eprintln!("error: no plan exists for this input: {}", why.join("; "));
                ExitCode::from(INVALID)
            }
            other => {
                eprintln!("error: the LP bound could not be computed: {other:?}");
                ExitCode::from(FAILURE)
            }
        })?;
        // Without a time limit HiGHS solves the LP to optimality, or fails above.
        let bound = bound.unwrap_or(0.0).min(verdict.objective);
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

/// Writes the greedy plan to `out` (atomically: a temporary file renamed into place).
pub(super) fn greedy(instance: &Path, model: Option<&Path>, out: &Path) -> Result<(), ExitCode> {
    let loaded = load(instance, model)?;
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
    println!(
        "greedy plan: {} of {} students placed, objective {}; written to {} (score it with `stageplan score`)",
        verdict.placed.len(),
        inst.students.len(),
        number(verdict.objective),
        out.display()
    );
    for v in &verdict.violations {
        eprintln!(
            "warning: the greedy plan breaks rule {} ({}) for '{}': {}",
            v.rule, v.name, v.student, v.message
        );
    }
    Ok(())
}
