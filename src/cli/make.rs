//! `generate` and `init`: a new instance, synthetic or empty to fill in.

use super::{cannot_write, print_problems, tell, warn, FAILURE, INVALID};
use crate::generate::{self, GenerateOptions};
use crate::lang::cli as say;
use crate::lang::Lang;
use crate::report::atomic;
use std::path::Path;
use std::process::ExitCode;

pub(super) fn generate(
    options: GenerateOptions,
    gtfs: bool,
    out: &Path,
    lang: Lang,
) -> Result<(), ExitCode> {
    if options.students == 0 || options.schools == 0 {
        eprintln!("{}", say::GENERATE_SIZES.of(lang));
        return Err(ExitCode::from(FAILURE));
    }
    let files = generate::generate(&options);
    let mut files: Vec<(&str, Vec<u8>)> = files
        .iter()
        .map(|(n, t)| (n.as_str(), t.clone().into_bytes()))
        .collect();
    let feed = gtfs.then(crate::transit::synthetic::feed_zip).transpose();
    feed.and_then(|feed| {
        files.extend(feed.map(|f| ("feed.zip", f)));
        atomic::write_outputs(out, &files)
    })
    .map_err(|e| cannot_write(out, e, lang))?;
    tell(
        &say::GENERATED,
        lang,
        &[
            ("students", options.students.to_string()),
            ("schools", options.schools.to_string()),
            ("dir", out.display().to_string()),
        ],
    );
    Ok(())
}

/// Writes an empty instance to fill in: a workbook or a CSV folder, never over existing work.
pub(super) fn init(path: &Path, model: Option<&Path>, lang: Lang) -> Result<(), ExitCode> {
    let mut problems = crate::input::problem::Problems::default();
    let here = Path::new(".");
    let Some((model, _)) = crate::input::load_model(here, model, &mut problems) else {
        print_problems(&problems.into_sorted(), lang);
        return Err(ExitCode::from(INVALID));
    };
    let workbook = crate::input::workbook::is_workbook(path);
    let taken = if workbook {
        path.exists()
    } else {
        path.read_dir()
            .is_ok_and(|mut entries| entries.next().is_some())
    };
    if taken {
        warn(
            &say::INIT_EXISTS,
            lang,
            &[("path", path.display().to_string())],
        );
        return Err(ExitCode::from(FAILURE));
    }
    let written = if workbook {
        match crate::report::template::workbook(&model, lang) {
            Ok(bytes) => write_new_file(path, &bytes),
            Err(e) => Err(std::io::Error::other(e.to_string())),
        }
    } else {
        atomic::write_outputs(path, &crate::report::template::csv_files(&model, lang))
    };
    written.map_err(|e| cannot_write(path, e, lang))?;
    tell(
        &say::INIT_WRITTEN,
        lang,
        &[("path", path.display().to_string())],
    );
    Ok(())
}

/// Writes a file through a temporary sibling, so that it appears complete or not at all.
fn write_new_file(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}
