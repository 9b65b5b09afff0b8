//! Every override kind of a scenario file, applied to a small instance, and the problems
//! a broken scenario file gives (with their places in the file).

mod common;

use common::{has_all, scenarios_in, MODEL};
use stageplan::input::{self, problem::Problem, Loaded};
use stageplan::scenario::{parse_scenarios, Scenario};
use std::path::Path;

const SCHOOLS: &str = "school_id,name,types,lat,lon,max_students,so_hours
A,School A,havo,52.00,4.30,10,200
B,School B,vmbo,52.01,4.30,
C,School C,vwo,52.02,4.30,4,80
";
const WPBS: &str = "wpb_id,name,school_id,subjects,days,max_students,max_hours
WA1,Wpb A1,A,wiskunde,ma|di,1,36
WA2,Wpb A2,A,wiskunde,ma,3,100
WB1,Wpb B1,B,wiskunde,ma|di,2,
WC1,Wpb C1,C,engels,di,2,72
";
const STUDENTS: &str = "student_id,name,track,subject,lat,lon,pinned_wpb
S1,Student 1,T1,wiskunde,52.00,4.31,WA1
S2,Student 2,T1,wiskunde,52.00,4.32,
S3,Student 3,T2,engels,52.01,4.31,
S4,Student 4,T2,wiskunde,52.02,4.31,
";

fn instance(dir: &Path) -> std::path::PathBuf {
    common::instance_of(dir, [SCHOOLS, WPBS, STUDENTS, MODEL], &[])
}

fn one(dir: &Path, toml: &str) -> Scenario {
    let mut all = parse_scenarios("s.toml", toml, dir).unwrap_or_else(|p| panic!("{p:?}"));
    assert_eq!(all.len(), 1);
    all.remove(0)
}

fn apply(toml: &str) -> Loaded {
    let tmp = tempfile::tempdir().unwrap();
    let dir = instance(tmp.path());
    let scenario = one(tmp.path(), toml);
    input::load_adjusted(&dir, None, &scenario).unwrap_or_else(|p| panic!("{p:?}"))
}

fn apply_err(toml: &str, extra: &[(&str, &str)]) -> Vec<Problem> {
    let tmp = tempfile::tempdir().unwrap();
    let dir = instance(tmp.path());
    for (name, text) in extra {
        std::fs::write(tmp.path().join(name), text).unwrap();
    }
    let scenario = one(tmp.path(), toml);
    match input::load_adjusted(&dir, None, &scenario) {
        Ok(_) => panic!("the scenario should be refused"),
        Err(p) => p,
    }
}

fn wpb<'a>(l: &'a Loaded, id: &str) -> Option<&'a stageplan::domain::Supervisor> {
    l.instance.supervisors.iter().find(|w| w.id == id)
}

fn school<'a>(l: &'a Loaded, id: &str) -> &'a stageplan::domain::School {
    l.instance.schools.iter().find(|c| c.id == id).unwrap()
}

#[test]
fn travel_limit_is_set_and_removed() {
    let l = apply("[[scenario]]\nname = \"a\"\ntravel_limit_minutes = 45\n");
    assert_eq!(l.model.travel_limit_minutes, Some(45.0));
    let l = apply("[[scenario]]\nname = \"a\"\nno_travel_limit = true\n");
    assert_eq!(l.model.travel_limit_minutes, None);
}

#[test]
fn different_school_rule_and_weights_are_overridden() {
    let l = apply(
        "[[scenario]]\nname = \"a\"\ndifferent_school_than_previous = false\nweights = { travel_minute = 3, moved_student = 50 }\n",
    );
    assert!(!l.model.different_school_than_previous);
    assert_eq!(l.model.weights.travel_minute, 3.0);
    assert_eq!(l.model.weights.moved_student, Some(50.0));
    assert_eq!(l.model.weights.unplaced, 10000.0, "other weights stay");
}

#[test]
fn a_track_gets_other_stage_days() {
    let l = apply("[[scenario]]\nname = \"a\"\ntrack_days = { T1 = [\"di\", \"do\"] }\n");
    assert_eq!(l.model.tracks[0].days.to_string(), "di|do");
    assert_eq!(l.model.tracks[1].days.to_string(), "di");
}

#[test]
fn a_removed_school_takes_nobody_and_its_wpbs_and_their_pins_go() {
    let l = apply("[[scenario]]\nname = \"a\"\nremove_schools = [\"A\"]\n");
    assert!(wpb(&l, "WA1").is_none() && wpb(&l, "WA2").is_none());
    assert!(wpb(&l, "WB1").is_some());
    assert_eq!(school(&l, "A").max_students, Some(0));
    assert_eq!(
        l.instance.schools.len(),
        3,
        "A stays known as a previous school"
    );
    assert_eq!(l.instance.students[0].pinned_wpb, None);
    let w = l.warnings.iter().find(|p| p.code == "W050").expect("W050");
    assert_eq!((w.file.as_str(), w.line), ("s.toml", 2));
    assert!(w.message.en.contains("WA1"), "{}", w.message.en);
}

#[test]
fn a_removed_wpb_goes() {
    let l = apply("[[scenario]]\nname = \"a\"\nremove_wpbs = [\"WB1\"]\n");
    assert!(wpb(&l, "WB1").is_none());
    assert_eq!(l.instance.supervisors.len(), 3);
    assert_eq!(
        l.instance.students[0].pinned_wpb,
        Some(0),
        "pins re-indexed: WA1 is 0"
    );
}

#[test]
fn students_of_removed_tracks_go() {
    let l = apply("[[scenario]]\nname = \"a\"\nremove_tracks = [\"T2\"]\n");
    let ids: Vec<&str> = l.instance.students.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["S1", "S2"]);
}

#[test]
fn schools_wpbs_students_and_travel_are_added_from_files() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = instance(tmp.path());
    for (name, text) in [
        (
            "s.csv",
            "school_id;name;types;lat;lon\nD;School D;havo;52,03;4,3\n",
        ),
        (
            "w.csv",
            "wpb_id,name,school_id,subjects,days\nWD1,Wpb D1,D,engels,di\n",
        ),
        (
            "st.csv",
            "student_id,name,track,subject\nS5,Student 5,T2,engels\n",
        ),
        (
            "t.csv",
            "student_id,school_id,minutes\nS5,A,20\nS5,B,25\nS5,C,30\nS5,D,35\n",
        ),
    ] {
        std::fs::write(tmp.path().join(name), text).unwrap();
    }
    let scenario = one(
        tmp.path(),
        "[[scenario]]\nname = \"a\"\nadd_schools = \"s.csv\"\nadd_wpbs = \"w.csv\"\nadd_students = \"st.csv\"\nadd_travel = \"t.csv\"\n",
    );
    let l = input::load_adjusted(&dir, None, &scenario).unwrap_or_else(|p| panic!("{p:?}"));
    assert_eq!(l.instance.schools.len(), 4);
    assert_eq!(wpb(&l, "WD1").map(|w| w.school), Some(3));
    assert_eq!(l.instance.students.len(), 5);
    assert_eq!(l.instance.travel.minutes(4, 3), Some(35.0));
    assert!(!l.instance.travel.is_estimated(4, 3));
}

#[test]
fn a_problem_in_an_added_file_names_that_file() {
    let problems = apply_err(
        "[[scenario]]\nname = \"a\"\nadd_students = \"more.csv\"\n",
        &[(
            "more.csv",
            "student_id,name,track,subject\nS9,x,T1,wiskunde\nS2,dubbel,T1,wiskunde\n",
        )],
    );
    let p = problems.iter().find(|p| p.code == "E020").expect("E020");
    assert_eq!((p.file.as_str(), p.line, p.column), ("more.csv", 3, 1));
}

#[test]
fn a_missing_added_file_is_located_in_the_scenario_file() {
    let problems = apply_err("[[scenario]]\nname = \"a\"\nadd_wpbs = \"weg.csv\"\n", &[]);
    assert_eq!(problems[0].code, "E053");
    assert_eq!(
        (
            problems[0].file.as_str(),
            problems[0].line,
            problems[0].column
        ),
        ("s.toml", 3, 12)
    );
}

#[test]
fn capacities_scale_students_to_whole_numbers_and_hours_with_them() {
    let l = apply("[[scenario]]\nname = \"a\"\ncapacity_scale = 1.5\n");
    let a1 = wpb(&l, "WA1").unwrap();
    assert_eq!((a1.max_students, a1.max_hours), (2, Some(72.0)));
    let a2 = wpb(&l, "WA2").unwrap();
    assert_eq!(a2.max_students, 5);
    assert!((a2.max_hours.unwrap() - 100.0 * 5.0 / 3.0).abs() < 1e-9);
    assert_eq!(
        (school(&l, "A").max_students, school(&l, "A").so_hours),
        (Some(15), Some(300.0))
    );
    assert_eq!(
        (school(&l, "B").max_students, school(&l, "B").so_hours),
        (None, None)
    );
    let l = apply("[[scenario]]\nname = \"a\"\nwpb_capacity_scale = 0.9\n");
    let a1 = wpb(&l, "WA1").unwrap();
    assert_eq!(
        (a1.max_students, a1.max_hours),
        (1, Some(36.0)),
        "one student keeps one student's hours"
    );
    assert_eq!(school(&l, "A").max_students, Some(10), "schools unchanged");
    let l = apply("[[scenario]]\nname = \"a\"\nschool_capacity_scale = 0.5\n");
    assert_eq!(school(&l, "C").max_students, Some(2));
    assert_eq!(wpb(&l, "WA2").unwrap().max_students, 3, "WPBs unchanged");
}

#[test]
fn capacities_are_set_per_school_and_per_wpb() {
    let l = apply(
        "[[scenario]]\nname = \"a\"\nschool_capacity = { B = { max_students = 3 }, C = { so_hours = 10 } }\nwpb_capacity = { WC1 = { max_students = 0, max_hours = 0 } }\n",
    );
    assert_eq!(school(&l, "B").max_students, Some(3));
    assert_eq!(
        (school(&l, "C").max_students, school(&l, "C").so_hours),
        (Some(4), Some(10.0))
    );
    let c1 = wpb(&l, "WC1").unwrap();
    assert_eq!((c1.max_students, c1.max_hours), (0, Some(0.0)));
}

#[test]
fn unknown_ids_are_located_at_the_value_in_the_scenario_file() {
    let problems = apply_err(
        "[[scenario]]\nname = \"a\"\nremove_schools = [\"Z\"]\nremove_wpbs = [\"W9\"]\nremove_tracks = [\"T9\"]\ntrack_days = { T8 = [\"ma\"] }\nwpb_capacity = { W7 = { max_students = 1 } }\n",
        &[],
    );
    let at: Vec<(usize, usize, &str)> = problems
        .iter()
        .map(|p| (p.line, p.column, p.value.as_str()))
        .collect();
    assert!(
        problems
            .iter()
            .all(|p| p.code == "E051" && p.file == "s.toml"),
        "{problems:?}"
    );
    for expected in [
        (3, 19, "Z"),
        (4, 16, "W9"),
        (5, 18, "T9"),
        (6, 16, "T8"),
        (7, 18, "W7"),
    ] {
        assert!(at.contains(&expected), "{expected:?} not in {at:?}");
    }
}

#[test]
fn scenario_file_errors_are_located() {
    let err = |text: &str| scenarios_in(text).unwrap_err();
    let p = err("[[scenario]]\nname = \"a\"\ntravel_limit = 60\n");
    assert_eq!((p[0].code, p[0].line, p[0].column), ("E050", 3, 1));
    has_all(
        &p[0].message.en,
        &["'travel_limit' is not a key of [[scenario]]"],
    );
    let p = err("[[scenario]]\nname = \"a\"\ncapacity_scale = -1\n");
    assert_eq!((p[0].code, p[0].line, p[0].column), ("E052", 3, 18));
    let p = err("[[scenario]]\nname = \"a\"\n[[scenario]]\nname = \"A\"\n");
    assert_eq!((p[0].code, p[0].line), ("E052", 4));
    let p = err("[[scenario]]\nname = \"a\"\nweights = { travel = 2 }\n");
    assert_eq!((p[0].code, p[0].line, p[0].column), ("E050", 3, 13));
    let p = err("[[scenario]]\nname = \"a\"\ntrack_days = { T1 = [\"zo\"] }\n");
    assert_eq!((p[0].code, p[0].value.as_str()), ("E052", "zo"));
    let p = err("# nothing\n");
    assert_eq!(p[0].code, "E050");
}

#[test]
fn a_grid_crosses_its_axes_into_named_scenarios() {
    let all = scenarios_in("[[grid]]\nname = \"limit {travel_limit_minutes}, x{capacity_scale}\"\ntravel_limit_minutes = { from = 60, to = 120, step = 30 }\ncapacity_scale = [0.8, 1.2]\n")
    .unwrap();
    let names: Vec<&str> = all.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "limit 60, x0.8",
            "limit 60, x1.2",
            "limit 90, x0.8",
            "limit 90, x1.2",
            "limit 120, x0.8",
            "limit 120, x1.2"
        ]
    );
    assert_eq!(all[5].model.travel_limit_minutes, Some(Some(120.0)));
    assert_eq!(all[5].data.capacity_scale, Some(1.2));
    // Along the last axis, ascending, each point after the first has less room before it.
    let after: Vec<bool> = all.iter().map(|s| s.after_previous).collect();
    assert_eq!(after, [false, true, false, true, false, true]);
    let p =
        scenarios_in("[[grid]]\nname = \"g\"\ncapacity_scale = { from = 1, to = 0, step = 0.1 }\n")
            .unwrap_err();
    assert_eq!((p[0].code, p[0].line), ("E052", 3));
}

/// A grid whose last axis does not ascend, or that repairs, has no chains: a point's
/// predecessor need not have less room, and a repair starts from the baseline plan.
#[test]
fn only_an_ascending_last_axis_chains_grid_points() {
    for grid in [
        "[[grid]]\nname = \"x{capacity_scale}\"\ncapacity_scale = [1.2, 0.8]\n",
        "[[grid]]\nname = \"x{capacity_scale}\"\ncapacity_scale = [0.8, 1.2]\nrepair = true\n",
        "[[scenario]]\nname = \"a\"\ncapacity_scale = 0.8\n[[scenario]]\nname = \"b\"\ncapacity_scale = 1.2\n",
    ] {
        let all = scenarios_in(grid).unwrap();
        assert!(all.iter().all(|s| !s.after_previous), "{grid}");
    }
}

/// A refused grid axis is E052 at the axis, saying which key and why.
#[test]
fn a_refused_grid_axis_names_its_key_and_why() {
    for (axis, column, why) in [
        (
            "{ from = 1, to = 0, step = 0.1 }",
            18,
            "the range of 'capacity_scale' must have from <= to and a step above 0",
        ),
        (
            "[0.8, -1]",
            18,
            "every value of 'capacity_scale' must be a number above 0",
        ),
    ] {
        let text = format!("[[grid]]\nname = \"g\"\ncapacity_scale = {axis}\n");
        let p = scenarios_in(&text).unwrap_err();
        assert_eq!((p[0].code, p[0].line, p[0].column), ("E052", 3, column));
        has_all(&p[0].message.en, &[why]);
    }
}
