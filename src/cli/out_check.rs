//! `--out` is checked before the instance is read: a path that cannot take the outputs
//! (a file, a name too long, a read-only place) should not cost a whole solve first.

use super::{warn, FAILURE};
use crate::lang::cli as say;
use crate::lang::Lang;
use std::path::Path;
use std::process::ExitCode;

/// Exit 2 with the reason when outputs cannot be written at `out`.
pub(super) fn out_ready(out: &Path, lang: Lang) -> Result<(), ExitCode> {
    crate::report::out_dir::check_writable(out).map_err(|e| cannot_write(out, &e, lang))
}

/// Says that the outputs cannot be written at `out`, and why: exit 2.
pub(super) fn cannot_write(out: &Path, error: &dyn std::fmt::Display, lang: Lang) -> ExitCode {
    let args = [
        ("dir", out.display().to_string()),
        ("error", error.to_string()),
    ];
    warn(&say::CANNOT_WRITE_OUT, lang, &args);
    ExitCode::from(FAILURE)
}
