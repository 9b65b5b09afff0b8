//! One fixture per known cause: the exact reason code, and the exact bottleneck.

use super::change::Change;
use super::flow::Limit;
use super::*;
use crate::domain::{Instance, Model};
use crate::lang::Lang;
use crate::pipeline::solve_and_check;
use crate::solve::SolveOptions;
use crate::testkit::*;

/// Solves, checks and diagnoses; returns the diagnosis.
fn diagnosed(inst: &Instance, m: &Model, verify_top: usize) -> Diagnosis {
    let outcome = solve_and_check(inst, m, &SolveOptions::default()).expect("solvable");
    diagnose(
        inst,
        m,
        &outcome.verdict.placed,
        outcome.verdict.objective,
        None,
        &DiagnoseOptions {
            verify_top,
            // The fixtures assert the English sentences.
            lang: crate::lang::Lang::En,
            ..DiagnoseOptions::default()
        },
    )
}

fn code_of(d: &Diagnosis, s: usize) -> &'static str {
    d.reasons
        .iter()
        .find(|r| r.student == s)
        .map(|r| r.code)
        .expect("unplaced")
}

/// One biologie student on track T (ma|wo) and the given WPBs at schools A and B.
fn one_student(wpbs: Vec<crate::domain::Supervisor>, minutes: f64) -> Instance {
    instance(
        vec![school("A", &["havo"]), school("B", &["vmbo"])],
        wpbs,
        vec![student("S", 0, "biologie")],
        minutes,
    )
}

#[test]
fn subject_missing_is_rule_1() {
    let inst = one_student(vec![wpb("W", 0, &["engels"], "ma|wo")], 30.0);
    let d = diagnosed(&inst, &model(), 0);
    assert_eq!(code_of(&d, 0), "R1_WPB_TEACHES_SUBJECT");
    assert!(
        d.reasons[0].reason.contains("0 WPBs teach it"),
        "{}",
        d.reasons[0].reason
    );
    assert!(d.bottlenecks.is_empty());
}

#[test]
fn days_mismatch_is_rule_2() {
    let inst = one_student(vec![wpb("W", 0, &["biologie"], "ma|di")], 30.0);
    let d = diagnosed(&inst, &model(), 0);
    assert_eq!(code_of(&d, 0), "R2_WPB_PRESENT_ON_STAGE_DAYS");
    assert!(d.reasons[0]
        .reason
        .contains("1 WPBs teach it, 0 are at school on ma|wo"));
}

#[test]
fn travel_is_rule_3_and_the_suggested_limit_places_the_student() {
    let inst = one_student(vec![wpb("W", 0, &["biologie"], "ma|wo")], 97.0);
    let d = diagnosed(&inst, &model(), 3);
    assert_eq!(code_of(&d, 0), "R3_TRAVEL_WITHIN_LIMIT");
    assert!(d.reasons[0].reason.contains("0 within 90 minutes"));
    assert!(d.bottlenecks.is_empty());
    let top = &d.suggestions[0];
    assert_eq!(top.change, Change::TravelLimit { minutes: 100.0 });
    assert_eq!((top.gain, top.proven_best), (1, true));
}

#[test]
fn previous_school_is_rule_4() {
    let mut inst = one_student(vec![wpb("W", 1, &["biologie"], "ma|wo")], 30.0);
    inst.students[0].previous_school = Some(1);
    let d = diagnosed(&inst, &model(), 0);
    assert_eq!(code_of(&d, 0), "R4_NOT_PREVIOUS_SCHOOL");
    assert!(d.reasons[0].reason.contains("0 not at the previous school"));
    assert!(d.bottlenecks.is_empty());
}

/// Three biologie students, two WPBs of one place each at A, an engels WPB at B.
fn three_for_two() -> Instance {
    instance(
        vec![school("A", &["havo"]), school("B", &["vmbo"])],
        vec![
            wpb("W1", 0, &["biologie"], "ma|wo"),
            wpb("W2", 0, &["biologie"], "ma|wo|do"),
            wpb("W3", 1, &["engels"], "ma|wo"),
        ],
        vec![
            student("S1", 0, "biologie"),
            student("S2", 0, "biologie"),
            student("S3", 0, "biologie"),
            student("S4", 0, "engels"),
        ],
        30.0,
    )
}

#[test]
fn capacity_names_the_bottleneck_of_full_wpbs() {
    let inst = three_for_two();
    let d = diagnosed(&inst, &model(), 0);
    assert_eq!(d.reasons.len(), 1);
    let s = d.reasons[0].student;
    assert_eq!(code_of(&d, s), "R5_R6_CAPACITY");
    assert_eq!(d.bottlenecks.len(), 1);
    let b = &d.bottlenecks[0];
    assert_eq!(b.students, vec![0, 1, 2]);
    assert_eq!((b.places, b.blocked), (2, 1));
    let wpbs: Vec<usize> = b.full_wpbs.iter().map(|&(w, _)| w).collect();
    assert_eq!(wpbs, vec![0, 1]);
    assert!(b.full_schools.is_empty());
    assert!(
        d.reasons[0].reason.contains("all of them are full: WPB W1 (room for 1), WPB W2 (room for 1); bottleneck B1: 3 students (biologie T ma|wo: 3) compete for 2 places at WPB W1 (room for 1), WPB W2 (room for 1)"),
        "{}",
        d.reasons[0].reason
    );
}

#[test]
fn capacity_names_a_school_whose_so_hours_are_used_up() {
    let mut inst = three_for_two();
    inst.supervisors[0].max_students = 3;
    inst.schools[0].so_hours = Some(50.0);
    let d = diagnosed(&inst, &model(), 0);
    assert_eq!(d.reasons.len(), 1);
    let b = &d.bottlenecks[0];
    assert!(b.full_wpbs.is_empty());
    assert_eq!(b.full_schools.len(), 1);
    let (c, cap) = b.full_schools[0];
    assert_eq!((c, cap.places), (0, 2));
    assert_eq!(
        cap.limit,
        Limit::Hours {
            hours: 50.0,
            per_student: 24.0
        }
    );
    assert!(d.reasons[0].reason.contains("SO hours used up"));
}

#[test]
fn a_wpb_out_of_hours_is_a_bottleneck_and_more_hours_is_the_suggestion() {
    let mut inst = three_for_two();
    inst.supervisors[1].subjects = vec!["engels".into()];
    inst.supervisors[0].max_students = 3;
    inst.supervisors[0].max_hours = Some(72.0);
    let m = model();
    let d = diagnosed(&inst, &m, 3);
    assert_eq!(d.reasons.len(), 1);
    assert_eq!(code_of(&d, d.reasons[0].student), "R5_R6_CAPACITY");
    let b = &d.bottlenecks[0];
    assert_eq!((b.students.clone(), b.places), (vec![0, 1, 2], 2));
    assert_eq!(b.full_wpbs.len(), 1);
    assert!(matches!(b.full_wpbs[0].1.limit, Limit::Hours { .. }));
    let top = &d.suggestions[0];
    assert_eq!(
        top.change,
        Change::WpbPlace {
            wpb: 0,
            place: false,
            hours: 36.0
        }
    );
    assert_eq!(top.gain, 1);
    assert_eq!(
        top.change.describe(&inst, &m, Lang::En),
        "+36 hours for WPB W1 (W1) at school A"
    );
}

#[test]
fn a_group_that_cannot_fit_at_one_school_is_rule_9() {
    let mut inst = instance(
        vec![school("A", &["havo"]), school("B", &["vmbo"])],
        vec![
            wpb("W1", 0, &["biologie"], "ma|wo"),
            wpb("W2", 1, &["biologie"], "ma|wo"),
        ],
        vec![student("S1", 0, "biologie"), student("S2", 0, "biologie")],
        30.0,
    );
    for s in &mut inst.students {
        s.group = Some("G".into());
    }
    let d = diagnosed(&inst, &model(), 3);
    assert_eq!(d.reasons.len(), 2);
    assert_eq!(code_of(&d, 0), "R9_GROUP_AT_ONE_SCHOOL");
    assert_eq!(code_of(&d, 1), "R9_GROUP_AT_ONE_SCHOOL");
    assert!(d.bottlenecks.is_empty(), "the flow ignores groups");
    assert_eq!(d.flow.unplaced_bound(), 0);
    let top = &d.suggestions[0];
    assert_eq!(top.change, Change::SplitGroup { group: "G".into() });
    assert_eq!(top.gain, 2);
}

#[test]
fn the_top_suggestions_claimed_gain_equals_a_full_re_solve() {
    let inst = three_for_two();
    let m = model();
    let outcome = solve_and_check(&inst, &m, &SolveOptions::default()).unwrap();
    for full_resolve_students in [0, 100] {
        let options = DiagnoseOptions {
            verify_top: 3,
            full_resolve_students,
            lang: crate::lang::Lang::En,
            seconds: None,
            log: None,
        };
        let (placed, objective) = (&outcome.verdict.placed, outcome.verdict.objective);
        let d = diagnose(&inst, &m, placed, objective, None, &options);
        assert_eq!(d.full_resolve, full_resolve_students > 0);
        let top = d.suggestions.first().expect("a suggestion");
        let (changed, changed_model) = top.change.apply(&inst, &m);
        let again = solve_and_check(&changed, &changed_model, &SolveOptions::default()).unwrap();
        assert_eq!(
            top.gain,
            again.verdict.placed.len() as i64 - placed.len() as i64
        );
        assert!(again.verdict.objective <= top.objective_after + 1e-9);
        if d.full_resolve {
            assert_eq!(top.objective_after, again.verdict.objective);
        }
    }
}

#[test]
fn hours_limit_a_wpb_by_the_lightest_track() {
    let mut inst = three_for_two();
    inst.supervisors[0].max_students = 3;
    inst.supervisors[0].max_hours = Some(40.0);
    let flow = flow::max_flow(&inst, &model());
    assert_eq!(flow.wpb_capacity[0].places, 1);
    assert!(matches!(flow.wpb_capacity[0].limit, Limit::Hours { .. }));
    assert_eq!(flow.placed, 3, "two biologie places and the engels one");
}

#[test]
fn explain_says_why_here_and_why_not_elsewhere_in_both_languages() {
    let inst = three_for_two();
    let m = model();
    let outcome = solve_and_check(&inst, &m, &SolveOptions::default()).unwrap();
    let placed = &outcome.verdict.placed;
    let s = placed.iter().find(|p| p.0 < 3).unwrap().0;
    let nl = student::explain(&inst, &m, placed, s, Lang::Nl);
    assert!(nl.contains("Geplaatst op school A (A)"), "{nl}");
    assert!(nl.contains("B (B): uitgesloten door regel 1"), "{nl}");
    let en = student::explain(&inst, &m, placed, s, Lang::En);
    assert!(en.contains("Placed at school A (A)"), "{en}");
    assert!(en.contains("full in this plan: WPB"), "{en}");
    let out = unplaced_of(&inst, placed)[0];
    let why = student::explain(&inst, &m, placed, out, Lang::En);
    assert!(why.contains("Not placed. Reason R5_R6_CAPACITY"), "{why}");
    assert!(
        why.contains(
            "one more place for WPB W1 (W1) at school A: places 1 more student, this one included"
        ),
        "{why}"
    );
}

#[test]
fn a_flow_the_solve_computed_gives_the_same_diagnosis() {
    let inst = three_for_two();
    let m = model();
    let outcome = solve_and_check(&inst, &m, &SolveOptions::default()).expect("solvable");
    let options = DiagnoseOptions {
        verify_top: 1,
        lang: Lang::En,
        ..DiagnoseOptions::default()
    };
    let placed = &outcome.verdict.placed;
    let objective = outcome.verdict.objective;
    let own = diagnose(&inst, &m, placed, objective, None, &options);
    let known = Some(flow::max_flow(&inst, &m));
    let reused = diagnose(&inst, &m, placed, objective, known, &options);
    assert_eq!(
        format!("{:?}", own.reasons),
        format!("{:?}", reused.reasons)
    );
    assert_eq!(own.bottlenecks, reused.bottlenecks);
    assert_eq!(own.suggestions.len(), reused.suggestions.len());
    assert_eq!(own.suggestions[0].gain, reused.suggestions[0].gain);
}

/// A generated instance of `students` students at 8 schools, read as `solve` reads it.
fn generated(
    students: usize,
    seed: u64,
    tight: bool,
    group_share: Option<f64>,
) -> crate::input::Loaded {
    let options = crate::generate::GenerateOptions {
        students,
        schools: 8,
        seed,
        tight,
        coordinates_only: false,
        group_share,
    };
    load_generated(&options, |_, text| text, None)
}

/// The flow through hubs (`capacity::flow`) against the network it stands for, one edge
/// per allowed (student, WPB) pair: the same number placed and the same residual cut, on
/// generated instances with scarce and ample capacity.
#[test]
fn the_hub_network_places_and_cuts_as_one_edge_per_pair() {
    use petgraph::algo::dinics;
    use petgraph::graph::DiGraph;
    for (seed, tight) in [(1, true), (2, true), (3, false), (4, true)] {
        let loaded = generated(400, seed, tight, None);
        let (inst, m) = (&loaded.instance, &loaded.model);
        let hubs = flow::max_flow(inst, m);
        let (ns, nw, nc) = (
            inst.students.len(),
            inst.supervisors.len(),
            inst.schools.len(),
        );
        let mut g: DiGraph<(), u64> = DiGraph::new();
        let nodes: Vec<_> = (0..ns + nw + nc + 2).map(|_| g.add_node(())).collect();
        let (source, sink) = (nodes[ns + nw + nc], nodes[ns + nw + nc + 1]);
        for s in 0..ns {
            g.add_edge(source, nodes[s], 1);
            for &w in &hubs.allowed[s] {
                g.add_edge(nodes[s], nodes[ns + w], 1);
            }
        }
        for (w, wpb) in inst.supervisors.iter().enumerate() {
            let places = hubs.wpb_capacity[w].places;
            g.add_edge(nodes[ns + w], nodes[ns + nw + wpb.school], places);
        }
        for c in 0..nc {
            g.add_edge(nodes[ns + nw + c], sink, hubs.school_capacity[c].places);
        }
        let (placed, flows) = dinics(&g, source, sink);
        let seen = flow::residual_reach(&g, &flows, source);
        assert_eq!(hubs.placed, placed, "seed {seed}");
        assert!(placed < ns as u64 || !tight, "seed {seed}: nobody left out");
        assert_eq!(hubs.student_cut, seen[..ns].to_vec(), "seed {seed}");
        assert_eq!(hubs.wpb_cut, seen[ns..ns + nw].to_vec(), "seed {seed}");
        assert_eq!(
            hubs.school_cut,
            seen[ns + nw..ns + nw + nc].to_vec(),
            "seed {seed}"
        );
        let carried = hubs.wpb_of.iter().flatten().count() as u64;
        assert_eq!(
            carried, placed,
            "seed {seed}: every unit of flow has its WPB"
        );
        for (s, w) in hubs.wpb_of.iter().enumerate() {
            if let Some(w) = w {
                assert!(hubs.allowed[s].contains(w), "seed {seed}: {s} at {w}");
            }
        }
        // The flow started from a seed: what Dinic added and undid sums to a flow that
        // keeps every capacity and carries each student to its WPB.
        let mut at_school = vec![0; nc];
        for (w, wpb) in inst.supervisors.iter().enumerate() {
            let carried = hubs.wpb_of.iter().filter(|&&x| x == Some(w)).count() as u64;
            assert_eq!(hubs.wpb_flow[w], carried, "seed {seed}: WPB {w}");
            assert!(
                carried <= hubs.wpb_capacity[w].places,
                "seed {seed}: WPB {w}"
            );
            at_school[wpb.school] += carried;
        }
        for c in 0..nc {
            assert_eq!(hubs.school_flow[c], at_school[c], "seed {seed}: school {c}");
            assert!(
                at_school[c] <= hubs.school_capacity[c].places,
                "seed {seed}"
            );
        }
    }
}

/// Diagnoses `three_for_two` with 100 s for the suggestions, once as if its maximum flow
/// took `flow_seconds` and once with the real (instant) flow; both in English with
/// diagnosis.md.
fn with_a_slow_flow(flow_seconds: f64, verify_top: usize) -> [(Diagnosis, String); 2] {
    let inst = three_for_two();
    let m = model();
    let outcome = solve_and_check(&inst, &m, &SolveOptions::default()).expect("solvable");
    let mut slow = flow::max_flow(&inst, &m);
    slow.seconds = flow_seconds;
    let options = DiagnoseOptions {
        verify_top,
        lang: Lang::En,
        seconds: Some(100.0),
        ..DiagnoseOptions::default()
    };
    let (placed, objective) = (&outcome.verdict.placed, outcome.verdict.objective);
    [Some(slow), None].map(|flow| {
        let d = diagnose(&inst, &m, placed, objective, flow, &options);
        let md = String::from_utf8(files::diagnosis_md(&d, &inst, &m)).unwrap();
        (d, md)
    })
}

#[test]
fn no_suggestion_is_verified_when_its_re_solve_would_end_past_the_time_given() {
    // A flow that took half the time given: the re-solve's setup (`SETUP_FLOWS`) and a
    // flow's time for HiGHS would end past the deadline.
    let [(d, md), (quick, _)] = with_a_slow_flow(50.0, 1);
    assert!(d.suggestions.is_empty());
    assert_eq!(d.out_of_time, 1);
    let late = "1 of the best 1 could not be verified within the diagnosis's time";
    assert!(md.contains(late), "{md}");
    assert_eq!(quick.suggestions.len(), 1);
    assert_eq!(quick.out_of_time, 0);
}

#[test]
fn a_change_whose_gain_the_ranking_knows_is_verified_with_a_flow_and_its_setup_left() {
    // 100 s given, a flow of 45 s: half a flow kept for the setup, ranking 10 s, and
    // the place the ranking found needs no flow of its own before its re-solve (the
    // national case: 60 s gave four verified suggestions where three flows' reserve gave
    // none).
    let [(d, _), (quick, _)] = with_a_slow_flow(45.0, 1);
    assert_eq!(d.suggestions.len(), 1, "{:?}", d.out_of_time);
    assert_eq!(d.suggestions[0].gain, quick.suggestions[0].gain);
    assert_eq!(d.out_of_time, 0);
}

#[test]
fn no_candidate_is_listed_when_the_time_given_is_shorter_than_two_flows() {
    let [(d, md), (quick, _)] = with_a_slow_flow(60.0, 3);
    assert!(d.suggestions.is_empty());
    assert_eq!((d.candidates, d.out_of_time), (0, 3));
    assert_eq!(d.none_in_time, Some((100.0, 60.0)));
    let none = "No candidates considered: the diagnosis's time (100.0 s) is shorter than two \
                runs of the maximum flow (60.0 s)";
    assert!(md.contains(none), "{md}");
    assert!(!md.contains("candidates considered, the best"), "{md}");
    // With time for one flow more, the candidates are listed and ranked as before.
    assert_eq!(quick.none_in_time, None);
    assert!(quick.candidates > 0);
}

/// Ranking estimates a candidate by augmenting the base flow where the change only adds
/// room: the same numbers as a flow from scratch, for every candidate of generated
/// instances with scarce and ample capacity and with groups.
#[test]
fn a_ranking_estimate_equals_the_estimate_from_a_flow_from_scratch() {
    let mut augmented = 0;
    let mut considered = 0;
    for (seed, tight, group_share) in [(1, true, None), (3, false, None), (8, true, Some(0.3))] {
        let loaded = generated(300, seed, tight, group_share);
        let (inst, m) = (&loaded.instance, &loaded.model);
        let placed = crate::greedy::greedy(inst, m);
        let flow = flow::max_flow(inst, m);
        let base = verify::Base {
            placed: &placed,
            objective: 0.0,
            allowed: &flow.allowed,
            model: m,
        };
        let bottlenecks = bottleneck::bottlenecks(inst, &flow);
        let unplaced = unplaced_of(inst, &placed);
        let ranking = suggest::Ranking::of(inst, m, &base, &flow);
        for change in candidates::candidates(inst, m, &flow, &bottlenecks, &unplaced) {
            let (full, (changed, m2), after) = suggest::estimate(inst, m, &base, &flow, &change);
            let mut scratch = inst.clone();
            let quick =
                suggest::ranking_estimate(inst, m, &base, &flow, &ranking, &change, &mut scratch);
            assert_eq!(quick, full, "seed {seed}: {change:?}");
            // A change raised in the copy is taken back.
            assert!(scratch.supervisors == inst.supervisors && scratch.schools == inst.schools);
            considered += 1;
            let extra =
                crate::capacity::augment::extra_placed(&flow, &changed, &m2, &after.allowed, 32);
            augmented += usize::from(extra.is_some());
        }
    }
    // Most candidates add room, so the test covers the augmenting paths, not only the
    // flows from scratch.
    assert!(augmented * 2 > considered, "{augmented} of {considered}");
}
