//! The real binary on real folders: solve, verify, determinism, Dutch Excel files,
//! and failures that must leave nothing behind.

mod common;

use common::{read, solving, stageplan};
use std::fs;
use std::path::{Path, PathBuf};

fn hos() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/hos")
}

fn json_number(summary: &str, key: &str) -> f64 {
    let v: serde_json::Value = serde_json::from_str(summary).expect("summary.json is JSON");
    v[key].as_f64().unwrap_or_else(|| panic!("no number {key}"))
}

fn solve_quietly(instance: &Path, out: &Path) {
    stageplan()
        .arg("solve")
        .arg(instance)
        .arg("--out")
        .arg(out)
        .arg("--quiet")
        // The diagnosis's suggestions stop at a time budget; a generous one keeps the
        // files independent of how busy the machine is.
        .args(["--diagnosis-seconds", "600"])
        // report.html carries the day of the run; a fixed day makes it reproducible.
        .env("SOURCE_DATE_EPOCH", "1795564800")
        .assert()
        .success();
}

/// A small generated instance, written by the binary itself into `inst` of a new
/// temporary folder: the folder and the instance.
fn small_instance() -> (tempfile::TempDir, PathBuf) {
    let (dir, inst) = common::scratch("inst");
    stageplan()
        .args([
            "generate",
            "--students",
            "60",
            "--schools",
            "4",
            "--seed",
            "3",
            "--out",
        ])
        .arg(&inst)
        .assert()
        .success();
    (dir, inst)
}

#[test]
fn solve_hos_writes_a_plan_that_verify_accepts_with_the_same_objective() {
    let (_tmp, out) = common::scratch("out");
    solving(&hos(), &out, &[]).success();
    let summary = read(&out.join("summary.json"));
    assert!(summary.contains("\"status\": \"optimal\""), "{summary}");
    assert_eq!(json_number(&summary, "gap"), 0.0);
    let placed = json_number(&summary, "placed") as usize;
    let unplaced = json_number(&summary, "unplaced") as usize;
    assert_eq!(read(&out.join("plan.csv")).lines().count(), placed + 1);
    assert_eq!(
        read(&out.join("unplaced.csv")).lines().count(),
        unplaced + 1
    );
    assert!(
        unplaced > 0,
        "the HOS example shows what unplaced looks like"
    );
    let text = common::prints(&[&"verify", &hos(), &out.join("plan.csv")], 0);
    let objective = json_number(&summary, "objective");
    assert!(text.contains(&format!("objective {objective} ")), "{text}");
    assert!(text.contains("all hard rules hold"));
}

#[test]
fn every_unplaced_student_has_a_reason_code_and_an_action() {
    let (_tmp, out) = common::scratch("out");
    solve_quietly(&hos(), &out);
    let mut reader = csv::Reader::from_path(out.join("unplaced.csv")).unwrap();
    for row in reader.records() {
        let row = row.unwrap();
        assert!(row[1].starts_with('R'), "reason code {}", &row[1]);
        assert!(row[2].len() > 20 && row[3].len() > 10, "{row:?}");
    }
}

#[test]
fn the_same_input_gives_byte_identical_outputs() {
    let (tmp, inst) = small_instance();
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    solve_quietly(&inst, &a);
    solve_quietly(&inst, &b);
    for f in [
        "plan.csv",
        "unplaced.csv",
        "diagnosis.json",
        "diagnosis.md",
        "plan.xlsx",
        "report.html",
    ] {
        assert_eq!(
            fs::read(a.join(f)).unwrap(),
            fs::read(b.join(f)).unwrap(),
            "{f}"
        );
    }
    // solve_seconds is the one field that measures the run rather than the plan.
    let strip = |p: &Path| {
        read(&p.join("summary.json"))
            .lines()
            .filter(|l| !l.contains("solve_seconds"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(strip(&a), strip(&b));
}

#[test]
fn verify_lists_every_broken_rule_of_a_hand_made_plan() {
    let (tmp, out) = common::scratch("out");
    solve_quietly(&hos(), &out);
    // Put everyone with the first WPB: breaks subjects, days, capacities...
    let plan = read(&out.join("plan.csv"));
    let mut lines = plan.lines();
    let header = lines.next().unwrap();
    let first: Vec<&str> = lines.clone().next().unwrap().split(',').collect();
    let mut hand = format!("{header}\n");
    for l in lines {
        let mut cells: Vec<&str> = l.split(',').collect();
        cells[1] = first[1];
        cells[2] = first[2];
        hand.push_str(&cells.join(","));
        hand.push('\n');
    }
    let hand_path = tmp.path().join("hand.csv");
    fs::write(&hand_path, hand).unwrap();
    let text = common::prints(&[&"verify", &hos(), &hand_path], 1);
    for rule in [
        "rule 1 (wpb_teaches_subject)",
        "rule 5 (wpb_capacity)",
        "rule 6 (school_capacity)",
    ] {
        assert!(text.contains(rule), "{rule} missing in:\n{text}");
    }
    assert!(
        text.contains("hand.csv:3: student"),
        "violations carry the plan line: {text}"
    );
}

/// Rewrites a comma CSV as Dutch Excel saves it: `;`, decimal commas, Windows-1252.
fn as_dutch_excel(text: &str, bom: bool) -> Vec<u8> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes());
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(Vec::new());
    for row in reader.records() {
        let row = row.unwrap();
        let cells: Vec<String> = row
            .iter()
            .map(|c| {
                if c.parse::<f64>().is_ok() && c.contains('.') {
                    c.replace('.', ",")
                } else {
                    c.to_string()
                }
            })
            .collect();
        writer.write_record(&cells).unwrap();
    }
    let utf8 = String::from_utf8(writer.into_inner().unwrap()).unwrap();
    if bom {
        [b"\xEF\xBB\xBF".as_slice(), utf8.as_bytes()].concat()
    } else {
        encoding_rs::WINDOWS_1252.encode(&utf8).0.into_owned()
    }
}

#[test]
fn dutch_excel_files_give_the_same_plan_as_clean_utf8() {
    let (tmp, inst) = small_instance();
    // A name that Windows-1252 and UTF-8 write differently.
    let students = read(&inst.join("students.csv"))
        .replacen(",Sanne ", ",Chloë ", 1)
        .replacen(",Daan ", ",Chloë ", 1);
    fs::write(inst.join("students.csv"), &students).unwrap();
    let dutch = tmp.path().join("dutch");
    fs::create_dir(&dutch).unwrap();
    for (i, f) in [
        "schools.csv",
        "supervisors.csv",
        "students.csv",
        "travel.csv",
    ]
    .iter()
    .enumerate()
    {
        fs::write(
            dutch.join(f),
            as_dutch_excel(&read(&inst.join(f)), i % 2 == 0),
        )
        .unwrap();
    }
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    solve_quietly(&inst, &a);
    solve_quietly(&dutch, &b);
    assert!(students.contains("Chloë"));
    let both = |d: &Path| read(&d.join("plan.csv")) + &read(&d.join("unplaced.csv"));
    assert_eq!(both(&a), both(&b));
    assert!(
        both(&b).contains("Chloë"),
        "Windows-1252 names are read as such"
    );
}

#[test]
fn an_output_location_that_is_a_file_gives_exit_2_and_stays_untouched() {
    let (tmp, inst) = small_instance();
    let out = tmp.path().join("out");
    fs::write(&out, "keep me").unwrap();
    let run = solving(&inst, &out, &[]).code(2);
    assert!(String::from_utf8_lossy(&run.get_output().stderr).contains("cannot write the outputs"));
    assert_eq!(read(&out), "keep me");
}

#[test]
fn a_second_solve_replaces_the_outputs_completely() {
    let (tmp, inst) = small_instance();
    let out = tmp.path().join("out");
    fs::create_dir(&out).unwrap();
    fs::write(out.join("plan.csv"), "stale").unwrap();
    solve_quietly(&inst, &out);
    assert!(read(&out.join("plan.csv")).starts_with("student_id,school_id,wpb_id,travel_minutes"));
    let names: Vec<String> = fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names
            .iter()
            .all(|n| !n.contains(".tmp-") && !n.contains(".old-")),
        "{names:?}"
    );
}

#[test]
fn pins_that_force_a_group_where_it_cannot_fit_are_infeasible_input() {
    let (tmp, dir) = common::scratch("inst");
    fs::create_dir(&dir).unwrap();
    fs::write(
        dir.join("schools.csv"),
        "school_id,name,types\nA,A,havo\nB,B,havo\n",
    )
    .unwrap();
    fs::write(
        dir.join("supervisors.csv"),
        "wpb_id,name,school_id,subjects,days\nW1,W1,A,biologie,ma|wo\nW2,W2,B,engels,ma|wo\n",
    )
    .unwrap();
    fs::write(dir.join("students.csv"), "student_id,name,track,subject,pinned_wpb,group\nS1,S1,HR-VT2,biologie,W1,G\nS2,S2,HR-VT2,engels,,G\n").unwrap();
    fs::write(
        dir.join("travel.csv"),
        "student_id,school_id,minutes\nS1,A,10\nS1,B,10\nS2,A,10\nS2,B,10\n",
    )
    .unwrap();
    let out = tmp.path().join("out");
    let run = solving(&dir, &out, &[]).code(1);
    let err = String::from_utf8_lossy(&run.get_output().stderr).into_owned();
    assert!(
        err.contains("'S2' of group 'G'") && err.contains("infeasible_input"),
        "{err}"
    );
    assert!(!out.exists());
    let check = stageplan().arg("check").arg(&dir).assert().code(1);
    let err = String::from_utf8_lossy(&check.get_output().stderr).into_owned();
    assert!(
        err.contains("'S2' of group 'G'"),
        "check finds it before solving: {err}"
    );
}

#[test]
fn usage_errors_exit_2() {
    stageplan().arg("solve").assert().code(2);
    stageplan().arg("frobnicate").assert().code(2);
    stageplan()
        .args(["solve", "data/hos", "--out", "x", "--time-limit", "-1"])
        .assert()
        .code(2);
}

#[test]
fn check_accepts_the_hos_example_and_reports_its_warnings() {
    let out = common::prints(&[&"check", &hos()], 0);
    assert!(out.starts_with("OK: 10 schools"), "{out}");
}

#[test]
fn a_time_limit_still_gives_numbers_for_bound_and_gap() {
    let (_tmp, out) = common::scratch("out");
    solving(&hos(), &out, &["--time-limit", "0.001", "--quiet"]).success();
    let summary = read(&out.join("summary.json"));
    assert!(summary.contains("\"status\": \"time_limit\""), "{summary}");
    let (objective, bound, gap) = (
        json_number(&summary, "objective"),
        json_number(&summary, "bound"),
        json_number(&summary, "gap"),
    );
    assert!(
        bound >= 0.0 && bound <= objective && (0.0..=1.0).contains(&gap),
        "{summary}"
    );
}

#[test]
fn solve_writes_a_diagnosis_whose_reasons_match_unplaced_csv() {
    let (_tmp, out) = common::scratch("out");
    solve_quietly(&hos(), &out);
    let diagnosis: serde_json::Value =
        serde_json::from_str(&read(&out.join("diagnosis.json"))).expect("diagnosis.json is JSON");
    let mut reader = csv::Reader::from_path(out.join("unplaced.csv")).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    let listed = diagnosis["unplaced_students"].as_array().unwrap();
    assert_eq!(listed.len(), rows.len());
    for (row, d) in rows.iter().zip(listed) {
        assert_eq!(d["student_id"], row[0]);
        assert_eq!(d["reason_code"], row[1]);
        assert_eq!(d["reason"], row[2]);
    }
    let bound = diagnosis["flow_bound_unplaced"].as_u64().unwrap() as usize;
    assert!(bound <= rows.len(), "the flow bound is a lower bound");
    let md = read(&out.join("diagnosis.md"));
    for id in rows.iter().map(|r| r[0].to_string()) {
        assert!(
            md.contains(&format!("| {id} |")),
            "{id} missing in diagnosis.md"
        );
    }
    for s in diagnosis["suggestions"]["items"].as_array().unwrap() {
        assert!(s["placed_extra"].as_i64().unwrap() > 0, "{s}");
    }
}

/// Solves the HOS example once and returns the output folder with its plan.
fn hos_plan(tmp: &Path) -> PathBuf {
    let out = tmp.join("out");
    solve_quietly(&hos(), &out);
    out
}

fn explain_output(args: &[&str], plan: &Path) -> String {
    let run = stageplan()
        .arg("explain")
        .arg(hos())
        .arg("--plan")
        .arg(plan.join("plan.csv"))
        .args(args)
        .assert()
        .success();
    String::from_utf8_lossy(&run.get_output().stdout).into_owned()
}

#[test]
fn explain_tells_a_placed_and_an_unplaced_student_in_dutch_and_english() {
    let tmp = tempfile::tempdir().unwrap();
    let out = hos_plan(tmp.path());
    let plan = read(&out.join("plan.csv"));
    let placed_id = common::csv_rows(&plan)[0]["student_id"].clone();
    let nl = explain_output(&["--student", &placed_id, "--lang", "nl"], &out);
    assert!(
        nl.contains("Geplaatst op school") && nl.contains("Alle andere scholen:"),
        "{nl}"
    );
    assert!(nl.contains("Volgende beste toegestane plaatsen"), "{nl}");
    let en = explain_output(&["--student", &placed_id, "--lang", "en"], &out);
    assert!(
        en.contains("Placed at school") && en.contains("Every other school:"),
        "{en}"
    );
    // Nine schools besides the student's own, one line each.
    let others = en.split("Every other school:\n").nth(1).unwrap();
    assert_eq!(others.lines().count(), 9, "{en}");
    let unplaced = read(&out.join("unplaced.csv"));
    let row = unplaced.lines().nth(1).unwrap();
    let (id, code) = {
        let mut cells = row.split(',');
        (
            cells.next().unwrap().to_string(),
            cells.next().unwrap().to_string(),
        )
    };
    let why = explain_output(&["--student", &id, "--lang", "en"], &out);
    assert!(why.contains(&format!("Not placed. Reason {code}")), "{why}");
}

#[test]
fn explain_an_unknown_student_exits_1_and_a_bad_language_exits_2() {
    let run = stageplan()
        .arg("explain")
        .arg(hos())
        .args(["--student", "NOPE", "--plan", "no-such-plan.csv"])
        .assert()
        .code(1);
    let err = String::from_utf8_lossy(&run.get_output().stderr).into_owned();
    common::has_all(&err, &["student 'NOPE' is not in students.csv"]);
    stageplan()
        .arg("explain")
        .arg(hos())
        .args(["--student", "ST00001", "--lang", "fr"])
        .assert()
        .code(2);
}

#[test]
fn generate_with_travel_coords_writes_no_travel_csv_and_solves_on_estimates() {
    let (tmp, inst) = common::scratch("inst");
    stageplan()
        .args([
            "generate",
            "--students",
            "40",
            "--schools",
            "4",
            "--travel",
            "coords",
            "--out",
        ])
        .arg(&inst)
        .assert()
        .success();
    assert!(!inst.join("travel.csv").exists());
    let out = tmp.path().join("out");
    solve_quietly(&inst, &out);
    let plan = read(&out.join("plan.csv"));
    assert!(
        plan.lines().skip(1).all(|l| l.contains(",yes,")),
        "every journey estimated"
    );
}

#[test]
fn an_empty_travel_time_means_no_journey_and_closes_the_school() {
    let (tmp, inst) = small_instance();
    let first = tmp.path().join("first");
    solve_quietly(&inst, &first);
    let plan = read(&first.join("plan.csv"));
    let row: Vec<&str> = plan.lines().nth(1).unwrap().split(',').collect();
    let (student, school) = (row[0], row[1]);
    // Empty the minutes of that pair: "no journey" (FORMAT.md), not "estimate it".
    let travel = read(&inst.join("travel.csv"));
    let mut emptied = 0;
    let edited: String = travel
        .lines()
        .map(|l| {
            let cells: Vec<&str> = l.split(',').collect();
            if cells[0] == student && cells[1] == school {
                emptied += 1;
                format!("{student},{school},\n")
            } else {
                format!("{l}\n")
            }
        })
        .collect();
    assert_eq!(emptied, 1);
    fs::write(inst.join("travel.csv"), edited).unwrap();
    stageplan().arg("check").arg(&inst).assert().success();
    let again = tmp.path().join("again");
    solve_quietly(&inst, &again);
    let replanned = read(&again.join("plan.csv"));
    assert!(
        !replanned
            .lines()
            .any(|l| l.starts_with(&format!("{student},{school},"))),
        "{student} is still at {school}"
    );
    // The old plan now breaks rule 3 for that student, even with no limit in the model.
    let model = tmp.path().join("nolimit.toml");
    let hos_model = read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("models/hos.toml")
            .as_path(),
    );
    fs::write(&model, hos_model.replace("travel_limit_minutes = 90", "")).unwrap();
    let text = common::prints(
        &[
            &"verify",
            &inst,
            &first.join("plan.csv"),
            &"--model",
            &model,
        ],
        1,
    );
    assert!(
        text.contains("rule 3") && text.contains("no journey"),
        "{text}"
    );
}

#[test]
fn a_time_limit_bounds_the_whole_run_with_its_diagnosis() {
    let (tmp, inst) = common::scratch("tight");
    stageplan()
        .args([
            "generate",
            "--students",
            "800",
            "--schools",
            "24",
            "--seed",
            "7",
            "--tight",
            "--out",
        ])
        .arg(&inst)
        .assert()
        .success();
    let out = tmp.path().join("out");
    let started = std::time::Instant::now();
    solving(&inst, &out, &["--quiet", "--time-limit", "5"]).success();
    let seconds = started.elapsed().as_secs_f64();
    assert!(
        seconds < 7.0,
        "the run took {seconds:.1} s with --time-limit 5"
    );
    let summary = read(&out.join("summary.json"));
    assert!(json_number(&summary, "bound") <= json_number(&summary, "objective"));
    stageplan()
        .arg("verify")
        .arg(&inst)
        .arg(out.join("plan.csv"))
        .assert()
        .success();
}

#[test]
fn a_diagnosis_out_of_time_says_what_it_left_out() {
    let (_tmp, out) = common::scratch("out");
    solving(
        &hos(),
        &out,
        &["--quiet", "--diagnosis-seconds", "0.000001"],
    )
    .success();
    // Shorter than two runs of the maximum flow: no candidate is even listed.
    let md = read(&out.join("diagnosis.md"));
    common::has_all(
        &md,
        &["No candidates considered: the diagnosis's time (0.000 s) is shorter than two runs of the maximum flow"],
    );
    let json = read(&out.join("diagnosis.json"));
    assert!(!json.contains("\"not_verified_in_time\": 0"), "{json}");
}

#[test]
fn a_developer_can_export_the_program_highs_is_given() {
    let (dir, inst) = small_instance();
    let prefix = dir.path().join("program");
    stageplan()
        .args(["solve", "--quiet", "--suggestions", "0", "--out"])
        .arg(dir.path().join("out"))
        .arg(&inst)
        .env("STAGEPLAN_WRITE_MPS", &prefix)
        .assert()
        .success();
    // The first program HiGHS is given, as an MPS file a solver reads back.
    let mps = read(&dir.path().join("program.0.mps"));
    assert!(mps.starts_with("NAME"), "{}", &mps[..mps.len().min(200)]);
    assert!(mps.contains("ROWS") && mps.contains("COLUMNS") && mps.contains("ENDATA"));
}
