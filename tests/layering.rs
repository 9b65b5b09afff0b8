//! One direction through the house: a module may use only modules of lower layers, so no
//! two modules import each other. Reads `src/` as text; test code (a file's trailing
//! `#[cfg(test)] mod … { … }`, `tests.rs`, `testkit`) may reach anything.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// The layers, lowest first. A module may import modules of lower layers only, never one
/// of its own layer or above.
const LAYERS: &[&[&str]] = &[
    // Plain types and facts, no imports of their own.
    &["domain", "budget", "generate"],
    // Hard rules 1-4 and 7; the objective's cost of a student at a school and of a WPB.
    &["rules", "cost"],
    // Every user-facing word (names the rules' exclusions).
    &["lang"],
    // Reading and validation; the capacity flow.
    &["input", "capacity"],
    // The plan a careful person makes by hand (the baseline, and the solver's fallback).
    &["greedy"],
    // The integer program, the independent checker, travel times.
    &["solve", "checker", "transit"],
    // Built on the solver or the checker; scenarios adjust the input.
    &["repair", "scenario"],
    // What a solve produced, with no knowledge of how it is written.
    &["outcome"],
    // Solve, then check: the path every plan takes.
    &["pipeline"],
    // Reasons, bottlenecks, suggestions.
    &["explain"],
    // Every output file of one plan, the atomic write, shared page parts.
    &["report"],
    // What-if sweeps and their own comparison page.
    &["sweep"],
    // The benchmark command, then the command line over everything.
    &["bench"],
    &["cli"],
];

/// Modules compiled for tests only.
const TEST_ONLY: &[&str] = &["testkit"];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&module))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("src is readable") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of a file without its trailing test module.
fn production_code(text: &str) -> &str {
    let mut at = 0;
    while let Some(i) = text[at..].find("#[cfg(test)]") {
        let start = at + i;
        let rest = text[start + "#[cfg(test)]".len()..].trim_start();
        // `mod tests;` declares a file of its own, which is skipped by its name.
        if rest.starts_with("mod ") && rest.split('\n').next().is_some_and(|l| l.ends_with('{')) {
            return &text[..start];
        }
        at = start + 1;
    }
    text
}

/// Each top-level module `crate::X` a text refers to, with the first line that does.
fn references(text: &str) -> BTreeMap<String, usize> {
    let mut found = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or_default();
        let mut rest = code;
        while let Some(i) = rest.find("crate::") {
            rest = &rest[i + "crate::".len()..];
            let names: Vec<&str> = if let Some(group) = rest.strip_prefix('{') {
                group
                    .split('}')
                    .next()
                    .unwrap_or_default()
                    .split(',')
                    .map(|part| part.trim().split("::").next().unwrap_or_default())
                    .collect()
            } else {
                vec![rest]
            };
            for name in names {
                let module: String = name
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if !module.is_empty() {
                    found.entry(module).or_insert(n + 1);
                }
            }
        }
    }
    found
}

/// The top-level module a file belongs to (`src/report/html.rs` is in `report`).
fn module_of(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).expect("under src");
    let first = rel.components().next().expect("a name");
    let name = first.as_os_str().to_string_lossy();
    name.trim_end_matches(".rs").to_string()
}

/// Every import that points up or sideways, as `file:line: a -> b`.
fn violations(src: &Path) -> Vec<String> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    files.sort();
    let mut out = Vec::new();
    for file in files {
        let module = module_of(src, &file);
        let is_test_file = file.file_name().is_some_and(|n| n == "tests.rs");
        if matches!(module.as_str(), "lib" | "main") || TEST_ONLY.contains(&module.as_str()) {
            continue;
        }
        if is_test_file {
            continue;
        }
        let Some(own) = layer_of(&module) else {
            out.push(format!(
                "{}: module '{module}' is in no layer",
                file.display()
            ));
            continue;
        };
        let text = fs::read_to_string(&file).expect("readable");
        for (target, line) in references(production_code(&text)) {
            if target == module || TEST_ONLY.contains(&target.as_str()) {
                continue;
            }
            match layer_of(&target) {
                Some(l) if l < own => {}
                Some(_) => out.push(format!("{}:{line}: {module} -> {target}", file.display())),
                None => out.push(format!(
                    "{}:{line}: '{target}' is in no layer",
                    file.display()
                )),
            }
        }
    }
    out
}

#[test]
fn no_module_imports_one_of_its_own_layer_or_above() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let found = violations(&src);
    assert!(
        found.is_empty(),
        "imports against the layers of tests/layering.rs:\n{}",
        found.join("\n")
    );
}

#[test]
fn every_module_of_lib_rs_is_in_a_layer() {
    let lib = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs"))
        .expect("lib.rs");
    for line in lib.lines() {
        if let Some(name) = line.strip_prefix("pub mod ").or(line.strip_prefix("mod ")) {
            let name = name.trim_end_matches(';');
            assert!(
                layer_of(name).is_some() || TEST_ONLY.contains(&name),
                "add '{name}' to LAYERS"
            );
        }
    }
}

#[test]
fn the_reader_finds_grouped_and_inline_references() {
    let text = "use crate::{domain::Instance, report::files};\nlet x = crate::sweep::run();\n// crate::cli\n";
    let found: Vec<String> = references(text).into_keys().collect();
    assert_eq!(found, ["domain", "report", "sweep"]);
    let code = "use crate::a;\n#[cfg(test)]\nmod tests;\nuse crate::b;\n#[cfg(test)]\nmod tests {\n use crate::c;\n}\n";
    let kept: Vec<String> = references(production_code(code)).into_keys().collect();
    assert_eq!(kept, ["a", "b"]);
}
