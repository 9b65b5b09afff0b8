//! Room for the unplaced by chains of moves, re-planned exactly in a small program.
//!
//! From a plan, a breadth-first search over WPBs finds, for each unplaced student, the
//! placed students whose moves could make room: the students of a full WPB the unplaced
//! student may take, who may go to a WPB with room, or to another full one whose students
//! may move on, up to `MAX_DEPTH` moves. Those students, the unplaced and their group
//! members are re-planned together at every school they may go to, in a program where
//! everyone else is pinned where the plan has them: a few hundred columns. The heuristic's
//! own chains move one student at a time and keep every rule on the way; the program also
//! finds moves that only work together (two students trading WPBs, a duo and a single).
//! `3000-duos`, from the LP-guided heuristic's plan (40 unplaced, 537,705): 517,959 after
//! one move deep (0.02 s), 508,024 after two (0.08 s), with 37 unplaced, where the two
//! programs of `rins` needed about 3 s to reach 517,704.

use super::attempt::attempt;
use super::types::SolveError;
use super::{as_start, eligibility, pins, ProgramInputs};
use crate::cost::student_school_cost;
use crate::domain::{Instance, Model, Placement};
use std::collections::{BTreeMap, HashMap};
use std::time::Instant;

/// The longest chain: moves in a row that make room for one unplaced student.
const MAX_DEPTH: usize = 3;

/// The share of what is left of a time limit that the chains may take at most.
pub(super) const SHARE: f64 = 0.25;

/// Seconds one program may take at most: they take milliseconds, and a chain that needs
/// longer is not worth the wait.
const STEP_SECONDS: f64 = 2.0;

/// Students re-planned at most in one program: the unplaced are taken in batches whose
/// chains free at most this many (`3000-duos`, two moves deep: 92 in one batch).
const MAX_MOVERS: usize = 400;

/// Passes over every batch at most: each pass that places no one more goes one move deeper.
const MAX_PASSES: usize = 6;

/// `plan` (free students only, with its objective without the pins) improved by chains of
/// up to `MAX_DEPTH` moves: a pass re-plans every batch of the unplaced in turn, one move
/// deep first, one deeper after a pass that finds nothing better, from one again after a
/// pass that does, until no chain helps, `MAX_PASSES` passes have run or `until` passes.
/// `pins_cost` is what the instance's own pins cost, which `plan`'s objective leaves out.
pub(super) fn improve(
    at: &ProgramInputs,
    plan: (Vec<Placement>, f64),
    pins_cost: f64,
    until: Instant,
) -> Result<(Vec<Placement>, f64), SolveError> {
    let mut plan = plan;
    let groups = groups_of_free_students(at);
    let mut depth = 1;
    for _ in 0..MAX_PASSES {
        let mut improved = false;
        let mut from = 0;
        loop {
            let seconds = until
                .saturating_duration_since(Instant::now())
                .as_secs_f64();
            if seconds < 0.05 {
                return Ok(plan);
            }
            let (movers, next) = movers(at, &groups, &plan.0, depth, from, MAX_MOVERS);
            let count = movers.iter().filter(|&&m| m).count();
            if count == 0 {
                break;
            }
            let started = Instant::now();
            let seconds = seconds.min(STEP_SECONDS);
            let replanned = replan(at, &plan.0, &movers, pins_cost, seconds, None)?;
            log(
                depth,
                count,
                plan.1,
                replanned.as_ref().map(|r| r.1),
                started,
            );
            if let Some(better) = replanned.filter(|b| b.1 < plan.1 - 1e-9) {
                plan = better;
                improved = true;
            }
            match next {
                Some(next) => from = next,
                None => break,
            }
        }
        depth = if improved { 1 } else { depth + 1 };
        if depth > MAX_DEPTH {
            break;
        }
    }
    Ok(plan)
}

/// One program's figures on stderr with `STAGEPLAN_HIGHS_LOG`.
fn log(depth: usize, movers: usize, before: f64, after: Option<f64>, started: Instant) {
    if std::env::var_os("STAGEPLAN_HIGHS_LOG").is_some() {
        let after = after.map_or("no plan".to_string(), |a| a.to_string());
        eprintln!(
            "stageplan: chains {depth} deep: {movers} students re-planned, {before} -> {after} in {:.2} s",
            started.elapsed().as_secs_f64()
        );
    }
}

/// How full each WPB and school is in a plan, and who is where.
struct Load {
    wpb_students: Vec<u32>,
    wpb_hours: Vec<f64>,
    school_students: Vec<u32>,
    at_wpb: Vec<Vec<usize>>,
    placed: Vec<bool>,
}

impl Load {
    /// The plan's load; what the pins take is already out of the residual room.
    fn of(at: &ProgramInputs, plan: &[Placement]) -> Load {
        let (instance, model) = (at.instance, at.model);
        let wpbs = instance.supervisors.len();
        let mut load = Load {
            wpb_students: vec![0; wpbs],
            wpb_hours: vec![0.0; wpbs],
            school_students: vec![0; instance.schools.len()],
            at_wpb: vec![Vec::new(); wpbs],
            placed: vec![false; instance.students.len()],
        };
        for p in plan {
            let c = instance.supervisors[p.wpb].school;
            load.wpb_students[p.wpb] += 1;
            load.wpb_hours[p.wpb] += model.tracks[instance.students[p.student].track].wpb_hours;
            load.school_students[c] += 1;
            load.at_wpb[p.wpb].push(p.student);
            load.placed[p.student] = true;
        }
        load
    }

    /// Whether WPB `w` and its school have a seat and the hours for student `s` (the
    /// school's SO hours are left to the program).
    fn has_room(&self, at: &ProgramInputs, s: usize, w: usize) -> bool {
        let room = &at.residual.room;
        let hours = at.model.tracks[at.instance.students[s].track].wpb_hours;
        let c = at.instance.supervisors[w].school;
        self.wpb_students[w] < room.wpb_students[w]
            && room.wpb_hours[w].is_none_or(|h| self.wpb_hours[w] + hours <= h + 1e-9)
            && room.school_students[c].is_none_or(|n| self.school_students[c] < n)
    }
}

/// The WPBs free student `s` may take: its class's WPBs at its schools.
fn wpbs_of(at: &ProgramInputs, s: usize) -> Vec<usize> {
    let Some(k) = at.elig.class_of[s] else {
        return Vec::new();
    };
    let class = &at.elig.classes[k];
    at.elig.schools_of[s]
        .iter()
        .flat_map(|&c| class.wpbs_at_school(c).iter().copied())
        .collect()
}

/// One batch of students to re-plan: unplaced free students from student `from` on, each
/// with the students on its chains of up to `depth` moves that end at a WPB with room, and
/// the group members of all of them, while they number at most `max` (the first unplaced
/// student's always go in). Also where the next batch starts, if any is left.
fn movers(
    at: &ProgramInputs,
    groups: &BTreeMap<&str, Vec<usize>>,
    plan: &[Placement],
    depth: usize,
    from: usize,
    max: usize,
) -> (Vec<bool>, Option<usize>) {
    let instance = at.instance;
    let load = Load::of(at, plan);
    let n = instance.students.len();
    let mut moves = vec![false; n];
    let mut count = 0;
    for u in from..n {
        if load.placed[u] || at.elig.class_of[u].is_none() {
            continue;
        }
        let mut with: Vec<usize> = Vec::new();
        for s in chains_of(at, &load, u, depth) {
            match instance.students[s]
                .group
                .as_ref()
                .and_then(|g| groups.get(g.as_str()))
            {
                Some(members) => with.extend(members),
                None => with.push(s),
            }
        }
        with.sort_unstable();
        with.dedup();
        with.retain(|&s| !moves[s]);
        if count > 0 && count + with.len() > max {
            return (moves, Some(u));
        }
        count += with.len();
        for s in with {
            moves[s] = true;
        }
    }
    (moves, None)
}

/// The free members of each group: a group goes to one school, so they move together.
fn groups_of_free_students<'a>(at: &ProgramInputs<'a>) -> BTreeMap<&'a str, Vec<usize>> {
    free_groups(at.instance, at.elig)
}

/// The free members of each group, by group.
fn free_groups<'a>(
    instance: &'a Instance,
    elig: &eligibility::Eligibility,
) -> BTreeMap<&'a str, Vec<usize>> {
    let mut groups: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (s, student) in instance.students.iter().enumerate() {
        if let (Some(g), Some(_)) = (&student.group, elig.class_of[s]) {
            groups.entry(g.as_str()).or_default().push(s);
        }
    }
    groups
}

/// Unplaced student `u` and the students on its chains of up to `depth` moves that end at
/// a WPB with room.
fn chains_of(at: &ProgramInputs, load: &Load, u: usize, depth: usize) -> Vec<usize> {
    let mut on_chain = vec![u];
    // Each WPB reached, with the WPB before it and the student who moves from there.
    let mut came_from: HashMap<usize, Option<(usize, usize)>> = HashMap::new();
    let mut layer: Vec<usize> = Vec::new();
    for w in wpbs_of(at, u) {
        if came_from.insert(w, None).is_none() {
            layer.push(w);
        }
    }
    for _ in 0..depth {
        let mut next = Vec::new();
        for &w in &layer {
            for &b in &load.at_wpb[w] {
                for w2 in wpbs_of(at, b) {
                    if w2 == w {
                        continue;
                    }
                    if load.has_room(at, b, w2) {
                        on_chain.push(b);
                        let mut at_wpb = w;
                        while let Some(&Some((before, mover))) = came_from.get(&at_wpb) {
                            on_chain.push(mover);
                            at_wpb = before;
                        }
                    } else if let std::collections::hash_map::Entry::Vacant(e) = came_from.entry(w2)
                    {
                        e.insert(Some((w, b)));
                        next.push(w2);
                    }
                }
            }
        }
        layer = next;
    }
    on_chain
}

/// The plan with the `movers` re-planned at every school they may go to (or, with
/// `nearest`, at that many of their cheapest and where `plan` has them) and everyone else
/// pinned where `plan` has them; `None` when the program finds no plan in `seconds`.
pub(super) fn replan(
    at: &ProgramInputs,
    plan: &[Placement],
    movers: &[bool],
    pins_cost: f64,
    seconds: f64,
    nearest: Option<usize>,
) -> Result<Option<(Vec<Placement>, f64)>, SolveError> {
    let mut pinned = at.instance.clone();
    let mut kept = Vec::new();
    for p in plan.iter().filter(|p| !movers[p.student]) {
        pinned.students[p.student].pinned_wpb = Some(p.wpb);
        kept.push(*p);
    }
    let (residual, _, pins_now) = pins::apply_pins(&pinned, at.model);
    let elig = eligibility::eligibility(&pinned, at.model, &residual);
    // Whole groups move, so every member may follow its group; this only guards that.
    if !eligibility::members_that_cannot_follow_the_pin(&pinned, &residual, &elig).is_empty() {
        return Ok(None);
    }
    let start = as_start(&pinned, plan);
    let pairs = nearest.map(|k| cheapest_pairs(&pinned, at.model, &elig, &start, k));
    let found = attempt(
        &pinned,
        at.model,
        &elig,
        &residual,
        pairs.as_deref(),
        Some(&start),
        None,
        None,
        Some(seconds),
        at.ablation,
    )?;
    Ok(found.placements.map(|mut placements| {
        placements.extend(kept);
        placements.sort_by_key(|p| p.student);
        // The kept students' cost is in the pins now: the same objective as `plan`'s.
        (placements, found.objective + pins_now - pins_cost)
    }))
}

/// Per student (aligned with `elig.schools_of`): its `k` cheapest schools and the one
/// `start` has it at; a group's members share the union of theirs, so that the group can
/// be at any of them together.
fn cheapest_pairs(
    instance: &Instance,
    model: &Model,
    elig: &eligibility::Eligibility,
    start: &[Option<usize>],
    k: usize,
) -> Vec<Vec<bool>> {
    let mut chosen: Vec<Vec<usize>> = (0..instance.students.len())
        .map(|s| {
            let mut by_cost: Vec<(f64, usize)> = elig.schools_of[s]
                .iter()
                .map(|&c| (student_school_cost(instance, model, s, c), c))
                .collect();
            by_cost.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            let mut schools: Vec<usize> = by_cost.iter().take(k).map(|&(_, c)| c).collect();
            schools.extend(start[s].map(|w| instance.supervisors[w].school));
            schools
        })
        .collect();
    for members in free_groups(instance, elig).values() {
        let union: Vec<usize> = members.iter().flat_map(|&m| chosen[m].clone()).collect();
        for &m in members {
            chosen[m] = union.clone();
        }
    }
    elig.schools_of
        .iter()
        .zip(&chosen)
        .map(|(row, keep)| row.iter().map(|c| keep.contains(c)).collect())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cost::{student_school_cost, wpb_cost};
    use crate::domain::{Instance, Model, Student, Supervisor};
    use crate::solve::tests::with_inputs;
    use crate::testkit::*;

    /// Three schools with one bio seat each. U (track H, Thursdays) fits only W1, where A
    /// sits; A fits W1 and W2, where B sits; B (track P, Tuesdays) fits W2 and the empty W3.
    /// The plan leaves U out: two moves in a row make room for U.
    fn a_chain_of_two_moves() -> (Instance, Model) {
        with_more(vec![], vec![])
    }

    /// `a_chain_of_two_moves` with more WPBs and students after its own.
    fn with_more(wpbs: Vec<Supervisor>, students: Vec<Student>) -> (Instance, Model) {
        let mut all_wpbs = vec![
            wpb("W1", 0, &["bio"], "ma|wo|do"),
            wpb("W2", 1, &["bio"], "ma|di|wo"),
            wpb("W3", 2, &["bio"], "di"),
        ];
        all_wpbs.extend(wpbs);
        let mut all_students = vec![
            student("U", 2, "bio"),
            student("A", 0, "bio"),
            student("B", 1, "bio"),
        ];
        all_students.extend(students);
        let schools = vec![school("X", &[]), school("Y", &[]), school("Z", &[])];
        (instance(schools, all_wpbs, all_students, 30.0), model())
    }

    #[test]
    fn a_mover_keeps_its_cheapest_schools_and_its_own_and_a_group_shares_them() {
        let (mut inst, m) = crate::solve::tests::generated(60, 4, false, false);
        inst.students[0].group = Some("G".into());
        inst.students[1].group = Some("G".into());
        let (residual, _, _) = pins::apply_pins(&inst, &m);
        let elig = eligibility::eligibility(&inst, &m, &residual);
        let start: Vec<Option<usize>> = (0..inst.students.len())
            .map(|s| {
                let c = *elig.schools_of[s].last()?;
                elig.classes[elig.class_of[s]?]
                    .wpbs_at_school(c)
                    .first()
                    .copied()
            })
            .collect();
        let pairs = cheapest_pairs(&inst, &m, &elig, &start, 2);
        let kept = |s: usize| -> Vec<usize> {
            elig.schools_of[s]
                .iter()
                .zip(&pairs[s])
                .filter(|(_, &k)| k)
                .map(|(&c, _)| c)
                .collect()
        };
        for (s, at) in start.iter().enumerate().skip(2) {
            let kept = kept(s);
            assert!(kept.len() <= 3, "student {s} keeps {kept:?}");
            if let Some(w) = at {
                assert!(kept.contains(&inst.supervisors[*w].school));
            }
            let cost = |c: usize| student_school_cost(&inst, &m, s, c);
            let cheapest = elig.schools_of[s]
                .iter()
                .map(|&c| cost(c))
                .fold(f64::INFINITY, f64::min);
            if !elig.schools_of[s].is_empty() {
                assert!(kept.iter().any(|&c| cost(c) == cheapest));
            }
        }
        let (a, b) = (kept(0), kept(1));
        let in_both = |c: &usize| elig.schools_of[0].contains(c) && elig.schools_of[1].contains(c);
        assert_eq!(
            a.iter().filter(|c| in_both(c)).collect::<Vec<_>>(),
            b.iter().filter(|c| in_both(c)).collect::<Vec<_>>()
        );
    }

    /// A at W1, B at W2, U unplaced.
    fn plan_without_u() -> Vec<Placement> {
        vec![
            Placement { student: 1, wpb: 0 },
            Placement { student: 2, wpb: 1 },
        ]
    }

    /// A deadline no test reaches.
    fn a_minute() -> Instant {
        Instant::now() + std::time::Duration::from_secs(60)
    }

    /// The objective of a plan of the free students, from the costs of FORMAT.md.
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

    #[test]
    fn the_movers_are_the_unplaced_and_the_students_on_a_chain_that_ends_in_room() {
        let (inst, m) = a_chain_of_two_moves();
        with_inputs(&inst, &m, |at| {
            let plan = plan_without_u();
            // One move deep: A could leave W1 only for W2, which is full.
            assert_eq!(
                movers(at, &groups_of_free_students(at), &plan, 1, 0, MAX_MOVERS),
                (vec![true, false, false], None)
            );
            // Two deep: B leaves W2 for W3, A takes W2, U takes W1.
            assert_eq!(
                movers(at, &groups_of_free_students(at), &plan, 2, 0, MAX_MOVERS),
                (vec![true, true, true], None)
            );
        });
    }

    #[test]
    fn the_unplaced_are_taken_in_batches_of_at_most_so_many_movers() {
        // V, a second Thursday student, also fits only W1.
        let (inst, m) = with_more(vec![], vec![student("V", 2, "bio")]);
        with_inputs(&inst, &m, |at| {
            let plan = plan_without_u();
            // U's chain alone fills a batch of three; V's starts the next one.
            let first = movers(at, &groups_of_free_students(at), &plan, 2, 0, 3);
            assert_eq!(first, (vec![true, true, true, false], Some(3)));
            assert_eq!(
                movers(at, &groups_of_free_students(at), &plan, 2, 3, 3),
                (vec![false, true, true, true], None)
            );
            // One batch holds both when it may be larger.
            assert_eq!(
                movers(at, &groups_of_free_students(at), &plan, 2, 0, 4),
                (vec![true; 4], None)
            );
        });
    }

    #[test]
    fn a_group_member_of_a_mover_moves_too() {
        // C (math) sits at X in A's duo; Y has a math seat too. No chain passes C's WPB.
        let (mut inst, m) = with_more(
            vec![
                wpb("W4", 0, &["math"], "ma|wo"),
                wpb("W5", 1, &["math"], "ma|wo"),
            ],
            vec![student("C", 0, "math")],
        );
        inst.students[1].group = Some("G".into());
        inst.students[3].group = Some("G".into());
        with_inputs(&inst, &m, |at| {
            let mut plan = plan_without_u();
            plan.push(Placement { student: 3, wpb: 3 });
            assert_eq!(
                movers(at, &groups_of_free_students(at), &plan, 2, 0, MAX_MOVERS).0,
                vec![true, true, true, true]
            );
        });
    }

    #[test]
    fn chains_place_the_unplaced_and_say_the_objective_of_the_plan_they_return() {
        let (inst, m) = a_chain_of_two_moves();
        with_inputs(&inst, &m, |at| {
            let plan = plan_without_u();
            let before = objective(&inst, &m, &plan);
            let (after, value) = improve(at, (plan, before), 0.0, a_minute()).expect("solvable");
            assert_eq!(
                after,
                vec![
                    Placement { student: 0, wpb: 0 },
                    Placement { student: 1, wpb: 1 },
                    Placement { student: 2, wpb: 2 },
                ]
            );
            assert_eq!(value, objective(&inst, &m, &after));
            assert!(value < before);
        });
    }

    #[test]
    fn a_plan_no_chain_improves_comes_back_as_it_was() {
        // W3 not there on Tuesdays: B has nowhere else to go, so U stays out.
        let (mut inst, m) = a_chain_of_two_moves();
        inst.supervisors[2].days = crate::input::cells::parse_days("vr").expect("days");
        with_inputs(&inst, &m, |at| {
            let plan = plan_without_u();
            let before = objective(&inst, &m, &plan);
            let after = improve(at, (plan.clone(), before), 0.0, a_minute()).expect("solvable");
            assert_eq!(after, (plan, before));
        });
    }
}
