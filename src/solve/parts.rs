//! A bound for the whole problem from its parts, for a national instance whose LP does not
//! finish: the students split into parts (one subject and track each, then one subject
//! each, joined where a group spans two), each part's LP solved on its own with all the
//! capacity. Every plan, kept to
//! one part's students, is a plan of that part, and the objective adds up over students, so
//! the parts' bounds add up to a bound of the whole. Where classes share no WPB it is the
//! LP's own bound; it counts what the maximum flow does not: whole groups and hours.

use super::types::{solve_error, SolveError};
use super::{
    build, core, eligibility, fallback, pinned_eligibility, pricing, whole_groups, Ablation,
    ProgramInputs,
};
use crate::cost::{student_school_cost, wpb_cost};
use crate::domain::{Instance, Model};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::time::Instant;

/// The share of what is left that a national solve gives its parts' LPs: the integer
/// program after them does not improve a national plan in the time left (20,000 students,
/// `--time-limit 1200`: 535 s at its root from the heuristic's plan found none better).
pub const SHARE: f64 = 0.9;

/// Seconds the parts by subject and track take per student, side by side on 2 cores
/// (20,000 students: 110 parts in 23.4 s; the 16 subjects after them take about as long).
const SECONDS_PER_STUDENT: f64 = 1.2e-3;

/// Whether `seconds` is enough for the parts of `students` students to beat the maximum
/// flow's bound: a third of what all of them take. With less, too few finish (20,000
/// students, third stop: 30 of 110 parts in 7.9 s gave 1.2 M against the flow's 3.1 M).
/// At half, `--time-limit 30` (11.5 s left) and on a slow night 60 (11.9 s) kept the
/// flow's 3.13 M; at a third they reach 5.19 M, a gap of 10.5 % instead of 46 %.
pub fn worth_running(students: usize, seconds: Option<f64>) -> bool {
    seconds.is_none_or(|s| s >= 0.35 * SECONDS_PER_STUDENT * students as f64)
}

/// A lower bound on the objective of every plan (the pins' cost included). First one part
/// per subject and track, side by side (rayon), the largest first; then, in the time left,
/// one part per subject, whose LP replaces its tracks' sum where solved. A part whose
/// students all fit at their cheapest places needs no LP; a part whose LP is not solved by
/// `deadline` counts each of its students at their cheapest place.
pub fn bound_by_parts(
    at: &ProgramInputs,
    groups: &[whole_groups::Unplaced],
    plan: Option<&[Option<usize>]>,
    deadline: Option<Instant>,
) -> f64 {
    let started = Instant::now();
    let instance = at.instance;
    let whole = Whole {
        at,
        cheapest: cheapest_per_student(instance, at.model, at.elig),
        groups,
        plan,
    };
    let bound_each = |parts: &[Vec<usize>]| -> Vec<Option<f64>> {
        parts
            .par_iter()
            .map(|students| whole.bound_of(students, deadline))
            .collect()
    };
    let mut fine = parts(instance, Grain::SubjectAndTrack);
    whole.in_solving_order(&mut fine);
    let fine_bounds: Vec<f64> = fine
        .iter()
        .zip(bound_each(&fine))
        .map(|(students, b)| b.unwrap_or_else(|| whole.floor(students)))
        .collect();
    // Then, in the time left, a part per subject: a finer part lies inside one of them, and
    // a subject's own LP, where solved, replaces the sum of its finer parts' bounds.
    let coarse = parts(instance, Grain::Subject);
    let mut coarse_of = vec![0; instance.students.len()];
    for (i, students) in coarse.iter().enumerate() {
        for &s in students {
            coarse_of[s] = i;
        }
    }
    let mut from_fine = vec![(0.0, 0); coarse.len()];
    for (students, b) in fine.iter().zip(&fine_bounds) {
        let c = &mut from_fine[coarse_of[students[0]]];
        c.0 += b;
        c.1 += 1;
    }
    // Only subjects of several finer parts gain; the smallest first, so most finish.
    let mut wider: Vec<usize> = (0..coarse.len()).filter(|&i| from_fine[i].1 > 1).collect();
    wider.sort_by_key(|&i| coarse[i].len());
    let wider_parts: Vec<Vec<usize>> = wider.iter().map(|&i| coarse[i].clone()).collect();
    let mut by_subject: Vec<f64> = from_fine.iter().map(|&(b, _)| b).collect();
    for (&i, b) in wider.iter().zip(bound_each(&wider_parts)) {
        if let Some(b) = b {
            by_subject[i] = by_subject[i].max(b);
        }
    }
    let total = by_subject.iter().sum();
    if std::env::var_os("STAGEPLAN_HIGHS_LOG").is_some() {
        eprintln!(
            "stageplan: bound from {} parts, {} subjects: {total:.1} in {:.2} s",
            fine.len(),
            coarse.len(),
            started.elapsed().as_secs_f64()
        );
    }
    total
}

/// Per student: a free one's cheapest place (or unplaced when that is cheaper), a pinned
/// one's cost at its WPB.
fn cheapest_per_student(
    instance: &Instance,
    model: &Model,
    elig: &eligibility::Eligibility,
) -> Vec<f64> {
    let mut cheapest = fallback::cheapest_by_student(instance, model, elig);
    for (s, student) in instance.students.iter().enumerate() {
        if let Some(w) = student.pinned_wpb {
            let c = instance.supervisors[w].school;
            cheapest[s] = student_school_cost(instance, model, s, c) + wpb_cost(instance, model, w);
        }
    }
    cheapest
}

/// What every part is bounded from: the whole instance, each student's cheapest place and
/// the group members every plan leaves unplaced.
struct Whole<'a> {
    at: &'a ProgramInputs<'a>,
    cheapest: Vec<f64>,
    groups: &'a [whole_groups::Unplaced],
    /// A plan's WPB per student, whose schools each part's pricing starts with.
    plan: Option<&'a [Option<usize>]>,
}

impl Whole<'_> {
    /// The part's students at their cheapest places, its groups' unplaced members at the
    /// unplaced weight: a bound that needs no LP. A class lies within one part.
    fn floor(&self, students: &[usize]) -> f64 {
        let cheapest: f64 = students.iter().map(|&s| self.cheapest[s]).sum();
        let weight = self.at.model.weights.unplaced;
        let inside = |u: &whole_groups::Unplaced| u.within(students);
        cheapest + whole_groups::extra_cost(self.groups, |s| self.cheapest[s], weight, inside)
    }

    /// The largest parts first, since they take longest; but a part whose floor already
    /// counts its whole groups' unplaced gains least from its LP, so those go last
    /// (`20000-coords`: HALO-2's floor 4,022,600, its LP 4,032,086 after 11 s of a core; the
    /// bound at `--time-limit 60` 5,211,000 and 5,239,000 → 5,280,000 and 5,287,000).
    fn in_solving_order(&self, parts: &mut [Vec<usize>]) {
        let counted = |students: &[usize]| self.groups.iter().any(|u| u.within(students));
        parts.sort_by_cached_key(|p| (counted(p), std::cmp::Reverse(p.len())));
    }

    /// The bound of one part: its floor when its students all fit there, else its LP's
    /// bound when solved by `deadline`.
    fn bound_of(&self, students: &[usize], deadline: Option<Instant>) -> Option<f64> {
        let floor = self.floor(students);
        if self.fits_at_the_cheapest(students) {
            return Some(floor);
        }
        let left = deadline.map(|d| d.saturating_duration_since(Instant::now()).as_secs_f64());
        if left.is_some_and(|l| l <= 0.0) {
            return None;
        }
        let seed: Option<Vec<Option<usize>>> = self
            .plan
            .map(|plan| students.iter().map(|&s| plan[s]).collect());
        match priced_bound(
            &self.at.instance.of_students(students),
            self.at.model,
            seed.as_deref(),
            deadline,
        ) {
            Ok(Some(bound)) => Some(bound.max(floor)),
            _ => None,
        }
    }

    /// True when every free student of a part without groups finds a WPB with room at a
    /// place as cheap as its cheapest, one after the other, in the capacity all pins leave
    /// (less than the part alone has): the part's optimum is then its floor.
    fn fits_at_the_cheapest(&self, students: &[usize]) -> bool {
        let (instance, model, elig) = (self.at.instance, self.at.model, self.at.elig);
        if students
            .iter()
            .any(|&s| instance.students[s].group.is_some())
        {
            return false;
        }
        let mut room = self.at.residual.room.clone();
        for &s in students {
            let Some(k) = elig.class_of[s] else {
                continue; // pinned: its cost is its own
            };
            if self.cheapest[s] >= model.weights.unplaced {
                continue; // unplaced is its cheapest
            }
            let class = &elig.classes[k];
            let at = elig.schools_of[s].iter().find_map(|&c| {
                let there = student_school_cost(instance, model, s, c);
                class.wpbs_at_school(c).iter().copied().find(|&w| {
                    there + wpb_cost(instance, model, w) <= self.cheapest[s] + 1e-9
                        && room.fits(instance, model, s, w)
                })
            });
            match at {
                Some(w) => room.take(instance, model, s, w),
                None => return false,
            }
        }
        true
    }
}

/// A part's LP bound without building its every pair: priced from each unit's cheapest
/// schools (see `pricing`). When pricing completes it is the LP's own bound, else the
/// Lagrangian bound of its last round, which holds as well. A part's students reach most
/// of the country's schools, but its LP uses few of them: `20000-coords`' parts by
/// subject and track took 0.01 to 0.11 s each instead of 0.02 to 0.33 s, and all the parts
/// 34.6 to 46.8 s instead of 57.8 to 60.9 s, for a bound lower by at most 19 (of 5.39 M).
fn priced_bound(
    instance: &Instance,
    model: &Model,
    seed: Option<&[Option<usize>]>,
    deadline: Option<Instant>,
) -> Result<Option<f64>, SolveError> {
    let (residual, elig, fixed_cost) = pinned_eligibility(instance, model)?;
    let solve_lp = |pairs: &[Vec<bool>], left: Option<f64>| {
        let ablation = Ablation::default();
        let program = build(
            instance,
            model,
            &elig,
            &residual,
            true,
            Some(pairs),
            ablation,
            None,
        );
        core::LpCore::solve(program, left)
    };
    let start = pricing::START_SCHOOLS;
    let priced = pricing::priced_lp(
        instance,
        model,
        &elig,
        &residual,
        start,
        seed,
        CLOSE_ENOUGH,
        deadline,
        solve_lp,
    )
    .map_err(solve_error)?;
    Ok(priced.map(|p| p.held.bound + fixed_cost))
}

/// A part's pricing ends once its bound is this close to its LP (objective units: a minute
/// of travel). Its last rounds add a pair or five and move the LP by less
/// (`20000-coords`, the 920 students of one subject and track: LP 36,121.5 in its last
/// four rounds, bounds 35,855.5 to 36,120.5), and the parts are many.
const CLOSE_ENOUGH: f64 = 1.0;

/// How finely the students are split.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Grain {
    /// One part per subject and track: small LPs, all of them done in time.
    SubjectAndTrack,
    /// One part per subject: the tracks of a subject share its WPBs, so its LP counts
    /// them once, where the finer parts count them once per track.
    Subject,
}

/// Students by subject (and track), with the parts a group spans joined; ascending.
pub(super) fn parts(instance: &Instance, grain: Grain) -> Vec<Vec<usize>> {
    let mut part_of: BTreeMap<(&str, usize), usize> = BTreeMap::new();
    let mut parent: Vec<usize> = Vec::new();
    fn root(parent: &mut [usize], mut p: usize) -> usize {
        while parent[p] != p {
            parent[p] = parent[parent[p]];
            p = parent[p];
        }
        p
    }
    let mut of_student = Vec::with_capacity(instance.students.len());
    let mut group_part: BTreeMap<&str, usize> = BTreeMap::new();
    for student in &instance.students {
        let key = match grain {
            Grain::SubjectAndTrack => (student.subject.as_str(), student.track),
            Grain::Subject => (student.subject.as_str(), 0),
        };
        let p = *part_of.entry(key).or_insert_with(|| {
            parent.push(parent.len());
            parent.len() - 1
        });
        if let Some(g) = &student.group {
            let q = *group_part.entry(g.as_str()).or_insert(p);
            let (a, b) = (root(&mut parent, p), root(&mut parent, q));
            parent[a.max(b)] = a.min(b);
        }
        of_student.push(p);
    }
    let mut by_root: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (s, &p) in of_student.iter().enumerate() {
        let r = root(&mut parent, p);
        by_root.entry(r).or_default().push(s);
    }
    by_root.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::super::{
        eligibility, pins, solve, tests::generated, tests::with_inputs, SolveOptions,
    };
    use super::*;
    use crate::testkit::*;

    /// The bound from the parts, from nothing but the instance.
    fn from_parts(inst: &Instance, m: &Model) -> (f64, f64) {
        let (residual, _, _) = pins::apply_pins(inst, m);
        let elig = eligibility::eligibility(inst, m, &residual);
        let floor = cheapest_per_student(inst, m, &elig).iter().sum();
        let groups = whole_groups::unplaced_members(inst, m, &elig, &residual);
        (
            bound_by_parts(&inputs(inst, m, &elig, &residual), &groups, None, None),
            floor,
        )
    }

    fn inputs<'a>(
        instance: &'a Instance,
        model: &'a Model,
        elig: &'a eligibility::Eligibility,
        residual: &'a pins::Residual,
    ) -> ProgramInputs<'a> {
        ProgramInputs {
            instance,
            model,
            elig,
            residual,
            ablation: Default::default(),
            prefer: None,
        }
    }

    /// `whole_groups`'s three duos with six seats in odd numbers, and one math student.
    fn duos_and_a_math_student() -> (Instance, Model) {
        let duos = whole_groups::tests::three_duos_and_odd_seats();
        let mut wpbs = duos.supervisors.clone();
        wpbs.push(wpb("WM", 0, &["math"], "ma|wo"));
        let mut students = duos.students.clone();
        students.push(student("M", 0, "math"));
        (
            instance(duos.schools.clone(), wpbs, students, 30.0),
            model(),
        )
    }

    #[test]
    fn a_part_whose_lp_is_not_solved_in_time_still_counts_its_whole_groups() {
        let (inst, m) = duos_and_a_math_student();
        // No time at all: no part's LP runs.
        let (bound, cheapest) = with_inputs(&inst, &m, |at| {
            let cheapest = cheapest_per_student(&inst, &m, at.elig);
            let groups = whole_groups::unplaced_members(&inst, &m, at.elig, at.residual);
            (
                bound_by_parts(at, &groups, None, Some(Instant::now())),
                cheapest,
            )
        });
        // Two duo members stay out (whole_groups); both cost the unplaced weight.
        let expected = cheapest.iter().sum::<f64>() + 2.0 * (m.weights.unplaced - cheapest[0]);
        assert!(
            (bound - expected).abs() < 1e-6,
            "{bound} against {expected}"
        );
        let optimum = solve(&inst, &m, &SolveOptions::default()).expect("a plan");
        assert!(bound <= optimum.solver_objective + 1e-6);
    }

    #[test]
    fn parts_whose_floor_counts_whole_groups_are_solved_last() {
        let (inst, m) = duos_and_a_math_student();
        let fine = with_inputs(&inst, &m, |at| {
            let groups = whole_groups::unplaced_members(&inst, &m, at.elig, at.residual);
            let whole = Whole {
                at,
                cheapest: cheapest_per_student(&inst, &m, at.elig),
                groups: &groups,
                plan: None,
            };
            let mut fine = parts(&inst, Grain::SubjectAndTrack);
            whole.in_solving_order(&mut fine);
            fine
        });
        assert_eq!(fine, vec![vec![6], (0..6).collect()]);
    }

    #[test]
    fn the_bound_from_the_parts_holds_below_the_optimum() {
        let mut above_the_cheapest = 0;
        for (seed, tight, groups) in [(1, true, false), (2, true, true), (3, false, true)] {
            let (inst, m) = generated(150, seed, tight, groups);
            assert!(
                parts(&inst, Grain::SubjectAndTrack).len() > 1,
                "seed {seed}: one part only"
            );
            let optimum = solve(&inst, &m, &SolveOptions::default()).expect("a plan");
            let (bound, floor) = from_parts(&inst, &m);
            assert!(
                bound <= optimum.solver_objective + 1e-6,
                "seed {seed}: {bound} above the optimum {}",
                optimum.solver_objective
            );
            assert!(bound >= floor - 1e-6);
            if bound > floor + 1.0 {
                above_the_cheapest += 1;
            }
        }
        assert!(above_the_cheapest > 0, "no part's LP counted any capacity");
    }

    #[test]
    fn an_instance_of_one_part_is_bounded_by_its_whole_lp() {
        let (mut inst, m) = generated(150, 2, true, true);
        let (subject, track) = (inst.students[0].subject.clone(), inst.students[0].track);
        for student in &mut inst.students {
            student.subject = subject.clone();
            student.track = track;
            student.pinned_wpb = None;
        }
        assert_eq!(parts(&inst, Grain::SubjectAndTrack).len(), 1);
        let lp = super::super::lp_bound(&inst, &m, None)
            .unwrap()
            .expect("an LP");
        let (bound, floor) = from_parts(&inst, &m);
        assert!(
            lp > floor + 1.0,
            "the capacity does not bind: {lp} vs {floor}"
        );
        assert!((bound - lp).abs() < 1e-6, "{bound} vs the LP's {lp}");
    }

    #[test]
    fn a_parts_priced_bound_is_its_lps_bound_with_the_pins_cost_within_close_enough() {
        // Twenty schools: each unit starts from six, so pricing has pairs to add.
        let options = crate::generate::GenerateOptions {
            students: 200,
            schools: 20,
            seed: 4,
            tight: true,
            coordinates_only: false,
            group_share: Some(0.1),
        };
        let loaded = load_generated(&options, |_, text| text, None);
        let (inst, m) = (loaded.instance, loaded.model);
        assert!(inst.students.iter().any(|s| s.pinned_wpb.is_some()));
        assert!(inst.students.iter().any(|s| s.group.is_some()));
        let lp = super::super::lp_bound(&inst, &m, None)
            .unwrap()
            .expect("an LP");
        let priced = priced_bound(&inst, &m, None, None)
            .unwrap()
            .expect("a priced LP");
        let slack = 1e-6 * lp.abs();
        assert!(
            priced <= lp + slack && priced >= lp - CLOSE_ENOUGH - slack,
            "{priced} vs the LP's {lp}"
        );
    }

    #[test]
    fn a_subject_counts_the_wpb_its_tracks_share_once() {
        let schools = vec![school("X", &["havo"])];
        let wpbs = vec![wpb("W1", 0, &["biologie"], "ma|di|wo|do")];
        // Tracks T (ma|wo) and H (do): two parts by track, one by subject.
        let students = vec![student("A", 0, "biologie"), student("B", 2, "biologie")];
        let inst = instance(schools, wpbs, students, 10.0);
        let m = model();
        assert_eq!(parts(&inst, Grain::SubjectAndTrack).len(), 2);
        assert_eq!(parts(&inst, Grain::Subject).len(), 1);
        // Each track alone has the one place; together one of them stays unplaced.
        let (bound, floor) = from_parts(&inst, &m);
        assert_eq!(floor, 20.0);
        assert_eq!(bound, 10.0 + m.weights.unplaced);
    }

    #[test]
    fn parts_follow_subject_and_track_and_a_group_joins_two() {
        let schools = vec![school("X", &["havo"])];
        let wpbs = vec![wpb("W1", 0, &["biologie", "engels"], "ma|wo")];
        let mut students = vec![
            student("A", 0, "biologie"),
            student("B", 0, "engels"),
            student("C", 0, "biologie"),
        ];
        let apart = instance(schools.clone(), wpbs.clone(), students.clone(), 10.0);
        assert_eq!(
            parts(&apart, Grain::SubjectAndTrack),
            vec![vec![0, 2], vec![1]]
        );
        students[0].group = Some("G".into());
        students[1].group = Some("G".into());
        let joined = instance(schools, wpbs, students, 10.0);
        assert_eq!(parts(&joined, Grain::SubjectAndTrack), vec![vec![0, 1, 2]]);
    }

    #[test]
    fn a_part_whose_students_fit_at_their_cheapest_places_needs_no_lp() {
        let schools = vec![school("X", &["havo"]), school("Y", &["havo"])];
        let both = vec![
            wpb("W1", 0, &["biologie"], "ma|wo"),
            wpb("W2", 1, &["biologie"], "ma|wo"),
        ];
        let students = vec![student("A", 0, "biologie"), student("B", 0, "biologie")];
        let fits = |wpbs: Vec<crate::domain::Supervisor>| {
            let inst = instance(schools.clone(), wpbs, students.clone(), 10.0);
            let m = model();
            let (residual, _, _) = pins::apply_pins(&inst, &m);
            let elig = eligibility::eligibility(&inst, &m, &residual);
            let at = inputs(&inst, &m, &elig, &residual);
            let whole = Whole {
                at: &at,
                cheapest: cheapest_per_student(&inst, &m, &elig),
                groups: &[],
                plan: None,
            };
            whole.fits_at_the_cheapest(&[0, 1])
        };
        assert!(fits(both.clone()), "a WPB each at equal cost");
        assert!(!fits(vec![both[0].clone()]), "one place for two students");
    }
}
