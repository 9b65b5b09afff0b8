//! Rule 9 counted without an LP: a group goes whole to one school, so where a class's WPBs
//! at a school have `K` seats left, that school takes at most `floor(K / g)` of the class's
//! groups of `g`. A maximum flow from groups to schools with those capacities bounds the
//! groups every plan places, so at least the rest of their members stay unplaced.
//!
//! The maximum flow of students (`capacity::flow`) lets members go apart and fills odd
//! seats: `20000-coords`'s 1,006 HALO-2 duos have 1,823 seats on their days, but only 1,618
//! of them in pairs at one school, so at least 398 members stay unplaced (after the pins)
//! where that flow counts about 190.

use super::eligibility::{class_seats, unit_so_hours, Eligibility};
use super::pins::Residual;
use crate::capacity::dinic;
use crate::domain::{Instance, Model};
use petgraph::graph::DiGraph;

/// The members of one class's groups and how many of them stay unplaced in every plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Unplaced {
    pub members: Vec<usize>,
    pub at_least: usize,
}

impl Unplaced {
    /// Whether the class lies within `students` (ascending): a part holds a class whole.
    pub fn within(&self, students: &[usize]) -> bool {
        students.binary_search(&self.members[0]).is_ok()
    }
}

/// Per class whose groups all have one size and keep to the class, with every member free:
/// its group members and how many of them every plan leaves unplaced (only classes where
/// that is at least one). Single students of the class may take seats too; they are left
/// out, which only makes the count smaller.
pub fn unplaced_members(
    instance: &Instance,
    model: &Model,
    elig: &Eligibility,
    residual: &Residual,
) -> Vec<Unplaced> {
    let members_of = instance.groups();
    let mut groups_of_class: Vec<Vec<&[usize]>> = vec![Vec::new(); elig.classes.len()];
    let mut mixed = vec![false; elig.classes.len()];
    for members in members_of.values() {
        let k = elig.class_of[members[0]];
        match k.filter(|&k| members.iter().all(|&s| elig.class_of[s] == Some(k))) {
            Some(k) => groups_of_class[k].push(members),
            // A member pinned or of another class: the classes it touches are left out.
            None => {
                for k in members.iter().filter_map(|&s| elig.class_of[s]) {
                    mixed[k] = true;
                }
            }
        }
    }
    let started = std::time::Instant::now();
    let counted: Vec<Unplaced> = (0..elig.classes.len())
        .filter(|&k| !mixed[k])
        .filter_map(|k| of_class(instance, model, elig, residual, k, &groups_of_class[k]))
        .collect();
    if std::env::var_os("STAGEPLAN_HIGHS_LOG").is_some() {
        eprintln!(
            "stageplan: whole groups leave at least {} members unplaced in {} classes ({:.2} s)",
            counted.iter().map(|u| u.at_least).sum::<usize>(),
            counted.len(),
            started.elapsed().as_secs_f64()
        );
    }
    counted
}

/// The count for class `k` and its `groups`, when they all have one size of at least two.
fn of_class(
    instance: &Instance,
    model: &Model,
    elig: &Eligibility,
    residual: &Residual,
    k: usize,
    groups: &[&[usize]],
) -> Option<Unplaced> {
    let size = groups.first()?.len();
    if size < 2 || groups.iter().any(|g| g.len() != size) {
        return None;
    }
    // The class's groups are alike (one track, one size): they cost a school alike too.
    let hours = unit_so_hours(instance, model, groups[0]);
    let room = &residual.room;
    let most_at = |c: usize| -> u64 {
        let mut seats = class_seats(model, elig, residual, k, c);
        if let Some(n) = room.school_students[c] {
            seats = seats.min(n as usize);
        }
        let mut whole = (seats / size) as u64;
        if let (Some(h), true) = (room.school_hours[c], hours > 0.0) {
            whole = whole.min(((h + 1e-9) / hours).floor().max(0.0) as u64);
        }
        whole
    };
    // source -> group (1) -> school (1 per school all its members may go to) -> sink.
    let schools = instance.schools.len();
    let mut g: DiGraph<(), u64> = DiGraph::new();
    let source = g.add_node(());
    let sink = g.add_node(());
    let school: Vec<_> = (0..schools).map(|_| g.add_node(())).collect();
    let mut used = vec![false; schools];
    for members in groups {
        let node = g.add_node(());
        g.add_edge(source, node, 1);
        let first = &elig.schools_of[members[0]];
        for &c in first {
            if members[1..]
                .iter()
                .all(|&m| elig.schools_of[m].binary_search(&c).is_ok())
            {
                g.add_edge(node, school[c], 1);
                used[c] = true;
            }
        }
    }
    for c in (0..schools).filter(|&c| used[c]) {
        g.add_edge(school[c], sink, most_at(c));
    }
    let (placed, _) = dinic::max_flow(&g, source, sink);
    let members: Vec<usize> = groups.iter().flat_map(|g| g.iter().copied()).collect();
    let at_least = members.len().saturating_sub(placed as usize * size);
    (at_least > 0).then_some(Unplaced { members, at_least })
}

/// What the unplaced members add to a bound that counts every student at `cheapest`
/// (indexed by student): for each class, its `at_least` members whose cheapest place is
/// dearest cost the unplaced weight instead. Only the classes whose members `counts`.
pub fn extra_cost(
    unplaced: &[Unplaced],
    cheapest: impl Fn(usize) -> f64,
    unplaced_weight: f64,
    counts: impl Fn(&Unplaced) -> bool,
) -> f64 {
    unplaced
        .iter()
        .filter(|u| counts(u))
        .map(|u| {
            let mut extra: Vec<f64> = u
                .members
                .iter()
                .map(|&s| (unplaced_weight - cheapest(s)).max(0.0))
                .collect();
            extra.sort_by(f64::total_cmp);
            extra[..u.at_least.min(extra.len())].iter().sum::<f64>()
        })
        .sum()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::solve::tests::generated;
    use crate::solve::{eligibility, fallback, pins, solve, SolveOptions};
    use crate::testkit::{instance, model, school, student, wpb};

    /// Three bio duos; schools A and B each have one WPB with three seats: six seats, but
    /// only one duo fits at each school.
    pub(crate) fn three_duos_and_odd_seats() -> Instance {
        let mut a = wpb("WA", 0, &["bio"], "ma|wo");
        let mut b = wpb("WB", 1, &["bio"], "ma|wo");
        a.max_students = 3;
        b.max_students = 3;
        let students = (0..6)
            .map(|i| {
                let mut s = student(&format!("S{i}"), 0, "bio");
                s.group = Some(format!("G{}", i / 2));
                s
            })
            .collect();
        instance(
            vec![school("A", &[]), school("B", &[])],
            vec![a, b],
            students,
            30.0,
        )
    }

    fn count(inst: &Instance, m: &Model) -> Vec<Unplaced> {
        let (residual, _, _) = pins::apply_pins(inst, m);
        let elig = eligibility::eligibility(inst, m, &residual);
        unplaced_members(inst, m, &elig, &residual)
    }

    #[test]
    fn a_school_takes_only_whole_groups_so_an_odd_seat_stays_empty() {
        let (inst, m) = (three_duos_and_odd_seats(), model());
        assert_eq!(
            count(&inst, &m),
            vec![Unplaced {
                members: (0..6).collect(),
                at_least: 2
            }]
        );
        // The optimum leaves one duo out; the maximum flow of students places all six.
        let optimum = solve(&inst, &m, &SolveOptions::default()).unwrap();
        assert_eq!(optimum.placements.len(), 4);
        assert_eq!(
            crate::capacity::flow::max_flow(&inst, &m).unplaced_bound(),
            0
        );
    }

    #[test]
    fn a_group_that_spans_two_classes_leaves_both_classes_uncounted() {
        let mut inst = three_duos_and_odd_seats();
        inst.students[5].subject = "math".into();
        inst.supervisors[1].subjects.push("math".into());
        assert_eq!(count(&inst, &model()), vec![]);
    }

    #[test]
    fn a_class_with_a_pinned_member_is_not_counted() {
        let mut inst = three_duos_and_odd_seats();
        inst.students[0].pinned_wpb = Some(0);
        assert_eq!(count(&inst, &model()), vec![]);
    }

    #[test]
    fn the_bound_with_whole_groups_holds_below_the_optimum() {
        let mut counted = 0;
        for seed in 1..=6 {
            let (inst, m) = generated(150, seed, true, true);
            let (residual, _, fixed_cost) = pins::apply_pins(&inst, &m);
            let elig = eligibility::eligibility(&inst, &m, &residual);
            let groups = unplaced_members(&inst, &m, &elig, &residual);
            counted += groups.iter().map(|u| u.at_least).sum::<usize>();
            let flow = crate::capacity::flow::max_flow(&inst, &m);
            let without = fallback::bound_without_lp(&inst, &m, &elig, Some(&flow), &[]);
            let with = fallback::bound_without_lp(&inst, &m, &elig, Some(&flow), &groups);
            let optimum = solve(&inst, &m, &SolveOptions::default()).unwrap();
            assert!(with >= without - 1e-6, "seed {seed}");
            assert!(
                with + fixed_cost <= optimum.solver_objective + 1e-6,
                "seed {seed}: {} above the optimum {}",
                with + fixed_cost,
                optimum.solver_objective
            );
        }
        assert!(counted > 0, "no generated class left a group member out");
    }
}
