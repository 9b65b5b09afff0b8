//! Dutch by default, English with `--lang en` or STAGEPLAN_LANG=en, for messages and the
//! free text of the outputs; codes and column names stay as the data contract says.

mod common;

use assert_cmd::Command;
use common::{csv_rows, read};
use std::path::Path;

/// The binary as a user starts it: no language set anywhere.
fn plain() -> Command {
    let mut cmd = Command::cargo_bin("stageplan").expect("binary");
    cmd.env_remove("STAGEPLAN_LANG");
    cmd
}

/// `solve data/hos` into `out` with no language asked for (so Dutch): its stdout.
fn solve_hos_in_dutch(out: &std::path::Path, suggestions: &str) -> String {
    let run = plain()
        .args(["solve", "data/hos", "--suggestions", suggestions, "--out"])
        .arg(out)
        .output()
        .unwrap();
    assert!(run.status.success());
    String::from_utf8_lossy(&run.stdout).into_owned()
}

/// An instance whose students.csv has a bad number of paid fte on line 2.
fn broken(dir: &Path) -> std::path::PathBuf {
    let inst = dir.join("inst");
    std::fs::create_dir_all(&inst).unwrap();
    for f in ["schools.csv", "supervisors.csv", "travel.csv"] {
        std::fs::copy(Path::new("data/hos").join(f), inst.join(f)).unwrap();
    }
    let students = read(Path::new("data/hos/students.csv"));
    let mut lines: Vec<String> = students.lines().map(str::to_string).collect();
    let header: Vec<&str> = lines[0].split(',').collect();
    let fte = header.iter().position(|h| *h == "paid_fte").unwrap();
    let mut cells: Vec<String> = lines[1].split(',').map(str::to_string).collect();
    cells[fte] = "veel".into();
    lines[1] = cells.join(",");
    std::fs::write(inst.join("students.csv"), lines.join("\n") + "\n").unwrap();
    inst
}

fn stderr_of(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert_eq!(out.status.code(), Some(1), "exit code");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn problems_are_dutch_by_default_and_english_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let inst = broken(dir.path());
    let nl = stderr_of(plain().arg("check").arg(&inst));
    assert!(nl.contains("students.csv:2:"), "{nl}");
    common::has_all(
        &nl,
        &["fout E011: 'paid_fte' is geen getal (waarde: 'veel')"],
    );
    assert!(nl.contains("wat te doen: Schrijf een gewoon getal"), "{nl}");
    assert!(nl.contains("Er is niets gepland"), "{nl}");
    let en = stderr_of(plain().args(["--lang", "en", "check"]).arg(&inst));
    common::has_all(
        &en,
        &["error E011: 'paid_fte' is not a number (value: 'veel')"],
    );
    assert!(en.contains("what to do: Write a plain number"), "{en}");
    assert!(en.contains("Nothing was planned"), "{en}");
}

#[test]
fn the_environment_sets_the_language_and_the_flag_overrides_it() {
    let dir = tempfile::tempdir().unwrap();
    let inst = broken(dir.path());
    let en = stderr_of(plain().env("STAGEPLAN_LANG", "en").arg("check").arg(&inst));
    assert!(en.contains("error E011"), "{en}");
    let nl = stderr_of(
        plain()
            .env("STAGEPLAN_LANG", "en")
            .args(["check", "--lang", "nl"])
            .arg(&inst),
    );
    assert!(nl.contains("fout E011"), "{nl}");
    let bad = plain()
        .env("STAGEPLAN_LANG", "fr")
        .arg("check")
        .arg(&inst)
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("STAGEPLAN_LANG"));
}

#[test]
fn unplaced_reasons_and_the_summary_line_follow_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let (nl, en) = (dir.path().join("nl"), dir.path().join("en"));
    let said = solve_hos_in_dutch(&nl, "0");
    assert!(said.contains("geplaatst 289, niet geplaatst 11"), "{said}");
    plain()
        .args([
            "--lang",
            "en",
            "solve",
            "data/hos",
            "--quiet",
            "--suggestions",
            "0",
            "--out",
        ])
        .arg(&en)
        .assert()
        .success();
    let (rows_nl, rows_en) = (
        csv_rows(&read(&nl.join("unplaced.csv"))),
        csv_rows(&read(&en.join("unplaced.csv"))),
    );
    assert_eq!(rows_nl.len(), rows_en.len());
    // The same codes and columns; the reason and action in each language.
    for (a, b) in rows_nl.iter().zip(&rows_en) {
        assert_eq!(a["reason_code"], b["reason_code"]);
        assert_ne!(a["reason"], b["reason"]);
        assert_ne!(a["action"], b["action"]);
    }
    // plan.csv carries no free text: the same bytes in both languages.
    assert_eq!(read(&nl.join("plan.csv")), read(&en.join("plan.csv")));
}

/// Issue 16, item 16: a Dutch run says its solver status, its diagnosis and the sweep's
/// baseline in Dutch, with Dutch plurals; summary.json keeps FORMAT.md's status values.
#[test]
fn a_dutch_run_has_no_english_status_words_and_real_plurals() {
    let (dir, out) = common::scratch("nl");
    let said = solve_hos_in_dutch(&out, "1");
    assert!(said.contains("optimaal in"), "{said}");
    assert!(!said.contains("optimal "), "{said}");
    assert!(!said.contains("(en)") && !said.contains("(len)"), "{said}");
    assert!(
        said.contains("knelpunt") && said.contains("nagerekend"),
        "{said}"
    );
    let summary = common::json(&out.join("summary.json"));
    assert_eq!(summary["status"], "optimal");
    let scenarios = dir.path().join("s.toml");
    std::fs::write(
        &scenarios,
        "[[scenario]]\nname = \"ruimer\"\nno_travel_limit = true\n",
    )
    .unwrap();
    let sweep = dir.path().join("sweep");
    let run = plain()
        .args(["sweep", "data/hos", "--scenarios"])
        .arg(&scenarios)
        .arg("--out")
        .arg(&sweep)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let said = String::from_utf8_lossy(&run.stdout);
    assert!(
        said.contains("basis") && !said.contains("baseline "),
        "{said}"
    );
    assert!(
        said.contains("optimaal") && !said.contains("optimal "),
        "{said}"
    );
    let md = read(&sweep.join("sweep.md"));
    assert!(
        md.contains("| basis |") && !md.contains("| optimal |"),
        "{md}"
    );
    // sweep.csv is data: FORMAT.md's values.
    assert!(read(&sweep.join("sweep.csv")).contains("baseline,"));
}

#[test]
fn a_bad_flag_value_is_refused_in_the_runs_language() {
    let (_dir, out) = common::scratch("gen");
    for (lang, words) in [
        ("nl", "een aandeel van 0 tot 1"),
        ("en", "a share from 0 to 1"),
    ] {
        let run = plain()
            .args(["--lang", lang, "generate", "--group-share", "2", "--out"])
            .arg(&out)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert_eq!(run.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains(words), "{stderr}");
    }
    assert!(!out.exists());
    for (lang, words) in [
        ("nl", "--without kent core"),
        ("en", "--without knows core"),
    ] {
        let run = plain()
            .args([
                "--lang",
                lang,
                "solve",
                "data/hos",
                "--without",
                "kern",
                "--out",
            ])
            .arg(&out)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert_eq!(run.status.code(), Some(2), "{stderr}");
        assert!(
            stderr.contains(words) && stderr.contains("'kern'"),
            "{stderr}"
        );
    }
    assert!(!out.exists());
}

#[test]
fn the_built_in_model_is_named_in_the_runs_language() {
    for (lang, words) in [
        ("nl", "(ingebouwd models/hos.toml)"),
        ("en", "(built-in models/hos.toml)"),
    ] {
        let run = plain()
            .args(["--lang", lang, "check", "data/hos"])
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&run.stdout);
        assert!(stdout.contains(words), "{stdout}");
    }
}

#[test]
fn a_model_files_unknown_key_is_said_in_dutch_with_the_closest_key() {
    let dir = tempfile::tempdir().unwrap();
    let model = read(Path::new("models/hos.toml")).replace("wpb_hours = 36", "wpb_hour = 36");
    let path = dir.path().join("model.toml");
    std::fs::write(&path, model).unwrap();
    let stderr = stderr_of(plain().args(["check", "data/hos", "--model"]).arg(&path));
    assert!(
        stderr.contains("'wpb_hour' is geen sleutel") && stderr.contains("bedoelt u 'wpb_hours'?"),
        "{stderr}"
    );
    assert!(!stderr.contains("unknown field"), "{stderr}");
}
