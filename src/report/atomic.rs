//! Outputs appear complete or not at all: everything is written into a temporary folder
//! beside the output folder, then renamed into place.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

fn sibling(dir: &Path, tag: &str) -> io::Result<PathBuf> {
    let name = dir.file_name().ok_or_else(|| {
        io::Error::new(io::ErrorKind::InvalidInput, "the output folder has no name")
    })?;
    let parent = dir
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    Ok(parent.join(format!(
        ".{}.{tag}-{}",
        name.to_string_lossy(),
        std::process::id()
    )))
}

/// Fault injection for the tests of this module's promise, set by the environment:
/// `STAGEPLAN_FAULT=write` fails the last file as a full disk would;
/// `abort-before-swap` and `abort-mid-swap` kill the process at those points.
fn fault(point: &str) -> bool {
    std::env::var("STAGEPLAN_FAULT").is_ok_and(|f| f == point)
}

fn write_all(tmp: &Path, files: &[(&str, Vec<u8>)]) -> io::Result<()> {
    fs::create_dir(tmp)?;
    for (i, (name, bytes)) in files.iter().enumerate() {
        let path = tmp.join(name);
        if let Some(folder) = path.parent() {
            fs::create_dir_all(folder)?;
        }
        if i + 1 == files.len() && fault("write") {
            return Err(io::Error::new(
                io::ErrorKind::StorageFull,
                "no space left on device (STAGEPLAN_FAULT=write)",
            ));
        }
        let mut f = fs::File::create(path)?;
        f.write_all(bytes)?;
        f.sync_all()?;
    }
    Ok(())
}

/// Cleans up after a run that was killed while writing: its temporary folders go, and if
/// it died between moving the old outputs aside and moving the new ones in, the old
/// outputs are put back. Then `dir` holds complete outputs or nothing, never a mix.
fn recover_interrupted(dir: &Path) -> io::Result<()> {
    let (Some(name), Some(parent)) = (dir.file_name(), dir.parent()) else {
        return Ok(());
    };
    let parent = if parent.as_os_str().is_empty() {
        Path::new(".")
    } else {
        parent
    };
    let Ok(entries) = fs::read_dir(parent) else {
        return Ok(());
    };
    let name = name.to_string_lossy();
    let (tmp, old) = (format!(".{name}.tmp-"), format!(".{name}.old-"));
    let mut leftovers: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    leftovers.sort();
    for path in leftovers {
        let file = path
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default();
        if file.starts_with(&tmp) {
            fs::remove_dir_all(&path)?;
        } else if file.starts_with(&old) {
            if dir.exists() {
                fs::remove_dir_all(&path)?;
            } else {
                fs::rename(&path, dir)?;
            }
        }
    }
    Ok(())
}

/// The first component of a relative output name (`baseline/plan.csv` -> `baseline`).
fn top(name: &str) -> &str {
    name.split('/').next().unwrap_or(name)
}

/// Replaces the outputs in `dir` by `files` (names may hold one `/` level of folders).
/// Files of others already in `dir` are kept. On failure `dir` is left as it was.
pub fn write_outputs(dir: &Path, files: &[(&str, Vec<u8>)]) -> io::Result<()> {
    write_outputs_owning(dir, files, &|_| false)
}

/// As [`write_outputs`]; entries of `dir` for which `ours` holds are outputs of an earlier
/// run and are dropped even when this run does not write them (no stale scenario folders).
pub fn write_outputs_owning(
    dir: &Path,
    files: &[(&str, Vec<u8>)],
    ours: &dyn Fn(&str) -> bool,
) -> io::Result<()> {
    if dir.exists() && !dir.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            format!("{} exists and is not a folder", dir.display()),
        ));
    }
    if let Some(parent) = dir.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(parent)?;
    }
    recover_interrupted(dir)?;
    let tmp = sibling(dir, "tmp")?;
    let _ = fs::remove_dir_all(&tmp);
    if let Err(e) = write_all(&tmp, files) {
        let _ = fs::remove_dir_all(&tmp);
        return Err(e);
    }
    if fault("abort-before-swap") {
        std::process::abort();
    }
    if !dir.exists() {
        return fs::rename(&tmp, dir).inspect_err(|_| {
            let _ = fs::remove_dir_all(&tmp);
        });
    }
    let old = sibling(dir, "old")?;
    let _ = fs::remove_dir_all(&old);
    if let Err(e) = fs::rename(dir, &old) {
        let _ = fs::remove_dir_all(&tmp);
        return Err(e);
    }
    if fault("abort-mid-swap") {
        std::process::abort();
    }
    if let Err(e) = fs::rename(&tmp, dir) {
        let _ = fs::rename(&old, dir);
        let _ = fs::remove_dir_all(&tmp);
        return Err(e);
    }
    // Carry over what others put in the folder (notes, a hand-made plan).
    for entry in fs::read_dir(&old)?.flatten() {
        let name = entry.file_name();
        let name_text = name.to_string_lossy();
        if !ours(&name_text) && !files.iter().any(|(f, _)| name_text == top(f)) {
            let _ = fs::rename(entry.path(), dir.join(&name));
        }
    }
    let _ = fs::remove_dir_all(&old);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_outputs_and_keeps_other_files() {
        let base = tempfile::tempdir().unwrap();
        let out = base.path().join("out");
        write_outputs(&out, &[("plan.csv", b"old".to_vec())]).unwrap();
        fs::write(out.join("notes.txt"), "mine").unwrap();
        write_outputs(&out, &[("plan.csv", b"new".to_vec())]).unwrap();
        assert_eq!(fs::read_to_string(out.join("plan.csv")).unwrap(), "new");
        assert_eq!(fs::read_to_string(out.join("notes.txt")).unwrap(), "mine");
        let leftovers: Vec<_> = fs::read_dir(base.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(leftovers, vec![std::ffi::OsString::from("out")]);
    }

    #[test]
    fn a_file_in_the_way_is_an_error_and_stays() {
        let base = tempfile::tempdir().unwrap();
        let out = base.path().join("out");
        fs::write(&out, "a file").unwrap();
        assert!(write_outputs(&out, &[("plan.csv", b"x".to_vec())]).is_err());
        assert_eq!(fs::read_to_string(&out).unwrap(), "a file");
    }
}
