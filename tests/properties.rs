//! Property tests on tiny random instances: the optimiser's objective equals a
//! brute-force oracle's (which enumerates every plan and asks the independent checker),
//! every plan passes the checker, and metamorphic properties hold.

mod common;

use proptest::prelude::*;
use stageplan::checker::{check_plan, PlanRow};
use stageplan::domain::*;
use stageplan::input::{model_file::parse_model, problem::Problems};
use stageplan::pipeline::plan_rows;
use stageplan::solve::{solve, SolveOptions, SolveStatus};

const MODEL: &str = concat!(
    r#"
name = "property tests"
travel_limit_minutes = 90
[[institutes]]
id = "I"
[[tracks]]
id = "T"
institute = "I"
days = ["ma", "wo"]
wpb_hours = 36
so_hours = 24
so_hours_per_group = 5
[[tracks]]
id = "P"
institute = "I"
days = ["di"]
wpb_hours = 36
so_hours = 24
paid_min_fte = 0.1
paid_max_fte = 0.4
[[tracks]]
id = "H"
institute = "I"
days = ["do"]
wpb_hours = 18
so_hours = 7
so_hours_per_group = 20
"#,
    crate::weights_toml!()
);

fn model() -> Model {
    parse_model("model.toml", MODEL, &mut Problems::default()).expect("test model")
}

const SUBJECTS: [&str; 2] = ["biologie", "engels"];
const TYPES: [&str; 3] = ["havo", "vmbo", "vwo"];

fn days(bits: u8) -> Days {
    let d: Vec<Weekday> = Weekday::ALL
        .iter()
        .copied()
        .enumerate()
        .filter(|(i, _)| bits & (1 << i) != 0)
        .map(|(_, d)| d)
        .collect();
    Days::of(&d)
}

prop_compose! {
    fn arb_school(i: usize)(t in 0..3usize, max in prop::option::of(1..4u32), so in prop::option::of(prop::sample::select(vec![20.0, 31.0, 48.0, 60.0]))) -> School {
        School { id: format!("C{i}"), name: format!("C{i}"), types: vec![TYPES[t].into()], postcode: None, location: None, max_students: max, so_hours: so }
    }
}

prop_compose! {
    fn arb_wpb(i: usize, schools: usize)(school in 0..schools, subj in 1..4u8, bits in 1..32u8, max in 1..3u32, hours in prop::option::of(prop::sample::select(vec![18.0, 36.0, 54.0])), certified in any::<bool>()) -> Supervisor {
        let subjects = SUBJECTS.iter().enumerate().filter(|(k, _)| subj & (1 << k) != 0).map(|(_, s)| s.to_string()).collect();
        Supervisor { id: format!("W{i}"), name: format!("W{i}"), school, subjects, days: days(bits | 0b1010), max_students: max, max_hours: hours, certified }
    }
}

prop_compose! {
    fn arb_student(i: usize, schools: usize)(
        track in 0..3usize, subj in 0..2usize,
        previous in prop::option::of(0..schools),
        prefs in prop::collection::vec(0..schools, 0..3),
        excluded in prop::option::of(0..schools),
        paid in prop::option::of((0..schools, prop::sample::select(vec![0.2, 0.5]))),
        group in prop::option::of(0..2u8),
    ) -> Student {
        let mut preferences: Vec<Option<usize>> = Vec::new();
        for p in prefs { if !preferences.contains(&Some(p)) { preferences.push(Some(p)); } }
        Student {
            id: format!("S{i}"), name: format!("S{i}"), track, subject: SUBJECTS[subj].into(), postcode: None, location: None,
            previous_school: previous, preferences, excluded_schools: excluded.into_iter().collect(),
            paid: paid.map(|(school, fte)| PaidAppointment { school: Some(school), fte: Some(fte) }),
            pinned_wpb: None, group: group.map(|g| format!("G{g}")),
        }
    }
}

fn arb_instance() -> impl Strategy<Value = Instance> {
    (1..4usize, 1..5usize, 1..6usize).prop_flat_map(|(nc, nw, ns)| {
        let schools: Vec<_> = (0..nc).map(arb_school).collect();
        let wpbs: Vec<_> = (0..nw).map(|i| arb_wpb(i, nc)).collect();
        let students: Vec<_> = (0..ns).map(|i| arb_student(i, nc)).collect();
        let minutes = prop::collection::vec(
            prop::sample::select(vec![15.0, 40.0, 85.0, 95.0, f64::INFINITY]),
            nc * ns,
        );
        (schools, wpbs, students, minutes).prop_map(
            move |(schools, supervisors, students, minutes)| {
                let nc = schools.len();
                let travel = TravelMatrix::given(students.len(), nc, |s, c| minutes[s * nc + c]);
                Instance::new(schools, supervisors, students, travel)
            },
        )
    })
}

/// The least objective over every plan the checker accepts: (WPBs + 1) ^ students plans.
fn oracle(instance: &Instance, model: &Model) -> f64 {
    let n = instance.students.len();
    let options = instance.supervisors.len() + 1;
    let mut best = f64::INFINITY;
    let mut choice = vec![0usize; n];
    loop {
        let rows: Vec<PlanRow> = choice
            .iter()
            .enumerate()
            .filter(|(_, &o)| o > 0)
            .map(|(s, &o)| {
                let w = &instance.supervisors[o - 1];
                PlanRow {
                    line: s + 2,
                    student_id: instance.students[s].id.clone(),
                    school_id: instance.schools[w.school].id.clone(),
                    wpb_id: w.id.clone(),
                }
            })
            .collect();
        let verdict = check_plan(instance, model, &rows);
        if verdict.violations.is_empty() {
            best = best.min(verdict.objective);
        }
        let mut i = 0;
        while i < n && choice[i] + 1 == options {
            choice[i] = 0;
            i += 1;
        }
        if i == n {
            return best;
        }
        choice[i] += 1;
    }
}

fn optimum(instance: &Instance, model: &Model) -> f64 {
    let solved =
        solve(instance, model, &SolveOptions::default()).expect("no pins: always solvable");
    assert_eq!(solved.status, SolveStatus::Optimal);
    let verdict = check_plan(instance, model, &plan_rows(instance, &solved));
    assert_eq!(
        verdict.violations,
        vec![],
        "the optimiser's plan breaks a rule"
    );
    assert!(
        (verdict.objective - solved.solver_objective).abs() < 1e-6,
        "solver and checker disagree"
    );
    assert!(
        solved.bound <= verdict.objective + 1e-6,
        "bound above the plan"
    );
    verdict.objective
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 160, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn optimiser_matches_brute_force_oracle(instance in arb_instance()) {
        let m = model();
        let got = optimum(&instance, &m);
        let want = oracle(&instance, &m);
        prop_assert!((got - want).abs() < 1e-6, "optimiser {got}, oracle {want}");
    }

    #[test]
    fn raising_a_capacity_never_worsens_the_objective(instance in arb_instance(), w in 0..4usize, c in 0..3usize) {
        let m = model();
        let before = optimum(&instance, &m);
        let mut more = instance.clone();
        let w = w % more.supervisors.len();
        more.supervisors[w].max_students += 1;
        more.supervisors[w].max_hours = more.supervisors[w].max_hours.map(|h| h + 36.0);
        let c = c % more.schools.len();
        more.schools[c].max_students = more.schools[c].max_students.map(|n| n + 1);
        more.schools[c].so_hours = more.schools[c].so_hours.map(|h| h + 24.0);
        prop_assert!(optimum(&more, &m) <= before + 1e-6);
    }

    #[test]
    fn removing_a_student_never_makes_it_infeasible(instance in arb_instance(), s in 0..5usize) {
        let m = model();
        let before = optimum(&instance, &m);
        let mut fewer = instance.clone();
        let s = s % fewer.students.len();
        fewer.students.remove(s);
        let mut travel = TravelMatrix::unknown(fewer.students.len(), fewer.schools.len());
        for (i, old) in (0..instance.students.len()).filter(|&i| i != s).enumerate() {
            for c in 0..fewer.schools.len() {
                match instance.travel.minutes(old, c) {
                    Some(m) => travel.set(i, c, m, false),
                    None => travel.set_no_journey(i, c),
                }
            }
        }
        fewer.travel = travel;
        prop_assert!(optimum(&fewer, &m) <= before + 1e-6);
    }

    #[test]
    fn the_same_input_gives_the_same_plan(instance in arb_instance()) {
        let m = model();
        let a = solve(&instance, &m, &SolveOptions::default()).unwrap().placements;
        let b = solve(&instance, &m, &SolveOptions::default()).unwrap().placements;
        prop_assert_eq!(a, b);
    }
}

/// The instance with every hour limit removed: only the count capacities bind.
fn counts_only(instance: &Instance) -> Instance {
    let mut i = instance.clone();
    for w in &mut i.supervisors {
        w.max_hours = None;
    }
    for c in &mut i.schools {
        c.so_hours = None;
    }
    i
}

fn optimiser_unplaced(instance: &Instance, m: &Model) -> usize {
    let solved = solve(instance, m, &SolveOptions::default()).expect("no pins: always solvable");
    instance.students.len() - solved.placements.len()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 160, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn the_flow_bound_never_exceeds_the_optimisers_unplaced(instance in arb_instance()) {
        let m = model();
        let counts = counts_only(&instance);
        let bound = stageplan::explain::flow::max_flow(&counts, &m).unplaced_bound();
        prop_assert!(bound <= optimiser_unplaced(&counts, &m), "counts only: bound {bound}");
        // With hours the relaxation (hours as a count by the lightest track) stays a bound.
        let bound = stageplan::explain::flow::max_flow(&instance, &m).unplaced_bound();
        prop_assert!(bound <= optimiser_unplaced(&instance, &m), "with hours: bound {bound}");
    }

    #[test]
    fn without_groups_and_hours_the_flow_bound_is_exact(instance in arb_instance()) {
        let m = model();
        let mut plain = counts_only(&instance);
        for s in &mut plain.students {
            s.group = None;
        }
        let bound = stageplan::explain::flow::max_flow(&plain, &m).unplaced_bound();
        prop_assert_eq!(bound, optimiser_unplaced(&plain, &m));
    }
}
