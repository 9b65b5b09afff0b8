//! Issue 16, item 16: every argument of every command says in `--help` what it is for.

mod common;

use common::stageplan;

const COMMANDS: [&str; 11] = [
    "check", "solve", "sweep", "explain", "verify", "score", "greedy", "bench", "init", "travel",
    "generate",
];

/// The argument lines of a short help text that carry no description.
fn undescribed(help: &str) -> Vec<String> {
    let mut bare = Vec::new();
    let mut in_list = false;
    for line in help.lines() {
        if line.ends_with(':') && !line.starts_with(' ') {
            in_list = line == "Arguments:" || line == "Options:";
            continue;
        }
        let item = line.trim_start();
        if in_list && line.starts_with("  ") && (item.starts_with('-') || item.starts_with('<')) {
            // A description follows the argument after at least two spaces.
            if !item.trim_end().contains("  ") {
                bare.push(line.to_string());
            }
        }
    }
    bare
}

#[test]
fn every_argument_of_every_command_has_a_description() {
    for command in COMMANDS {
        let run = stageplan().args([command, "-h"]).assert().success();
        let help = String::from_utf8_lossy(&run.get_output().stdout).into_owned();
        assert!(help.contains("Options:"), "{command}: {help}");
        let bare = undescribed(&help);
        assert!(
            bare.is_empty(),
            "{command}: no description for {bare:?}\n{help}"
        );
    }
}

#[test]
fn the_check_finds_an_argument_without_a_description() {
    let help = "Usage: x\n\nArguments:\n  <INSTANCE>\n\nOptions:\n      --model <MODEL>  The model\n  -h, --help  Print help\n";
    assert_eq!(undescribed(help), vec!["  <INSTANCE>".to_string()]);
}
