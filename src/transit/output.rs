//! travel.csv as `travel` writes it: FORMAT.md's three columns, then the journey's summary
//! (ignored by the solver; shown by explain and report.html). Rows by student, then
//! school, in the order of their files. Written to a temporary file that is renamed into
//! place, so the file is complete or not there at all.

use super::feed::Line;
use super::geo::Secs;
use super::journey::{kind_word, leg_minutes, minutes, shown_legs, LegKind};
use super::matrix::Column;
use super::places::Spot;
use rayon::prelude::*;
use std::fmt::Write as _;
use std::io::{self, BufWriter, Write};
use std::path::Path;

/// The header of travel.csv.
pub const HEADER: [&str; 8] = [
    "student_id",
    "school_id",
    "minutes",
    "first_departure",
    "lines",
    "transfers",
    "walk_minutes",
    "legs",
];

/// What was written: pairs with a journey and without.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Written {
    pub reached: usize,
    pub none: usize,
}

/// `HH:MM` of seconds after midnight (the minute it falls in).
pub fn clock(secs: Secs) -> String {
    let mut text = String::new();
    write_clock(&mut text, secs);
    text
}

fn write_clock(text: &mut String, secs: Secs) {
    let m = secs.div_euclid(60);
    let _ = write!(text, "{:02}:{:02}", m.div_euclid(60), m.rem_euclid(60));
}

/// The summary cells of a journey (first departure, lines, transfers, walk minutes,
/// legs), written into `cells`, which are cleared first (reused row after row: a
/// national travel.csv has millions of rows).
fn summary(column: &Column, s: usize, lines: &[Line], cells: &mut [String; 5]) {
    for c in cells.iter_mut() {
        c.clear();
    }
    let legs = column.legs(s);
    if let Some(first) = column.first_departure(s) {
        write_clock(&mut cells[0], first);
    }
    let mut rides = 0;
    for leg in legs {
        if let LegKind::Ride(i) = leg.kind {
            let name = lines.get(i as usize).map_or("", |l| l.name.as_str());
            let sep = if rides > 0 { "|" } else { "" };
            let _ = write!(cells[1], "{sep}{} {name}", kind_word(leg.kind, lines));
            rides += 1;
        }
    }
    let _ = write!(cells[2], "{}", rides.max(1) - 1);
    let walked: Secs = leg_minutes(legs)
        .filter(|l| l.0 == LegKind::Walk)
        .map(|l| l.1)
        .sum();
    let _ = write!(cells[3], "{walked}");
    let mut number = itoa::Buffer::new();
    for (k, (kind, m)) in shown_legs(legs).enumerate() {
        if k > 0 {
            cells[4].push('|');
        }
        cells[4].push_str(kind_word(kind, lines));
        cells[4].push(' ');
        cells[4].push_str(number.format(m));
    }
}

/// What to write: the pairs and journeys, and whether with the summary columns (a
/// national travel.csv without them is a third of the size, and so is reading it).
pub struct Table<'a> {
    pub students: &'a [Spot],
    pub schools: &'a [Spot],
    pub columns: &'a [Option<Column>],
    pub lines: &'a [Line],
    pub summary: bool,
}

/// The rows of students `from..to` as CSV bytes.
fn rows_of(t: &Table, from: usize, to: usize) -> (Vec<u8>, Written) {
    let width = if t.summary { HEADER.len() } else { 3 };
    let mut csv = csv::Writer::from_writer(Vec::new());
    let mut written = Written::default();
    let mut cells: [String; 5] = Default::default();
    let mut minutes_cell = String::new();
    for (s, student) in t.students.iter().enumerate().take(to).skip(from) {
        if student.location.is_none() {
            continue;
        }
        for (school, column) in t.schools.iter().zip(t.columns) {
            let Some(column) = column else {
                continue;
            };
            minutes_cell.clear();
            match column.secs(s) {
                Some(secs) => {
                    written.reached += 1;
                    minutes_cell.push_str(itoa::Buffer::new().format(minutes(secs)));
                    if t.summary {
                        summary(column, s, t.lines, &mut cells);
                    }
                }
                None => {
                    written.none += 1;
                    for c in cells.iter_mut() {
                        c.clear();
                    }
                }
            }
            let row = [
                student.id.as_str(),
                &school.id,
                &minutes_cell,
                &cells[0],
                &cells[1],
                &cells[2],
                &cells[3],
                &cells[4],
            ];
            // Writing to memory cannot fail.
            let _ = csv.write_record(&row[..width]);
        }
    }
    (csv.into_inner().unwrap_or_default(), written)
}

/// Students whose rows are made at once; batches are made in parallel and written in
/// order, a few at a time, so that the file is never all in memory.
const BATCH: usize = 128;

fn write_rows(out: &mut (impl Write + Send), t: &Table) -> io::Result<Written> {
    let width = if t.summary { HEADER.len() } else { 3 };
    let mut csv = csv::Writer::from_writer(Vec::new());
    csv.write_record(&HEADER[..width])?;
    out.write_all(&csv.into_inner().unwrap_or_default())?;
    let mut written = Written::default();
    let batches: Vec<usize> = (0..t.students.len()).step_by(BATCH).collect();
    let window = 4 * rayon::current_num_threads();
    let mut made: Vec<(Vec<u8>, Written)> = Vec::new();
    // Each window of batches is written while the next one is made.
    for starts in batches.chunks(window).map(Some).chain([None]) {
        let (wrote, next) = rayon::join(
            || -> io::Result<Written> {
                let mut w = Written::default();
                for (bytes, counts) in &made {
                    out.write_all(bytes)?;
                    w.reached += counts.reached;
                    w.none += counts.none;
                }
                Ok(w)
            },
            || {
                starts.map_or_else(Vec::new, |starts| {
                    starts
                        .par_iter()
                        .map(|&from| rows_of(t, from, (from + BATCH).min(t.students.len())))
                        .collect()
                })
            },
        );
        let wrote = wrote?;
        written.reached += wrote.reached;
        written.none += wrote.none;
        made = next;
    }
    Ok(written)
}

/// Writes travel.csv to `path` through a temporary file beside it.
pub fn write(path: &Path, table: &Table) -> io::Result<Written> {
    let name = path
        .file_name()
        .map_or("travel.csv".into(), |n| n.to_string_lossy().into_owned());
    let tmp = path.with_file_name(format!(".{name}.tmp-{}", std::process::id()));
    let result = (|| {
        let file = std::fs::File::create(&tmp)?;
        let mut out = BufWriter::with_capacity(1 << 20, file);
        let written = write_rows(&mut out, table)?;
        out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
        std::fs::rename(&tmp, path)?;
        Ok(written)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_shows_hours_and_minutes() {
        assert_eq!(clock(7 * 3600 + 42 * 60 + 59), "07:42");
        assert_eq!(clock(0), "00:00");
    }
}
