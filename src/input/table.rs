//! A CSV table as Dutch and English Excel save it: any encoding we meet, `,` or `;`,
//! headers matched case-insensitively, every cell with its line and column.

use super::cells;
use super::problem::{Place, Problems};
use crate::domain::Days;
use crate::lang::{problems as say, Said, Word};
use std::collections::HashMap;
use std::path::Path;

/// One data row with its 1-based line number in the file it came from.
struct Row {
    source: usize,
    line: usize,
    cells: Vec<String>,
}

/// One CSV file of a table: a table holds one, or more when a scenario adds rows.
struct Source {
    file: String,
    decimal_comma: bool,
    headers: HashMap<String, usize>,
    /// Cells on the header line, empty ones included.
    header_cells: usize,
}

/// A parsed CSV file, with the rows of any files appended to it.
pub struct Table {
    sources: Vec<Source>,
    rows: Vec<Row>,
}

/// Why bytes cannot be a CSV text, if they cannot.
fn not_text(bytes: &[u8]) -> Option<&'static Word> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Some(&say::UTF16);
    }
    bytes.contains(&0).then_some(&say::BINARY)
}

/// How much of a file is looked at before the rest is read: a huge file of binary
/// garbage is refused without reading it all into memory.
const SNIFF_BYTES: u64 = 64 * 1024;

/// Reads a text file (UTF-8 or Windows-1252), refusing binary data or UTF-16 after its
/// first [`SNIFF_BYTES`]: `Ok(Err(why))` says why it is not text.
pub fn read_text(path: &Path) -> std::io::Result<Result<String, &'static Word>> {
    Ok(read_text_file(path)?.and_then(|b| decode(&b)))
}

/// Reads a file, refusing binary data after its first [`SNIFF_BYTES`].
fn read_text_file(path: &Path) -> std::io::Result<Result<Vec<u8>, &'static Word>> {
    use std::io::Read;
    let file = std::fs::File::open(path)?;
    let mut bytes = Vec::new();
    let mut reader = std::io::BufReader::new(file);
    (&mut reader).take(SNIFF_BYTES).read_to_end(&mut bytes)?;
    if let Some(why) = not_text(&bytes) {
        return Ok(Err(why));
    }
    reader.read_to_end(&mut bytes)?;
    Ok(Ok(bytes))
}

/// Decodes file bytes: UTF-8 with or without BOM, else Windows-1252 (Dutch Excel).
fn decode(bytes: &[u8]) -> Result<String, &'static Word> {
    if let Some(why) = not_text(bytes) {
        return Err(why);
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(_) => Ok(encoding_rs::WINDOWS_1252.decode(bytes).0.into_owned()),
    }
}

/// The line where a quoted cell opens that is never closed, if any. The csv reader
/// would silently run such a cell to the end of the file, swallowing the rows after it.
/// As in CSV, a quote opens a quoted cell only at the start of a cell; inside one, `""`
/// is a quote and a single `"` closes it.
fn unclosed_quote_line(text: &str, delimiter: u8) -> Option<usize> {
    let delimiter = delimiter as char;
    let mut chars = text.chars().peekable();
    let (mut line, mut opened) = (1, 1);
    let (mut inside, mut at_cell_start) = (false, true);
    while let Some(c) = chars.next() {
        if c == '\n' {
            line += 1;
        }
        if inside {
            if c == '"' && chars.next_if_eq(&'"').is_none() {
                inside = false;
            }
            continue;
        }
        if c == '"' && at_cell_start {
            inside = true;
            opened = line;
        }
        at_cell_start = c == delimiter || c == '\n' || c == '\r';
    }
    inside.then_some(opened)
}

/// 1-based line numbers by byte offset: `\r\n`, `\n` and a lone `\r` all end a line.
/// (The csv reader's own line count is off for CRLF files and after blank lines.)
struct Lines {
    starts: Vec<usize>,
}

impl Lines {
    fn new(text: &str) -> Lines {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        for (i, &b) in bytes.iter().enumerate() {
            let ends_line = b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
            if ends_line {
                starts.push(i + 1);
            }
        }
        Lines { starts }
    }

    /// The line of the first character at or after `offset` that is not a line break.
    fn of_record(&self, text: &str, offset: usize) -> usize {
        let skip = text.as_bytes()[offset.min(text.len())..]
            .iter()
            .take_while(|b| matches!(b, b'\r' | b'\n'))
            .count();
        self.starts.partition_point(|&s| s <= offset + skip)
    }
}

/// `;` when the header line has more semicolons than commas, else `,`.
fn detect_delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    let semicolons = header.matches(';').count();
    let commas = header.matches(',').count();
    if semicolons > commas {
        b';'
    } else {
        b','
    }
}

impl Table {
    /// Reads a CSV file; every problem goes to `problems`, and `None` means the file
    /// could not be used at all.
    pub fn read(path: &Path, problems: &mut Problems) -> Option<Table> {
        let file = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let start = Place::new(&file, 1, 1);
        let text = match read_text(path) {
            Ok(Ok(text)) => text,
            Ok(Err(why)) => {
                problems.error(
                    "E002",
                    &start,
                    "",
                    say::NOT_TEXT.say_in(&[("why", &why.into())]),
                    &say::SAVE_AS_CSV,
                );
                return None;
            }
            Err(e) => {
                problems.error(
                    "E002",
                    &start,
                    "",
                    say::CANNOT_READ.say(&[("error", e.to_string())]),
                    &say::CANNOT_READ_DO,
                );
                return None;
            }
        };
        Table::parse(&file, &text, problems)
    }

    /// Parses the bytes of a CSV file as [`Table::read`] does (for fuzzing and tests).
    pub fn from_bytes(file: &str, bytes: &[u8], problems: &mut Problems) -> Option<Table> {
        match decode(bytes) {
            Ok(text) => Table::parse(file, &text, problems),
            Err(why) => {
                problems.error(
                    "E002",
                    &Place::new(file, 1, 1),
                    "",
                    say::NOT_TEXT.say_in(&[("why", &why.into())]),
                    &say::SAVE_AS_CSV,
                );
                None
            }
        }
    }

    /// Parses CSV text already decoded.
    pub fn parse(file: &str, text: &str, problems: &mut Problems) -> Option<Table> {
        let delimiter = detect_delimiter(text);
        if let Some(line) = unclosed_quote_line(text, delimiter) {
            problems.error(
                "E005",
                &Place::new(file, line, 1),
                "",
                (&say::QUOTE_OPEN).into(),
                &say::QUOTE_OPEN_DO,
            );
            return None;
        }
        let lines = Lines::new(text);
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes());
        let mut records = reader.records();
        let header = match records.next() {
            Some(Ok(h)) => h,
            Some(Err(e)) => {
                report_csv_error(file, &e, problems);
                return None;
            }
            None => {
                problems.error(
                    "E003",
                    &Place::new(file, 1, 1),
                    "",
                    (&say::EMPTY_FILE).into(),
                    &say::EMPTY_FILE_DO,
                );
                return None;
            }
        };
        let mut headers = HashMap::new();
        for (i, name) in header.iter().enumerate() {
            headers.entry(super::aliases::canonical(name)).or_insert(i);
        }
        let mut rows = Vec::new();
        for record in records {
            match record {
                Ok(r) => {
                    let line = r
                        .position()
                        .map_or(0, |p| lines.of_record(text, p.byte() as usize));
                    let cells: Vec<String> = r.iter().map(|c| c.trim().to_string()).collect();
                    if cells.iter().all(String::is_empty) {
                        continue;
                    }
                    if cells.iter().skip(header.len()).any(|c| !c.is_empty()) {
                        problems.error(
                            "E006",
                            &Place::new(file, line, header.len() + 1),
                            &cells[header.len()..].join(" "),
                            say::TOO_MANY_CELLS.say(&[
                                ("cells", cells.len().to_string()),
                                ("columns", header.len().to_string()),
                            ]),
                            &say::TOO_MANY_CELLS_DO,
                        );
                    }
                    rows.push(Row {
                        source: 0,
                        line,
                        cells,
                    });
                }
                Err(e) => {
                    report_csv_error(file, &e, problems);
                    return None;
                }
            }
        }
        Some(Table {
            sources: vec![Source {
                file: file.to_string(),
                decimal_comma: delimiter == b';',
                headers,
                header_cells: header.len(),
            }],
            rows,
        })
    }

    /// A table from the cells of a spreadsheet sheet: the header cells, and each data row
    /// with its row number. Numbers come with a decimal point, so no decimal comma.
    pub fn from_cells(
        file: &str,
        header: &[String],
        rows: Vec<(usize, Vec<String>)>,
        problems: &mut Problems,
    ) -> Table {
        let mut headers = HashMap::new();
        for (i, name) in header.iter().enumerate() {
            if !name.trim().is_empty() {
                headers.entry(super::aliases::canonical(name)).or_insert(i);
            }
        }
        let mut kept = Vec::new();
        for (line, cells) in rows {
            if cells.iter().all(String::is_empty) {
                continue;
            }
            if let Some(extra) = cells.iter().skip(header.len()).position(|c| !c.is_empty()) {
                let column = header.len() + extra + 1;
                problems.error(
                    "E006",
                    &Place::new(file, line, column),
                    &cells[column - 1],
                    (&say::CELL_WITHOUT_COLUMN).into(),
                    &say::CELL_WITHOUT_COLUMN_DO,
                );
            }
            kept.push(Row {
                source: 0,
                line,
                cells,
            });
        }
        Table {
            sources: vec![Source {
                file: file.to_string(),
                decimal_comma: false,
                headers,
                header_cells: header.len(),
            }],
            rows: kept,
        }
    }

    /// The file name of the table (of its first file).
    pub fn file(&self) -> &str {
        &self.sources[0].file
    }

    /// Adds the rows of another file with the same kind of columns; each row keeps its
    /// own file, line and columns for problem reports.
    pub fn append(&mut self, other: Table) {
        let offset = self.sources.len();
        self.sources.extend(other.sources);
        self.rows.extend(other.rows.into_iter().map(|mut r| {
            r.source += offset;
            r
        }));
    }

    /// Keeps the rows whose cell in `column` passes `keep` (an absent cell reads as "").
    pub fn retain_rows(&mut self, column: &str, keep: impl Fn(&str) -> bool) {
        let sources = &self.sources;
        self.rows
            .retain(|r| keep(cell(&sources[r.source], r, column).unwrap_or("")));
    }

    /// Empties the cells of `column` whose value passes `clear`.
    pub fn clear_cells(&mut self, column: &str, clear: impl Fn(&str) -> bool) {
        for r in &mut self.rows {
            if let Some(&i) = self.sources[r.source].headers.get(column) {
                if r.cells.get(i).is_some_and(|c| clear(c)) {
                    r.cells[i].clear();
                }
            }
        }
    }

    /// The filled cells of `column`, in row order.
    pub fn values(&self, column: &str) -> Vec<String> {
        self.rows
            .iter()
            .filter_map(|r| cell(&self.sources[r.source], r, column).map(str::to_string))
            .collect()
    }

    /// True when some row has exactly `value` in `column`.
    pub fn has_value(&self, column: &str, value: &str) -> bool {
        self.rows
            .iter()
            .any(|r| cell(&self.sources[r.source], r, column) == Some(value))
    }

    /// Reports every missing required column; true when all are there.
    pub fn require_columns(&self, names: &[&str], problems: &mut Problems) -> bool {
        let mut ok = true;
        for source in &self.sources {
            for name in names {
                if !source.headers.contains_key(*name) {
                    ok = false;
                    problems.error(
                        "E004",
                        &Place::new(&source.file, 1, source.header_cells + 1),
                        name,
                        say::MISSING_COLUMN.say(&[("name", name.to_string())]),
                        &say::MISSING_COLUMN_DO,
                    );
                }
            }
        }
        ok
    }

    /// True when every file of the table has the column.
    pub fn has_column(&self, name: &str) -> bool {
        self.sources.iter().all(|s| s.headers.contains_key(name))
    }

    /// The number of data rows.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// True when the table has no data rows.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// A reader for the fields of data row `index`.
    pub fn row<'t>(&'t self, index: usize, problems: &'t mut Problems) -> Fields<'t> {
        let row = &self.rows[index];
        Fields {
            source: &self.sources[row.source],
            row,
            problems,
        }
    }
}

/// The trimmed cell of a row, `None` when the column is absent or the cell empty.
fn cell<'r>(source: &Source, row: &'r Row, column: &str) -> Option<&'r str> {
    let i = *source.headers.get(column)?;
    row.cells
        .get(i)
        .map(String::as_str)
        .filter(|c| !c.is_empty())
}

fn report_csv_error(file: &str, e: &csv::Error, problems: &mut Problems) {
    let line = e.position().map_or(1, |p| p.line() as usize);
    problems.error(
        "E005",
        &Place::new(file, line, 1),
        "",
        say::BAD_CSV.say(&[("error", e.to_string())]),
        &say::BAD_CSV_DO,
    );
}

/// Reads typed fields of one row, recording a problem for every bad cell.
pub struct Fields<'t> {
    source: &'t Source,
    row: &'t Row,
    pub problems: &'t mut Problems,
}

impl Fields<'_> {
    /// The place of a column's cell in this row (column 1 when the column is absent).
    pub fn place(&self, column: &str) -> Place {
        let col = self.source.headers.get(column).map_or(1, |i| i + 1);
        Place::new(&self.source.file, self.row.line, col)
    }

    /// The row's line number.
    pub fn line(&self) -> usize {
        self.row.line
    }

    /// The trimmed cell, or `None` when the column is absent or the cell is empty.
    pub fn optional(&self, column: &str) -> Option<&str> {
        cell(self.source, self.row, column)
    }

    /// A cell that must be filled in; records E010 when it is empty.
    pub fn required(&mut self, column: &str) -> Option<String> {
        let value = self.optional(column).map(str::to_string);
        if value.is_none() {
            let at = self.place(column);
            self.problems.error(
                "E010",
                &at,
                "",
                say::EMPTY_VALUE.say(&[("column", column.to_string())]),
                &say::EMPTY_VALUE_DO,
            );
        }
        value
    }

    fn bad_number(&mut self, column: &str, text: &str, why: Said, action: &'static Word) {
        let at = self.place(column);
        let column = Said::plain(column);
        let message = say::BAD_NUMBER.say_in(&[("column", &column), ("why", &why)]);
        self.problems.error("E011", &at, text, message, action);
    }

    fn number<T>(
        &mut self,
        column: &str,
        parse: impl Fn(&str, bool) -> Result<T, Said>,
        action: &'static Word,
    ) -> Option<T> {
        let text = self.optional(column)?.to_string();
        match parse(&text, self.source.decimal_comma) {
            Ok(v) => Some(v),
            Err(why) => {
                self.bad_number(column, &text, why, action);
                None
            }
        }
    }

    /// An optional whole number of at least 0.
    pub fn count(&mut self, column: &str) -> Option<u32> {
        self.number(column, cells::parse_count, &say::COUNT_DO)
    }

    /// An optional number of at least 0 (hours, fte, minutes).
    pub fn amount(&mut self, column: &str) -> Option<f64> {
        self.number(column, cells::parse_non_negative, &say::HOURS_DO)
    }

    /// An optional coordinate within `limit` degrees of zero.
    pub fn degrees(&mut self, column: &str, limit: f64) -> Option<f64> {
        let text = self.optional(column)?.to_string();
        let parsed = cells::parse_number(&text, self.source.decimal_comma).and_then(|v| {
            if v.abs() <= limit {
                Ok(v)
            } else {
                Err(say::OUTSIDE_DEGREES.say(&[("limit", limit.to_string())]))
            }
        });
        match parsed {
            Ok(v) => Some(v),
            Err(why) => {
                self.bad_number(column, &text, why, &say::COORDINATE_DO);
                None
            }
        }
    }

    /// An optional yes/no cell with a default.
    pub fn boolean(&mut self, column: &str, default: bool) -> bool {
        let Some(text) = self.optional(column).map(str::to_string) else {
            return default;
        };
        cells::parse_bool(&text).unwrap_or_else(|| {
            let at = self.place(column);
            self.problems.error(
                "E013",
                &at,
                &text,
                say::NOT_YES_NO.say(&[("column", column.to_string())]),
                &say::NOT_YES_NO_DO,
            );
            default
        })
    }

    /// A required `|` list of weekdays.
    pub fn days(&mut self, column: &str) -> Option<Days> {
        let text = self.required(column)?;
        match cells::parse_days(&text) {
            Ok(d) if d.is_empty() => {
                let at = self.place(column);
                self.problems.error(
                    "E012",
                    &at,
                    &text,
                    say::NO_WEEKDAY.say(&[("column", column.to_string())]),
                    &say::WEEKDAYS_DO,
                );
                None
            }
            Ok(d) => Some(d),
            Err(item) => {
                let at = self.place(column);
                self.problems.error(
                    "E012",
                    &at,
                    &text,
                    say::NOT_A_WEEKDAY
                        .say(&[("item", item.to_string()), ("column", column.to_string())]),
                    &say::WEEKDAYS_DO,
                );
                None
            }
        }
    }

    /// A required `|` list with at least one item; records E010 when it has none
    /// (an empty cell, or only separators such as `|`).
    pub fn required_list(&mut self, column: &str) -> Option<Vec<String>> {
        let text = self.required(column)?;
        let items = cells::split_list(&text.to_lowercase());
        if items.is_empty() {
            let at = self.place(column);
            self.problems.error(
                "E010",
                &at,
                &text,
                say::EMPTY_LIST.say(&[("column", column.to_string())]),
                &say::EMPTY_LIST_DO,
            );
            return None;
        }
        Some(items)
    }

    /// An optional `|` list, items trimmed.
    pub fn list(&self, column: &str) -> Vec<String> {
        self.optional(column)
            .map(cells::split_list)
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_quote_that_opens_a_cell_and_never_closes_is_unclosed() {
        assert_eq!(unclosed_quote_line("a,b\nc,\"open\nd,e\n", b','), Some(2));
        assert_eq!(
            unclosed_quote_line("a,12\" scherm\nb,c\n", b','),
            None,
            "a quote inside a cell is literal"
        );
        assert_eq!(
            unclosed_quote_line("a;\"zei \"\"hoi\"\"\"\nb;c\n", b';'),
            None,
            "doubled quotes are escapes"
        );
        assert_eq!(
            unclosed_quote_line("a,\"twee\nregels\",b\n", b','),
            None,
            "a quoted cell may span lines"
        );
    }

    #[test]
    fn records_are_located_as_an_editor_shows_them() {
        let text = "h1,h2\r\nx,1\r\n\r\n\r\ny,2\r\n";
        let lines = Lines::new(text);
        assert_eq!(lines.of_record(text, text.find('x').unwrap()), 2);
        assert_eq!(
            lines.of_record(text, text.find("\r\n\r\n").unwrap() + 2),
            5,
            "blank lines are skipped"
        );
    }
}
