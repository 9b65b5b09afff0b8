//! Scenario keys that add students to a track or take a share of them away
//! (`add_to_track`, `remove_from_track`; issue 16 item 12), and scenario-file problems
//! said in the run's language (issue 16 item 16).

mod common;

use common::{csv_rows, generated, has_all, has_none, read, scenarios_in, stageplan, MODEL};
use stageplan::input::{self, problem::Problem, Loaded};
use stageplan::scenario::parse_scenarios;
use std::fs;
use std::path::Path;

const SCHOOLS: &str = "school_id,name,types,lat,lon
A,School A,havo,52.00,4.30
B,School B,vmbo,52.01,4.30
";
const WPBS: &str = "wpb_id,name,school_id,subjects,days,max_students
WA1,Wpb A1,A,wiskunde|engels,ma|di,3
WB1,Wpb B1,B,wiskunde|engels,ma|di,3
";
const STUDENTS: &str =
    "student_id,name,track,subject,postcode,lat,lon,preferences,pinned_wpb,group,excluded_schools
S1,Student 1,T1,wiskunde,2511 AA,52.00,4.31,B,WA1,g1,
S2,Student 2,T1,engels,2512 BB,52.00,4.32,A,,g1,B
S3,Student 3,T2,engels,2513 CC,52.01,4.31,,,,
S4,Student 4,T2,wiskunde,2514 DD,52.02,4.31,,,,
";
/// The warnings besides W008: group g1 mixes subjects on purpose, so that a drawn
/// student's subject shows whom it was drawn from.
fn other_warnings(l: &Loaded) -> Vec<&Problem> {
    l.warnings.iter().filter(|w| w.code != "W008").collect()
}

const TRAVEL: &str = "student_id,school_id,minutes
S1,A,11
S1,B,12
S2,A,21
S2,B,
S3,A,31
S3,B,32
S4,A,41
S4,B,42
";

fn instance(dir: &Path) -> std::path::PathBuf {
    common::instance_of(
        dir,
        [SCHOOLS, WPBS, STUDENTS, MODEL],
        &[("travel.csv", TRAVEL)],
    )
}

fn load(toml: &str) -> Result<Loaded, Vec<Problem>> {
    let tmp = tempfile::tempdir().unwrap();
    let dir = instance(tmp.path());
    let mut all = parse_scenarios("s.toml", toml, tmp.path()).unwrap_or_else(|p| panic!("{p:?}"));
    input::load_adjusted(&dir, None, &all.remove(0))
}

fn refused(toml: &str) -> Vec<Problem> {
    match load(toml) {
        Ok(_) => panic!("the scenario should be refused"),
        Err(p) => p,
    }
}

fn ids(l: &Loaded) -> Vec<&str> {
    l.instance.students.iter().map(|s| s.id.as_str()).collect()
}

/// (student, school, minutes) of the travel matrix, for the given students.
fn minutes(l: &Loaded, student: &str) -> Vec<Option<f64>> {
    let s = l
        .instance
        .students
        .iter()
        .position(|s| s.id == student)
        .unwrap();
    (0..l.instance.schools.len())
        .map(|c| l.instance.travel.minutes(s, c))
        .collect()
}

#[test]
fn students_added_to_a_track_copy_its_students_with_new_ids_and_their_travel() {
    let l = load("[[scenario]]\nname = \"a\"\nadd_to_track = { T1 = 3 }\n").unwrap();
    assert_eq!(
        ids(&l)[..4],
        ["S1", "S2", "S3", "S4"],
        "the track's own students first"
    );
    assert_eq!(ids(&l)[4..], ["NEW-T1-001", "NEW-T1-002", "NEW-T1-003"]);
    let new: Vec<_> = l.instance.students[4..].iter().collect();
    // Three drawn from two: spread over the list, S1 once, S2 twice.
    let subjects: Vec<&str> = new.iter().map(|s| s.subject.as_str()).collect();
    assert_eq!(subjects, ["wiskunde", "engels", "engels"]);
    assert!(new.iter().all(|s| l.model.tracks[s.track].id == "T1"));
    assert_eq!(new[0].name, "NEW-T1-001");
    assert_eq!(new[0].pinned_wpb, None, "a pin belongs to one person");
    assert!(new[1].group.is_none(), "so does a group");
    assert!(
        new[1].excluded_schools.is_empty(),
        "and a conflict of interest"
    );
    assert_eq!(new[1].preferences, l.instance.students[1].preferences);
    assert_eq!(minutes(&l, "NEW-T1-001"), minutes(&l, "S1"));
    assert_eq!(minutes(&l, "NEW-T1-002"), minutes(&l, "S2"));
    assert_eq!(minutes(&l, "NEW-T1-001"), [Some(11.0), Some(12.0)]);
    assert!(other_warnings(&l).is_empty(), "{:?}", l.warnings);
}

#[test]
fn a_share_is_rounded_to_whole_students_and_ids_never_collide() {
    let l = load("[[scenario]]\nname = \"a\"\nadd_to_track = { T2 = \"50%\", T1 = \"100%\" }\n")
        .unwrap();
    assert_eq!(
        ids(&l)[..4],
        ["S1", "S2", "S3", "S4"],
        "the track's own students first"
    );
    assert_eq!(ids(&l)[4..], ["NEW-T1-001", "NEW-T1-002", "NEW-T2-001"]);
}

#[test]
fn removed_students_are_spread_over_the_track_and_leave_with_their_travel() {
    let l = load("[[scenario]]\nname = \"a\"\nremove_from_track = { T2 = \"50%\" }\n").unwrap();
    assert_eq!(ids(&l), ["S1", "S2", "S3"]);
    assert!(
        other_warnings(&l).is_empty(),
        "no W004 for the travel rows of S4: {:?}",
        l.warnings
    );
    let l = load("[[scenario]]\nname = \"a\"\nremove_from_track = { T1 = 2 }\n").unwrap();
    assert_eq!(ids(&l), ["S3", "S4"]);
}

#[test]
fn students_of_removed_tracks_leave_with_their_travel_rows() {
    let l = load("[[scenario]]\nname = \"a\"\nremove_tracks = [\"T2\"]\n").unwrap();
    assert_eq!(ids(&l), ["S1", "S2"]);
    assert!(other_warnings(&l).is_empty(), "{:?}", l.warnings);
}

#[test]
fn bad_headcounts_are_refused_at_their_place() {
    let err = |line: &str| {
        let text = format!("[[scenario]]\nname = \"a\"\n{line}\n");
        scenarios_in(&text).unwrap_err()
    };
    for (line, column, value) in [
        ("add_to_track = { T1 = -2 }", 23, "-2"),
        ("add_to_track = { T1 = 2.5 }", 23, "2.5"),
        ("add_to_track = { T1 = \"veel\" }", 23, "veel"),
        ("add_to_track = { T1 = 20000 }", 23, "20000"),
        ("remove_from_track = { T1 = \"150%\" }", 28, "150%"),
    ] {
        let p = err(line);
        assert_eq!(
            (p[0].code, p[0].line, p[0].column, p[0].value.as_str()),
            ("E052", 3, column, value),
            "{line}"
        );
        has_all(&p[0].message.en, &["'T1'"]);
        has_all(&p[0].message.nl, &["percentage"]);
    }
}

#[test]
fn a_track_without_students_or_with_too_few_is_refused_at_the_key() {
    let p = refused("[[scenario]]\nname = \"a\"\nadd_to_track = { T11 = 2 }\n");
    assert_eq!((p[0].code, p[0].line, p[0].column), ("E052", 3, 18));
    has_all(&p[0].message.en, &["did you mean 'T1'"]);
    let p = refused("[[scenario]]\nname = \"a\"\nremove_from_track = { T1 = 3 }\n");
    assert_eq!((p[0].code, p[0].line), ("E052", 3));
    has_all(&p[0].message.en, &["has 2 students; 3 cannot leave"]);
    has_all(&p[0].message.nl, &["heeft 2 studenten"]);
}

#[test]
fn an_unknown_key_is_named_with_the_known_keys_in_the_runs_language() {
    let p = scenarios_in("[[scenario]]\nname = \"a\"\ncapacity_scal = 2\nwpb_capacity = { W1 = { max_student = 1 } }\n\n[[grid]]\nname = \"g\"\ncapacity_scale = { from = 1, to = 2, stap = 1 }\n[extra]\n")
    .unwrap_err();
    let at: Vec<(usize, usize, &str)> = p
        .iter()
        .map(|p| (p.line, p.column, p.value.as_str()))
        .collect();
    assert_eq!(
        at,
        [
            (3, 1, "capacity_scal"),
            (4, 25, "max_student"),
            (8, 38, "stap"),
            (9, 2, "extra")
        ]
    );
    assert!(p.iter().all(|p| p.code == "E050"));
    assert_eq!(
        p[0].message.nl,
        "'capacity_scal' is geen sleutel van [[scenario]] (bedoelt u 'capacity_scale'?)"
    );
    assert!(p[0]
        .action
        .nl
        .starts_with("Gebruik een van deze sleutels: name, travel_limit_minutes,"));
    assert!(p[0].action.en.contains("add_to_track, remove_from_track"));
    assert!(p[1]
        .message
        .en
        .contains("not a key of wpb_capacity (did you mean 'max_students'?)"));
    assert!(p[2].action.en.contains("from, to, step"));
    for problem in &p {
        has_none(&problem.message.nl, &["unknown field"]);
    }
    let p = scenarios_in("[[scenario]]\ntravel_limit_minutes = 60\n").unwrap_err();
    assert_eq!(p[0].message.nl, "de sleutel 'name' ontbreekt");
    let p = scenarios_in("[[scenario]]\nname = \"a\"\ncapacity_scale = \"1.2\"\n").unwrap_err();
    assert_eq!((p[0].line, p[0].column), (3, 18));
    assert_eq!(
        p[0].message.nl,
        "hier staat tekst, maar hier hoort een getal"
    );
}

fn sweep(inst: &Path, scenarios: &Path, out: &Path, lang: &str) -> assert_cmd::assert::Assert {
    stageplan()
        .arg("sweep")
        .arg(inst)
        .arg("--scenarios")
        .arg(scenarios)
        .arg("--out")
        .arg(out)
        .args(["--threads", "2", "--quiet", "--lang", lang])
        .assert()
}

/// sweep.csv without the measured seconds.
fn without_seconds(text: &str) -> Vec<String> {
    csv_rows(text)
        .into_iter()
        .map(|mut r| {
            r.remove("solve_seconds");
            format!("{r:?}")
        })
        .collect()
}

#[test]
fn a_sweep_adds_and_removes_students_of_a_track_the_same_way_twice() {
    let tmp = tempfile::tempdir().unwrap();
    let inst = generated(tmp.path(), 40, 3);
    let students = csv_rows(&read(&inst.join("students.csv")));
    let track = students[0]["track"].clone();
    let size = students.iter().filter(|s| s["track"] == track).count();
    let scenarios = tmp.path().join("s.toml");
    fs::write(
        &scenarios,
        format!(
            "[[scenario]]\nname = \"erbij\"\nadd_to_track = {{ \"{track}\" = 5 }}\n\n[[scenario]]\nname = \"eraf\"\nremove_from_track = {{ \"{track}\" = \"50%\" }}\n"
        ),
    )
    .unwrap();
    let (one, two) = (tmp.path().join("one"), tmp.path().join("two"));
    sweep(&inst, &scenarios, &one, "en").success();
    sweep(&inst, &scenarios, &two, "en").success();
    let rows = csv_rows(&read(&one.join("sweep.csv")));
    let counts: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| (r["scenario"].as_str(), r["students"].as_str()))
        .collect();
    let removed = (size as f64 * 0.5).round() as usize;
    assert_eq!(
        counts,
        [
            ("baseline", "40"),
            ("erbij", "45"),
            ("eraf", (40 - removed).to_string().as_str())
        ]
    );
    let plan = read(&one.join("01-erbij/plan.csv"));
    let new_ids = format!("NEW-{track}-00");
    assert!(plan.contains(&new_ids) || read(&one.join("01-erbij/unplaced.csv")).contains(&new_ids));
    assert_eq!(
        without_seconds(&read(&one.join("sweep.csv"))),
        without_seconds(&read(&two.join("sweep.csv")))
    );
    for file in [
        "01-erbij/plan.csv",
        "01-erbij/changes.csv",
        "02-eraf/plan.csv",
    ] {
        assert_eq!(read(&one.join(file)), read(&two.join(file)), "{file}");
    }
}

#[test]
fn a_dutch_sweep_names_an_unknown_scenario_key_in_dutch() {
    let (_tmp, inst, scenarios, out) = common::what_if(
        20,
        1,
        "[[scenario]]\nname = \"a\"\nadd_to_trak = { \"HR-VT2\" = 2 }\n",
    );
    let assert = sweep(&inst, &scenarios, &out, "nl").code(1);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
    assert!(stderr.contains("s.toml:3:1"), "{stderr}");
    assert!(
        stderr
            .contains("'add_to_trak' is geen sleutel van [[scenario]] (bedoelt u 'add_to_track'?)"),
        "{stderr}"
    );
    assert!(stderr.contains("Gebruik een van deze sleutels"), "{stderr}");
    assert!(!stderr.contains("unknown field"), "{stderr}");
    assert!(!out.exists());
}

#[test]
fn an_unknown_wpb_of_a_capacity_change_is_told_in_dutch_too() {
    let p = refused("[[scenario]]\nname = \"a\"\nwpb_capacity = { W9 = { max_students = 1 } }\n");
    assert_eq!((p[0].code, p[0].line), ("E051", 3));
    has_all(
        &p[0].message.nl,
        &["supervisors.csv (na wat het scenario weghaalt)"],
    );
}
