//! Outputs appear complete or not at all: everything is written into a temporary folder
//! beside the output folder, the user's own files there are linked in, and the two
//! folders swap in one step (`swap.rs`). At every instant the output path holds a complete
//! set of outputs, and no file of the user's is ever deleted. An output path that is a
//! link is followed: the folder it names gets the outputs.

use super::out_dir::{follow, parent_of, sibling};
use super::swap::{self, Swapped};
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Fault injection for the tests of this module's promise, set by the environment:
/// `STAGEPLAN_FAULT=write` fails the last file as a full disk would;
/// `abort-before-swap` and `abort-mid-swap` kill the process at those points (mid-swap:
/// right after the exchange, or between the two renames where there is none);
/// `abort-after-swap` kills it before the user's files are carried over (two renames);
/// `no-exchange` makes the swap two renames, as on a system without the exchange, and
/// `no-links` moves the user's files after the swap, as on a file system without links.
/// Several points may be given, separated by commas.
pub(super) fn fault(point: &str) -> bool {
    std::env::var("STAGEPLAN_FAULT").is_ok_and(|f| f.split(',').any(|p| p.trim() == point))
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

/// True unless the process that made a temporary folder (`.out.tmp-PID`) still runs: a
/// second run must not pull the folder from under a first one that is writing.
fn abandoned(file: &str) -> bool {
    let pid = file.rsplit('-').next().unwrap_or("");
    let proc = Path::new("/proc");
    !(proc.is_dir() && !pid.is_empty() && proc.join(pid).exists())
}

/// Cleans up after runs that were killed while writing. Their temporary folders hold
/// only outputs and links, and go. A folder of old outputs left by a kill between two
/// renames (where the exchange is unavailable) is put back when the output folder is
/// missing; otherwise what it holds that the output folder lacks (the user's files) is
/// moved back first. So nothing of the user's is lost, and `dir` is complete or absent.
fn recover_interrupted(dir: &Path) -> io::Result<()> {
    let (Some(name), parent) = (dir.file_name(), parent_of(dir)) else {
        return Ok(());
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
        if file.starts_with(&tmp) && abandoned(&file) {
            fs::remove_dir_all(&path)?;
        } else if file.starts_with(&old) && abandoned(&file) {
            if !dir.exists() {
                fs::rename(&path, dir)?;
                continue;
            }
            for entry in fs::read_dir(&path)?.flatten() {
                let back = dir.join(entry.file_name());
                if fs::symlink_metadata(&back).is_err() {
                    fs::rename(entry.path(), back)?;
                }
            }
            fs::remove_dir_all(&path)?;
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
    let dir = &follow(dir)?;
    if dir.exists() && !dir.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            format!("{} exists and is not a folder", dir.display()),
        ));
    }
    fs::create_dir_all(parent_of(dir))?;
    recover_interrupted(dir)?;
    let tmp = sibling(dir, "tmp")?;
    let _ = fs::remove_dir_all(&tmp);
    let kept = |name: &str| !ours(name) && !files.iter().any(|(f, _)| name == top(f));
    let linked = write_all(&tmp, files).and_then(|()| link_users_files(dir, &tmp, &kept));
    let linked = match linked {
        Ok(linked) => linked,
        Err(e) => {
            let _ = fs::remove_dir_all(&tmp);
            return Err(e);
        }
    };
    if fault("abort-before-swap") {
        std::process::abort();
    }
    if !dir.exists() {
        return fs::rename(&tmp, dir).inspect_err(|_| {
            let _ = fs::remove_dir_all(&tmp);
        });
    }
    // Without the links the old folder holds the user's files until they are carried
    // over; only the two renames leave it where recovery looks for them (`.old-`).
    let swapped = match linked {
        true => swap::exchange(&tmp, dir).inspect_err(|_| {
            let _ = fs::remove_dir_all(&tmp);
        })?,
        false => Swapped::Unsupported,
    };
    let old = match swapped {
        // The old outputs now sit at the temporary path.
        Swapped::Exchanged => {
            if fault("abort-mid-swap") {
                std::process::abort();
            }
            tmp
        }
        Swapped::Unsupported => two_renames(dir, &tmp)?,
    };
    if !linked {
        carry_over(&old, dir, &kept);
    }
    let _ = fs::remove_dir_all(&old);
    Ok(())
}

/// Hard-links the user's entries of `dir` (those `kept`) into `tmp`, so that the new
/// folder holds them before it takes `dir`'s place. False when the file system cannot
/// link (FAT, some network shares): they are then moved over after the swap.
fn link_users_files(dir: &Path, tmp: &Path, kept: &dyn Fn(&str) -> bool) -> io::Result<bool> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Ok(true);
    };
    if fault("no-links") {
        return Ok(false);
    }
    for entry in entries.flatten() {
        let name = entry.file_name();
        if !kept(&name.to_string_lossy()) {
            continue;
        }
        match swap::link_tree(&entry.path(), &tmp.join(&name)) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::StorageFull => return Err(e),
            Err(_) => return Ok(false),
        }
    }
    Ok(true)
}

/// The swap where the system has no exchange: `dir` moves aside to `.out.old-PID`, the
/// new folder moves in. A kill between the two leaves no `dir` for a moment; the next
/// run's recovery puts the old one back. Returns where the old outputs are.
fn two_renames(dir: &Path, tmp: &Path) -> io::Result<PathBuf> {
    let old = sibling(dir, "old")?;
    let _ = fs::remove_dir_all(&old);
    if let Err(e) = fs::rename(dir, &old) {
        let _ = fs::remove_dir_all(tmp);
        return Err(e);
    }
    if fault("abort-mid-swap") {
        std::process::abort();
    }
    if let Err(e) = fs::rename(tmp, dir) {
        let _ = fs::rename(&old, dir);
        let _ = fs::remove_dir_all(tmp);
        return Err(e);
    }
    if fault("abort-after-swap") {
        std::process::abort();
    }
    Ok(old)
}

/// Moves the user's entries (those `kept`) of the old folder into the new one.
fn carry_over(old: &Path, dir: &Path, kept: &dyn Fn(&str) -> bool) {
    let Ok(entries) = fs::read_dir(old) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        if kept(&name.to_string_lossy()) && fs::symlink_metadata(dir.join(&name)).is_err() {
            let _ = fs::rename(entry.path(), dir.join(&name));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::scratch::scratch;

    #[test]
    fn replaces_outputs_and_keeps_other_files() {
        let (base, out) = scratch("out");
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
        let (_base, out) = scratch("out");
        fs::write(&out, "a file").unwrap();
        assert!(write_outputs(&out, &[("plan.csv", b"x".to_vec())]).is_err());
        assert_eq!(fs::read_to_string(&out).unwrap(), "a file");
    }

    #[test]
    fn old_outputs_left_by_a_kill_between_two_renames_give_back_the_users_files() {
        let (base, out) = scratch("out");
        fs::create_dir(&out).unwrap();
        fs::write(out.join("plan.csv"), "new").unwrap();
        // A run (pid 0 is never a live run) died before carrying notes.txt over.
        let old = base.path().join(".out.old-0");
        fs::create_dir(&old).unwrap();
        fs::write(old.join("plan.csv"), "old").unwrap();
        fs::write(old.join("notes.txt"), "mine").unwrap();
        recover_interrupted(&out).unwrap();
        assert_eq!(fs::read_to_string(out.join("plan.csv")).unwrap(), "new");
        assert_eq!(fs::read_to_string(out.join("notes.txt")).unwrap(), "mine");
        assert!(!old.exists());
    }
}
