//! Pricing: the LP relaxation of a national instance without building every (student,
//! school) column. Each placement unit (a group, or one student) starts with its cheapest
//! few schools; after each LP, every other (unit, school) pair is priced from the duals in
//! one pass over the eligibility, and the pairs with a negative reduced cost join the next
//! LP. When none is left the LP is the relaxation of the whole problem.
//!
//! At any round the Lagrangian bound `LP + sum over units of min(0, least reduced cost)`
//! holds for the whole problem: each unit is at most at one school, so no plan gains more
//! from the pairs left out. That is the bound a national solve reports when time runs out.

use super::core::LpCore;
use super::eligibility::{placement_units, Eligibility};
use super::highs_run::RunError;
use super::pins::Residual;
use super::program::Row;
use crate::cost::student_school_cost;
use crate::domain::{group_so_hours, Instance, Model};
use std::collections::{BTreeMap, HashMap};
use std::time::Instant;

/// Schools each unit starts with: its cheapest.
pub const START_SCHOOLS: usize = 6;

/// Pairs a unit may gain per round: its most negative.
const ADD_PER_ROUND: usize = 4;

/// Rounds at most; each adds the pairs that would lower the LP.
const ROUNDS: usize = 12;

/// What an LP over the priced pairs takes, per pair held, cold (`20000-coords`: 130,331
/// pairs in 18.3 s, 203,731 in more than 26 s; the fifth stop 25 to 40 s for 204,000).
/// HiGHS does not stop inside its presolve, so a round with less time left than this would
/// run past its share and give nothing; the time goes to the heuristic instead.
const LP_SECONDS_PER_PAIR: f64 = 1.2e-4;

/// A later round takes longer per pair than the one before it took: it holds more pairs
/// that are nearly as good, so the simplex needs more iterations (`20000-coords`, cold rounds
/// without a limit: 1.0e-4 s per pair in the first, 1.3e-4 in the second, 2.2e-4 in the
/// third and fourth). At `--time-limit 120` the second round, started on the fixed estimate
/// with 26 s left, ran out of them and gave nothing.
const NEXT_ROUND_SLOWER: f64 = 1.5;

/// Pricing goes on past its first LP only with the time for this many rounds like the next:
/// a lone later round gives neither a bound (its Lagrangian bound is far below zero while
/// most pairs are out) nor a better guide. `20000-coords --time-limit 120`: a second round
/// took 26 s and left the heuristic's plan at 5,771,117, as after one; it ended at -10.9 M.
/// At 1200 s ten rounds reached 5,472,337.
const SECOND_ROUND_WITH_TIME_FOR: f64 = 4.0;

/// Above this many (student, school) pairs a solve prices instead of building them all.
pub const PRICE_ABOVE: usize = 600_000;

/// The duals of the LP's rows that a left-out pair would enter.
struct Duals {
    student: Vec<f64>,
    class_at_school: HashMap<(usize, usize), f64>,
    school_students: Vec<f64>,
    school_hours: Vec<f64>,
    rival: Vec<f64>,
    seats: HashMap<(usize, usize, usize), f64>,
    /// Per (class, school): each WPB group-seat row's dual and the WPB's seats.
    wpb_group_seats: HashMap<(usize, usize), Vec<(f64, usize)>>,
}

impl Duals {
    fn of(instance: &Instance, lp: &LpCore, rivals: usize) -> Duals {
        let (students, schools) = (instance.students.len(), instance.schools.len());
        let mut d = Duals {
            student: vec![0.0; students],
            class_at_school: HashMap::new(),
            school_students: vec![0.0; schools],
            school_hours: vec![0.0; schools],
            rival: vec![0.0; rivals],
            seats: HashMap::new(),
            wpb_group_seats: HashMap::new(),
        };
        let (rows, duals) = lp.duals();
        for (row, &y) in rows.iter().zip(duals) {
            match *row {
                Row::Student(s) => d.student[s] = y,
                Row::ClassAtSchool(k, c) => {
                    d.class_at_school.insert((k, c), y);
                }
                Row::SchoolStudents(c) => d.school_students[c] = y,
                Row::SchoolHours(c) => d.school_hours[c] = y,
                Row::Rival(i) => d.rival[i] = y,
                Row::Seats(k, c, n) => {
                    d.seats.insert((k, c, n), y);
                }
                Row::WpbGroupSeats(k, w, seats) => {
                    let c = instance.supervisors[w].school;
                    d.wpb_group_seats
                        .entry((k, c))
                        .or_default()
                        .push((y, seats));
                }
                Row::Other => {}
            }
        }
        d
    }
}

/// A placement unit and what pricing needs of it.
struct Unit {
    members: Vec<usize>,
    /// Per class of its members: how many.
    classes: BTreeMap<usize, usize>,
    group_hours: f64,
    /// Rival cliques it is in, by school.
    rivals: HashMap<usize, Vec<usize>>,
}

/// The priced LP: its solution (aligned with `elig.schools_of`, reduced costs of the pairs
/// left out filled in) and what the program after it needs.
pub struct Priced {
    pub lp: LpCore,
    pub held: Held,
}

/// The pairs a priced LP holds, a bound for the whole problem, and its pace.
pub struct Held {
    pub pairs: Vec<Vec<bool>>,
    /// The LP's bound when `complete`, else the Lagrangian bound of its round.
    pub bound: f64,
    /// True when no pair was left with a negative reduced cost: the bound is the LP's.
    pub complete: bool,
    /// Seconds per pair held that this LP took: what a program over these pairs needs
    /// for its own root LP, before which it has nothing to offer.
    pub seconds_per_pair: f64,
}

/// Adds to `pairs` the (student, school) pair of every placement of `plan` (a WPB per
/// student), so that a program over them holds that plan whole.
pub fn hold_the_plan(
    instance: &Instance,
    elig: &Eligibility,
    pairs: &mut [Vec<bool>],
    plan: &[Option<usize>],
) {
    for (s, w) in plan.iter().enumerate() {
        if let Some(w) = w {
            if let Ok(j) = elig.schools_of[s].binary_search(&instance.supervisors[*w].school) {
                pairs[s][j] = true;
            }
        }
    }
}

/// Solves the LP relaxation by pricing, within `deadline`; `None` when not even the first
/// LP was solved in time. `solve_lp` builds and solves the LP over a set of pairs. Pricing
/// also ends once its Lagrangian bound is `within` of the LP (incomplete, with that bound).
#[allow(clippy::too_many_arguments)]
pub fn priced_lp(
    instance: &Instance,
    model: &Model,
    elig: &Eligibility,
    residual: &Residual,
    start: usize,
    seed: Option<&[Option<usize>]>,
    within: f64,
    deadline: Option<Instant>,
    mut solve_lp: impl FnMut(&[Vec<bool>], Option<f64>) -> Result<Option<LpCore>, RunError>,
) -> Result<Option<Priced>, RunError> {
    // The first LP holds about `start` pairs per student: without the time for it, the
    // pairs are not even gathered.
    let first_lp = LP_SECONDS_PER_PAIR * (instance.students.len() * start) as f64;
    let left = deadline.map(|d| d.saturating_duration_since(Instant::now()).as_secs_f64());
    if left.is_some_and(|l| l < first_lp) {
        return Ok(None);
    }
    let units = units(instance, model, elig, residual);
    let mut pairs = start_pairs(instance, model, elig, residual, &units, start);
    // The schools of a plan in hand: with them the first LP already places as many.
    if let Some(seed) = seed {
        hold_the_plan(instance, elig, &mut pairs, seed);
    }
    let mut best: Option<Priced> = None;
    let mut seconds_per_pair = LP_SECONDS_PER_PAIR;
    for round in 0..ROUNDS {
        let left = deadline.map(|d| d.saturating_duration_since(Instant::now()).as_secs_f64());
        let held = pairs.iter().flatten().filter(|&&k| k).count();
        let rounds_needed = if round == 1 {
            SECOND_ROUND_WITH_TIME_FOR
        } else {
            1.0
        };
        if left.is_some_and(|l| l < rounds_needed * seconds_per_pair * held as f64) {
            break;
        }
        let began = Instant::now();
        let Some(mut lp) = solve_lp(&pairs, left)? else {
            break;
        };
        let took = began.elapsed().as_secs_f64() / held.max(1) as f64;
        seconds_per_pair = seconds_per_pair.max(NEXT_ROUND_SLOWER * took);
        let duals = Duals::of(instance, &lp, elig.rival_groups.len());
        let mut gain = 0.0;
        let mut added = 0;
        for unit in &units {
            let lead = unit.members[0];
            let mut negative: Vec<(f64, usize)> = Vec::new();
            for (i, &c) in elig.schools_of[lead].iter().enumerate() {
                if pairs[lead][i] {
                    continue;
                }
                let rc = reduced_cost(instance, model, &duals, unit, c);
                for &m in &unit.members {
                    if let Ok(j) = elig.schools_of[m].binary_search(&c) {
                        lp.set_reduced(m, j, rc);
                    }
                }
                if rc < -1e-6 {
                    negative.push((rc, c));
                }
            }
            negative.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            if let Some(&(least, _)) = negative.first() {
                gain += least;
            }
            for &(_, c) in negative.iter().take(ADD_PER_ROUND) {
                for &m in &unit.members {
                    if let Ok(j) = elig.schools_of[m].binary_search(&c) {
                        pairs[m][j] = true;
                    }
                }
                added += 1;
            }
        }
        let bound = lp.bound + gain;
        let complete = added == 0;
        if std::env::var_os("STAGEPLAN_HIGHS_LOG").is_some() {
            let held: usize = pairs.iter().flatten().filter(|&&k| k).count();
            eprintln!(
                "stageplan: pricing round: LP {:.1} over {held} pairs, {added} added, bound {bound:.1}",
                lp.bound
            );
        }
        if best.as_ref().is_none_or(|b| bound >= b.held.bound) || complete {
            best = Some(Priced {
                lp,
                held: Held {
                    pairs: pairs.clone(),
                    bound,
                    complete,
                    seconds_per_pair: took,
                },
            });
        }
        // Close enough: more rounds would lift the bound by less than `within`.
        if complete || -gain <= within {
            break;
        }
    }
    Ok(best)
}

/// The reduced cost of placing the whole unit at school `c`.
fn reduced_cost(instance: &Instance, model: &Model, d: &Duals, unit: &Unit, c: usize) -> f64 {
    let mut rc = 0.0;
    for &s in &unit.members {
        let track = &model.tracks[instance.students[s].track];
        rc += student_school_cost(instance, model, s, c)
            - d.student[s]
            - d.school_students[c]
            - track.so_hours * d.school_hours[c];
    }
    for (&k, &n) in &unit.classes {
        rc -= n as f64 * d.class_at_school.get(&(k, c)).copied().unwrap_or(0.0);
        for size in 2..=n {
            if let Some(y) = d.seats.get(&(k, c, size)) {
                rc -= (n / size) as f64 * y;
            }
        }
        // The unit enters each such row with minus the members the WPB can seat.
        for &(y, seats) in d.wpb_group_seats.get(&(k, c)).into_iter().flatten() {
            rc += n.min(seats) as f64 * y;
        }
    }
    rc -= unit.group_hours * d.school_hours[c];
    if let Some(cliques) = unit.rivals.get(&c) {
        rc -= cliques.iter().map(|&i| d.rival[i]).sum::<f64>();
    }
    rc
}

/// The free units with what pricing needs of them.
fn units(instance: &Instance, model: &Model, elig: &Eligibility, residual: &Residual) -> Vec<Unit> {
    let mut rivals_of: HashMap<usize, HashMap<usize, Vec<usize>>> = HashMap::new();
    for (i, (c, leads)) in elig.rival_groups.iter().enumerate() {
        for &lead in leads {
            rivals_of
                .entry(lead)
                .or_default()
                .entry(*c)
                .or_default()
                .push(i);
        }
    }
    placement_units(instance, elig, residual)
        .into_iter()
        .map(|members| {
            let mut classes = BTreeMap::new();
            for &s in &members {
                if let Some(k) = elig.class_of[s] {
                    *classes.entry(k).or_insert(0) += 1;
                }
            }
            let group_hours = match instance.students[members[0]].group {
                Some(_) => group_so_hours(instance, model, &members),
                None => 0.0,
            };
            Unit {
                rivals: rivals_of.remove(&members[0]).unwrap_or_default(),
                members,
                classes,
                group_hours,
            }
        })
        .collect()
}

/// Each unit's cheapest schools; members of a group with a pinned member keep the
/// pinned school (the program requires them there).
fn start_pairs(
    instance: &Instance,
    model: &Model,
    elig: &Eligibility,
    residual: &Residual,
    units: &[Unit],
    start: usize,
) -> Vec<Vec<bool>> {
    let mut pairs: Vec<Vec<bool>> = elig
        .schools_of
        .iter()
        .map(|row| vec![false; row.len()])
        .collect();
    for unit in units {
        let lead = unit.members[0];
        let mut schools: Vec<(f64, usize)> = elig.schools_of[lead]
            .iter()
            .map(|&c| {
                let cost: f64 = unit
                    .members
                    .iter()
                    .map(|&s| student_school_cost(instance, model, s, c))
                    .sum();
                (cost, c)
            })
            .collect();
        schools.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        for &(_, c) in schools.iter().take(start) {
            for &m in &unit.members {
                if let Ok(j) = elig.schools_of[m].binary_search(&c) {
                    pairs[m][j] = true;
                }
            }
        }
    }
    for (s, student) in instance.students.iter().enumerate() {
        let Some(g) = &student.group else { continue };
        if let Some(&c) = residual.group_school.get(g) {
            if let Ok(j) = elig.schools_of[s].binary_search(&c) {
                pairs[s][j] = true;
            }
        }
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::super::tests::{generated, lp_of};
    use super::super::{build, Ablation};
    use super::*;

    /// The LP over `pairs`, built anew, as a solve's pricing builds it.
    fn lp_over(
        inst: &Instance,
        m: &Model,
        elig: &Eligibility,
        residual: &Residual,
        pairs: &[Vec<bool>],
        limit: Option<f64>,
    ) -> Result<Option<LpCore>, RunError> {
        let program = build(
            inst,
            m,
            elig,
            residual,
            true,
            Some(pairs),
            Ablation::default(),
            None,
        );
        LpCore::solve(program, limit)
    }

    /// Pricing from each unit's cheapest school, without a seed plan.
    fn price_from_one_school(
        inst: &Instance,
        m: &Model,
        elig: &Eligibility,
        residual: &Residual,
        deadline: Option<Instant>,
        solve_lp: impl FnMut(&[Vec<bool>], Option<f64>) -> Result<Option<LpCore>, RunError>,
    ) -> Option<Priced> {
        priced_lp(inst, m, elig, residual, 1, None, 0.0, deadline, solve_lp)
            .ok()
            .flatten()
    }

    /// A plan made after pricing (the national heuristic's) uses schools pricing did not
    /// hold; a program over pricing's pairs alone would start it with those students
    /// unplaced. Holding the plan's pairs keeps the whole plan in the program.
    #[test]
    fn a_program_over_priced_pairs_holds_the_plan_it_starts_from() {
        use super::super::attempt::attempt;
        let (inst, m) = generated(150, 3, true, false);
        let (residual, elig, _) = lp_of(&inst, &m, Ablation::default());
        let run = |pairs: Option<&[Vec<bool>]>, wanted: Option<&[Option<usize>]>| {
            let ablation = Ablation::default();
            attempt(
                &inst, &m, &elig, &residual, pairs, wanted, None, None, None, ablation,
            )
            .expect("solved")
        };
        let best = run(None, None);
        let plan = super::super::as_start(&inst, best.placements.as_deref().expect("a plan"));
        let units = units(&inst, &m, &elig, &residual);
        let mut pairs = start_pairs(&inst, &m, &elig, &residual, &units, 1);
        let held = |pairs: &[Vec<bool>], s: usize, w: usize| {
            let school = inst.supervisors[w].school;
            elig.schools_of[s]
                .binary_search(&school)
                .is_ok_and(|j| pairs[s][j])
        };
        let outside = (0..plan.len())
            .filter(|&s| plan[s].is_some_and(|w| !held(&pairs, s, w)))
            .count();
        assert!(
            outside > 0,
            "the one-school start already holds the optimum"
        );
        let cut_down = run(Some(&pairs), Some(&plan));
        assert!(cut_down.objective > best.objective + 1e-6);
        hold_the_plan(&inst, &elig, &mut pairs, &plan);
        assert!((0..plan.len()).all(|s| plan[s].is_none_or(|w| held(&pairs, s, w))));
        let whole = run(Some(&pairs), Some(&plan));
        assert!((whole.objective - best.objective).abs() < 1e-6);
    }

    #[test]
    fn priced_reduced_costs_equal_the_lps_own() {
        // A group's unit is the sum of its members' columns: the rows that tie the members
        // to the first cancel out, and what is left is its rows at the school (the WPBs with
        // fewer seats than the group has members among them).
        for groups in [false, true] {
            let (inst, m) = generated(120, 5, true, groups);
            let (residual, elig, lp) = lp_of(&inst, &m, Ablation::default());
            let duals = Duals::of(&inst, &lp, elig.rival_groups.len());
            let binding = duals
                .wpb_group_seats
                .values()
                .flatten()
                .filter(|(y, _)| y.abs() > 1e-9)
                .count();
            assert_eq!(binding > 0, groups, "rows of WPBs with few seats that bind");
            let mut compared = 0;
            for unit in units(&inst, &m, &elig, &residual) {
                let s = unit.members[0];
                for &c in &elig.schools_of[s] {
                    let highs: Option<f64> = unit
                        .members
                        .iter()
                        .map(|&m| {
                            let j = elig.schools_of[m].binary_search(&c).ok()?;
                            Some(lp.reduced(m, j))
                        })
                        .sum();
                    let Some(highs) = highs else { continue };
                    let mine = reduced_cost(&inst, &m, &duals, &unit, c);
                    assert!(
                        (mine - highs).abs() < 1e-6,
                        "unit of {s} school {c}: {mine} vs {highs}"
                    );
                    compared += 1;
                }
            }
            assert!(compared > 100);
        }
    }

    #[test]
    fn pricing_reaches_the_lp_over_every_pair_and_bounds_it_on_the_way() {
        for (seed, groups) in [(3, false), (4, true)] {
            let (inst, m) = generated(150, seed, true, groups);
            let (residual, elig, full) = lp_of(&inst, &m, Ablation::default());
            let mut bounds = Vec::new();
            let priced =
                price_from_one_school(&inst, &m, &elig, &residual, None, |pairs, limit| {
                    let lp = lp_over(&inst, &m, &elig, &residual, pairs, limit)?;
                    if let Some(lp) = &lp {
                        bounds.push(lp.bound);
                    }
                    Ok(lp)
                })
                .expect("priced");
            assert!(priced.held.complete, "seed {seed}: pricing did not finish");
            assert!(
                (priced.lp.bound - full.bound).abs() < 1e-4,
                "seed {seed}: {} vs {}",
                priced.lp.bound,
                full.bound
            );
            assert!(priced.held.bound <= full.bound + 1e-6);
            assert!(
                bounds.len() > 1,
                "seed {seed}: the start already held every needed pair"
            );
        }
    }

    #[test]
    fn a_round_is_not_started_when_the_last_one_says_it_cannot_finish() {
        // The first round takes at least 0.2 s for about 150 pairs; the next holds more
        // pairs, so at 1.5 times that pace it needs more than the 0.3 s then left (the
        // fixed estimate alone would allow it: 1.2e-4 s per pair).
        let (inst, m) = generated(150, 3, true, false);
        let (residual, elig, _) = lp_of(&inst, &m, Ablation::default());
        let mut started = 0;
        let deadline = Instant::now() + std::time::Duration::from_millis(500);
        let priced = price_from_one_school(
            &inst,
            &m,
            &elig,
            &residual,
            Some(deadline),
            |pairs, limit| {
                started += 1;
                std::thread::sleep(std::time::Duration::from_millis(200));
                lp_over(&inst, &m, &elig, &residual, pairs, limit)
            },
        )
        .expect("the first round is solved");
        assert_eq!(started, 1, "only the round with the time for it");
        assert!(!priced.held.complete, "the first round left pairs to add");
    }

    #[test]
    fn no_lp_is_started_that_the_time_left_cannot_finish() {
        let (inst, m) = generated(150, 3, true, false);
        let (residual, elig, _) = lp_of(&inst, &m, Ablation::default());
        let mut started = 0;
        let mut price = |deadline: Option<Instant>| -> Option<Priced> {
            price_from_one_school(&inst, &m, &elig, &residual, deadline, |_, _| {
                started += 1;
                Ok(None)
            })
        };
        // 150 students, one school each: 0.018 s of LP, more than 1 ms.
        let soon = Instant::now() + std::time::Duration::from_millis(1);
        assert!(price(Some(soon)).is_none());
        let later = Instant::now() + std::time::Duration::from_secs(60);
        assert!(price(Some(later)).is_none());
        assert_eq!(started, 1, "only the LP with the time for it");
    }
}
