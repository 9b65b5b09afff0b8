//! The last step of an atomic write: the finished folder takes the place of the output
//! folder. On Linux that is one system call, `renameat2(RENAME_EXCHANGE)`: at every
//! instant the output path holds a complete set of outputs, the old or the new. The
//! user's own files are hard-linked into the new folder before the swap, so they are in
//! the output folder before, during and after it, and removing the old folder afterwards
//! removes no file of theirs. Where the exchange is not available (another system, or a
//! file system without it) the swap is two renames with recovery, as before.

use std::fs;
use std::io;
use std::path::Path;

/// Which way a swap went, for the tests and the README's claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Swapped {
    /// In one step: the old outputs now sit at the temporary path.
    Exchanged,
    /// The system has no exchange: the caller swaps with two renames.
    Unsupported,
}

/// Fault injection (`STAGEPLAN_FAULT=no-exchange`) forces the two-rename way, so that
/// the tests reach it on Linux too.
fn exchange_refused() -> bool {
    super::atomic::fault("no-exchange")
}

/// Swaps the folders `a` and `b` in one step, if the system can.
#[cfg(target_os = "linux")]
pub fn exchange(a: &Path, b: &Path) -> io::Result<Swapped> {
    use rustix::fs::{renameat_with, RenameFlags, CWD};
    use rustix::io::Errno;
    if exchange_refused() {
        return Ok(Swapped::Unsupported);
    }
    match renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE) {
        Ok(()) => Ok(Swapped::Exchanged),
        // An old kernel, or a file system (some network and FUSE ones) without it.
        Err(Errno::INVAL | Errno::NOSYS | Errno::OPNOTSUPP) => Ok(Swapped::Unsupported),
        Err(e) => Err(io::Error::from(e)),
    }
}

/// Swaps the folders `a` and `b` in one step, if the system can.
#[cfg(not(target_os = "linux"))]
pub fn exchange(_a: &Path, _b: &Path) -> io::Result<Swapped> {
    let _ = exchange_refused();
    Ok(Swapped::Unsupported)
}

/// Makes `to` hold the same files as `from` without copying them: folders are made anew,
/// everything else (files, links, pipes) is hard-linked, so both names are one file.
pub fn link_tree(from: &Path, to: &Path) -> io::Result<()> {
    let meta = fs::symlink_metadata(from)?;
    if !meta.is_dir() {
        return fs::hard_link(from, to);
    }
    fs::create_dir(to)?;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        link_tree(&entry.path(), &to.join(entry.file_name()))?;
    }
    fs::set_permissions(to, meta.permissions())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::scratch::scratch;

    #[test]
    fn a_linked_tree_shares_its_files_with_the_original() {
        let (base, from) = scratch("from");
        fs::create_dir_all(from.join("sub")).unwrap();
        fs::write(from.join("notes.txt"), "mine").unwrap();
        fs::write(from.join("sub/more.txt"), "also mine").unwrap();
        let to = base.path().join("to");
        link_tree(&from, &to).unwrap();
        fs::remove_dir_all(&from).unwrap();
        assert_eq!(fs::read_to_string(to.join("notes.txt")).unwrap(), "mine");
        assert_eq!(
            fs::read_to_string(to.join("sub/more.txt")).unwrap(),
            "also mine"
        );
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn two_folders_swap_in_one_step() {
        let (base, a) = scratch("a");
        let b = base.path().join("b");
        fs::create_dir(&a).unwrap();
        fs::create_dir(&b).unwrap();
        fs::write(a.join("x"), "a").unwrap();
        fs::write(b.join("x"), "b").unwrap();
        match exchange(&a, &b).unwrap() {
            Swapped::Exchanged => {
                assert_eq!(fs::read_to_string(a.join("x")).unwrap(), "b");
                assert_eq!(fs::read_to_string(b.join("x")).unwrap(), "a");
            }
            // A temporary folder on a file system without the exchange: nothing moved.
            Swapped::Unsupported => assert_eq!(fs::read_to_string(a.join("x")).unwrap(), "a"),
        }
    }
}
