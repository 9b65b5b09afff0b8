//! `stageplan bench`: the speed and quality table of the README, from one run.

use super::FAILURE;
use crate::bench::{self, BenchOptions};
use std::process::ExitCode;

/// Runs the bench and prints its Markdown table; a line per finished run on stderr.
pub(super) fn bench(options: BenchOptions, quiet: bool) -> Result<(), ExitCode> {
    let progress = |line: &str| {
        if !quiet {
            eprintln!("{line}");
        }
    };
    match bench::run(&options, &progress) {
        Ok(table) => {
            print!("{}", table.markdown());
            if !quiet {
                eprintln!(
                    "written: {} and {}",
                    options.out.join("bench.md").display(),
                    options.out.join("bench.csv").display()
                );
            }
            Ok(())
        }
        Err(e) => {
            eprintln!(
                "error: the bench could not write to {}: {e}",
                options.out.display()
            );
            Err(ExitCode::from(FAILURE))
        }
    }
}
