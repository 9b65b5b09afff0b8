//! `explain --student` tells the whole story: the group rule where it decides (issue 16,
//! item 14) and the near misses a coordinator would call (item 15). Through the binary,
//! on small instances of the HOS model.

mod common;

use common::small::instance;
use common::{solve, stageplan};
use std::path::Path;

/// `explain --student ID --lang LANG` over the plan in `out`.
fn explain(inst: &Path, out: &Path, id: &str, lang: &str) -> String {
    let run = stageplan()
        .arg("explain")
        .arg(inst)
        .arg("--plan")
        .arg(out.join("plan.csv"))
        .args(["--student", id, "--lang", lang])
        .assert()
        .success();
    String::from_utf8_lossy(&run.get_output().stdout).into_owned()
}

/// S1 and S2 form group G. School B is closer for S1 and its WPB has room for one, but
/// not for the whole group, so the group is at A.
const GROUP_WPBS: &str = "wpb_id,name,school_id,subjects,days,max_students,max_hours\nW1,Wim,A,biologie,ma|wo,2,72\nW2,Wanda,B,biologie,ma|di|wo|do,1,36\n";
const GROUP_STUDENTS: &str =
    "student_id,name,track,subject,group\nS1,Sara,HR-VT2,biologie,G\nS2,Sem,HR-VT2,biologie,G\n";
const GROUP_TRAVEL: &str = "student_id,school_id,minutes\nS1,A,40\nS1,B,10\nS2,A,35\nS2,B,25\n";

#[test]
fn explain_names_the_group_rule_and_members_where_a_cheaper_school_cannot_seat_the_group() {
    let tmp = tempfile::tempdir().unwrap();
    let inst = instance(
        tmp.path(),
        &[
            ("supervisors.csv", GROUP_WPBS),
            ("students.csv", GROUP_STUDENTS),
            ("travel.csv", GROUP_TRAVEL),
        ],
    );
    let out = tmp.path().join("out");
    solve(&inst, &out);
    let en = explain(&inst, &out, "S1", "en");
    assert!(en.contains("Placed at school A"), "{en}");
    assert!(
        en.contains("Group 'G' (rule 9") && en.contains("S1 (Sara), S2 (Sem)"),
        "{en}"
    );
    assert!(en.contains("The whole group 'G' is at this school"), "{en}");
    // B is cheaper and has room for S1: the story must say the group does not fit there,
    // both in the alternatives and in the line of school B.
    let alternative = en.lines().find(|l| l.contains("WPB W2")).unwrap();
    assert!(
        alternative.contains("has room")
            && alternative.contains("the whole group 'G' does not fit there"),
        "{alternative}"
    );
    let school_b = en.lines().find(|l| l.starts_with("  B (")).unwrap();
    assert!(school_b.contains("costs 30 less"), "{school_b}");
    assert!(
        school_b
            .contains("does not fit there (rule 9): its WPBs there have no room for all 2 members"),
        "{school_b}"
    );
    let nl = explain(&inst, &out, "S1", "nl");
    assert!(
        nl.contains("Groep 'G' (regel 9") && nl.contains("past daar niet"),
        "{nl}"
    );
}

#[test]
fn explain_names_the_wpbs_who_lack_one_stage_day_or_are_full() {
    let tmp = tempfile::tempdir().unwrap();
    // HR-VT2 is on ma|wo. W1 teaches biologie at A but is not there on wo; W2 at B has
    // one place, taken by S2 (closer), so S1 stays unplaced. W3 teaches another subject.
    let wpbs = "wpb_id,name,school_id,subjects,days,max_students,max_hours\nW1,Wim,A,biologie,ma|di,1,36\nW2,Wanda,B,biologie,ma|wo,1,36\nW3,Wout,A,Fries,ma|wo,1,36\n";
    let travel = "student_id,school_id,minutes\nS1,A,30\nS1,B,40\nS2,A,35\nS2,B,25\n";
    let inst = instance(
        tmp.path(),
        &[("supervisors.csv", wpbs), ("travel.csv", travel)],
    );
    let out = tmp.path().join("out");
    solve(&inst, &out);
    let unplaced = common::read(&out.join("unplaced.csv"));
    let id = unplaced.lines().nth(1).unwrap().split(',').next().unwrap();
    let en = explain(&inst, &out, id, "en");
    let near = en
        .split("Near misses (the WPBs to call):\n")
        .nth(1)
        .unwrap_or_else(|| panic!("{en}"));
    assert!(
        near.contains(
            "WPB W1 (Wim) at school A (School A) teaches the subject but is not at school on wo"
        ),
        "{en}"
    );
    assert!(
        near.contains("WPB W2 (Wanda) at school B (School B) teaches the subject on the stage days but is full: WPB W2 has 1 of 1 students"),
        "{en}"
    );
    assert!(!near.contains("W3"), "{en}");
    let nl = explain(&inst, &out, id, "nl");
    assert!(
        nl.contains("Bijna passend (de WPB's om te bellen):")
            && nl.contains("niet op school op wo"),
        "{nl}"
    );
}
