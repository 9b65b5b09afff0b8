//! What sits at an input path. A folder, a link to nothing, a named pipe or a device where
//! a file should be is an error that says so: never "missing", and never a silent
//! fallback to the default that a missing optional file would get.

use super::problem::{Place, Problems};
use crate::input::codes;
use crate::lang::limits as say;
use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};

/// What a path names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// Nothing at all: an optional file may be absent.
    Missing,
    /// A regular file (also through a link): the only kind that is read.
    File,
    Folder,
    /// A symbolic link whose target does not exist.
    DanglingLink(PathBuf),
    /// A named pipe: opening it for reading would wait for a writer, forever.
    Fifo,
    /// A character or block device, such as `/dev/zero` or `/dev/urandom`: endless bytes.
    Device(PathBuf),
    Socket,
}

/// What `path` names, without opening it (so a FIFO does not block).
pub fn kind_of(path: &Path) -> io::Result<Kind> {
    let own = match fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Kind::Missing),
        Err(e) => return Err(e),
    };
    match fs::metadata(path) {
        Ok(target) => Ok(classify(&target.file_type(), path)),
        Err(e) if own.file_type().is_symlink() && e.kind() == io::ErrorKind::NotFound => {
            Ok(Kind::DanglingLink(fs::read_link(path).unwrap_or_default()))
        }
        Err(e) => Err(e),
    }
}

/// The kind of an existing file type; devices are named by what the link points at.
fn classify(file_type: &fs::FileType, path: &Path) -> Kind {
    if file_type.is_file() {
        return Kind::File;
    }
    if file_type.is_dir() {
        return Kind::Folder;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return Kind::Fifo;
        }
        if file_type.is_socket() {
            return Kind::Socket;
        }
        if file_type.is_char_device() || file_type.is_block_device() {
            return Kind::Device(fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()));
        }
    }
    Kind::Device(path.to_path_buf())
}

/// Why an input path cannot be read as a file.
#[derive(Debug)]
pub enum NotAFile {
    /// There, but not a regular file.
    Kind(Kind),
    /// The system refused (permissions, an I/O error).
    Io(io::Error),
}

/// Opens a regular file for reading. The kind is checked before opening and again on the
/// opened file, which is opened without waiting, so that a FIFO swapped in between the
/// two is refused instead of blocking the run.
pub fn open_regular(path: &Path) -> Result<File, NotAFile> {
    match kind_of(path) {
        Ok(Kind::File) => {}
        Ok(Kind::Missing) => {
            return Err(NotAFile::Io(io::Error::from(io::ErrorKind::NotFound)));
        }
        Ok(other) => return Err(NotAFile::Kind(other)),
        Err(e) => return Err(NotAFile::Io(e)),
    }
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32);
    }
    let file = options.open(path).map_err(NotAFile::Io)?;
    let opened = file.metadata().map_err(NotAFile::Io)?.file_type();
    match classify(&opened, path) {
        Kind::File => Ok(file),
        other => Err(NotAFile::Kind(other)),
    }
}

impl Kind {
    /// Records error E009 for a path that is there but is not a file; `optional` says
    /// that removing it is a way out (the file may be absent). False when it is a file.
    pub fn report(&self, at: &Place, optional: bool, problems: &mut Problems) -> bool {
        let name = at.file.clone();
        let (message, target) = match self {
            Kind::Missing | Kind::File => return false,
            Kind::Folder => (&say::IS_FOLDER, String::new()),
            Kind::DanglingLink(to) => (&say::IS_DANGLING_LINK, to.display().to_string()),
            Kind::Fifo => (&say::IS_FIFO, String::new()),
            Kind::Device(to) => (&say::IS_DEVICE, to.display().to_string()),
            Kind::Socket => (&say::IS_SOCKET, String::new()),
        };
        let action = if optional {
            &say::NOT_A_FILE_OPTIONAL_DO
        } else {
            &say::NOT_A_FILE_DO
        };
        problems.record(
            codes::E009,
            at,
            &target,
            message.say(&[("name", name.clone()), ("target", target.clone())]),
            action.say(&[("name", name)]),
        );
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::scratch::scratch;

    #[test]
    fn every_kind_of_path_is_told_apart_without_opening_it() {
        let (dir, file) = scratch("f.csv");
        fs::write(&file, "x").unwrap();
        assert_eq!(kind_of(&file).unwrap(), Kind::File);
        assert_eq!(kind_of(dir.path()).unwrap(), Kind::Folder);
        assert_eq!(kind_of(&dir.path().join("no")).unwrap(), Kind::Missing);
        #[cfg(unix)]
        {
            let link = dir.path().join("link.csv");
            std::os::unix::fs::symlink(dir.path().join("gone.csv"), &link).unwrap();
            assert!(matches!(kind_of(&link).unwrap(), Kind::DanglingLink(_)));
            let zero = dir.path().join("zero.csv");
            std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
            assert_eq!(
                kind_of(&zero).unwrap(),
                Kind::Device(PathBuf::from("/dev/zero"))
            );
            assert!(matches!(
                open_regular(&zero),
                Err(NotAFile::Kind(Kind::Device(_)))
            ));
        }
    }
}
