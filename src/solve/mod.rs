//! The optimiser: the only module that imports good_lp. It builds the integer program
//! from the rules, runs HiGHS and turns the answer back into placements.

mod attempt;
mod by_part;
mod chains;
mod core;
mod eligibility;
mod fallback;
mod first_plan;
mod heuristic;
mod highs_run;
mod highs_trace;
mod parts;
mod pins;
mod pricing;
mod program;
mod relaxation;
mod rins;
mod start;
mod types;
mod whole_groups;

use crate::capacity::flow::Flow;
use crate::domain::{Instance, Model, Placement};
use attempt::attempt;
use good_lp::SolverModel;
use program::PlacementProgram;
use relaxation::Relaxation;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::ScopedJoinHandle;
use std::time::{Duration, Instant};
use types::solve_error;
pub use types::{
    Ablation, Before, Infeasibility, Prefer, Repair, SolveError, SolveOptions, SolveStatus, Solved,
};

/// Pins that leave no plan at all because a group must follow a pinned member to a
/// school where another member has no fitting WPB; one sentence each. `check` reports
/// these before any solving.
pub fn pin_conflicts(instance: &Instance, model: &Model) -> Vec<Infeasibility> {
    let (residual, _, _) = pins::apply_pins(instance, model);
    let elig = eligibility::eligibility(instance, model, &residual);
    eligibility::members_that_cannot_follow_the_pin(instance, &residual, &elig)
}

/// Up to this many (student, school) pairs a program holds the rows of "a WPB seats at most
/// its own seats of a group": `data/hos` (1,785 pairs) 3.31 → 2.67 s whole run (mean of five
/// interleaved runs), the sweep of 50 of its scenarios 39.1 and 46.2 → 36.7 and 38.4 s. On
/// larger programs they made HiGHS find its plans later: `3000` at `--time-limit 100` ended
/// 1.79 % above its bound instead of 0.013 %, with all rows or only those the LP broke.
const WPB_GROUP_ROWS_UP_TO_PAIRS: usize = 5_000;

/// What every program of one solve is built from.
struct ProgramInputs<'a> {
    instance: &'a Instance,
    model: &'a Model,
    elig: &'a eligibility::Eligibility,
    residual: &'a pins::Residual,
    ablation: Ablation,
    /// The tie-break's cost per (student, school), when asked (same students as `instance`).
    prefer: Option<&'a Prefer>,
}

/// The program of every hard rule; `relaxed` for the LP relaxation, `pairs` to leave
/// (student, school) columns out.
#[allow(clippy::too_many_arguments)]
fn build<'a>(
    instance: &'a Instance,
    model: &'a Model,
    elig: &'a eligibility::Eligibility,
    residual: &pins::Residual,
    relaxed: bool,
    pairs: Option<&[Vec<bool>]>,
    ablation: Ablation,
    prefer: Option<&Prefer>,
) -> PlacementProgram<'a> {
    let mut program =
        PlacementProgram::new(instance, model, elig, residual, relaxed, pairs, prefer);
    program.each_student_at_one_school_or_unplaced();
    program.students_at_school_match_wpbs_taking_them();
    program.wpb_capacity(residual);
    program.school_capacity(residual);
    program.group_at_one_school(residual);
    program.rival_groups_not_at_the_same_school();
    if !ablation.no_seat_cuts {
        program.groups_take_whole_seats();
    }
    if !ablation.no_wpb_group_cuts && elig.pair_count() <= WPB_GROUP_ROWS_UP_TO_PAIRS {
        program.wpb_seats_at_most_its_seats_of_a_group(residual);
    }

    program
}

/// The LP relaxation over every pair, as built by default and without a tie-break.
fn relaxed_program<'a>(
    instance: &'a Instance,
    model: &'a Model,
    elig: &'a eligibility::Eligibility,
    residual: &pins::Residual,
) -> PlacementProgram<'a> {
    let ablation = Ablation::default();
    build(instance, model, elig, residual, true, None, ablation, None)
}

/// The room the pins leave, who may go where in it, and what the pins cost; an error when a
/// group member cannot follow its pinned member.
fn pinned_eligibility(
    instance: &Instance,
    model: &Model,
) -> Result<(pins::Residual, eligibility::Eligibility, f64), SolveError> {
    let (residual, _, fixed_cost) = pins::apply_pins(instance, model);
    let elig = eligibility::eligibility(instance, model, &residual);
    let conflicts = eligibility::members_that_cannot_follow_the_pin(instance, &residual, &elig);
    if !conflicts.is_empty() {
        return Err(SolveError::Infeasible(conflicts));
    }
    Ok((residual, elig, fixed_cost))
}

/// A lower bound on the objective of every plan, from the LP relaxation of the program:
/// quick, and the reference against which any plan (also a hand-made one) is scored.
/// `None` when the LP is not solved within `time_limit_seconds`.
pub fn lp_bound(
    instance: &Instance,
    model: &Model,
    time_limit_seconds: Option<f64>,
) -> Result<Option<f64>, SolveError> {
    let (residual, elig, fixed_cost) = pinned_eligibility(instance, model)?;
    let program = relaxed_program(instance, model, &elig, &residual);
    let objective = program.objective();
    let PlacementProgram {
        vars, constraints, ..
    } = program;
    let mut problem = vars.minimise(objective).using(good_lp::highs);
    for c in constraints {
        problem.add_constraint(c);
    }
    let outcome = highs_run::run(problem, time_limit_seconds, None, false).map_err(solve_error)?;
    Ok(outcome
        .proven_optimal
        .then_some(outcome.objective + fixed_cost))
}

/// Whether a free student is in a group (see `core` for why groups skip the core).
fn residual_has_groups(instance: &Instance, elig: &eligibility::Eligibility) -> bool {
    (0..instance.students.len())
        .any(|s| elig.class_of[s].is_some() && instance.students[s].group.is_some())
}

/// Per student the WPB of a checked plan's (student, WPB) pairs, as `SolveOptions::start`.
pub fn start_of(instance: &Instance, placed: &[(usize, usize)]) -> Vec<Option<usize>> {
    let mut start = vec![None; instance.students.len()];
    for &(s, w) in placed {
        start[s] = Some(w);
    }
    start
}

/// Per student the WPB of `placements`, as a start for the next program.
fn as_start(instance: &Instance, placements: &[Placement]) -> Vec<Option<usize>> {
    let mut wanted = vec![None; instance.students.len()];
    for p in placements {
        wanted[p.student] = Some(p.wpb);
    }
    wanted
}

/// Seconds left of `limit` after `started`, at least a little so HiGHS can return a plan.
fn remaining(limit: Option<f64>, started: Instant) -> Option<f64> {
    limit.map(|l| (l - started.elapsed().as_secs_f64()).max(0.1))
}

/// Seconds left of `limit` when they are few enough for the smaller programs around the
/// heuristic plan (the chains, RINS) to pay: less than `rins::BELOW_SECONDS`.
fn short_limit(limit: Option<f64>, started: Instant) -> Option<f64> {
    remaining(limit, started).filter(|&l| l < rins::BELOW_SECONDS)
}

/// HiGHS does not stop inside its presolve, which takes about this long per (student,
/// school) pair of the whole program (`3000-duos`, 176,000 pairs: 1.2 to 2 s alone, 4.9 s
/// beside another solve). With less time left, the whole program is not started: it would
/// only run past the limit (a diagnosis's re-solve of 3,000 students took 11.2 s on a limit
/// of 7.9 s, after the smaller programs had taken the time).
const PRESOLVE_SECONDS_PER_PAIR: f64 = 2e-5;

/// Whether what is left of `limit` lets the whole program of `pairs` pairs get past its
/// presolve.
fn time_for_the_whole(limit: Option<f64>, started: Instant, pairs: usize) -> bool {
    limit.is_none_or(|l| {
        l - started.elapsed().as_secs_f64() >= PRESOLVE_SECONDS_PER_PAIR * pairs as f64
    })
}

/// Whether what is left of `limit` lets a priced national program of `pairs` pairs get
/// through its presolve and its root LP, at `lp_seconds_per_pair` as pricing's LP took.
fn time_for_the_priced(
    limit: Option<f64>,
    started: Instant,
    lp_seconds_per_pair: f64,
    pairs: usize,
) -> bool {
    limit.is_none_or(|l| {
        l - started.elapsed().as_secs_f64()
            >= (PRESOLVE_SECONDS_PER_PAIR + lp_seconds_per_pair) * pairs as f64
    })
}

/// Finds a plan of least objective that keeps every hard rule.
///
/// Without a repair or groups, the LP relaxation first leaves out the pairs that no
/// optimum uses (`core`): a small program over the cheapest pairs, proven optimal over all pairs by
/// the reduced costs, or followed by one program over every pair the gap allows.
pub fn solve(
    instance: &Instance,
    model: &Model,
    options: &SolveOptions,
) -> Result<Solved, SolveError> {
    solve_from_core(instance, model, options, core::FIRST_CORE)
}

/// `solve` with the first core's reduced-cost threshold given (tests take it below every
/// reduced cost to run the second program).
fn solve_from_core(
    instance: &Instance,
    model: &Model,
    options: &SolveOptions,
    first_core: f64,
) -> Result<Solved, SolveError> {
    let started = Instant::now();
    let repair = options.repair.as_ref();
    // The maximum flow bounds the unplaced where the LP is not whole, and the diagnosis
    // needs it in any case: it runs on a second core beside the eligibility, the LP and the
    // heuristic, and needs none of them (20,000 students: 4 s that no longer add to the run).
    std::thread::scope(|scope| {
        let mut flow = (repair.is_none() && !options.without_flow)
            .then(|| scope.spawn(|| crate::capacity::flow::max_flow(instance, model)));
        let join = |flow: ScopedJoinHandle<'_, Flow>| {
            flow.join().unwrap_or_else(|p| std::panic::resume_unwind(p))
        };
        // Joined where a plan first needs it, else at the end.
        let mut capacity_flow: Option<Flow> = None;
        let (residual, mut placements, mut fixed_cost) = pins::apply_pins(instance, model);
        // The pinned students' share of the objective of FORMAT.md, without moves or tie-break.
        let pinned_cost = fixed_cost;
        let elig = eligibility::eligibility(instance, model, &residual);
        let conflicts = eligibility::members_that_cannot_follow_the_pin(instance, &residual, &elig);
        if !conflicts.is_empty() {
            return Err(SolveError::Infeasible(conflicts));
        }
        if let Some(repair) = repair {
            // Every student of the published plan counts as moved until a kept column or a
            // pin to the same WPB says otherwise.
            fixed_cost += repair.moved_weight * repair.moved(&placements) as f64;
        }
        let pinned = |s: usize| instance.students[s].pinned_wpb.is_some();
        // The tie-break's cost, for the pinned students here and for the free ones of a plan
        // found outside HiGHS, so that every objective compared below counts it.
        let preferring = |plan: &[Placement], who: &dyn Fn(usize) -> bool| {
            options
                .prefer
                .as_ref()
                .map_or(0.0, |p| p.cost_of(instance, plan, who))
        };
        fixed_cost += preferring(&placements, &pinned);
        let wanted = options.start.clone().or_else(|| {
            repair.map(|r| {
                r.before
                    .iter()
                    .map(|x| match x {
                        Before::With(w) => Some(*w),
                        _ => None,
                    })
                    .collect()
            })
        });
        let limit = options.time_limit_seconds;
        // The LP relaxation first (not in a repair, whose objective counts moves): its bound
        // holds at any time limit, it guides the heuristic, and without groups its reduced
        // costs leave out the pairs no optimum uses (`core`).
        // A national instance has millions of pairs: its LP is priced, never built whole.
        let pairs_total = elig.pair_count();
        let national = pairs_total > pricing::PRICE_ABOVE && !options.ablation.no_pricing;
        let at = ProgramInputs {
            instance,
            model,
            elig: &elig,
            residual: &residual,
            ablation: options.ablation,
            prefer: options.prefer.as_ref(),
        };
        // Counted once, when a bound below needs it: the parts' and the one without an LP.
        let counted = std::cell::OnceCell::new();
        let group_count = || {
            counted
                .get_or_init(|| whole_groups::unplaced_members(instance, model, &elig, &residual))
        };
        // The parts' bound may run beside pricing and the heuristic (`early_parts`), in a
        // scope of its own so that it can borrow what they borrow.
        let (lp, priced, lp_bound, lp_complete, heuristic, by_parts) =
            std::thread::scope(|beside| -> Result<_, SolveError> {
                let mut early_parts = None;
                let Relaxation { lp, priced, seeded } = match repair {
                    Some(_) => Relaxation::default(),
                    None if national => {
                        let first = at.first_plan_to_price(wanted.as_deref(), limit, started);
                        // Under a limit pricing does not finish, so the bound comes from
                        // the parts: they start now, beside pricing's first LP, which keeps
                        // one core (the other stood idle for about 16 s at 20,000 students).
                        let parts_time = remaining(limit, started).map(|l| l * parts::SHARE);
                        if limit.is_some()
                            && parts::worth_running(instance.students.len(), parts_time)
                        {
                            let seed = first.as_ref().map(|(plan, _)| as_start(instance, plan));
                            let until =
                                parts_time.map(|l| Instant::now() + Duration::from_secs_f64(l));
                            let (at, groups) = (&at, group_count());
                            early_parts = Some(beside.spawn(move || {
                                parts::bound_by_parts(at, groups, seed.as_deref(), until)
                            }));
                        }
                        at.priced_from(first, limit, started)?
                    }
                    None => at.whole(limit, started)?,
                };
                // The LP's own bound holds for every pair unless pricing stopped early; then
                // the Lagrangian bound of the last round does.
                let lp_bound = match &priced {
                    Some(p) if !p.complete => lp.as_ref().map(|_| p.bound),
                    _ => lp.as_ref().map(|lp| lp.bound),
                };
                let lp_complete = priced.as_ref().is_none_or(|p| p.complete);
                // A good plan before HiGHS starts (`first_plan`). A national instance's
                // starts from the maximum flow's plan, so the flow is joined here.
                if national && repair.is_none() && !options.ablation.no_heuristic {
                    capacity_flow = flow.take().map(join);
                }
                let heuristic = first_plan::first_plan(
                    &at,
                    first_plan::From {
                        options,
                        lp: lp.as_ref(),
                        seeded,
                        wanted: wanted.as_deref(),
                        national,
                        flow: capacity_flow.as_ref(),
                        pinned_cost,
                        limit,
                        started,
                    },
                )?;
                // A national instance whose LP is not whole: the bound from its parts' LPs.
                // Each part's pricing starts from the plan's schools too, so its first LP
                // places as many.
                let lp_whole = lp_complete && lp.is_some();
                let by_parts = match early_parts {
                    Some(parts) => {
                        let bound = parts
                            .join()
                            .unwrap_or_else(|p| std::panic::resume_unwind(p));
                        (!lp_whole).then_some(bound)
                    }
                    None => {
                        let parts_time = remaining(limit, started).map(|l| l * parts::SHARE);
                        (national
                            && !lp_whole
                            && parts::worth_running(instance.students.len(), parts_time))
                        .then(|| {
                            let until =
                                parts_time.map(|l| Instant::now() + Duration::from_secs_f64(l));
                            let seed = heuristic.as_ref().map(|(plan, _)| as_start(instance, plan));
                            parts::bound_by_parts(&at, group_count(), seed.as_deref(), until)
                        })
                    }
                };
                Ok((lp, priced, lp_bound, lp_complete, heuristic, by_parts))
            })?;
        let free = |s: usize| !pinned(s);
        // Under a short time limit, smaller programs around the heuristic plan (RINS) find
        // what the whole program has no time for; one more runs beside them on a free core.
        let rins_time = short_limit(limit, started);
        let rins_window = match (lp.as_ref(), rins_time) {
            (Some(lp), Some(left))
                if repair.is_none() && !national && !options.ablation.no_rins =>
            {
                Some((lp, left))
            }
            _ => None,
        };
        let beside =
            rins_window.map(|(lp, left)| rins::Beside::new(&at, lp, heuristic.as_ref(), left));
        let settled = AtomicBool::new(false);
        let plan_and_prove = || -> Result<_, SolveError> {
            let heuristic = match rins_window {
                Some((lp, left)) => rins::rins(&at, lp, heuristic, left)?,
                None => heuristic,
            };
            let start = match &heuristic {
                Some((plan, _)) => Some(as_start(instance, plan)),
                None => wanted,
            };
            let run = |pairs: Option<&[Vec<bool>]>, wanted: Option<&[Option<usize>]>| {
                let time = remaining(limit, started);
                attempt(
                    instance,
                    model,
                    &elig,
                    &residual,
                    pairs,
                    wanted,
                    repair,
                    options.prefer.as_ref(),
                    time,
                    options.ablation,
                )
            };
            // The seconds a priced program cannot use go to the plan, part by part (not with
            // a tie-break, whose cost the parts' programs leave out).
            let by_part = |plan: Option<&(Vec<Placement>, f64)>| match (plan, limit) {
                (Some(plan), Some(_)) if options.prefer.is_none() => {
                    let until = Instant::now()
                        + Duration::from_secs_f64(remaining(limit, started).unwrap_or(0.0));
                    let (placements, objective) =
                        by_part::improve(&at, plan.clone(), pinned_cost, until)?;
                    Ok::<_, SolveError>(attempt::Attempt {
                        placements: Some(placements),
                        objective,
                        ..attempt::Attempt::nothing()
                    })
                }
                _ => Ok(attempt::Attempt::nothing()),
            };
            let use_core =
                !options.ablation.no_core && !residual_has_groups(instance, &elig) && lp_complete;
            let (found, bound) = match lp.as_ref().filter(|_| use_core) {
                // A priced national program holds the pairs pricing found; a bound over them holds
                // for all pairs only through the reduced costs of the others (complete pricing).
                None => match (&priced, &lp) {
                    (Some(priced), Some(lp)) => {
                        // The start's own pairs join pricing's: the plan came after pricing,
                        // and a start cut down to the pairs held (most of its students
                        // unplaced) gives HiGHS nothing to improve on.
                        let mut pairs = priced.pairs.clone();
                        if let Some(start) = &start {
                            pricing::hold_the_plan(instance, &elig, &mut pairs, start);
                        }
                        let held = pairs.iter().flatten().filter(|&&k| k).count();
                        // Before its root LP the program offers neither a plan nor a bound
                        // (`20000-coords --time-limit 120` left it 6.5 s, all in presolve),
                        // and over an unfinished pricing its bound adds nothing to the
                        // Lagrangian one, while its plan was never better than the
                        // heuristic's (1200 s: none in 535 s): those seconds go to the parts.
                        let whole_lp = priced.complete || limit.is_none();
                        let found = if whole_lp
                            && time_for_the_priced(limit, started, priced.seconds_per_pair, held)
                        {
                            run(Some(&pairs), start.as_deref())?
                        } else {
                            by_part(heuristic.as_ref())?
                        };
                        let bound = if priced.complete {
                            lp.bound_over_all(found.bound, &pairs)
                        } else {
                            found.bound.min(priced.bound)
                        };
                        (found, bound)
                    }
                    // A national instance whose pricing found no LP in time: the whole program
                    // would take gigabytes and far longer; the heuristic plan stands, re-planned
                    // part by part in what is left.
                    (None, _) if national => (by_part(heuristic.as_ref())?, f64::NEG_INFINITY),
                    // Too little left: the plan so far (the heuristic's or RINS's) stands.
                    _ if !time_for_the_whole(limit, started, pairs_total) => {
                        (attempt::Attempt::nothing(), f64::NEG_INFINITY)
                    }
                    _ => {
                        let found = run(None, start.as_deref())?;
                        let bound = found.bound;
                        (found, bound)
                    }
                },
                Some(lp) => {
                    let pairs = lp.pairs_within(first_core);
                    core::log("first core", &pairs);
                    let first = run(Some(&pairs), start.as_deref())?;
                    if first.proven_optimal && lp.proves(first.objective, &pairs) {
                        let bound = first.bound;
                        (first, bound)
                    } else if first.proven_optimal {
                        let wider = lp.pairs_within(lp.threshold_for(first.objective));
                        core::log("pairs the gap allows", &wider);
                        let start = first.placements.as_deref().map(|p| as_start(instance, p));
                        let second = run(Some(&wider), start.as_deref())?;
                        let bound = lp.bound_over_all(second.bound, &wider);
                        (second, bound)
                    } else {
                        let bound = lp.bound_over_all(first.bound, &pairs);
                        (first, bound)
                    }
                }
            };
            settled.store(found.proven_optimal, Ordering::Relaxed);
            Ok((heuristic, found, bound))
        };
        // A repair's own bound counts its moves; FORMAT.md's bound is on the objective, from
        // the LP from scratch beside it when a user reads it (a national instance is not
        // priced for it: the cheapest places bound it instead).
        let from_scratch = || match repair {
            Some(r) => at
                .bound_from_scratch(r.bound_from_scratch && !national, limit, started)
                .map(Some),
            None => Ok(None),
        };
        let (planned, (side, scratch)) = rayon::join(plan_and_prove, || {
            let side = beside.as_ref().map(|b| b.run(&at, &settled)).transpose();
            (side, from_scratch())
        });
        let (heuristic, found, bound) = planned?;
        let heuristic = rins::better(heuristic, side?.flatten());
        let scratch = scratch?;
        let pinned_group = instance.students.iter().any(|s| {
            s.pinned_wpb.is_none()
                && s.group
                    .as_ref()
                    .is_some_and(|g| residual.group_school.contains_key(g))
        });
        // At the time limit: never a worse plan than the heuristic's, and never a bound below
        // the LP's or the cheapest places' (HiGHS may stop before its root LP).
        let mut found = found;
        let mut bound = bound;
        // Without the whole LP, the capacity still bounds the unplaced.
        let bounds_the_plan = repair.is_none() && (!lp_complete || lp_bound.is_none());
        let capacity_flow = match (capacity_flow, flow) {
            (Some(known), _) => Some(known),
            (None, Some(flow)) => Some(join(flow)),
            (None, None) => {
                bounds_the_plan.then(|| crate::capacity::flow::max_flow(instance, model))
            }
        };
        if !found.proven_optimal && repair.is_none() {
            let flow = capacity_flow.as_ref().filter(|_| bounds_the_plan);
            bound = bound.max(fallback::bound_without_lp(
                instance,
                model,
                &elig,
                flow,
                group_count(),
            ));
            if let Some(lp_bound) = lp_bound {
                bound = bound.max(lp_bound);
            }
            if let Some(by_parts) = by_parts {
                bound = bound.max(by_parts - fixed_cost);
            }
            if let Some((plan, objective)) = heuristic {
                if found.placements.is_none() || objective < found.objective - 1e-9 {
                    found.placements = Some(plan);
                    found.objective = objective;
                }
            }
        }
        // Without a plan in time, every free student stays unplaced: a plan all the same.
        let solver_objective = match found.placements {
            Some(found_placements) => {
                placements.extend(found_placements);
                found.objective + fixed_cost
            }
            None if pinned_group => return Err(SolveError::NoPlanInTime),
            None => {
                fixed_cost
                    + model.weights.unplaced * (instance.students.len() - placements.len()) as f64
                    + preferring(&[], &free)
            }
        };
        placements.sort();
        let proven_optimal = found.proven_optimal && bound >= found.objective - 1e-9;
        let own_bound = if proven_optimal {
            found.objective
        } else {
            bound
        } + fixed_cost;
        let (bound, repair_bound) = match scratch {
            None => (own_bound, None),
            Some(free) => (free + pinned_cost, Some(own_bound)),
        };
        Ok(Solved {
            placements,
            status: if proven_optimal {
                SolveStatus::Optimal
            } else {
                SolveStatus::TimeLimit
            },
            bound,
            repair_bound,
            solver_objective,
            seconds: started.elapsed().as_secs_f64(),
            variables: found.variables,
            constraints: found.constraints,
            capacity_flow,
        })
    })
}

#[cfg(test)]
pub(crate) mod tests;
