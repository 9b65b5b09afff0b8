//! A bounded reader of Excel workbooks (.xlsx), cell by cell.
//!
//! Why not calamine, which this project used before: its `worksheet_range` sizes a dense
//! rectangle by the furthest cell (one cell at XFD1048576 asks for 550 GB; calamine issue
//! 433, fastexcel issue 487), opening a workbook reserves as many shared strings as the
//! file claims (`uniqueCount="4000000000"`), and a part is unpacked and parsed without a
//! limit on its size or on one text. Its `worksheet_cells_reader` streams cells, but the
//! shared strings, styles and unbounded XML runs are read before and around it. So this
//! reader is written over the `zip` and `quick-xml` crates (calamine's own), reading only
//! what an instance needs (the sheet list, shared strings, which cell formats are dates,
//! and the sheets asked for) within the caps of [`limits`].

mod book;
mod cells;
mod directory;
pub mod limits;
mod part;
mod strings;
mod styles;

pub use cells::{serial_to_iso, Value};
pub use limits::Limit;

use crate::input::file_kind::Kind;
use std::fs::File;
use std::io::{self, BufReader};
use std::path::Path;
use zip::ZipArchive;

/// A cell's place: its 1-based row and 0-based column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CellRef {
    pub row: u32,
    pub column: u32,
}

/// One filled cell of a sheet.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub at: CellRef,
    pub value: Value,
}

/// Why a workbook or a sheet cannot be read.
#[derive(Debug)]
pub enum Failure {
    /// There, but not a regular file.
    NotAFile(Kind),
    Io(io::Error),
    /// Not a zip, or a zip whose table of contents cannot be used.
    NotZip(String),
    /// A cap of [`limits`] was reached in `part` (at `cell`, in a sheet).
    Limit {
        limit: Limit,
        part: String,
        cell: Option<CellRef>,
    },
    /// A part that is not what Excel writes.
    Broken {
        part: String,
        detail: String,
        cell: Option<CellRef>,
    },
    /// The caller stopped reading (it has seen enough).
    Stopped,
}

impl Failure {
    /// The failure placed at `cell`, unless it already has a place.
    pub(crate) fn at(self, cell: CellRef) -> Failure {
        match self {
            Failure::Limit {
                limit,
                part,
                cell: None,
            } => Failure::Limit {
                limit,
                part,
                cell: Some(cell),
            },
            Failure::Broken {
                part,
                detail,
                cell: None,
            } => Failure::Broken {
                part,
                detail,
                cell: Some(cell),
            },
            other => other,
        }
    }
}

/// An open workbook: its sheets, its shared texts and its date formats, read; the sheets'
/// cells are read on demand.
pub struct Workbook {
    zip: ZipArchive<BufReader<File>>,
    parts: book::Parts,
    strings: strings::SharedStrings,
    dates: styles::DateFormats,
    budget: part::Budget,
}

impl Workbook {
    /// Opens a workbook and reads what every sheet needs.
    pub fn open(path: &Path) -> Result<Workbook, Failure> {
        let mut file = crate::input::file_kind::open_regular(path).map_err(|e| match e {
            crate::input::file_kind::NotAFile::Kind(kind) => Failure::NotAFile(kind),
            crate::input::file_kind::NotAFile::Io(e) => Failure::Io(e),
        })?;
        let len = file.metadata().map_err(Failure::Io)?.len();
        if len > limits::MAX_WORKBOOK_BYTES {
            return Err(Failure::Limit {
                limit: Limit::WorkbookBytes(len),
                part: String::new(),
                cell: None,
            });
        }
        directory::check(&mut file, len)?;
        let mut zip =
            ZipArchive::new(BufReader::new(file)).map_err(|e| Failure::NotZip(e.to_string()))?;
        let budget = part::Budget::default();
        let parts = book::Parts::read(&mut zip, &budget)?;
        let strings = match &parts.shared_strings {
            Some(name) => strings::SharedStrings::read(book::open_xml(
                &mut zip,
                &parts.names,
                name,
                &budget,
            )?)?,
            None => strings::SharedStrings::default(),
        };
        let dates = match &parts.styles {
            Some(name) => {
                styles::DateFormats::read(book::open_xml(&mut zip, &parts.names, name, &budget)?)?
            }
            None => styles::DateFormats::default(),
        };
        Ok(Workbook {
            zip,
            parts,
            strings,
            dates,
            budget,
        })
    }

    /// The names of the sheets, in the workbook's order.
    pub fn sheet_names(&self) -> Vec<String> {
        self.parts.sheets.iter().map(|(n, _)| n.clone()).collect()
    }

    /// Reads the filled cells of sheet `name` in order, handing each to `visit`, which may
    /// stop the reading with [`Failure::Stopped`].
    pub fn read_sheet(
        &mut self,
        name: &str,
        visit: &mut dyn FnMut(Cell) -> Result<(), Failure>,
    ) -> Result<(), Failure> {
        let Some((_, part_name)) = self.parts.sheets.iter().find(|(n, _)| n == name) else {
            return Err(Failure::Broken {
                part: "xl/workbook.xml".into(),
                detail: format!("no part for sheet '{name}'"),
                cell: None,
            });
        };
        let source = book::open_part(&mut self.zip, &self.parts.names, part_name)?;
        let xml = part::XmlPart::new(source, part_name, &self.budget);
        let context = cells::Context {
            strings: &self.strings,
            dates: &self.dates,
            date1904: self.parts.date1904,
        };
        cells::read(xml, &context, visit)
    }
}
