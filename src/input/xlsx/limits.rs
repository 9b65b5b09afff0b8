//! The budgets of reading a workbook. A workbook is a zip of XML parts, and its sizes are
//! claims: a part of 9 KB on disk may unpack to gigabytes, and a cell reference or a
//! count in the XML may name a size no computer has. Nothing is allocated by a claimed
//! size; everything read is counted against these caps, each named in the message that
//! refuses a workbook. With them, any workbook is read or refused within about 1 GB and
//! seconds (see the README, Reliability).

/// The largest workbook file read: 100 MiB on disk. A sheet of a million rows zips to
/// some 20 MB.
pub const MAX_WORKBOOK_BYTES: u64 = 100 << 20;

/// The most entries in the zip: a workbook has a few dozen parts.
pub const MAX_ZIP_ENTRIES: u64 = 10_000;

/// The most bytes one part may unpack to: 256 MiB, more than a sheet of Excel's
/// 1,048,576 rows of an instance needs.
pub const MAX_PART_BYTES: u64 = 256 << 20;

/// The most bytes all parts read may unpack to together: 512 MiB.
pub const MAX_TOTAL_BYTES: u64 = 512 << 20;

/// The most bytes of text or of one tag without a `<` or `>` in between: 256 KiB, room
/// for a cell of 32,767 characters in any script, escaped. Longer runs (a gigabyte of
/// spaces, one enormous cell) are refused before they are held in memory.
pub const MAX_XML_RUN_BYTES: usize = 256 << 10;

/// The last row Excel allows.
pub const MAX_ROWS: u32 = 1_048_576;

/// The last column Excel allows (XFD).
pub const MAX_COLUMNS: u32 = 16_384;

/// The most characters in one cell, as in Excel.
pub const MAX_CELL_CHARS: usize = 32_767;

/// The most different texts in the shared-strings part.
pub const MAX_SHARED_STRINGS: usize = 1_048_576;

/// The most cell formats in the styles part (Excel allows 64,000).
pub const MAX_CELL_FORMATS: usize = 65_536;

/// The most sheets in a workbook.
pub const MAX_SHEETS: usize = 1_000;

/// The most text held from the cells of one workbook: 128 MiB. A cell that refers to a
/// shared text is held as a copy, so this also caps a long text repeated in every cell.
pub const MAX_TEXT_BYTES: usize = 128 << 20;

/// A budget that was exceeded, with what was found where it matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// The size of the file on disk.
    WorkbookBytes(u64),
    ZipEntries(u64),
    PartBytes,
    TotalBytes,
    XmlRun,
    Rows,
    Columns,
    CellChars,
    SharedStrings,
    CellFormats,
    Sheets,
    TextBytes,
}

impl Limit {
    /// The name of the cap, as in the code and the README.
    pub fn name(self) -> &'static str {
        match self {
            Limit::WorkbookBytes(_) => "MAX_WORKBOOK_BYTES",
            Limit::ZipEntries(_) => "MAX_ZIP_ENTRIES",
            Limit::PartBytes => "MAX_PART_BYTES",
            Limit::TotalBytes => "MAX_TOTAL_BYTES",
            Limit::XmlRun => "MAX_XML_RUN_BYTES",
            Limit::Rows => "MAX_ROWS",
            Limit::Columns => "MAX_COLUMNS",
            Limit::CellChars => "MAX_CELL_CHARS",
            Limit::SharedStrings => "MAX_SHARED_STRINGS",
            Limit::CellFormats => "MAX_CELL_FORMATS",
            Limit::Sheets => "MAX_SHEETS",
            Limit::TextBytes => "MAX_TEXT_BYTES",
        }
    }

    /// The cap's value as a person reads it: `256 MB`, `1,048,576`.
    pub fn max(self, lang: crate::lang::Lang) -> String {
        let count = |n: usize| crate::lang::thousands(n, lang);
        let mb = |n: u64| crate::input::table::megabytes(n);
        match self {
            Limit::WorkbookBytes(_) => mb(MAX_WORKBOOK_BYTES),
            Limit::ZipEntries(_) => count(MAX_ZIP_ENTRIES as usize),
            Limit::PartBytes => mb(MAX_PART_BYTES),
            Limit::TotalBytes => mb(MAX_TOTAL_BYTES),
            Limit::XmlRun => format!("{} KB", MAX_XML_RUN_BYTES >> 10),
            Limit::Rows => count(MAX_ROWS as usize),
            Limit::Columns => format!("XFD ({})", count(MAX_COLUMNS as usize)),
            Limit::CellChars => count(MAX_CELL_CHARS),
            Limit::SharedStrings => count(MAX_SHARED_STRINGS),
            Limit::CellFormats => count(MAX_CELL_FORMATS),
            Limit::Sheets => count(MAX_SHEETS),
            Limit::TextBytes => mb(MAX_TEXT_BYTES as u64),
        }
    }
}
