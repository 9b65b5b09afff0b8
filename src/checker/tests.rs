//! Every rule of the checker, caught alone in a hand-made plan.

use super::*;
use crate::domain::PaidAppointment;
use crate::testkit::*;

fn row(line: usize, s: &str, c: &str, w: &str) -> PlanRow {
    PlanRow {
        line,
        student_id: s.into(),
        school_id: c.into(),
        wpb_id: w.into(),
    }
}

/// Two schools, three WPBs, two students of track T (ma|wo) in biologie.
fn base() -> (Instance, Model) {
    let inst = instance(
        vec![school("A", &["havo"]), school("B", &["havo", "vwo"])],
        vec![
            wpb("WA", 0, &["biologie"], "ma|wo"),
            wpb("WB", 1, &["biologie"], "ma|wo"),
            wpb("WX", 1, &["engels"], "ma|di"),
        ],
        vec![student("S1", 0, "biologie"), student("S2", 0, "biologie")],
        30.0,
    );
    (inst, model())
}

/// S1 with WA at A: the plan most rules are caught in.
fn s1_at_a() -> [PlanRow; 1] {
    [row(2, "S1", "A", "WA")]
}

/// S1 at A and S2 at B, each with the school's biologie WPB.
fn both_placed() -> [PlanRow; 2] {
    [row(2, "S1", "A", "WA"), row(3, "S2", "B", "WB")]
}

/// The plan breaks `rule` (its number and name) and nothing else.
#[track_caller]
fn breaks_only(inst: &Instance, m: &Model, rows: &[PlanRow], rule: (u8, &str)) {
    assert_eq!(rules_broken(inst, m, rows), vec![rule]);
}

fn rules_broken(inst: &Instance, m: &Model, rows: &[PlanRow]) -> Vec<(u8, &'static str)> {
    check_plan(inst, m, rows)
        .violations
        .iter()
        .map(|v| (v.rule, v.name))
        .collect()
}

#[test]
fn a_valid_plan_passes_and_its_objective_is_recomputed() {
    let (inst, m) = base();
    let v = check_plan(&inst, &m, &both_placed());
    assert!(v.violations.is_empty());
    assert_eq!(v.objective, 60.0);
    let v = check_plan(&inst, &m, &s1_at_a());
    assert_eq!(v.objective, 10030.0);
}

#[test]
fn rule_0_plan_rows_must_name_known_people_consistently() {
    let (inst, m) = base();
    let rows = [
        row(2, "S9", "A", "WA"),
        row(3, "S1", "A", "W9"),
        row(4, "S1", "A", "WB"),
        row(5, "S2", "B", "WB"),
        row(6, "S2", "A", "WA"),
    ];
    let names: Vec<&str> = rules_broken(&inst, &m, &rows).iter().map(|r| r.1).collect();
    assert_eq!(
        names,
        vec![
            "known_student",
            "known_wpb",
            "wpb_works_at_school",
            "one_wpb_per_student"
        ]
    );
}

#[test]
fn rule_1_wpb_teaches_subject() {
    let (inst, m) = base();
    assert_eq!(
        rules_broken(&inst, &m, &[row(2, "S1", "B", "WX")])[0],
        (1, "wpb_teaches_subject")
    );
}

#[test]
fn rule_2_wpb_present_on_stage_days() {
    let (mut inst, m) = base();
    inst.supervisors[0].days = crate::input::cells::parse_days("ma|di").unwrap();
    breaks_only(&inst, &m, &s1_at_a(), (2, "wpb_present_on_stage_days"));
}

#[test]
fn rule_3_travel_within_limit() {
    let (mut inst, m) = base();
    inst.travel.set(0, 0, 91.0, false);
    breaks_only(&inst, &m, &s1_at_a(), (3, "travel_within_limit"));
}

#[test]
fn rule_3_no_journey_is_out_of_reach_whatever_the_limit() {
    let (mut inst, mut m) = base();
    inst.travel.set_no_journey(0, 0);
    m.travel_limit_minutes = None;
    breaks_only(&inst, &m, &s1_at_a(), (3, "travel_within_limit"));
}

#[test]
fn rule_6_a_group_costs_its_school_its_own_so_hours_once() {
    let (mut inst, mut m) = base();
    m.tracks[0].so_hours_per_group = 10.0;
    inst.students[0].group = Some("G".into());
    inst.students[1].group = Some("G".into());
    inst.supervisors[0].max_students = 2;
    let rows = [row(2, "S1", "A", "WA"), row(3, "S2", "A", "WA")];
    // 24 + 24 + 10 once = 58.
    inst.schools[0].so_hours = Some(58.0);
    assert_eq!(rules_broken(&inst, &m, &rows), vec![]);
    inst.schools[0].so_hours = Some(57.0);
    breaks_only(&inst, &m, &rows, (6, "school_capacity"));
}

#[test]
fn rule_4_not_previous_school_and_not_excluded_school() {
    let (mut inst, m) = base();
    inst.students[0].previous_school = Some(0);
    inst.students[1].excluded_schools = vec![1];
    let broken = rules_broken(&inst, &m, &both_placed());
    assert_eq!(
        broken,
        vec![(4, "not_previous_school"), (4, "not_excluded_school")]
    );
}

#[test]
fn rule_5_wpb_capacity() {
    let (inst, m) = base();
    let both_with_wa = [row(2, "S1", "A", "WA"), row(3, "S2", "A", "WA")];
    breaks_only(&inst, &m, &both_with_wa, (5, "wpb_capacity"));
}

/// Each capacity that a plan passes is its own violation, with the use and the limit.
#[test]
fn rules_5_and_6_name_what_is_used_against_each_limit() {
    let (mut inst, m) = base();
    inst.supervisors[0].max_hours = Some(40.0);
    inst.schools[0].max_students = Some(1);
    inst.schools[0].so_hours = Some(47.5);
    let both_with_wa = [row(2, "S1", "A", "WA"), row(3, "S2", "A", "WA")];
    let said: Vec<(u8, &str, String)> = check_plan(&inst, &m, &both_with_wa)
        .violations
        .iter()
        .map(|v| (v.rule, v.name, v.message.en.clone()))
        .collect();
    let wpb = "wpb_capacity";
    let school = "school_capacity";
    assert_eq!(
        said,
        [
            (5, wpb, "WPB 'WA' has 2 students, at most 1 allowed".into()),
            (5, wpb, "WPB 'WA' has 72 hours, at most 40 allowed".into()),
            (
                6,
                school,
                "school 'A' has 2 students, at most 1 allowed".into()
            ),
            (
                6,
                school,
                "school 'A' uses 48 SO hours, at most 47.5 available".into()
            ),
        ]
    );
}

#[test]
fn rule_6_school_capacity() {
    let (mut inst, m) = base();
    inst.schools[0].so_hours = Some(20.0);
    breaks_only(&inst, &m, &s1_at_a(), (6, "school_capacity"));
}

#[test]
fn rule_7_paid_appointment_school() {
    let (mut inst, mut m) = base();
    m.tracks[0].paid_min_fte = 0.1;
    m.tracks[0].paid_max_fte = 0.4;
    inst.students[0].paid = Some(PaidAppointment {
        school: Some(1),
        fte: Some(0.2),
    });
    breaks_only(&inst, &m, &s1_at_a(), (7, "paid_appointment_school"));
}

#[test]
fn rule_8_pinned_student_with_pinned_wpb_and_pins_are_honoured() {
    let (mut inst, m) = base();
    inst.students[0].pinned_wpb = Some(2);
    breaks_only(&inst, &m, &s1_at_a(), (8, "pinned_student_with_pinned_wpb"));
    let v = check_plan(&inst, &m, &[row(2, "S1", "B", "WX")]);
    assert!(
        v.violations.is_empty(),
        "a pin that breaks rules 1 and 2 is honoured"
    );
    assert_eq!(v.notes.len(), 2);
}

#[test]
fn rule_9_group_at_one_school() {
    let (mut inst, m) = base();
    inst.students[0].group = Some("G".into());
    inst.students[1].group = Some("G".into());
    breaks_only(&inst, &m, &both_placed(), (9, "group_at_one_school"));
    breaks_only(&inst, &m, &s1_at_a(), (9, "group_at_one_school"));
    assert!(
        rules_broken(&inst, &m, &[]).is_empty(),
        "all unplaced is allowed"
    );
}

#[test]
fn objective_terms_same_type_preferences_and_certification() {
    let (mut inst, m) = base();
    inst.students[0].previous_school = Some(1);
    inst.students[0].preferences = vec![None, Some(0)];
    inst.students[1].preferences = vec![Some(0)];
    inst.supervisors[1].certified = false;
    let v = check_plan(&inst, &m, &both_placed());
    let t = &v.terms;
    assert_eq!(
        (
            t.same_type_as_previous,
            t.preference_rank,
            t.preference_unlisted,
            t.uncertified_wpb
        ),
        (1, 1, 1, 1)
    );
    assert_eq!(v.objective, 60.0 + 30.0 + 5.0 + 25.0 + 20.0);
}
