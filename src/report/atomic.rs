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

fn write_all(tmp: &Path, files: &[(&str, Vec<u8>)]) -> io::Result<()> {
    fs::create_dir(tmp)?;
    for (name, bytes) in files {
        let path = tmp.join(name);
        if let Some(folder) = path.parent() {
            fs::create_dir_all(folder)?;
        }
        let mut f = fs::File::create(path)?;
        f.write_all(bytes)?;
        f.sync_all()?;
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
    let tmp = sibling(dir, "tmp")?;
    let _ = fs::remove_dir_all(&tmp);
    if let Err(e) = write_all(&tmp, files) {
        let _ = fs::remove_dir_all(&tmp);
        return Err(e);
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
