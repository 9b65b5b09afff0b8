//! The files of a GTFS feed (a .zip, or a folder of the unzipped files), read row by row
//! with every problem placed at `feed.zip/file.txt:line:column`.

use crate::input::codes;
use crate::input::problem::{Place, Problems};
use crate::lang::transit as say;
use crate::lang::{Said, Word};
use std::collections::HashMap;
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};

/// After this many problems in one file the rest of it is not read: one mistake repeated
/// on a million lines says nothing more after the first few.
const MOST_PROBLEMS_PER_FILE: usize = 20;

enum Kind {
    Zip(zip::ZipArchive<BufReader<File>>),
    Folder(PathBuf),
}

/// An opened feed.
pub struct Source {
    /// The feed's file name, the start of every place.
    name: String,
    kind: Kind,
    /// File name (`stops.txt`) to its name in the feed (a zip may hold one folder level).
    files: HashMap<String, String>,
}

/// The part of a name after its last `/`.
fn base(name: &str) -> &str {
    name.rsplit('/').next().unwrap_or(name)
}

impl Source {
    /// Opens a .zip or a folder; `None` (with E060) when it is neither.
    pub fn open(path: &Path, problems: &mut Problems) -> Option<Source> {
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into(),
        );
        let fail = |problems: &mut Problems, error: String| {
            problems.record(
                codes::E060,
                &Place::new(&name, 1, 1),
                "",
                say::FEED_UNREADABLE.say(&[("error", error)]),
                &say::FEED_UNREADABLE_DO,
            );
        };
        let (kind, names): (Kind, Vec<String>) = if path.is_dir() {
            let names = std::fs::read_dir(path)
                .map(|d| {
                    d.flatten()
                        .map(|e| e.file_name().to_string_lossy().into_owned())
                        .collect()
                })
                .unwrap_or_default();
            (Kind::Folder(path.to_path_buf()), names)
        } else {
            let archive = File::open(path)
                .map_err(|e| e.to_string())
                .and_then(|f| zip::ZipArchive::new(BufReader::new(f)).map_err(|e| e.to_string()));
            match archive {
                Ok(a) => {
                    let names = a.file_names().flatten().map(|n| n.into_owned()).collect();
                    (Kind::Zip(a), names)
                }
                Err(e) => {
                    fail(problems, e);
                    return None;
                }
            }
        };
        let mut files = HashMap::new();
        // Files at the top level win over files in a folder.
        let mut sorted = names;
        sorted.sort_by_key(|n| (n.matches('/').count(), n.clone()));
        for n in sorted {
            files.entry(base(&n).to_string()).or_insert(n);
        }
        Some(Source { name, kind, files })
    }

    /// True when the feed has the file.
    pub fn has(&self, file: &str) -> bool {
        self.files.contains_key(file)
    }

    /// The place of a cell of `file`.
    pub fn place(&self, file: &str, line: usize, column: usize) -> Place {
        Place::new(&format!("{}/{file}", self.name), line, column)
    }

    /// Reads `file` row by row with `body`; records E061 when a required file is missing.
    /// `None` when the file is absent or unreadable.
    pub fn rows<T>(
        &mut self,
        file: &str,
        required: bool,
        problems: &mut Problems,
        body: impl FnOnce(&mut Rows) -> T,
    ) -> Option<T> {
        let Some(stored) = self.files.get(file).cloned() else {
            if required {
                problems.record(
                    codes::E061,
                    &self.place(file, 1, 1),
                    "",
                    say::FEED_FILE_MISSING.say(&[("file", file.to_string())]),
                    &say::FEED_FILE_MISSING_DO,
                );
            }
            return None;
        };
        let place = format!("{}/{file}", self.name);
        let reader: Box<dyn Read + '_> = match &mut self.kind {
            Kind::Folder(dir) => match File::open(dir.join(&stored)) {
                Ok(f) => Box::new(BufReader::new(f)),
                Err(e) => return unreadable(&place, e.to_string(), problems),
            },
            Kind::Zip(archive) => match archive.by_name(&stored) {
                Ok(f) => Box::new(f),
                Err(e) => return unreadable(&place, e.to_string(), problems),
            },
        };
        let mut rows = Rows::start(place, reader, problems)?;
        Some(body(&mut rows))
    }
}

fn unreadable<T>(place: &str, error: String, problems: &mut Problems) -> Option<T> {
    problems.record(
        codes::E067,
        &Place::new(place, 1, 1),
        "",
        say::FEED_BAD_CSV.say(&[("error", error)]),
        &say::FEED_BAD_CSV_DO,
    );
    None
}

/// The rows of one feed file, read one at a time.
pub struct Rows<'a> {
    file: String,
    reader: csv::Reader<Box<dyn Read + 'a>>,
    columns: HashMap<String, usize>,
    record: csv::ByteRecord,
    pub problems: &'a mut Problems,
    errors: usize,
}

impl<'a> Rows<'a> {
    fn start(
        file: String,
        reader: Box<dyn Read + 'a>,
        problems: &'a mut Problems,
    ) -> Option<Rows<'a>> {
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .has_headers(true)
            .from_reader(reader);
        let header = match reader.byte_headers() {
            Ok(h) => h.clone(),
            Err(e) => return unreadable(&file, e.to_string(), problems),
        };
        let columns = header
            .iter()
            .enumerate()
            .map(|(i, h)| {
                let name = String::from_utf8_lossy(h);
                (name.trim_start_matches('\u{feff}').trim().to_string(), i)
            })
            .collect();
        Some(Rows {
            file,
            reader,
            columns,
            record: csv::ByteRecord::new(),
            problems,
            errors: 0,
        })
    }

    /// Records E062 for every missing column; true when all are there.
    pub fn require(&mut self, names: &[&str]) -> bool {
        let missing: Vec<&str> = names
            .iter()
            .copied()
            .filter(|n| !self.columns.contains_key(*n))
            .collect();
        for name in &missing {
            self.problems.record(
                codes::E062,
                &Place::new(&self.file, 1, self.columns.len() + 1),
                name,
                say::FEED_COLUMN_MISSING.say(&[("column", name.to_string())]),
                &say::FEED_COLUMN_MISSING_DO,
            );
        }
        missing.is_empty()
    }

    /// The position of a column, if the file has it.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.columns.get(name).copied()
    }

    /// Moves to the next row; false at the end, after a broken row (E067), or after
    /// too many problems in this file.
    pub fn next_row(&mut self) -> bool {
        if self.errors >= MOST_PROBLEMS_PER_FILE {
            self.problems.record(
                codes::E068,
                &Place::new(&self.file, self.line(), 1),
                "",
                say::FEED_TOO_MANY.say(&[("count", self.errors.to_string())]),
                &say::FEED_TOO_MANY_DO,
            );
            return false;
        }
        match self.reader.read_byte_record(&mut self.record) {
            Ok(more) => more,
            Err(e) => {
                let line = e.position().map_or(self.line(), |p| p.line() as usize);
                self.problems.record(
                    codes::E067,
                    &Place::new(&self.file, line, 1),
                    "",
                    say::FEED_BAD_CSV.say(&[("error", e.to_string())]),
                    &say::FEED_BAD_CSV_DO,
                );
                false
            }
        }
    }

    /// The line of the current row.
    pub fn line(&self) -> usize {
        self.record.position().map_or(1, |p| p.line() as usize)
    }

    /// The trimmed bytes of a cell (empty when the column or the cell is absent).
    pub fn bytes(&self, column: Option<usize>) -> &[u8] {
        column
            .and_then(|c| self.record.get(c))
            .map_or(&[][..], |b| b.trim_ascii())
    }

    /// The trimmed text of a cell (invalid UTF-8 replaced: names are only shown).
    pub fn text(&self, column: Option<usize>) -> String {
        String::from_utf8_lossy(self.bytes(column)).into_owned()
    }

    /// Records a bad cell at the current row.
    fn bad(&mut self, code: &'static str, column: Option<usize>, message: Said, action: &Word) {
        let value = self.text(column);
        let at = Place::new(&self.file, self.line(), column.map_or(1, |c| c + 1));
        self.problems.record(code, &at, &value, message, action);
        self.errors += 1;
    }

    /// Records a cell that is not what GTFS says it holds (E063).
    pub fn bad_value(&mut self, column: Option<usize>, message: Said) {
        self.bad(codes::E063, column, message, &say::FEED_VALUE_DO);
    }

    /// Records an id that no row of the file it refers to gives (E064).
    pub fn unknown_id(&mut self, column: Option<usize>, message: Said) {
        self.bad(codes::E064, column, message, &say::FEED_UNKNOWN_ID_DO);
    }

    /// Records an id that an earlier row of the file already gave.
    pub fn twice(&mut self, column: Option<usize>) {
        self.bad_value(column, (&say::FEED_ID_TWICE).into());
    }

    /// Records that a cell must be filled in.
    pub fn empty(&mut self, column: Option<usize>, name: &str) {
        self.bad_value(column, say::FEED_EMPTY.say(&[("column", name.to_string())]));
    }

    /// A required number in a cell; records E063 when it is missing or not a number.
    pub fn number(&mut self, column: Option<usize>, name: &str) -> Option<f64> {
        let text = self.text(column);
        if text.is_empty() {
            self.empty(column, name);
            return None;
        }
        match text.parse::<f64>() {
            Ok(v) if v.is_finite() => Some(v),
            _ => {
                self.bad_value(
                    column,
                    say::FEED_NOT_NUMBER.say(&[("column", name.to_string())]),
                );
                None
            }
        }
    }

    /// An optional whole number (an empty cell gives `default`).
    pub fn whole(&mut self, column: Option<usize>, name: &str, default: u32) -> Option<u32> {
        let bytes = self.bytes(column);
        if bytes.is_empty() {
            return Some(default);
        }
        match std::str::from_utf8(bytes).ok().and_then(|t| t.parse().ok()) {
            Some(v) => Some(v),
            None => {
                self.bad_value(
                    column,
                    say::FEED_NOT_WHOLE.say(&[("column", name.to_string())]),
                );
                None
            }
        }
    }
}
