//! Each constraint family of the program, tested alone on two to four entities. Every
//! plan is also re-checked by the independent checker.

use super::*;
use crate::checker;
use crate::domain::PaidAppointment;
use crate::testkit::*;

/// Solves, asserts the checker accepts the plan and agrees on the objective, and returns
/// the (student id, WPB id) pairs.
fn plan(instance: &Instance, model: &Model) -> Vec<(String, String)> {
    let solved = solve(instance, model, &SolveOptions::default()).expect("solvable");
    assert_eq!(solved.status, SolveStatus::Optimal);
    let rows = crate::pipeline::plan_rows(instance, &solved);
    let verdict = checker::check_plan(instance, model, &rows);
    assert_eq!(verdict.violations, vec![], "the checker rejects the plan");
    assert!((verdict.objective - solved.solver_objective).abs() < 1e-6);
    assert!(solved.bound <= verdict.objective + 1e-6);
    rows.into_iter().map(|r| (r.student_id, r.wpb_id)).collect()
}

fn pair(s: &str, w: &str) -> (String, String) {
    (s.to_string(), w.to_string())
}

/// A school with these capacities (`None`: no limit).
fn school_of(max_students: Option<u32>, so_hours: Option<f64>) -> crate::domain::School {
    let mut a = school("A", &[]);
    a.max_students = max_students;
    a.so_hours = so_hours;
    a
}

/// A biology WPB at school 0 with these capacities.
fn wpb_of(
    id: &str,
    days: &str,
    max_students: u32,
    max_hours: Option<f64>,
) -> crate::domain::Supervisor {
    let mut w = wpb(id, 0, &["bio"], days);
    w.max_students = max_students;
    w.max_hours = max_hours;
    w
}

/// Biology students of `track`, one per id.
fn bio_students(track: usize, ids: &[&str]) -> Vec<crate::domain::Student> {
    ids.iter().map(|id| student(id, track, "bio")).collect()
}

/// One capacity alone on one school: how many students the optimum places, and why.
macro_rules! capacity_cases {
    ($($name:ident: $school:expr, $wpbs:expr, $students:expr
        => $placed:expr, $why:literal;)*) => {$(
        #[test]
        fn $name() {
            let inst = instance(vec![$school], $wpbs, $students, 30.0);
            assert_eq!(plan(&inst, &model()).len(), $placed, $why);
        }
    )*};
}

capacity_cases! {
    wpb_capacity_limits_the_number_of_students:
        school_of(None, None), vec![wpb_of("W", "ma|wo", 1, None)], bio_students(0, &["S1", "S2"])
        => 1, "one place for two students";
    wpb_capacity_limits_the_facilitation_hours:
        school_of(None, None),
        vec![wpb_of("W", "ma|wo|do", 2, Some(36.0))],
        bio_students(0, &["S1", "S2"])
        => 1, "2 x 36 hours do not fit in 36";
    wpb_facilitation_hours_fit_two_smaller_placements:
        school_of(None, None),
        vec![wpb_of("W", "ma|wo|do", 2, Some(36.0))],
        bio_students(2, &["S1", "S2"])
        => 2, "2 x 18 hours fit in 36";
    school_capacity_limits_the_number_of_students:
        school_of(Some(1), None),
        vec![wpb_of("W1", "ma|wo", 1, None), wpb_of("W2", "ma|wo", 1, None)],
        bio_students(0, &["S1", "S2"])
        => 1, "the school takes one of two";
    school_capacity_limits_the_schoolopleider_hours:
        school_of(None, Some(30.0)),
        vec![wpb_of("W1", "ma|wo|do", 1, None), wpb_of("W2", "ma|wo|do", 1, None)],
        vec![student("S1", 0, "bio"), student("S2", 2, "bio")]
        => 1, "24 + 24 and 24 + 7 SO hours both exceed 30: only one of the two fits";
}

#[test]
fn school_capacity_counts_a_groups_own_so_hours_once() {
    let mut m = model();
    m.tracks[2].so_hours_per_group = 20.0;
    let mut a = school("A", &[]);
    a.so_hours = Some(40.0);
    let mut students = vec![
        student("S1", 2, "bio"),
        student("S2", 2, "bio"),
        student("S3", 2, "bio"),
    ];
    students[0].group = Some("G".into());
    students[1].group = Some("G".into());
    let wpbs = (1..=3)
        .map(|i| wpb(&format!("W{i}"), 0, &["bio"], "do"))
        .collect();
    let inst = instance(vec![a], wpbs, students, 30.0);
    // The group alone costs 7 + 7 + 20 = 34 of 40 hours, the single student 7: both
    // together need 41, so the group (two places) goes and S3 stays unplaced.
    let placed: Vec<String> = plan(&inst, &m).into_iter().map(|(s, _)| s).collect();
    assert_eq!(placed, vec!["S1", "S2"]);
    // Per student only (no group hours) all three would fit in 40.
    m.tracks[2].so_hours_per_group = 0.0;
    assert_eq!(plan(&inst, &m).len(), 3);
}

#[test]
fn pinned_student_with_pinned_wpb_even_when_a_rule_breaks() {
    let m = model();
    let mut pinned = student("S1", 0, "engels");
    pinned.pinned_wpb = Some(0);
    let inst = instance(
        vec![school("A", &[])],
        vec![wpb("W", 0, &["bio"], "ma|wo")],
        vec![pinned, student("S2", 0, "bio")],
        30.0,
    );
    assert_eq!(
        plan(&inst, &m),
        vec![pair("S1", "W")],
        "the pin takes the only place, although W does not teach engels"
    );
}

/// Schools A and B, every journey 30 minutes.
fn at_a_and_b(
    wpbs: Vec<crate::domain::Supervisor>,
    students: Vec<crate::domain::Student>,
) -> Instance {
    instance(
        vec![school("A", &[]), school("B", &[])],
        wpbs,
        students,
        30.0,
    )
}

/// The students as one group, G.
fn group_of<const N: usize>(students: [crate::domain::Student; N]) -> [crate::domain::Student; N] {
    students.map(|mut s| {
        s.group = Some("G".into());
        s
    })
}

#[test]
fn group_at_one_school_or_all_unplaced() {
    let m = model();
    let [s1, s2] = group_of([student("S1", 0, "bio"), student("S2", 0, "engels")]);
    let split = at_a_and_b(
        vec![
            wpb("WA", 0, &["bio"], "ma|wo"),
            wpb("WB", 1, &["engels"], "ma|wo"),
        ],
        vec![s1.clone(), s2.clone()],
    );
    assert_eq!(
        plan(&split, &m),
        vec![],
        "the group cannot be together, so nobody is placed"
    );
    let together = at_a_and_b(
        vec![
            wpb("WA", 0, &["bio"], "ma|wo"),
            wpb("WB1", 1, &["engels"], "ma|wo"),
            wpb("WB2", 1, &["bio"], "ma|wo"),
        ],
        vec![s1, s2],
    );
    assert_eq!(
        plan(&together, &m),
        vec![pair("S1", "WB2"), pair("S2", "WB1")]
    );
}

#[test]
fn group_with_a_pinned_member_follows_the_pin() {
    let m = model();
    let [mut s1, s2] = group_of([student("S1", 0, "bio"), student("S2", 0, "bio")]);
    s1.pinned_wpb = Some(1);
    let mut inst = at_a_and_b(
        vec![
            wpb("WA", 0, &["bio"], "ma|wo"),
            wpb("WB1", 1, &["bio"], "ma|wo"),
            wpb("WB2", 1, &["bio"], "ma|wo"),
        ],
        vec![s1, s2],
    );
    inst.travel.set(1, 0, 10.0, false);
    assert_eq!(
        plan(&inst, &m),
        vec![pair("S1", "WB1"), pair("S2", "WB2")],
        "S2 follows the group to B although A is closer"
    );
    inst.supervisors.pop();
    let err = solve(&inst, &m, &SolveOptions::default()).unwrap_err();
    assert!(
        matches!(err, SolveError::Infeasible(_)),
        "no room for S2 at the pinned school: {err:?}"
    );
}

#[test]
fn paid_appointment_places_at_the_paid_school_even_far_away() {
    let m = model();
    let mut st = student("S", 1, "bio");
    st.paid = Some(PaidAppointment {
        school: Some(1),
        fte: Some(0.3),
    });
    let mut inst = at_a_and_b(
        vec![wpb("WA", 0, &["bio"], "di"), wpb("WB", 1, &["bio"], "di")],
        vec![st],
    );
    inst.travel.set(0, 1, 120.0, false);
    assert_eq!(plan(&inst, &m), vec![pair("S", "WB")]);
}

#[test]
fn objective_prefers_short_travel_listed_preferences_and_certified_wpbs() {
    let m = model();
    let mut st = student("S", 0, "bio");
    st.preferences = vec![Some(1)];
    let mut inst = at_a_and_b(
        vec![
            wpb("WA", 0, &["bio"], "ma|wo"),
            wpb("WB1", 1, &["bio"], "ma|wo"),
            wpb("WB2", 1, &["bio"], "ma|wo"),
        ],
        vec![st],
    );
    // A is 20 minutes closer but unlisted (+25): B wins; at B, the certified WPB.
    inst.travel.set(0, 0, 10.0, false);
    inst.supervisors[1].certified = false;
    assert_eq!(plan(&inst, &m), vec![pair("S", "WB2")]);
}

#[test]
fn a_tie_break_reaches_highs_as_whole_costs_and_comes_back_in_the_objectives_units() {
    let m = model();
    let mut inst = at_a_and_b(
        vec![
            wpb("WA", 0, &["bio"], "ma|wo"),
            wpb("WB", 1, &["bio"], "ma|wo"),
        ],
        vec![student("S", 0, "bio")],
    );
    // B is 10 minutes further: the student goes to A all the same.
    inst.travel.set(0, 1, 40.0, false);
    let (residual, _, _) = pins::apply_pins(&inst, &m);
    let elig = eligibility::eligibility(&inst, &m, &residual);
    // Whole weights and minutes, and 1/40 per student away from school B.
    let prefer = Prefer {
        school: vec![Some(1)],
        weight: 1.0 / 40.0,
    };
    let ablation = Ablation::default();
    let program = build(
        &inst,
        &m,
        &elig,
        &residual,
        false,
        None,
        ablation,
        Some(&prefer),
    );
    assert!(program.whole_objective(40.0).is_some());
    // Times 3 the tie-break is not whole: the objective stays as it is.
    assert!(program.whole_objective(3.0).is_none());
    // A cost past what HiGHS takes as whole: not scaled either.
    assert!(program.whole_objective(1e9).is_none());
    let plain = solve(&inst, &m, &SolveOptions::default()).expect("solvable");
    let options = SolveOptions {
        prefer: Some(prefer),
        ..SolveOptions::default()
    };
    let preferring = solve(&inst, &m, &options).expect("solvable");
    // The tie-break never beats the objective: A, and its 1/40 in the objective's units.
    assert_eq!(
        preferring.placements,
        vec![Placement { student: 0, wpb: 0 }]
    );
    assert_eq!(preferring.status, SolveStatus::Optimal);
    let expected = plain.solver_objective + 1.0 / 40.0;
    assert!((preferring.solver_objective - expected).abs() < 1e-9);
    assert!((preferring.bound - expected).abs() < 1e-9);
}

#[test]
fn time_limit_still_returns_a_checked_plan_with_a_bound() {
    let m = model();
    let inst = instance(
        vec![school("A", &[])],
        vec![wpb("W", 0, &["bio"], "ma|wo")],
        vec![student("S1", 0, "bio")],
        30.0,
    );
    let solved = solve(
        &inst,
        &m,
        &SolveOptions {
            time_limit_seconds: Some(5.0),
            ..SolveOptions::default()
        },
    )
    .unwrap();
    assert_eq!(solved.placements.len(), 1);
    assert!(solved.bound <= solved.solver_objective + 1e-6);
}

/// The capacity left, the eligibility and the LP over every pair of an instance, with the
/// techniques `ablation` names switched off.
pub(super) fn lp_of(
    inst: &Instance,
    m: &Model,
    ablation: Ablation,
) -> (pins::Residual, eligibility::Eligibility, core::LpCore) {
    let (residual, _, _) = pins::apply_pins(inst, m);
    let elig = eligibility::eligibility(inst, m, &residual);
    let relaxed = build(inst, m, &elig, &residual, true, None, ablation, None);
    let lp = core::LpCore::solve(relaxed, None).ok().flatten();
    (residual, elig, lp.expect("the LP solves"))
}

/// The LP bound of the program with the techniques `without` names switched off.
fn lp_bound_without(inst: &Instance, m: &Model, without: &str) -> f64 {
    lp_of(inst, m, Ablation::parse(without).unwrap()).2.bound
}

#[test]
fn a_wpb_seats_at_most_its_seats_of_a_group() {
    // A group of four. At A one certified seat and three uncertified ones; at B three
    // certified seats and one uncertified. Whole, the group pays one uncertified seat at
    // B. The LP without the rule sends a quarter of it to A, on A's certified seat, and
    // three quarters to B, on B's: no uncertified seat at all.
    let mut m = model();
    m.tracks[0].wpb_hours = 0.0;
    let seats = |id: &str, school: usize, n: u32, certified: bool| {
        let mut w = wpb(id, school, &["bio"], "ma|wo");
        w.max_students = n;
        w.certified = certified;
        w
    };
    let wpbs = vec![
        seats("WA1", 0, 1, true),
        seats("WA2", 0, 3, false),
        seats("WB1", 1, 3, true),
        seats("WB2", 1, 1, false),
    ];
    let students = group_of(["S1", "S2", "S3", "S4"].map(|id| student(id, 0, "bio")));
    let inst = at_a_and_b(wpbs, students.to_vec());
    let placed = plan(&inst, &m);
    assert_eq!(placed.len(), 4);
    assert!(placed.iter().filter(|(_, w)| w == "WB2").count() == 1);
    let optimum = solve(&inst, &m, &SolveOptions::default())
        .unwrap()
        .solver_objective;
    let with_rule = lp_bound_without(&inst, &m, "");
    let without_rule = lp_bound_without(&inst, &m, "wpb-group-cuts");
    let uncertified = m.weights.uncertified_wpb;
    assert!(
        (with_rule - optimum).abs() < 1e-6,
        "{with_rule} vs {optimum}"
    );
    assert!(
        (without_rule - (optimum - uncertified)).abs() < 1e-6,
        "{without_rule}"
    );
}

#[test]
fn the_wpb_group_rows_keep_every_plan_so_the_optimum_stays() {
    for seed in [6, 7] {
        let (inst, m) = generated(120, seed, true, true);
        let without = SolveOptions {
            ablation: Ablation::parse("wpb-group-cuts").unwrap(),
            ..SolveOptions::default()
        };
        let a = solve(&inst, &m, &SolveOptions::default()).unwrap();
        let b = solve(&inst, &m, &without).unwrap();
        assert_eq!(
            (a.status, b.status),
            (SolveStatus::Optimal, SolveStatus::Optimal)
        );
        assert!(
            (a.solver_objective - b.solver_objective).abs() < 1e-6,
            "seed {seed}: {} vs {}",
            a.solver_objective,
            b.solver_objective
        );
        assert!(
            lp_bound_without(&inst, &m, "") >= lp_bound_without(&inst, &m, "wpb-group-cuts") - 1e-6
        );
    }
}

#[test]
fn big_groups_do_not_hang_the_seating_search() {
    // Two groups of eight at one school with seven WPBs of two places: before the
    // search broke symmetry and had a budget, this took minutes.
    let mut m = model();
    m.tracks[0].wpb_hours = 0.0;
    let wpbs: Vec<_> = (0..7)
        .map(|i| {
            let mut w = wpb(&format!("W{i}"), 0, &["bio"], "ma|wo");
            w.max_students = 2;
            w
        })
        .collect();
    let students: Vec<_> = (0..16)
        .map(|i| {
            let mut s = student(&format!("S{i:02}"), 0, "bio");
            s.group = Some(format!("G{}", i / 8));
            s
        })
        .collect();
    let inst = instance(vec![school("A", &[])], wpbs, students, 30.0);
    assert_eq!(plan(&inst, &m).len(), 8, "one group of eight fits, not two");
}

/// Reads a generated instance, in a temporary folder; `groups` false empties its group
/// column (groups send the solve past the core).
pub(crate) fn generated(
    students: usize,
    seed: u64,
    tight: bool,
    groups: bool,
) -> (Instance, Model) {
    let options = crate::generate::GenerateOptions {
        students,
        schools: 6,
        seed,
        tight,
        coordinates_only: false,
        group_share: None,
    };
    let without_groups = |name: &str, text: String| {
        if name != "students.csv" || groups {
            return text;
        }
        let mut lines = text.lines();
        let header = lines.next().unwrap().to_string();
        let rows = lines.map(|l| l.rsplit_once(',').unwrap().0.to_string() + ",");
        std::iter::once(header)
            .chain(rows)
            .collect::<Vec<_>>()
            .join("\n")
    };
    let model_path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("models/hos.toml");
    let loaded = load_generated(&options, without_groups, Some(&model_path));
    (loaded.instance, loaded.model)
}

fn generated_without_groups(students: usize, seed: u64, tight: bool) -> (Instance, Model) {
    generated(students, seed, tight, false)
}

#[test]
fn the_reduced_cost_core_finds_the_optimum_of_the_whole_program() {
    for (seed, tight) in [(1, false), (2, true), (3, true), (4, false)] {
        let (inst, m) = generated_without_groups(150, seed, tight);
        assert!(inst.students.iter().all(|s| s.group.is_none()));
        // An empty first core makes the second program do the work.
        let first_core = if seed % 2 == 0 {
            f64::NEG_INFINITY
        } else {
            core::FIRST_CORE
        };
        let core = solve_from_core(&inst, &m, &SolveOptions::default(), first_core).unwrap();
        let whole = SolveOptions {
            ablation: Ablation {
                no_core: true,
                ..Ablation::default()
            },
            ..SolveOptions::default()
        };
        let whole = solve(&inst, &m, &whole).unwrap();
        assert_eq!(core.status, SolveStatus::Optimal, "seed {seed}");
        assert!(
            (core.solver_objective - whole.solver_objective).abs() < 1e-6,
            "seed {seed}: core {} whole {}",
            core.solver_objective,
            whole.solver_objective
        );
        assert!((core.bound - core.solver_objective).abs() < 1e-6);
        let rows = crate::pipeline::plan_rows(&inst, &core);
        let verdict = checker::check_plan(&inst, &m, &rows);
        assert_eq!(verdict.violations, vec![]);
        assert!((verdict.objective - core.solver_objective).abs() < 1e-6);
    }
}

#[test]
fn the_time_limit_fallbacks_are_the_heuristic_plan_and_a_bound_below_the_optimum() {
    for (seed, tight, groups) in [(5, false, false), (6, true, false), (7, true, true)] {
        let (inst, m) = generated(120, seed, tight, groups);
        let (residual, pinned, fixed_cost) = pins::apply_pins(&inst, &m);
        let elig = eligibility::eligibility(&inst, &m, &residual);
        let relaxed = relaxed_program(&inst, &m, &elig, &residual);
        let lp = core::LpCore::solve(relaxed, None)
            .ok()
            .flatten()
            .expect("an LP");
        for guide in [Some(lp.guide()), None] {
            let (placements, objective) =
                heuristic::plan(&inst, &m, &elig, &residual, guide.as_ref(), None, None)
                    .expect("a plan");
            let pairs: Vec<(usize, usize)> = pinned
                .iter()
                .chain(&placements)
                .map(|p| (p.student, p.wpb))
                .collect();
            let rows = crate::pipeline::plan_rows_of(&inst, &pairs);
            let verdict = checker::check_plan(&inst, &m, &rows);
            assert_eq!(verdict.violations, vec![], "seed {seed}");
            assert!((verdict.objective - (objective + fixed_cost)).abs() < 1e-6);
            let optimum = solve(&inst, &m, &SolveOptions::default()).unwrap();
            assert!(optimum.solver_objective <= verdict.objective + 1e-6);
            let bound = fallback::bound_without_lp(&inst, &m, &elig, None, &[]) + fixed_cost;
            assert!(bound <= optimum.solver_objective + 1e-6);
            let flow = crate::capacity::flow::max_flow(&inst, &m);
            let capacity =
                fallback::bound_without_lp(&inst, &m, &elig, Some(&flow), &[]) + fixed_cost;
            assert!(capacity <= optimum.solver_objective + 1e-6);
            assert!(capacity >= bound - 1e-6);
            assert!(lp.bound + fixed_cost <= optimum.solver_objective + 1e-6);
        }
    }
}

#[test]
fn the_heuristic_moves_a_placed_group_aside_to_seat_a_group_that_fits_nowhere_else() {
    // Two duos, two seats at each school; the second duo may only go to A, where the
    // first (tied between A and B) lands first.
    let mut a = wpb("WA", 0, &["bio"], "ma|wo");
    let mut b = wpb("WB", 1, &["bio"], "ma|wo");
    a.max_students = 2;
    b.max_students = 2;
    let mut students = bio_students(0, &["D1a", "D1b", "D2a", "D2b"]);
    for (i, s) in students.iter_mut().enumerate() {
        s.group = Some(if i < 2 { "G1" } else { "G2" }.to_string());
        if i >= 2 {
            s.excluded_schools = vec![1];
        }
    }
    let inst = instance(
        vec![school("A", &[]), school("B", &[])],
        vec![a, b],
        students,
        30.0,
    );
    let m = model();
    let (residual, _, _) = pins::apply_pins(&inst, &m);
    let elig = eligibility::eligibility(&inst, &m, &residual);
    let (placements, _) =
        heuristic::plan(&inst, &m, &elig, &residual, None, None, None).expect("a plan");
    let pairs: Vec<(usize, usize)> = placements.iter().map(|p| (p.student, p.wpb)).collect();
    assert_eq!(pairs, vec![(0, 1), (1, 1), (2, 0), (3, 0)]);
    let rows = crate::pipeline::plan_rows_of(&inst, &pairs);
    assert_eq!(checker::check_plan(&inst, &m, &rows).violations, vec![]);
}

/// Runs `test` with the inputs of every program of `inst`.
pub(super) fn with_inputs<T>(
    inst: &Instance,
    m: &Model,
    test: impl FnOnce(&ProgramInputs) -> T,
) -> T {
    let (residual, _, _) = pins::apply_pins(inst, m);
    let elig = eligibility::eligibility(inst, m, &residual);
    test(&ProgramInputs {
        instance: inst,
        model: m,
        elig: &elig,
        residual: &residual,
        ablation: Ablation::default(),
        prefer: None,
    })
}

/// Two schools with a bio and a math WPB each; the plan of the two tests below places the
/// first bio student and the math student at school B and leaves the second bio student out.
fn a_bio_student_left_unplaced() -> (Instance, Model) {
    let wpbs = vec![
        wpb("B0", 0, &["bio"], "ma|wo"),
        wpb("B1", 1, &["bio"], "ma|wo"),
        wpb("M0", 0, &["math"], "ma|wo"),
        wpb("M1", 1, &["math"], "ma|wo"),
    ];
    let students = vec![
        student("bio placed", 0, "bio"),
        student("bio unplaced", 0, "bio"),
        student("math placed", 0, "math"),
    ];
    let inst = instance(
        vec![school("A", &[]), school("B", &[])],
        wpbs,
        students,
        30.0,
    );
    (inst, model())
}

#[test]
fn the_neighbourhood_of_the_unplaced_frees_their_class_and_keeps_everyone_else() {
    let (inst, m) = a_bio_student_left_unplaced();
    with_inputs(&inst, &m, |at| {
        let plan = [
            Placement { student: 0, wpb: 1 },
            Placement { student: 2, wpb: 3 },
        ];
        let near = vec![vec![true, true]; 3];
        let pairs = rins::around_the_unplaced(at, &plan, &near);
        assert_eq!(
            pairs,
            vec![vec![true, true], vec![true, true], vec![false, true]]
        );
        // The LP's reduced costs still leave out what no good plan uses, but never a kept seat.
        let near = vec![vec![true, false]; 3];
        let pairs = rins::around_the_unplaced(at, &plan, &near);
        assert_eq!(
            pairs,
            vec![vec![true, true], vec![true, false], vec![false, true]]
        );
    });
}

#[test]
fn the_program_beside_rins_holds_both_neighbourhoods_and_stands_aside_once_settled() {
    let (inst, m) = a_bio_student_left_unplaced();
    with_inputs(&inst, &m, |at| {
        let Ok(Some(lp)) =
            core::LpCore::solve(relaxed_program(&inst, &m, at.elig, at.residual), None)
        else {
            panic!("the LP has a solution");
        };
        let plan = vec![
            Placement { student: 0, wpb: 1 },
            Placement { student: 2, wpb: 3 },
        ];
        let heuristic = (plan.clone(), f64::INFINITY);
        let beside = rins::Beside::new(at, &lp, Some(&heuristic), 5.0);
        let near = lp.pairs_within(8.0);
        let around = rins::around_the_unplaced(at, &plan, &near);
        for (s, row) in around.iter().enumerate() {
            for (i, &free) in row.iter().enumerate() {
                assert!(!free || beside.pairs[s][i], "student {s}, school {i}");
            }
        }
        // The heuristic plan's own pairs, so that HiGHS starts from it.
        assert!(beside.pairs[0][1] && beside.pairs[2][1]);
        let settled = AtomicBool::new(true);
        assert!(beside.run(at, &settled).unwrap().is_none());
        settled.store(false, Ordering::Relaxed);
        let (found, _) = beside.run(at, &settled).unwrap().expect("a plan");
        assert_eq!(found.len(), 3, "the unplaced student is placed: {found:?}");
    });
}

#[test]
fn the_maximum_flow_comes_with_a_solve_unless_the_caller_has_no_use_for_it() {
    let (inst, m) = generated(60, 3, false, true);
    let with = solve(&inst, &m, &SolveOptions::default()).unwrap();
    let flow = with.capacity_flow.expect("found beside the solve");
    assert_eq!(
        flow.placed,
        crate::capacity::flow::max_flow(&inst, &m).placed
    );
    let options = SolveOptions {
        without_flow: true,
        ..SolveOptions::default()
    };
    let without = solve(&inst, &m, &options).unwrap();
    assert!(
        without.capacity_flow.is_none(),
        "the LP was whole: no flow needed"
    );
    assert_eq!(without.placements, with.placements);
}

/// A national solve without an LP starts the heuristic from the maximum flow's plan. A
/// seat taken first by A is the only one B has: the flow moves A aside, and the heuristic
/// keeps both placed; a pinned student is the pin's, not the flow's.
#[test]
fn the_heuristic_started_from_the_maximum_flow_keeps_what_the_flow_places() {
    let schools = vec![school("X", &["havo"]), school("Y", &["havo"])];
    let wpbs = vec![
        wpb("W1", 0, &["biologie", "engels"], "ma|wo"),
        wpb("W2", 1, &["biologie"], "ma|wo"),
        wpb("W3", 1, &["engels"], "ma|wo"),
    ];
    let mut pinned = student("P", 0, "engels");
    pinned.pinned_wpb = Some(2);
    let students = vec![
        student("A", 0, "biologie"),
        student("B", 0, "engels"),
        pinned,
    ];
    let inst = instance(schools, wpbs, students, 10.0);
    let m = model();
    let flow = crate::capacity::flow::max_flow(&inst, &m);
    assert_eq!(flow.wpb_of, vec![Some(1), Some(0), Some(2)]);
    let wanted = first_plan::as_start_from_flow(&inst, &flow);
    assert_eq!(wanted, vec![Some(1), Some(0), None]);
    let (residual, _, _) = pins::apply_pins(&inst, &m);
    let elig = eligibility::eligibility(&inst, &m, &residual);
    let (plan, _) =
        heuristic::plan(&inst, &m, &elig, &residual, None, Some(&wanted), None).expect("a plan");
    let mut placed: Vec<(usize, usize)> = plan.iter().map(|p| (p.student, p.wpb)).collect();
    placed.sort();
    assert_eq!(placed, vec![(0, 1), (1, 0)]);
}

#[test]
fn the_whole_program_starts_only_with_time_for_its_presolve() {
    let now = std::time::Instant::now();
    assert!(super::time_for_the_whole(None, now, 10_000_000));
    assert!(super::time_for_the_whole(Some(10.0), now, 176_000));
    // 176,000 pairs need 3.5 s; 2 s left is too little.
    assert!(!super::time_for_the_whole(Some(2.0), now, 176_000));
    assert!(super::time_for_the_whole(Some(2.0), now, 1_785));
}

#[test]
fn a_priced_program_starts_only_with_time_for_its_presolve_and_root_lp() {
    let now = std::time::Instant::now();
    assert!(super::time_for_the_priced(None, now, 1e-3, 10_000_000));
    // 300,000 pairs at pricing's pace of 5e-5 s per pair: 6 s of presolve and 15 s of LP.
    assert!(super::time_for_the_priced(Some(30.0), now, 5e-5, 300_000));
    // 6.5 s covers the presolve alone (the whole program's rule would start it).
    assert!(super::time_for_the_whole(Some(6.5), now, 300_000));
    assert!(!super::time_for_the_priced(Some(6.5), now, 5e-5, 300_000));
}
