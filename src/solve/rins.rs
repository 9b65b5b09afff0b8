//! Smaller programs under a short time limit, where the whole program has no time to find
//! a plan. Both keep only the pairs the LP's reduced costs allow (`NEAR`), and the
//! incumbent's, so HiGHS starts from it. First the neighbourhood of the heuristic plan's
//! unplaced: their classes free, everyone else kept at their school (groups fill seats in
//! blocks, and this is where a plan loses whole students). Then RINS: the students the LP
//! places whole at one school stay there, the others are free. Beside both and the whole
//! program after them, on the second core: one program over the union of the two.
//! 3,000 students at --time-limit 10: 6.6 % → 0.2 % above the LP bound; 1000-tight 0.6 %
//! → 0.003 %; 3,000 with 8 % in duos 5.9 % → 0.14 %.

use super::attempt::attempt;
use super::types::SolveError;
use super::{as_start, core, ProgramInputs};
use crate::domain::Placement;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// RINS runs when less than this is left of a time limit: with a minute or more left the
/// whole program does better on its own (3000-duos at --time-limit 120: 2.06 % with RINS,
/// optimal without; without a limit 135 s against 123 s).
pub(super) const BELOW_SECONDS: f64 = 60.0;

/// With less than this left, the smaller programs take it all: the whole program after
/// them would not finish its presolve (3,000 students: 1.2 to 2 s) and root in a fifth of it.
const WHOLE_AFTER: f64 = 20.0;

/// The reduced cost up to which a freed student keeps a school. With every school, the
/// first program had 36,067 columns after presolve at 3,000 students in duos and found no
/// better plan in the time; RINS with every school found none at --time-limit 10.
const NEAR: f64 = 8.0;

/// The better of `heuristic` and the plans of the two smaller programs, run one after the
/// other within `left` seconds (80 % of it when the whole program has time after them),
/// each started from the best plan so far. The first gets at most half: it finds its plan
/// early and then proves it, and RINS after it needs the time (3,000 students in duos at
/// --time-limit 10: 2.28 % or 0.14 % above the LP bound by the machine's load; capped,
/// 0.14 % in every run).
pub(super) fn rins(
    at: &ProgramInputs,
    lp: &core::LpCore,
    heuristic: Option<(Vec<Placement>, f64)>,
    left: f64,
) -> Result<Option<(Vec<Placement>, f64)>, SolveError> {
    let until = deadline(left);
    let near = lp.pairs_within(NEAR);
    let mut best = heuristic;
    for step in 0..2 {
        let seconds = until
            .saturating_duration_since(Instant::now())
            .as_secs_f64();
        if seconds < 0.2 {
            break;
        }
        let pairs = match &best {
            Some((plan, _)) if step == 0 => around_the_unplaced(at, plan, &near),
            None if step == 0 => continue,
            plan => what_the_lp_leaves_open(at, lp, &near, plan.as_ref()),
        };
        let start = best.as_ref().map(|(plan, _)| as_start(at.instance, plan));
        let seconds = if step == 0 { seconds / 2.0 } else { seconds };
        best = better(best, solve_over(at, &pairs, start.as_deref(), seconds)?);
    }
    Ok(best)
}

/// The union of both neighbourhoods, solved beside the two programs and the whole program
/// after them, on a core that would otherwise wait. The two alone had too little of a short
/// limit after the LP (4.7 s): 3,000 students in duos at --time-limit 10 ended above 1 % of
/// the optimum in 9 of 10 runs (2.3 % or 6.2 %), or, side by side from the heuristic plan,
/// 2.1 % in 6 of 6; with the union beside them, 0.11 % to 0.15 % in 5 of 5, but later the
/// same morning in 2 of 6 (2.3 % in 3, 6.2 % in 1): the LP's share still decides.
pub(super) struct Beside {
    pub(super) pairs: Vec<Vec<bool>>,
    start: Option<Vec<Option<usize>>>,
    until: Instant,
}

impl Beside {
    pub(super) fn new(
        at: &ProgramInputs,
        lp: &core::LpCore,
        heuristic: Option<&(Vec<Placement>, f64)>,
        left: f64,
    ) -> Self {
        let near = lp.pairs_within(NEAR);
        let mut pairs = what_the_lp_leaves_open(at, lp, &near, heuristic);
        if let Some((plan, _)) = heuristic {
            pairs = either(pairs, &around_the_unplaced(at, plan, &near));
        }
        Beside {
            pairs,
            start: heuristic.map(|(plan, _)| as_start(at.instance, plan)),
            until: deadline(left),
        }
    }

    /// Its plan, unless `settled` says the whole program was solved to optimality first
    /// (rayon runs this after it when no core is free) or too little time is left.
    pub(super) fn run(
        &self,
        at: &ProgramInputs,
        settled: &AtomicBool,
    ) -> Result<Option<(Vec<Placement>, f64)>, SolveError> {
        let seconds = self
            .until
            .saturating_duration_since(Instant::now())
            .as_secs_f64();
        if settled.load(Ordering::Relaxed) || seconds < 0.2 {
            return Ok(None);
        }
        solve_over(at, &self.pairs, self.start.as_deref(), seconds)
    }
}

/// When the smaller programs stop: all of `left` when the whole program would have too
/// little after them, else 80 % of it.
fn deadline(left: f64) -> Instant {
    let share = if left < WHOLE_AFTER { 1.0 } else { 0.8 };
    Instant::now() + Duration::from_secs_f64(left * share)
}

/// RINS's neighbourhood: a student the LP places whole at one school keeps only that school,
/// the others keep the schools of `near`; `plan`'s pairs stay, so that it is a plan of it.
fn what_the_lp_leaves_open(
    at: &ProgramInputs,
    lp: &core::LpCore,
    near: &[Vec<bool>],
    plan: Option<&(Vec<Placement>, f64)>,
) -> Vec<Vec<bool>> {
    with_plan(at, both(lp.pairs_the_lp_fixes(), near), plan)
}

/// The plan of the program over `pairs` within `seconds`, from `start`.
fn solve_over(
    at: &ProgramInputs,
    pairs: &[Vec<bool>],
    start: Option<&[Option<usize>]>,
    seconds: f64,
) -> Result<Option<(Vec<Placement>, f64)>, SolveError> {
    let found = attempt(
        at.instance,
        at.model,
        at.elig,
        at.residual,
        Some(pairs),
        start,
        None,
        at.prefer,
        Some(seconds),
        at.ablation,
    )?;
    Ok(found.placements.map(|plan| (plan, found.objective)))
}

/// The cheaper of two plans; in a tie, the first.
pub(super) fn better(
    first: Option<(Vec<Placement>, f64)>,
    second: Option<(Vec<Placement>, f64)>,
) -> Option<(Vec<Placement>, f64)> {
    match (first, second) {
        (Some(a), Some(b)) if b.1 < a.1 - 1e-9 => Some(b),
        (None, b) => b,
        (a, _) => a,
    }
}

/// `pairs` with every pair of `plan` added, so that the plan stays a plan of the program.
fn with_plan(
    at: &ProgramInputs,
    mut pairs: Vec<Vec<bool>>,
    plan: Option<&(Vec<Placement>, f64)>,
) -> Vec<Vec<bool>> {
    for p in plan.iter().flat_map(|(plan, _)| plan) {
        let school = at.instance.supervisors[p.wpb].school;
        if let Ok(i) = at.elig.schools_of[p.student].binary_search(&school) {
            pairs[p.student][i] = true;
        }
    }
    pairs
}

/// The neighbourhood of the plan's unplaced: the students of a class with an unplaced
/// student keep the schools of `near`; every other student keeps its school in `plan`.
/// (Freeing also the students seated at the WPBs such a class may use made the program
/// too large to presolve in the time: 3,000 students, 58,939 columns after presolve.)
pub(super) fn around_the_unplaced(
    at: &ProgramInputs,
    plan: &[Placement],
    near: &[Vec<bool>],
) -> Vec<Vec<bool>> {
    let n = at.instance.students.len();
    let mut school = vec![None; n];
    for p in plan {
        school[p.student] = Some(at.instance.supervisors[p.wpb].school);
    }
    let mut open = vec![false; at.elig.classes.len()];
    for s in 0..n {
        if let (Some(k), None) = (at.elig.class_of[s], school[s]) {
            open[k] = true;
        }
    }
    (0..n)
        .map(|s| {
            let free = at.elig.class_of[s].is_some_and(|k| open[k]);
            at.elig.schools_of[s]
                .iter()
                .zip(&near[s])
                .map(|(&c, &near)| (free && near) || school[s] == Some(c))
                .collect()
        })
        .collect()
}

/// The pairs in both `a` and `b`.
fn both(a: Vec<Vec<bool>>, b: &[Vec<bool>]) -> Vec<Vec<bool>> {
    combine(a, b, |p, q| p && q)
}

/// The pairs in `a` or `b`.
fn either(a: Vec<Vec<bool>>, b: &[Vec<bool>]) -> Vec<Vec<bool>> {
    combine(a, b, |p, q| p || q)
}

fn combine(
    mut a: Vec<Vec<bool>>,
    b: &[Vec<bool>],
    f: impl Fn(bool, bool) -> bool,
) -> Vec<Vec<bool>> {
    for (x, y) in a.iter_mut().zip(b) {
        for (p, q) in x.iter_mut().zip(y) {
            *p = f(*p, *q);
        }
    }
    a
}
