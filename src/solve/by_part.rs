//! A national plan improved part by part, in the time after the parts' bound that the
//! priced program cannot use (too little for its root LP, or pricing unfinished, so that its
//! bound adds nothing): each part (one subject and track, a large one cut into regions)
//! re-planned from the plan over its students' cheapest schools, with everyone else pinned
//! where the plan has them. `20000-coords --time-limit 120`: 5,771,117 → 5,574,443 in the
//! twentieth stop's bench (5,678,491 to 5,704,782 with whole parts of at most 600 students and
//! all their schools), where the priced program gave nothing.
//!
//! Two parts are re-planned at once, one per core, from the same plan; both new plans are
//! kept when no student is changed by both and the capacities hold together (`both`,
//! `within_capacity`), else the better one. Single runs: `--time-limit 60` 26 programs in
//! 6.8 s, 5,721,001 → 5,680,676 (one part at a time: 5,718,727 and 5,721,001); at 120 s the
//! parts are done either way (318 programs against 168, 5,584,122 against 5,584,245).

use super::parts::{parts, Grain};
use super::{chains, ProgramInputs, SolveError};
use crate::domain::{so_hours_used, Placement};
use std::collections::{BTreeMap, VecDeque};
use std::time::Instant;

/// Seconds one part's program may take at most: most end proven in one to three.
const STEP_SECONDS: f64 = 3.0;

/// Students of a part re-planned in one program at most (with everyone else pinned the
/// program still holds every pinned student's row).
const MOST_STUDENTS: usize = 600;

/// Schools each mover keeps in its part's program: its cheapest this many, and where the
/// plan has it. With all of them HiGHS spent most of a program in presolve (2.2 to 2.8 s of
/// 3.1 to 3.6 s for 600 students); `20000-coords --time-limit 120`, one run each: all
/// 16 programs, 5,691,098; 50 cheapest 35, 5,643,955; 25 cheapest 51, 5,636,075; 12
/// cheapest 66, 5,641,434.
const CHEAPEST_SCHOOLS: usize = 25;

/// Less than this left, no program is started: it would not get through its presolve.
const AT_LEAST_SECONDS: f64 = 0.5;

/// `plan` (free students only, its objective without the pins) with its parts re-planned
/// one after the other, the largest first, until `until`. `pins_cost` is what the
/// instance's own pins cost, which `plan`'s objective leaves out.
///
/// The largest first did best of three orders measured (`20000-coords --time-limit 120`,
/// after 10 programs): 5,702,488, against 5,716,768 for the parts furthest above their own
/// LP bound first and 5,704,782 for those with unplaced students first. Its big steps come
/// where an earlier part's new plan has freed seats that a later part's students take.
pub(super) fn improve(
    at: &ProgramInputs,
    plan: (Vec<Placement>, f64),
    pins_cost: f64,
    until: Instant,
) -> Result<(Vec<Placement>, f64), SolveError> {
    let parts = parts(at.instance, Grain::SubjectAndTrack);
    let started = Instant::now();
    let before = plan.1;
    let mut plan = plan;
    let (mut programs, mut side_by_side, mut dropped) = (0, 0, 0);
    let log = std::env::var_os("STAGEPLAN_HIGHS_LOG").is_some();
    // Passes over every part while one gains: a part's better plan may free seats for
    // another's students.
    'passes: loop {
        let mut gained = false;
        // Regions follow the plan, so each pass draws them anew.
        let mut order: Vec<Vec<usize>> = parts
            .iter()
            .flat_map(|p| regions(at, &plan.0, p, MOST_STUDENTS))
            .collect();
        order.sort_by_key(|p| (std::cmp::Reverse(p.len()), p[0]));
        let mut order: VecDeque<Vec<usize>> = order.into();
        while let Some(first) = order.pop_front() {
            let left = until
                .saturating_duration_since(Instant::now())
                .as_secs_f64();
            if left < AT_LEAST_SECONDS {
                break 'passes;
            }
            // The next part on the second core, which stood idle here before.
            let second = order.pop_front();
            let seconds = left.min(STEP_SECONDS);
            let began = Instant::now();
            let program = |part: &[usize]| {
                let movers = movers_of(at, part);
                let nearest = Some(CHEAPEST_SCHOOLS);
                chains::replan(at, &plan.0, &movers, pins_cost, seconds, nearest)
            };
            let (a, b) = rayon::join(
                || program(&first),
                || second.as_deref().map(program).transpose(),
            );
            let (a, b) = (a?, b?);
            programs += 1 + usize::from(b.is_some());
            side_by_side += usize::from(b.is_some());
            let better = |r: &Option<(Vec<Placement>, f64)>| {
                r.as_ref().filter(|p| p.1 < plan.1 - 1e-9).cloned()
            };
            let next = match (better(&a), b.as_ref().and_then(better)) {
                (Some(a), Some(b)) => {
                    let students = at.instance.students.len();
                    match both(&plan, &a, &b, students).filter(|t| within_capacity(at, &t.0)) {
                        Some(together) => Some(together),
                        None => {
                            // Both took the same student or room: the better one stays,
                            // the other part comes again in the next pass.
                            dropped += 1;
                            Some(if b.1 < a.1 { b } else { a })
                        }
                    }
                }
                (a, b) => a.or(b),
            };
            if log {
                let after = |r: &Option<(Vec<Placement>, f64)>| r.as_ref().map(|p| p.1);
                eprintln!(
                    "stageplan: by part: {} + {} students, {} -> {:?} and {:?} in {:.2} s",
                    first.len(),
                    second.as_ref().map_or(0, |p| p.len()),
                    plan.1,
                    after(&a),
                    b.as_ref().map(after),
                    began.elapsed().as_secs_f64()
                );
            }
            if let Some(better) = next {
                plan = better;
                gained = true;
            }
        }
        if !gained {
            break;
        }
    }
    if log {
        eprintln!(
            "stageplan: by part: {programs} programs ({side_by_side} pairs side by side, \
             {dropped} plans dropped for a student or room taken twice) over {} parts, \
             {before} -> {} in {:.2} s",
            parts.len(),
            plan.1,
            started.elapsed().as_secs_f64()
        );
    }
    Ok(plan)
}

/// The part's students that its program may move (those with a class: the others have no
/// school to go to).
fn movers_of(at: &ProgramInputs, part: &[usize]) -> Vec<bool> {
    let mut movers = vec![false; at.instance.students.len()];
    for &s in part.iter().filter(|&&s| at.elig.class_of[s].is_some()) {
        movers[s] = true;
    }
    movers
}

/// Two programs' plans `a` and `b` from one plan `was` together: everyone `b` changes as
/// `b` has them, everyone else as `a` has them. `None` when both change a student (a
/// program may also place an unplaced student of another part). The objective is a sum
/// over students, so with no student changed twice the gains add.
fn both(
    was: &(Vec<Placement>, f64),
    a: &(Vec<Placement>, f64),
    b: &(Vec<Placement>, f64),
    students: usize,
) -> Option<(Vec<Placement>, f64)> {
    let wpb_of = |plan: &[Placement]| {
        let mut of = vec![None; students];
        for p in plan {
            of[p.student] = Some(p.wpb);
        }
        of
    };
    let (base, by_a, mut by_b) = (wpb_of(&was.0), wpb_of(&a.0), wpb_of(&b.0));
    for s in 0..students {
        if by_b[s] == base[s] {
            by_b[s] = by_a[s];
        } else if by_a[s] != base[s] {
            return None;
        }
    }
    let placements = (by_b.into_iter().enumerate())
        .filter_map(|(student, w)| w.map(|wpb| Placement { student, wpb }))
        .collect();
    Some((placements, a.1 + (b.1 - was.1)))
}

/// True when `plan` (the free students) with the instance's pins keeps every WPB's and
/// school's capacity (rules 5 and 6): the only rules that two programs' plans, each keeping
/// every rule for its own students, can break together.
fn within_capacity(at: &ProgramInputs, plan: &[Placement]) -> bool {
    let (instance, model) = (at.instance, at.model);
    let pins =
        (instance.students.iter().enumerate()).filter_map(|(s, st)| st.pinned_wpb.map(|w| (s, w)));
    let seats: Vec<(usize, usize)> = plan
        .iter()
        .map(|p| (p.student, p.wpb))
        .chain(pins)
        .collect();
    let mut wpb = vec![(0u32, 0.0); instance.supervisors.len()];
    let mut school = vec![0u32; instance.schools.len()];
    for &(s, w) in &seats {
        let hours = model.tracks[instance.students[s].track].wpb_hours;
        wpb[w] = (wpb[w].0 + 1, wpb[w].1 + hours);
        school[instance.supervisors[w].school] += 1;
    }
    let at_school = seats
        .iter()
        .map(|&(s, w)| (s, instance.supervisors[w].school));
    let so_hours = so_hours_used(instance, model, at_school);
    let within = |used: f64, max: Option<f64>| max.is_none_or(|m| used <= m + 1e-6);
    let wpbs_hold = instance
        .supervisors
        .iter()
        .zip(&wpb)
        .all(|(w, &(n, h))| n <= w.max_students && within(h, w.max_hours));
    wpbs_hold
        && (instance.schools.iter().enumerate()).all(|(c, sc)| {
            within(f64::from(school[c]), sc.max_students.map(f64::from))
                && within(so_hours[c], sc.so_hours)
        })
}

/// A part cut into regions of at most `most` students, so that each program stays
/// small: around the school where `plan` seats most of the students left, the ones nearest
/// to it by travel (a group whole), until the region is full; then the next. A part that
/// small is one region. Without regions the parts above that size were left out, and
/// those are where the plan gains most (`20000-coords`: 2,013 students of HALO-2 -17,888,
/// 920 of one subject and track -43,624, in one program each of up to 250 s).
fn regions(at: &ProgramInputs, plan: &[Placement], part: &[usize], most: usize) -> Vec<Vec<usize>> {
    if part.len() <= most {
        return vec![part.to_vec()];
    }
    let instance = at.instance;
    let mut school_of = vec![None; instance.students.len()];
    for p in plan {
        school_of[p.student] = Some(instance.supervisors[p.wpb].school);
    }
    // Units: a group's members together, in the order of their first member.
    let mut units: Vec<Vec<usize>> = Vec::new();
    let mut unit_of_group: BTreeMap<&str, usize> = BTreeMap::new();
    for &s in part {
        match &instance.students[s].group {
            Some(g) => match unit_of_group.get(g.as_str()) {
                Some(&u) => units[u].push(s),
                None => {
                    unit_of_group.insert(g.as_str(), units.len());
                    units.push(vec![s]);
                }
            },
            None => units.push(vec![s]),
        }
    }
    let minutes = |s: usize, c: usize| instance.travel.minutes(s, c).unwrap_or(f64::INFINITY);
    let mut regions = Vec::new();
    while !units.is_empty() {
        let mut seated: BTreeMap<usize, usize> = BTreeMap::new();
        for &s in units.iter().flatten() {
            if let Some(c) = school_of[s] {
                *seated.entry(c).or_insert(0) += 1;
            }
        }
        let lead = units[0][0];
        let nearest_to_lead = || {
            at.elig.schools_of[lead]
                .iter()
                .copied()
                .min_by(|&a, &b| minutes(lead, a).total_cmp(&minutes(lead, b)))
        };
        // The school seating most (the first of equals), else the first unit's nearest.
        let centre = seated
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .map(|(&c, _)| c)
            .or_else(nearest_to_lead)
            .unwrap_or(0);
        let distance = |unit: &Vec<usize>| {
            unit.iter()
                .map(|&s| minutes(s, centre))
                .fold(f64::INFINITY, f64::min)
        };
        units.sort_by(|a, b| distance(a).total_cmp(&distance(b)).then(a[0].cmp(&b[0])));
        let mut region = Vec::new();
        let mut taken = 0;
        for unit in &units {
            if region.len() + unit.len() > most {
                break;
            }
            region.extend_from_slice(unit);
            taken += 1;
        }
        if taken == 0 {
            // A single unit larger than a region: it is a region of its own.
            region = units[0].clone();
            taken = 1;
        }
        units.drain(..taken);
        region.sort_unstable();
        regions.push(region);
    }
    regions
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cost::{student_school_cost, wpb_cost};
    use crate::domain::{Instance, Model};
    use crate::solve::tests::{generated, with_inputs};

    /// The objective of a plan when no student is pinned, from the costs of FORMAT.md.
    fn objective(inst: &Instance, m: &Model, plan: &[Placement]) -> f64 {
        let unplaced = inst.students.len() - plan.len();
        plan.iter()
            .map(|p| {
                let c = inst.supervisors[p.wpb].school;
                student_school_cost(inst, m, p.student, c) + wpb_cost(inst, m, p.wpb)
            })
            .sum::<f64>()
            + m.weights.unplaced * unplaced as f64
    }

    /// A generated instance of several parts without pins, and the plan made by hand.
    fn by_hand() -> (Instance, Model, Vec<Placement>) {
        let (mut inst, m) = generated(150, 2, true, true);
        for student in &mut inst.students {
            student.pinned_wpb = None;
        }
        let plan = crate::greedy::greedy(&inst, &m)
            .into_iter()
            .map(|(student, wpb)| Placement { student, wpb })
            .collect();
        (inst, m, plan)
    }

    #[test]
    fn re_planning_the_parts_improves_a_plan_and_says_its_objective() {
        let (inst, m, plan) = by_hand();
        assert!(
            parts(&inst, Grain::SubjectAndTrack).len() > 1,
            "one part only"
        );
        with_inputs(&inst, &m, |at| {
            let before = objective(&inst, &m, &plan);
            let until = Instant::now() + std::time::Duration::from_secs(60);
            let (after, value) = improve(at, (plan, before), 0.0, until).expect("solvable");
            assert!(
                value < before,
                "{value} not below the plan by hand's {before}"
            );
            assert!((value - objective(&inst, &m, &after)).abs() < 1e-6);
            let optimum = crate::solve::solve(&inst, &m, &Default::default()).expect("a plan");
            assert!(value >= optimum.solver_objective - 1e-6);
        });
    }

    #[test]
    fn a_large_part_is_cut_into_regions_that_keep_groups_whole() {
        let (inst, m) = generated(150, 3, false, true);
        let plan: Vec<Placement> = crate::greedy::greedy(&inst, &m)
            .into_iter()
            .map(|(student, wpb)| Placement { student, wpb })
            .collect();
        let every: Vec<usize> = (0..inst.students.len()).collect();
        assert!(inst.students.iter().any(|s| s.group.is_some()));
        with_inputs(&inst, &m, |at| {
            let cut = regions(at, &plan, &every, 40);
            assert!(cut.len() >= 4, "{} regions", cut.len());
            assert!(cut.iter().all(|r| r.len() <= 40));
            let mut all: Vec<usize> = cut.iter().flatten().copied().collect();
            all.sort_unstable();
            assert_eq!(all, every, "each student in exactly one region");
            let region_of = |s: usize| cut.iter().position(|r| r.contains(&s));
            for (a, b) in every
                .iter()
                .flat_map(|&a| every.iter().map(move |&b| (a, b)))
            {
                let (ga, gb) = (&inst.students[a].group, &inst.students[b].group);
                if ga.is_some() && ga == gb {
                    assert_eq!(region_of(a), region_of(b), "group {ga:?} split");
                }
            }
            assert_eq!(regions(at, &plan, &every, 150), vec![every.clone()]);
        });
    }

    #[test]
    fn two_parts_plans_join_unless_both_change_a_student_or_overfill_a_wpb() {
        let (inst, m, plan) = by_hand();
        let cost = |p: &[Placement]| objective(&inst, &m, p);
        let was = (plan.clone(), cost(&plan));
        let unplaced = (0..inst.students.len())
            .find(|&s| plan.iter().all(|p| p.student != s) && inst.students[s].group.is_none())
            .expect("an unplaced single student");
        // A WPB with room left by the plan (pair rules are not what is checked here).
        let mut room = crate::capacity::Room::of(&inst);
        for p in &plan {
            room.take(&inst, &m, p.student, p.wpb);
        }
        let w = (0..inst.supervisors.len())
            .find(|&w| room.fits(&inst, &m, unplaced, w))
            .expect("a WPB with room");
        // `a` places the unplaced student; `b` moves a placed student out of the plan.
        let mut a_plan = plan.clone();
        a_plan.push(Placement {
            student: unplaced,
            wpb: w,
        });
        a_plan.sort_by_key(|p| p.student);
        let gone = plan[0].student;
        let b_plan: Vec<Placement> = plan.iter().copied().filter(|p| p.student != gone).collect();
        let (a, b) = (
            (a_plan.clone(), cost(&a_plan)),
            (b_plan.clone(), cost(&b_plan)),
        );
        let students = inst.students.len();
        let together = both(&was, &a, &b, students).expect("no student changed twice");
        assert_eq!(together.1, cost(&together.0), "the gains add");
        assert!(together.0.iter().any(|p| p.student == unplaced));
        assert!(together.0.iter().all(|p| p.student != gone));
        // Both place the same student: not joined.
        assert!(both(&was, &a, &a, students).is_none());
        with_inputs(&inst, &m, |at| {
            assert!(within_capacity(at, &together.0));
            // Every student at one WPB passes its limits.
            let crowded: Vec<Placement> = (0..students)
                .map(|student| Placement { student, wpb: w })
                .collect();
            assert!(!within_capacity(at, &crowded));
        });
        // The joined plan's SO hours (rule 6, group hours included) at the school of `w`,
        // with that school's SO hours just below them: not within.
        let c = inst.supervisors[w].school;
        let seats = together
            .0
            .iter()
            .map(|p| (p.student, inst.supervisors[p.wpb].school));
        let used = so_hours_used(&inst, &m, seats)[c];
        let mut tight = inst.clone();
        tight.schools[c].so_hours = Some(used - 0.5);
        with_inputs(&tight, &m, |at| assert!(!within_capacity(at, &together.0)));
        tight.schools[c].so_hours = Some(used);
        with_inputs(&tight, &m, |at| assert!(within_capacity(at, &together.0)));
    }

    #[test]
    fn without_time_the_plan_comes_back_as_it_was() {
        let (inst, m, plan) = by_hand();
        with_inputs(&inst, &m, |at| {
            let before = objective(&inst, &m, &plan);
            let after = improve(at, (plan.clone(), before), 0.0, Instant::now()).expect("ok");
            assert_eq!(after, (plan, before));
        });
    }
}
