//! The output folder as the writer sees it: a link is followed to the folder it names
//! (so the user's folder gets the plan and keeps its files, and the link stays a link),
//! and a path that cannot take outputs is found before anything is read or solved.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// The longest name a file system takes for one folder or file (ext4, XFS, Btrfs, NTFS).
const NAME_MAX: usize = 255;

/// How many links are followed before giving up, as the kernel does.
const LINKS_MAX: usize = 40;

/// The path `dir` names once every symbolic link at its end is followed; `dir` itself
/// when it is no link. A link to nothing gives the path it points at, to be created.
pub fn follow(dir: &Path) -> io::Result<PathBuf> {
    let mut path = dir.to_path_buf();
    for _ in 0..LINKS_MAX {
        match fs::symlink_metadata(&path) {
            Ok(m) if m.file_type().is_symlink() => {
                let target = fs::read_link(&path)?;
                path = match path.parent() {
                    Some(parent) if target.is_relative() => parent.join(target),
                    _ => target,
                };
            }
            _ => return Ok(path),
        }
    }
    Err(io::Error::other(format!(
        "{} is a chain of more than {LINKS_MAX} links",
        dir.display()
    )))
}

/// The folder the temporary folders go in: the output folder's parent.
pub fn parent_of(dir: &Path) -> &Path {
    dir.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// The name of a temporary folder beside `dir`: `.out.tmp-1234`.
pub fn sibling(dir: &Path, tag: &str) -> io::Result<PathBuf> {
    let name = dir.file_name().ok_or_else(|| {
        io::Error::new(io::ErrorKind::InvalidInput, "the output folder has no name")
    })?;
    Ok(parent_of(dir).join(format!(
        ".{}.{tag}-{}",
        name.to_string_lossy(),
        std::process::id()
    )))
}

/// Checks, before any work, that outputs can be written at `dir`: its name and the
/// temporary name beside it fit the file system, it is a folder or absent, and its
/// parent (or the nearest folder above that exists) takes new folders. Where the parent
/// exists, the temporary folder is made and removed again: the surest test, and it
/// leaves nothing behind.
pub fn check_writable(dir: &Path) -> io::Result<()> {
    let dir = follow(dir)?;
    let tmp = sibling(&dir, "tmp")?;
    let too_long = |name: Option<&std::ffi::OsStr>| name.is_some_and(|n| n.len() > NAME_MAX);
    if too_long(tmp.file_name()) || dir.components().any(|c| too_long(Some(c.as_os_str()))) {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!(
                "the folder name is too long: with the temporary name beside it, more than {NAME_MAX} bytes"
            ),
        ));
    }
    match fs::metadata(&dir) {
        Ok(m) if !m.is_dir() => {
            return Err(io::Error::new(
                io::ErrorKind::AlreadyExists,
                format!("{} exists and is not a folder", dir.display()),
            ))
        }
        Ok(_) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    let parent = parent_of(&dir);
    if parent.is_dir() {
        fs::create_dir(&tmp)?;
        return fs::remove_dir(&tmp);
    }
    let mut above = parent;
    loop {
        match fs::metadata(above) {
            Ok(m) if m.is_dir() => return writable(above),
            Ok(_) => {
                return Err(io::Error::new(
                    io::ErrorKind::AlreadyExists,
                    format!("{} is a file, not a folder", above.display()),
                ))
            }
            Err(_) => match above.parent() {
                Some(p) if !p.as_os_str().is_empty() => above = p,
                _ => return writable(Path::new(".")),
            },
        }
    }
}

/// Whether new entries can be made in folder `dir`.
#[cfg(unix)]
fn writable(dir: &Path) -> io::Result<()> {
    use rustix::fs::{access, Access};
    access(dir, Access::WRITE_OK | Access::EXEC_OK).map_err(io::Error::from)
}

/// Whether new entries can be made in folder `dir`.
#[cfg(not(unix))]
fn writable(dir: &Path) -> io::Result<()> {
    match fs::metadata(dir)?.permissions().readonly() {
        true => Err(io::Error::from(io::ErrorKind::PermissionDenied)),
        false => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::scratch::scratch;

    #[test]
    fn a_link_is_followed_to_its_folder() {
        let (base, target) = scratch("real");
        fs::create_dir(&target).unwrap();
        #[cfg(unix)]
        {
            let link = base.path().join("link");
            std::os::unix::fs::symlink("real", &link).unwrap();
            assert_eq!(follow(&link).unwrap(), target);
        }
        assert_eq!(follow(&target).unwrap(), target);
    }

    #[test]
    fn a_bad_output_path_is_found_before_any_work() {
        let (base, file) = scratch("plan");
        fs::write(&file, "x").unwrap();
        assert!(check_writable(&file).is_err(), "a file");
        assert!(check_writable(&file.join("out")).is_err(), "below a file");
        assert!(
            check_writable(&base.path().join("x".repeat(250))).is_err(),
            "too long"
        );
        assert!(check_writable(&base.path().join("new/deeper/out")).is_ok());
        assert!(check_writable(&base.path().join("out")).is_ok());
        assert_eq!(
            fs::read_dir(base.path()).unwrap().count(),
            1,
            "nothing left"
        );
    }
}
