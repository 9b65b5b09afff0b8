//! A national plan improved part by part, in the time after the parts' bound that the
//! priced program cannot use (too little for its root LP, or pricing unfinished, so that its
//! bound adds nothing): each part (one subject and track, a large one cut into regions)
//! re-planned from the plan over its students' cheapest schools, with everyone else pinned
//! where the plan has them. `20000-coords --time-limit 120`: 5,771,117 → 5,574,443 in the
//! twentieth stop's bench (5,678,491 to 5,704,782 with whole parts of at most 600 students and
//! all their schools), where the priced program gave nothing.

use super::parts::{parts, Grain};
use super::{chains, ProgramInputs, SolveError};
use crate::domain::Placement;
use std::collections::BTreeMap;
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
    let mut programs = 0;
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
        for part in &order {
            let left = until
                .saturating_duration_since(Instant::now())
                .as_secs_f64();
            if left < AT_LEAST_SECONDS {
                break 'passes;
            }
            let mut movers = vec![false; at.instance.students.len()];
            for &s in part.iter().filter(|&&s| at.elig.class_of[s].is_some()) {
                movers[s] = true;
            }
            programs += 1;
            let seconds = left.min(STEP_SECONDS);
            let began = Instant::now();
            let nearest = Some(CHEAPEST_SCHOOLS);
            let replanned = chains::replan(at, &plan.0, &movers, pins_cost, seconds, nearest)?;
            if log {
                let after = replanned.as_ref().map(|r| r.1);
                eprintln!(
                    "stageplan: by part: {} students, {} -> {after:?} in {:.2} s",
                    part.len(),
                    plan.1,
                    began.elapsed().as_secs_f64()
                );
            }
            if let Some(better) = replanned.filter(|b| b.1 < plan.1 - 1e-9) {
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
            "stageplan: by part: {programs} programs over {} parts, {before} -> {} in {:.2} s",
            parts.len(),
            plan.1,
            started.elapsed().as_secs_f64()
        );
    }
    Ok(plan)
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
    fn without_time_the_plan_comes_back_as_it_was() {
        let (inst, m, plan) = by_hand();
        with_inputs(&inst, &m, |at| {
            let before = objective(&inst, &m, &plan);
            let after = improve(at, (plan.clone(), before), 0.0, Instant::now()).expect("ok");
            assert_eq!(after, (plan, before));
        });
    }
}
