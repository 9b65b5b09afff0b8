//! The small valid instance of the hostile suites: two schools, two WPBs, two students of
//! the HOS model and their travel times. Each test replaces the file it makes hostile.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

pub const SCHOOLS: &str =
    "school_id,name,types,max_students,so_hours\nA,School A,havo,10,200\nB,School B,vmbo,,\n";
pub const WPBS: &str = "wpb_id,name,school_id,subjects,days,max_students,max_hours\nW1,Wim,A,biologie,ma|wo,1,36\nW2,Wanda,B,biologie,ma|di|wo|do,2,72\n";
pub const STUDENTS: &str =
    "student_id,name,track,subject,group\nS1,Sara,HR-VT2,biologie,\nS2,Sem,HR-VT2,biologie,\n";
pub const TRAVEL: &str = "student_id,school_id,minutes\nS1,A,30\nS1,B,40\nS2,A,35\nS2,B,25\n";

/// The valid instance as folder `inst` under `dir`, with files replaced (or added).
pub fn instance(dir: &Path, replace: &[(&str, &str)]) -> PathBuf {
    let base = [
        ("schools.csv", SCHOOLS),
        ("supervisors.csv", WPBS),
        ("students.csv", STUDENTS),
        ("travel.csv", TRAVEL),
    ];
    super::instance_with(dir, &base, replace)
}

/// `check` of the valid instance with `replace` in place of its files exits with `code`;
/// its stderr.
pub fn checked_with(replace: &[(&str, &str)], code: i32) -> String {
    let dir = tempfile::tempdir().unwrap();
    super::checked(&instance(dir.path(), replace), code)
}
