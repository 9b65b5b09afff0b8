//! Helpers shared by the integration tests of sweeps, scenarios and repairs.
#![allow(dead_code)]

pub mod book;
pub mod small;

use assert_cmd::Command;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The real binary, speaking English: these tests assert English messages. Dutch, the
/// default, is tested in tests/lang.rs.
pub fn stageplan() -> Command {
    let mut cmd = Command::cargo_bin("stageplan").expect("binary");
    cmd.env("STAGEPLAN_LANG", "en");
    cmd
}

/// A file's text, or a panic that names the file.
pub fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Writes `files` (name, text) into a new folder `name` under `dir`.
pub fn folder(dir: &Path, name: &str, files: &[(&str, &str)]) -> PathBuf {
    let path = dir.join(name);
    fs::create_dir_all(&path).unwrap();
    for (file, text) in files {
        fs::write(path.join(file), text).unwrap();
    }
    path
}

/// An instance folder `inst` under `dir` of the three tables and a model (and `more`
/// files, such as travel.csv).
pub fn instance_of(
    dir: &Path,
    [schools, wpbs, students, model]: [&str; 4],
    more: &[(&str, &str)],
) -> PathBuf {
    let mut files = vec![
        ("schools.csv", schools),
        ("supervisors.csv", wpbs),
        ("students.csv", students),
        ("model.toml", model),
    ];
    files.extend_from_slice(more);
    folder(dir, "inst", &files)
}

/// The `[weights]` table with the weights of FORMAT.md, to end a test model with
/// (`concat!`): a model file must name every weight (E040), so each test model names them
/// with this one block.
#[macro_export]
macro_rules! weights_toml {
    () => {
        concat!(
            "[weights]\n",
            "unplaced = 10000\n",
            "travel_minute = 1\n",
            "same_type_as_previous = 30\n",
            "preference_rank = 5\n",
            "preference_unlisted = 25\n",
            "uncertified_wpb = 20\n",
        )
    };
}

/// A model with one institute and two tracks, no travel limit, the FORMAT weights.
pub const MODEL: &str = concat!(
    r#"name = "test"
[[institutes]]
id = "X"
[[tracks]]
id = "T1"
institute = "X"
days = ["ma"]
wpb_hours = 36
so_hours = 20
[[tracks]]
id = "T2"
institute = "X"
days = ["di"]
wpb_hours = 36
so_hours = 20
"#,
    weights_toml!()
);

/// A small generated instance, written by the binary itself.
pub fn generated(dir: &Path, students: usize, seed: u64) -> PathBuf {
    let inst = dir.join(format!("gen-{students}-{seed}"));
    stageplan()
        .args(["generate", "--schools", "4", "--students"])
        .arg(students.to_string())
        .arg("--seed")
        .arg(seed.to_string())
        .arg("--out")
        .arg(&inst)
        .assert()
        .success();
    inst
}

/// The rows of a CSV text as maps from header to cell.
pub fn csv_rows(text: &str) -> Vec<std::collections::BTreeMap<String, String>> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            headers
                .iter()
                .zip(r.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

/// Solves an instance into `out` quietly, without suggestions, and expects success.
pub fn solve(instance: &Path, out: &Path) {
    stageplan()
        .arg("solve")
        .arg(instance)
        .arg("--out")
        .arg(out)
        .args(["--quiet", "--suggestions", "0"])
        .assert()
        .success();
}

/// `solve INSTANCE --out OUT ARGS…`, run, for the caller to assert its exit.
pub fn solving(instance: &Path, out: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    stageplan()
        .arg("solve")
        .arg(instance)
        .arg("--out")
        .arg(out)
        .args(args)
        .assert()
}

/// `args` exits with `code` (within 20 seconds: nothing waits on a pipe), and stderr.
pub fn exits(args: &[&std::ffi::OsStr], code: i32) -> String {
    let output = stageplan()
        .args(args)
        .timeout(Duration::from_secs(20))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).to_string();
    assert_eq!(output.status.code(), Some(code), "{stderr}");
    stderr
}

/// `check` exits 1 naming `code` at `place`, with each of `words`.
pub fn refused(inst: &Path, code: &str, place: &str, words: &[&str]) -> String {
    let stderr = exits(&["check".as_ref(), inst.as_os_str()], 1);
    says(&stderr, code, place, words);
    stderr
}

/// `stderr` names error `code` at `place`, with each of `words`.
pub fn says(stderr: &str, code: &str, place: &str, words: &[&str]) {
    assert!(
        stderr.contains(&format!("{place}: error {code}")),
        "{code} at {place}:\n{stderr}"
    );
    for w in words {
        assert!(stderr.contains(w), "'{w}' in:\n{stderr}");
    }
}

/// The names in folder `dir`, sorted.
pub fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A folder `inst` under `dir` of the files `base`, each replaced (or added) by `replace`.
pub fn instance_with(dir: &Path, base: &[(&str, &str)], replace: &[(&str, &str)]) -> PathBuf {
    let mut files = base.to_vec();
    for (name, text) in replace {
        match files.iter_mut().find(|(n, _)| n == name) {
            Some(f) => f.1 = text,
            None => files.push((name, text)),
        }
    }
    folder(dir, "inst", &files)
}

/// `text` contains each of `words`; a missing one is named, with the whole text.
pub fn has_all(text: &str, words: &[&str]) {
    for w in words {
        assert!(text.contains(w), "{w:?} in:\n{text}");
    }
}

/// `text` contains none of `words`; one found is named, with the whole text.
pub fn has_none(text: &str, words: &[&str]) {
    for w in words {
        assert!(!text.contains(w), "no {w:?} in:\n{text}");
    }
}

/// `check PATH` exits with `code`; its stderr.
pub fn checked(path: &Path, code: i32) -> String {
    exits(&["check".as_ref(), path.as_os_str()], code)
}

/// A new temporary folder, removed when dropped, and the path `name` in it (not created).
pub fn scratch(name: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    (dir, path)
}

/// `args` exits with `code`; its stdout.
pub fn prints(args: &[&dyn AsRef<std::ffi::OsStr>], code: i32) -> String {
    let output = stageplan()
        .args(args.iter().map(|a| a.as_ref()))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert_eq!(
        output.status.code(),
        Some(code),
        "{stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

/// A what-if case in a new temporary folder: a generated instance of `students` (seed
/// `seed`), the scenario file `s.toml` holding `scenarios`, and the out folder to write.
pub fn what_if(
    students: usize,
    seed: u64,
    scenarios: &str,
) -> (tempfile::TempDir, PathBuf, PathBuf, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let inst = generated(tmp.path(), students, seed);
    let file = tmp.path().join("s.toml");
    fs::write(&file, scenarios).unwrap();
    let out = tmp.path().join("out");
    (tmp, inst, file, out)
}

/// A JSON file, read.
pub fn json(path: &Path) -> serde_json::Value {
    serde_json::from_str(&read(path)).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The scenarios of a file `s.toml` holding `text`, its file names read from this folder.
pub fn scenarios_in(
    text: &str,
) -> Result<Vec<stageplan::scenario::Scenario>, Vec<stageplan::input::problem::Problem>> {
    stageplan::scenario::parse_scenarios("s.toml", text, Path::new("."))
}
