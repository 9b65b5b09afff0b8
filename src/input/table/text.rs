//! Reading a text file (CSV, TOML) within a budget: only a regular file is opened, a file
//! of garbage is refused after its first bytes, and no file larger than
//! [`MAX_TEXT_FILE_BYTES`] is read into memory.

use crate::input::codes;
use crate::input::file_kind::{self, Kind, NotAFile};
use crate::input::problem::{Place, Problems};
use crate::lang::{limits as limit, problems as say, Word};
use std::io::{self, Read};
use std::path::Path;

/// The largest CSV or TOML file that is read: 256 MiB, six times the `travel.csv` of a
/// national instance (42.7 MB), and room for a full matrix of 20,000 students by 400
/// schools. Memory stays a small multiple of this.
pub const MAX_TEXT_FILE_BYTES: u64 = 256 << 20;

/// How much of a file is looked at before the rest is read: a huge file of binary
/// garbage is refused without reading it all into memory.
const SNIFF_BYTES: u64 = 64 * 1024;

/// Why a file cannot be read as text.
#[derive(Debug)]
pub enum Unreadable {
    /// There, but a folder, a link to nothing, a FIFO or a device (E009).
    NotAFile(Kind),
    /// Larger than [`MAX_TEXT_FILE_BYTES`]; the size in bytes as far as it was read (E008).
    TooLarge(u64),
    /// Binary data or UTF-16, as the end of "the file ..." (E002).
    NotText(&'static Word),
    /// The system refused, or the file is missing.
    Io(io::Error),
}

impl Unreadable {
    /// The system's words for an I/O failure, for the message that quotes them.
    pub fn error_text(&self) -> String {
        match self {
            Unreadable::Io(e) => e.to_string(),
            other => format!("{other:?}"),
        }
    }

    /// Records E009 or E008 when that is the reason; false for the other reasons, which
    /// each caller words for its own file.
    pub fn report_kind_or_size(&self, at: &Place, optional: bool, problems: &mut Problems) -> bool {
        match self {
            Unreadable::NotAFile(kind) => kind.report(at, optional, problems),
            Unreadable::TooLarge(bytes) => {
                problems.record(
                    codes::E008,
                    at,
                    "",
                    limit::TEXT_FILE_TOO_LARGE.say(&[
                        ("size", megabytes(*bytes)),
                        ("max", megabytes(MAX_TEXT_FILE_BYTES)),
                    ]),
                    &limit::TEXT_FILE_TOO_LARGE_DO,
                );
                true
            }
            Unreadable::NotText(_) | Unreadable::Io(_) => false,
        }
    }

    /// Records why the file at `at` cannot be read: its kind or size as for every file,
    /// bytes that are no text as `not_text` (its sentence fills `{why}`), and any other
    /// failure as `failed` (its sentence fills `{error}`).
    pub fn report(
        &self,
        at: &Place,
        optional: bool,
        problems: &mut Problems,
        not_text: Wording,
        failed: Wording,
    ) {
        if self.report_kind_or_size(at, optional, problems) {
            return;
        }
        let (code, message, action) = match self {
            Unreadable::NotText(why) => {
                let (code, sentence, action) = not_text;
                (code, sentence.say_in(&[("why", &(*why).into())]), action)
            }
            other => {
                let (code, sentence, action) = failed;
                (code, sentence.say(&[("error", other.error_text())]), action)
            }
        };
        problems.record(code, at, "", message, action);
    }
}

/// How a reader words one way a file fails: the code, the sentence and what to do.
pub type Wording = (&'static str, &'static Word, &'static Word);

/// Bytes as whole megabytes (MiB) for messages: `256 MB`.
pub fn megabytes(bytes: u64) -> String {
    format!("{} MB", bytes.div_ceil(1 << 20))
}

/// Why bytes cannot be a CSV text, if they cannot.
pub(super) fn not_text(bytes: &[u8]) -> Option<&'static Word> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Some(&say::UTF16);
    }
    bytes.contains(&0).then_some(&say::BINARY)
}

/// Reads a text file (UTF-8 or Windows-1252) within the budget of this module.
pub fn read_text(path: &Path) -> Result<String, Unreadable> {
    decode(read_bytes(path)?).map_err(Unreadable::NotText)
}

/// Reads a regular file of at most [`MAX_TEXT_FILE_BYTES`], refusing binary data after
/// its first [`SNIFF_BYTES`].
fn read_bytes(path: &Path) -> Result<Vec<u8>, Unreadable> {
    let file = file_kind::open_regular(path).map_err(|e| match e {
        NotAFile::Kind(kind) => Unreadable::NotAFile(kind),
        NotAFile::Io(e) => Unreadable::Io(e),
    })?;
    let size = file.metadata().map_err(Unreadable::Io)?.len();
    let mut bytes = Vec::new();
    let mut reader = io::BufReader::new(file);
    (&mut reader)
        .take(SNIFF_BYTES)
        .read_to_end(&mut bytes)
        .map_err(Unreadable::Io)?;
    // Garbage is named as garbage, whatever its size; a large text by its size.
    if let Some(why) = not_text(&bytes) {
        return Err(Unreadable::NotText(why));
    }
    if size > MAX_TEXT_FILE_BYTES {
        return Err(Unreadable::TooLarge(size));
    }
    // The file may grow while it is read: the budget holds whatever the size said.
    (&mut reader)
        .take(MAX_TEXT_FILE_BYTES + 1 - bytes.len() as u64)
        .read_to_end(&mut bytes)
        .map_err(Unreadable::Io)?;
    if bytes.len() as u64 > MAX_TEXT_FILE_BYTES {
        return Err(Unreadable::TooLarge(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Decodes file bytes: UTF-8 with or without BOM, else Windows-1252 (Dutch Excel).
/// Takes the bytes, so that a large file is not held twice.
pub(super) fn decode(mut bytes: Vec<u8>) -> Result<String, &'static Word> {
    if let Some(why) = not_text(&bytes) {
        return Err(why);
    }
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) => Ok(encoding_rs::WINDOWS_1252
            .decode(e.as_bytes())
            .0
            .into_owned()),
    }
}
