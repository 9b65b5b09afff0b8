//! Repair with minimal disruption (`solve --baseline-plan`): nobody moves without need.

mod common;

use common::{csv_rows, folder, read, stageplan, MODEL};
use std::path::{Path, PathBuf};

const SCHOOLS: &str = "school_id,name,types\nA,School A,havo\nB,School B,vmbo\n";
const WPBS: &str = "wpb_id,name,school_id,subjects,days
X,Wpb X,A,wiskunde,ma
Y,Wpb Y,A,wiskunde,ma
W,Wpb W,B,wiskunde,ma
E,Wpb E,B,engels,ma
";
/// The published plan: everyone placed.
const PLAN: &str = "student_id,school_id,wpb_id\nS1,A,X\nS2,A,Y\nS3,B,E\n";

/// S1 may not go to school B when `s1_excluded_from_b`, so losing X forces S2 out of Y.
fn instance(dir: &Path, wpbs: &str, s1_excluded_from_b: bool) -> PathBuf {
    let students = format!(
        "student_id,name,track,subject,excluded_schools\nS1,Een,T1,wiskunde,{}\nS2,Twee,T1,wiskunde,\nS3,Drie,T1,engels,\n",
        if s1_excluded_from_b { "B" } else { "" }
    );
    folder(
        dir,
        "inst",
        &[
            ("schools.csv", SCHOOLS),
            ("supervisors.csv", wpbs),
            ("students.csv", &students),
            ("model.toml", MODEL),
        ],
    )
}

/// A repair in a folder of its own: the instance in `inst`, the outputs in `out`.
struct Repaired {
    dir: tempfile::TempDir,
    changes: Vec<std::collections::BTreeMap<String, String>>,
    summary: serde_json::Value,
}

fn repair(wpbs: &str, s1_excluded_from_b: bool) -> Repaired {
    repair_with_model(wpbs, s1_excluded_from_b, MODEL)
}

fn repair_with_model(wpbs: &str, s1_excluded_from_b: bool, model: &str) -> Repaired {
    let dir = tempfile::tempdir().unwrap();
    let out = repair_into(dir.path(), wpbs, s1_excluded_from_b, model, &[]);
    Repaired {
        changes: csv_rows(&read(&out.join("changes.csv"))),
        summary: common::json(&out.join("summary.json")),
        dir,
    }
}

/// Repairs the published plan of the instance into `dir/out`, with `args` besides.
fn repair_into(
    dir: &Path,
    wpbs: &str,
    s1_excluded_from_b: bool,
    model: &str,
    args: &[&str],
) -> PathBuf {
    let inst = instance(dir, wpbs, s1_excluded_from_b);
    std::fs::write(inst.join("model.toml"), model).unwrap();
    let plan = dir.join("published.csv");
    std::fs::write(&plan, PLAN).unwrap();
    let out = dir.join("out");
    stageplan()
        .arg("solve")
        .arg(&inst)
        .arg("--out")
        .arg(&out)
        .arg("--baseline-plan")
        .arg(&plan)
        .args(args)
        .assert()
        .success();
    out
}

fn without_x() -> String {
    WPBS.lines()
        .filter(|l| !l.starts_with("X,"))
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

#[test]
fn repair_of_an_unchanged_instance_moves_nobody() {
    let r = repair(WPBS, false);
    assert!(r.changes.is_empty(), "{:?}", r.changes);
    assert_eq!(r.summary["repair"]["moved"], 0);
    assert_eq!(r.summary["repair"]["kept"], 3);
}

#[test]
fn repair_after_a_wpb_leaves_moves_only_their_student() {
    let r = repair(&without_x(), false);
    assert_eq!(r.changes.len(), 1, "{:?}", r.changes);
    let c = &r.changes[0];
    assert_eq!(
        (
            c["student_id"].as_str(),
            c["wpb_before"].as_str(),
            c["wpb_after"].as_str()
        ),
        ("S1", "X", "W")
    );
    assert_eq!(c["reason_code"], "WPB_GONE");
    assert_eq!(r.summary["repair"]["moved"], 1);
    assert_eq!(r.summary["repair"]["moved_student_weight"], 1000.0);
}

#[test]
fn repair_moves_a_student_to_make_room_only_when_that_places_another() {
    let r = repair(&without_x(), true);
    let moved: Vec<(&str, &str, &str)> = r
        .changes
        .iter()
        .map(|c| {
            (
                c["student_id"].as_str(),
                c["wpb_after"].as_str(),
                c["reason_code"].as_str(),
            )
        })
        .collect();
    assert_eq!(
        moved,
        [("S1", "Y", "WPB_GONE"), ("S2", "W", "MOVED_TO_MAKE_ROOM")]
    );
    assert_eq!(r.summary["repair"]["moved"], 2);
    assert_eq!(r.summary["unplaced"], 0);
    // The plan itself is a plain plan: verify accepts it.
    stageplan()
        .arg("verify")
        .arg(r.dir.path().join("inst"))
        .arg(r.dir.path().join("out/plan.csv"))
        .assert()
        .success();
}

/// S1's WPB left and S1 may not go to B; a move costs 20,000, twice an unplaced student.
fn repair_keeping_s2_at_a_high_price() -> Repaired {
    let model = MODEL.replace(
        "uncertified_wpb = 20",
        "uncertified_wpb = 20\nmoved_student = 20000",
    );
    repair_with_model(&without_x(), true, &model)
}

#[test]
fn a_high_moved_weight_keeps_students_even_if_another_stays_unplaced() {
    let r = repair_keeping_s2_at_a_high_price();
    let changes = r.changes;
    assert_eq!(changes.len(), 1, "only S1, whose WPB left: {changes:?}");
    assert_eq!(
        changes[0]["wpb_after"], "",
        "S1 stays unplaced rather than moving S2"
    );
}

/// FORMAT.md's `bound` holds for any plan, also in a repair. Here keeping S2 with Y costs
/// S1 its place, so the repair's objective is above the best plan from scratch: the
/// summary's bound may not exceed that plan, and only the repair's own bound (on the
/// objective plus its moves) is reached.
#[test]
fn a_repairs_bound_holds_for_any_plan_and_its_own_bound_for_the_moves() {
    let r = repair_keeping_s2_at_a_high_price();
    let s = &r.summary;
    let fresh = r.dir.path().join("fresh");
    stageplan()
        .arg("solve")
        .arg(r.dir.path().join("inst"))
        .arg("--out")
        .arg(&fresh)
        .assert()
        .success();
    let from_scratch = common::json(&fresh.join("summary.json"))["objective"]
        .as_f64()
        .unwrap();
    let number = |v: &serde_json::Value| v.as_f64().unwrap();
    assert!(from_scratch < number(&s["objective"]), "{s}");
    assert!(number(&s["bound"]) <= from_scratch + 1e-6, "{s}");
    assert!(number(&s["gap"]) > 0.0, "{s}");
    assert_eq!(s["status"], "optimal");
    let repair = &s["repair"];
    assert_eq!(repair["repair_bound"], repair["repair_objective"], "{s}");
    assert_eq!(repair["repair_gap"], 0.0);
}

/// Issue 16, items 13 and 16: a Dutch repair says in report.html who moved, from where
/// to where and why, and changes.csv gives its reasons in Dutch.
#[test]
fn a_repair_report_shows_who_moved_from_where_to_where_and_why_in_dutch() {
    let tmp = tempfile::tempdir().unwrap();
    let out = repair_into(
        tmp.path(),
        &without_x(),
        false,
        MODEL,
        &["--quiet", "--lang", "nl"],
    );
    let changes = csv_rows(&read(&out.join("changes.csv")));
    assert_eq!(
        changes[0]["reason"],
        "WPB 'X' staat niet meer in supervisors.csv"
    );
    let html = read(&out.join("report.html"));
    // Its status is the repair's; its bound holds for any plan.
    assert!(html.contains("geen betere reparatie mogelijk"), "{html}");
    let start = html
        .find("<section id=moves>")
        .expect("a section on the moves");
    let moves = &html[start..start + html[start..].find("</section>").unwrap()];
    assert!(moves.contains("Wie is verplaatst, en waarom"), "{moves}");
    common::has_all(&moves, &["op hun plaats gebleven: 2; verplaatst: 1"]);
    let row = moves.lines().find(|l| l.contains("<td>S1 ")).unwrap();
    assert!(
        row.contains("<td>A (X)</td><td>B (W)</td>")
            && row.contains("WPB &#39;X&#39; staat niet meer in supervisors.csv")
            && row.contains("<code>WPB_GONE</code>"),
        "{row}"
    );
}
