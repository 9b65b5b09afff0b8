//! A scratch folder for the unit tests that touch the file system (file kinds, the atomic
//! write of the out folder, swaps).

use std::path::PathBuf;

/// A new temporary folder, removed when dropped, and the path `name` in it (not created).
pub(crate) fn scratch(name: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    (dir, path)
}
