//! `add_to_track` and `remove_from_track`: students drawn from a track's own students, so
//! that a what-if "20 more HR-VT2 students" needs no hand-made file. The draw is spread
//! evenly over the track's rows in file order (no randomness): the same file gives the
//! same students, and a list sorted by subject or area keeps its mix.

use super::{Headcount, Located};
use crate::input::closest::with_hint;
use crate::input::codes;
use crate::input::problem::Problems;
use crate::input::table::{Builder, Table};
use crate::input::Tables;
use crate::lang::scenario as say;
use std::collections::{BTreeSet, HashMap};

/// The columns a new student takes over from the student it is modelled on: what the
/// track's mix is made of (subject, home, history, wishes). A pin, a group, a paid
/// appointment and excluded schools belong to one person and are not copied.
const COPIED: [&str; 6] = [
    "subject",
    "postcode",
    "lat",
    "lon",
    "previous_schools",
    "preferences",
];

/// The columns of a travel row that are copied for the new student.
const TRAVEL_COPIED: [&str; 5] = ["school_id", "minutes", "first_departure", "lines", "legs"];

/// `k` positions in `0..m`, each the middle of its equal part of the list; with `k > m`
/// every position comes round `k / m` times or once more.
fn spread(k: usize, m: usize) -> impl Iterator<Item = usize> {
    (0..k).map(move |i| (2 * i + 1) * m / (2 * k))
}

/// The rows of the students of `track`, in file order.
fn rows_of_track(students: &Table, track: &str) -> Vec<usize> {
    let mut quiet = Problems::default();
    (0..students.len())
        .filter(|&r| students.row(r, &mut quiet).optional("track") == Some(track))
        .collect()
}

/// The ids of the students of these tracks.
pub fn ids_of_tracks(students: &Table, tracks: &BTreeSet<&str>) -> BTreeSet<String> {
    let mut quiet = Problems::default();
    (0..students.len())
        .filter_map(|r| {
            let f = students.row(r, &mut quiet);
            let track = f.optional("track").unwrap_or("");
            tracks
                .contains(track)
                .then(|| f.optional("student_id").map(str::to_string))
                .flatten()
        })
        .collect()
}

/// The cell of `column` in row `r`, "" when empty.
fn cell(table: &Table, r: usize, column: &str) -> String {
    let mut quiet = Problems::default();
    let value = table
        .row(r, &mut quiet)
        .optional(column)
        .unwrap_or("")
        .to_string();
    value
}

/// E052 for a track without students: there is nobody to draw from or to remove.
fn no_students(track: &Located<String>, students: &Table, problems: &mut Problems) {
    let tracks: BTreeSet<String> = students.values("track").into_iter().collect();
    let message = say::TRACK_EMPTY.say(&[("track", track.value.clone())]);
    let message = with_hint(message, &track.value, tracks.iter().map(String::as_str));
    problems.record(
        codes::E052,
        &track.at,
        &track.value,
        message,
        &say::TRACK_EMPTY_DO,
    );
}

/// Takes the drawn share of each track's students out, with their travel rows.
pub fn remove_from_tracks(
    changes: &[(Located<String>, Headcount)],
    tables: &mut Tables,
    problems: &mut Problems,
) {
    let mut gone = BTreeSet::new();
    for (track, headcount) in changes {
        let rows = rows_of_track(&tables.students, &track.value);
        let k = headcount.of(rows.len());
        if rows.is_empty() {
            no_students(track, &tables.students, problems);
            continue;
        }
        if k > rows.len() {
            let message = say::TRACK_TOO_FEW.say(&[
                ("track", track.value.clone()),
                ("n", rows.len().to_string()),
                ("remove", k.to_string()),
            ]);
            problems.record(
                codes::E052,
                &track.at,
                &k.to_string(),
                message,
                &say::TRACK_TOO_FEW_DO,
            );
            continue;
        }
        for i in spread(k, rows.len()) {
            gone.insert(cell(&tables.students, rows[i], "student_id"));
        }
    }
    drop_students(tables, &gone);
}

/// Removes the students with these ids, and their travel rows (which would otherwise be
/// reported as rows of unknown students).
pub fn drop_students(tables: &mut Tables, gone: &BTreeSet<String>) {
    if gone.is_empty() {
        return;
    }
    tables
        .students
        .retain_rows("student_id", |id| !gone.contains(id));
    if let Some(travel) = &mut tables.travel {
        travel.retain_rows("student_id", |id| !gone.contains(id));
    }
}

/// A table of new rows, placed at the scenario key that made them.
fn builder(at: &Located<String>, columns: &[&str], problems: &mut Problems) -> Builder {
    let header: Vec<(usize, &str)> = columns.iter().copied().enumerate().collect();
    let (file, line) = (&at.at.file, at.at.line);
    Builder::new(file, true, line, &header, columns.len(), problems)
}

/// Adds the drawn students of each track, each a copy of a student of the track with a
/// new id (`NEW-HR-VT2-001`) and the travel rows of that student.
pub fn add_to_tracks(
    changes: &[(Located<String>, Headcount)],
    tables: &mut Tables,
    problems: &mut Problems,
) {
    let mut taken: BTreeSet<String> = tables.students.values("student_id").into_iter().collect();
    for (track, headcount) in changes {
        let rows = rows_of_track(&tables.students, &track.value);
        if rows.is_empty() {
            no_students(track, &tables.students, problems);
            continue;
        }
        let n = headcount.of(rows.len());
        if n == 0 {
            continue;
        }
        let width = n.to_string().len().max(3);
        let mut number = 0;
        // (new id, row of the student it copies)
        let mut drawn = Vec::with_capacity(n);
        for i in spread(n, rows.len()) {
            let id = loop {
                number += 1;
                let id = format!("NEW-{}-{number:0width$}", track.value);
                if taken.insert(id.clone()) {
                    break id;
                }
            };
            drawn.push((id, rows[i]));
        }
        let added = new_students(track, &drawn, &tables.students, problems);
        let travel = tables
            .travel
            .as_ref()
            .map(|t| new_travel(track, &drawn, &tables.students, t, problems));
        tables.students.append(added);
        if let (Some(travel), Some(rows)) = (&mut tables.travel, travel) {
            travel.append(rows);
        }
    }
}

fn new_students(
    track: &Located<String>,
    drawn: &[(String, usize)],
    students: &Table,
    problems: &mut Problems,
) -> Table {
    let mut columns = vec!["student_id", "name", "track"];
    columns.extend(COPIED);
    let mut table = builder(track, &columns, problems);
    for (id, r) in drawn {
        let mut cells = vec![id.clone(), id.clone(), track.value.clone()];
        cells.extend(COPIED.iter().map(|c| cell(students, *r, c)));
        table.row(
            track.at.line,
            cells.iter().map(String::as_str).enumerate(),
            problems,
        );
    }
    table.finish()
}

fn new_travel(
    track: &Located<String>,
    drawn: &[(String, usize)],
    students: &Table,
    travel: &Table,
    problems: &mut Problems,
) -> Table {
    let wanted: BTreeSet<String> = drawn
        .iter()
        .map(|(_, r)| cell(students, *r, "student_id"))
        .collect();
    let mut rows_of: HashMap<String, Vec<usize>> = HashMap::new();
    for r in 0..travel.len() {
        let id = cell(travel, r, "student_id");
        if wanted.contains(&id) {
            rows_of.entry(id).or_default().push(r);
        }
    }
    let mut columns = vec!["student_id"];
    columns.extend(TRAVEL_COPIED);
    let mut table = builder(track, &columns, problems);
    for (id, r) in drawn {
        let source = cell(students, *r, "student_id");
        for &t in rows_of.get(&source).into_iter().flatten() {
            let mut cells = vec![id.clone()];
            cells.extend(TRAVEL_COPIED.iter().map(|c| cell(travel, t, c)));
            table.row(
                track.at.line,
                cells.iter().map(String::as_str).enumerate(),
                problems,
            );
        }
    }
    table.finish()
}

#[cfg(test)]
mod tests {
    use super::spread;

    #[test]
    fn a_draw_is_spread_over_the_whole_list() {
        assert_eq!(spread(2, 10).collect::<Vec<_>>(), [2, 7]);
        assert_eq!(spread(1, 5).collect::<Vec<_>>(), [2]);
        assert_eq!(spread(5, 5).collect::<Vec<_>>(), [0, 1, 2, 3, 4]);
        assert_eq!(spread(5, 2).collect::<Vec<_>>(), [0, 0, 1, 1, 1]);
    }
}
