//! Issue 17, item 5: the output folder. The swap is one step where Linux allows it, so
//! the out path always holds a complete plan; the user's own files there are never
//! deleted, also after a kill at any point of the swap without it; `--out` that is a link
//! is followed; a bad `--out` is found before the instance is read.

mod common;

use common::small::instance as small_instance;
use common::{names, stageplan};
use std::fs;
use std::path::{Path, PathBuf};

/// `solve` into `out` with fault points set (comma-separated), and its exit code.
fn solve(inst: &Path, out: &Path, faults: &str) -> (Option<i32>, String) {
    let mut cmd = stageplan();
    cmd.arg("solve")
        .arg(inst)
        .arg("--out")
        .arg(out)
        .args(["--quiet", "--suggestions", "0"]);
    if !faults.is_empty() {
        cmd.env("STAGEPLAN_FAULT", faults);
    }
    let output = cmd.output().unwrap();
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).to_string(),
    )
}

/// A first plan in `out`, with a note and a folder of the user's own beside it.
fn first_plan_with_notes(dir: &Path) -> (PathBuf, PathBuf) {
    let inst = small_instance(dir, &[]);
    let out = dir.join("out");
    assert_eq!(solve(&inst, &out, "").0, Some(0));
    fs::write(out.join("notes.txt"), "mine").unwrap();
    fs::create_dir(out.join("drafts")).unwrap();
    fs::write(out.join("drafts/v1.csv"), "draft").unwrap();
    (inst, out)
}

/// A first plan with the user's files, then a solve into it that the fault points
/// `faults` kill: the folder, the instance and the out folder.
fn killed_after_a_first_plan(faults: &str) -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let (inst, out) = first_plan_with_notes(dir.path());
    let (code, _) = solve(&inst, &out, faults);
    assert_ne!(code, Some(0));
    (dir, inst, out)
}

fn users_files_kept(out: &Path) {
    assert_eq!(fs::read_to_string(out.join("notes.txt")).unwrap(), "mine");
    assert_eq!(
        fs::read_to_string(out.join("drafts/v1.csv")).unwrap(),
        "draft"
    );
}

fn complete(out: &Path) {
    for f in [
        "plan.csv",
        "unplaced.csv",
        "summary.json",
        "plan.xlsx",
        "report.html",
    ] {
        assert!(out.join(f).is_file(), "{f} in {:?}", names(out));
    }
}

#[cfg(target_os = "linux")]
#[test]
fn a_kill_right_after_the_one_step_swap_leaves_a_complete_plan_and_the_users_files() {
    let (dir, inst, out) = killed_after_a_first_plan("abort-mid-swap");
    complete(&out);
    users_files_kept(&out);
    assert_eq!(solve(&inst, &out, "").0, Some(0));
    users_files_kept(&out);
    assert_eq!(names(dir.path()), ["inst", "out"], "no debris");
}

#[test]
fn without_the_one_step_swap_a_kill_between_the_renames_loses_no_users_file() {
    let (dir, inst, out) = killed_after_a_first_plan("no-exchange,abort-mid-swap");
    assert!(!out.exists(), "between the two renames");
    assert_eq!(solve(&inst, &out, "").0, Some(0));
    complete(&out);
    users_files_kept(&out);
    assert_eq!(names(dir.path()), ["inst", "out"]);
}

#[test]
fn without_links_or_the_swap_a_kill_before_the_carry_over_loses_no_users_file() {
    let (dir, inst, out) = killed_after_a_first_plan("no-exchange,no-links,abort-after-swap");
    complete(&out);
    // The user's files wait in the old folder; the next run, or a second one started
    // now, puts them back before anything else.
    assert!(!out.join("notes.txt").exists());
    assert_eq!(solve(&inst, &out, "").0, Some(0));
    users_files_kept(&out);
    assert_eq!(names(dir.path()), ["inst", "out"]);
}

#[test]
fn a_temporary_folder_of_a_solve_still_running_is_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let inst = small_instance(dir.path(), &[]);
    let out = dir.path().join("out");
    // This test process stands for a first solve that is still writing.
    let busy = dir.path().join(format!(".out.tmp-{}", std::process::id()));
    fs::create_dir(&busy).unwrap();
    fs::write(busy.join("plan.csv"), "being written").unwrap();
    assert_eq!(solve(&inst, &out, "").0, Some(0));
    assert_eq!(
        fs::read_to_string(busy.join("plan.csv")).unwrap(),
        "being written"
    );
    complete(&out);
}

#[cfg(unix)]
#[test]
fn an_out_link_to_a_folder_is_followed_and_stays_a_link() {
    let dir = tempfile::tempdir().unwrap();
    let inst = small_instance(dir.path(), &[]);
    let real = dir.path().join("shared/plans");
    fs::create_dir_all(&real).unwrap();
    fs::write(real.join("notes.txt"), "mine").unwrap();
    let link = dir.path().join("out");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    for _ in 0..2 {
        assert_eq!(solve(&inst, &link, "").0, Some(0));
        assert!(fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        complete(&real);
        assert_eq!(fs::read_to_string(real.join("notes.txt")).unwrap(), "mine");
    }
    assert_eq!(
        names(&dir.path().join("shared")),
        ["plans"],
        "no debris beside the target"
    );
}

/// `args` exits 2 with the out folder's reason, and says nothing of the (missing)
/// instance: the out path was checked before the instance was read.
fn refused_before_reading(args: &[&std::ffi::OsStr], out: &Path, reason: &str) {
    let output = stageplan().args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    let said = format!("cannot write the outputs to {}", out.display());
    assert!(
        stderr.contains(&said) && stderr.contains(reason),
        "{stderr}"
    );
    assert!(
        !stderr.contains("E001"),
        "the instance was not read:\n{stderr}"
    );
}

#[test]
fn a_bad_out_path_is_found_before_the_instance_is_read() {
    let (dir, nowhere) = common::scratch("no-such-instance");
    let file = dir.path().join("a-file");
    fs::write(&file, "keep me").unwrap();
    let long = dir.path().join("x".repeat(250));
    let proc = PathBuf::from("/proc/stageplan-cannot-write-here");
    for (out, reason) in [
        (&file, "exists and is not a folder"),
        (&long, "too long"),
        (&proc, ""),
    ] {
        let solve: [&std::ffi::OsStr; 4] = [
            "solve".as_ref(),
            nowhere.as_os_str(),
            "--out".as_ref(),
            out.as_os_str(),
        ];
        refused_before_reading(&solve, out, reason);
        let scenarios = dir.path().join("no-such-scenarios.toml");
        let sweep: [&std::ffi::OsStr; 6] = [
            "sweep".as_ref(),
            nowhere.as_os_str(),
            "--scenarios".as_ref(),
            scenarios.as_os_str(),
            "--out".as_ref(),
            out.as_os_str(),
        ];
        refused_before_reading(&sweep, out, reason);
    }
    assert_eq!(fs::read_to_string(&file).unwrap(), "keep me");
    assert_eq!(names(dir.path()), ["a-file"], "nothing made");
}
