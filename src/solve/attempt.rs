//! One run of the integer program over a set of pairs, and its answer decoded into
//! named placements.

use super::program::PlacementProgram;
use super::types::{solve_error, Ablation, Before, Prefer, Repair, SolveError};
use super::{build, eligibility, highs_run, pins, start};
use crate::domain::{Instance, Model, Placement};
use good_lp::SolverModel;
use std::collections::{BTreeMap, HashMap};

/// What one run of the integer program gave, in the program's own objective (without the
/// cost of the pins).
pub(super) struct Attempt {
    /// Free students' placements; `None` when no plan was found in time.
    pub(super) placements: Option<Vec<Placement>>,
    pub(super) proven_optimal: bool,
    pub(super) objective: f64,
    pub(super) bound: f64,
    pub(super) variables: usize,
    pub(super) constraints: usize,
}

impl Attempt {
    /// No program was run: no plan and no bound of its own.
    pub(super) fn nothing() -> Attempt {
        Attempt {
            placements: None,
            proven_optimal: false,
            objective: f64::INFINITY,
            bound: f64::NEG_INFINITY,
            variables: 0,
            constraints: 0,
        }
    }
}

/// Builds the program over `pairs` (all when `None`), starts it from `wanted` where given,
/// and runs HiGHS.
#[allow(clippy::too_many_arguments)]
pub(super) fn attempt(
    instance: &Instance,
    model: &Model,
    elig: &eligibility::Eligibility,
    residual: &pins::Residual,
    pairs: Option<&[Vec<bool>]>,
    wanted: Option<&[Option<usize>]>,
    repair: Option<&Repair>,
    prefer: Option<&Prefer>,
    time_limit_seconds: Option<f64>,
    ablation: Ablation,
) -> Result<Attempt, SolveError> {
    let mut program = build(
        instance, model, elig, residual, false, pairs, ablation, prefer,
    );
    if let Some(repair) = repair {
        program.keep_baseline_assignments(&repair.before, repair.moved_weight);
    }
    // A tie-break's weight is the objective's step over a whole number (`tie_break`), so its
    // inverse makes every cost whole: on the sweep's scenarios HiGHS proved in 11 to 17 %
    // less time (19 programs, three seeds).
    let whole = prefer
        .map(|p| (1.0 / p.weight).round())
        .filter(|&scale| scale > 1.0)
        .and_then(|scale| Some((program.whole_objective(scale)?, scale)));
    // Only the developers' trace asks (a whole objective's bound proves one above it).
    let costs_whole =
        whole.is_some() || (super::highs_trace::wanted() && program.whole_objective(1.0).is_some());
    let (objective, scale) = whole.unwrap_or_else(|| (program.objective(), 1.0));
    let PlacementProgram {
        vars,
        constraints,
        at_school,
        unplaced,
        takes,
        kept,
        ..
    } = program;
    let variables = vars.len();
    // good_lp numbers columns in creation order but keeps the number private.
    let column: HashMap<good_lp::Variable, usize> = vars
        .iter_variables_with_def()
        .enumerate()
        .map(|(i, (v, _))| (v, i))
        .collect();
    let constraint_count = constraints.len();
    let mut problem = vars.minimise(objective).using(good_lp::highs);
    for c in constraints {
        problem.add_constraint(c);
    }
    let before = repair.map(|r| r.before.as_slice());
    let start = wanted.and_then(|wanted| {
        let columns = start::Columns {
            at_school: &at_school,
            unplaced: &unplaced,
            takes: &takes,
            kept: &kept,
            index: &column,
        };
        start::start_values(instance, model, elig, residual, &columns, wanted, before)
    });
    let outcome = highs_run::run(problem, time_limit_seconds, start.as_deref(), costs_whole)
        .map_err(solve_error)?;
    let placements = outcome.values.as_ref().map(|values| {
        let value = |v: &good_lp::Variable| values[column[v]];
        decode(instance, elig, &at_school, &takes, before, value)
    });
    Ok(Attempt {
        placements,
        proven_optimal: outcome.proven_optimal,
        objective: outcome.objective / scale,
        bound: outcome.bound / scale,
        variables,
        constraints: constraint_count,
    })
}

/// Turns school choices and per-class WPB counts into named placements. Within a school
/// and class, students of a repaired plan first get their old WPB back where it has a
/// seat; then students (ascending) fill WPBs (ascending), so the result is deterministic.
fn decode(
    instance: &Instance,
    elig: &eligibility::Eligibility,
    at_school: &[Vec<(usize, good_lp::Variable)>],
    takes: &[Vec<(usize, good_lp::Variable)>],
    before: Option<&[Before]>,
    value: impl Fn(&good_lp::Variable) -> f64,
) -> Vec<Placement> {
    let mut placements = Vec::new();
    for (k, class) in elig.classes.iter().enumerate() {
        let mut seats: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for &(w, x) in &takes[k] {
            let n = value(&x).round() as usize;
            seats
                .entry(instance.supervisors[w].school)
                .or_default()
                .extend(std::iter::repeat_n(w, n));
        }
        let school_of = |s: usize| {
            at_school[s]
                .iter()
                .find(|(_, y)| value(y) > 0.5)
                .map(|&(c, _)| c)
        };
        let mut seated = vec![false; class.students.len()];
        if let Some(before) = before {
            for (i, &s) in class.students.iter().enumerate() {
                let (Some(c), Before::With(w)) = (school_of(s), before[s]) else {
                    continue;
                };
                let Some(list) = seats.get_mut(&c) else {
                    continue;
                };
                if let Some(at) = list.iter().position(|&v| v == w) {
                    list.remove(at);
                    placements.push(Placement { student: s, wpb: w });
                    seated[i] = true;
                }
            }
        }
        for (i, &s) in class.students.iter().enumerate() {
            let Some(c) = school_of(s).filter(|_| !seated[i]) else {
                continue;
            };
            if let Some(w) = seats
                .get_mut(&c)
                .and_then(|list| (!list.is_empty()).then(|| list.remove(0)))
            {
                placements.push(Placement { student: s, wpb: w });
            }
        }
    }
    placements
}
