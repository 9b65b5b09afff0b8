//! travel.csv as `travel` writes it: FORMAT.md's three columns, then the journey's summary
//! (ignored by the solver; shown by explain and report.html). Rows by student, then
//! school, in the order of their files. Written to a temporary file that is renamed into
//! place, so the file is complete or not there at all.

use super::feed::Line;
use super::geo::Secs;
use super::journey::{kind_word, leg_minutes, minutes, shown_legs, LegKind};
use super::matrix::Column;
use super::places::Spot;
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
    let m = secs.div_euclid(60);
    format!("{:02}:{:02}", m.div_euclid(60), m.rem_euclid(60))
}

/// The summary cells of a journey: first departure, lines, transfers, walk minutes, legs.
fn summary(column: &Column, s: usize, lines: &[Line]) -> [String; 5] {
    let legs = column.legs(s);
    let rounded = leg_minutes(legs);
    let rides: Vec<&str> = legs
        .iter()
        .filter_map(|l| match l.kind {
            LegKind::Ride(i) => Some(i),
            _ => None,
        })
        .map(|i| lines.get(i as usize).map_or("", |l| l.name.as_str()))
        .collect();
    let line_cells: Vec<String> = legs
        .iter()
        .filter(|l| matches!(l.kind, LegKind::Ride(_)))
        .zip(&rides)
        .map(|(l, name)| format!("{} {name}", kind_word(l.kind, lines)))
        .collect();
    let walked: Secs = rounded
        .iter()
        .filter(|l| l.0 == LegKind::Walk)
        .map(|l| l.1)
        .sum();
    let legs_cell: Vec<String> = shown_legs(legs)
        .iter()
        .map(|(kind, m)| format!("{} {m}", kind_word(*kind, lines)))
        .collect();
    [
        column.first_departure(s).map(clock).unwrap_or_default(),
        line_cells.join("|"),
        rides.len().saturating_sub(1).to_string(),
        walked.to_string(),
        legs_cell.join("|"),
    ]
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

fn write_rows(out: impl Write, t: &Table) -> io::Result<Written> {
    let (students, schools, columns, lines) = (t.students, t.schools, t.columns, t.lines);
    let width = if t.summary { HEADER.len() } else { 3 };
    let mut csv = csv::Writer::from_writer(out);
    csv.write_record(&HEADER[..width])?;
    let mut written = Written::default();
    for (s, student) in students.iter().enumerate() {
        if student.location.is_none() {
            continue;
        }
        for (school, column) in schools.iter().zip(columns) {
            let Some(column) = column else {
                continue;
            };
            let Some(secs) = column.secs(s) else {
                written.none += 1;
                let empty = [student.id.as_str(), &school.id, "", "", "", "", "", ""];
                csv.write_record(&empty[..width])?;
                continue;
            };
            written.reached += 1;
            let minutes = minutes(secs).to_string();
            if !t.summary {
                csv.write_record([student.id.as_str(), &school.id, &minutes])?;
                continue;
            }
            let [first, lines, transfers, walked, legs] = summary(column, s, lines);
            csv.write_record([
                student.id.as_str(),
                &school.id,
                &minutes,
                &first,
                &lines,
                &transfers,
                &walked,
                &legs,
            ])?;
        }
    }
    csv.flush()?;
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
