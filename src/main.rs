use std::process::ExitCode;

fn main() -> ExitCode {
    stageplan::cli::run(std::env::args_os())
}
