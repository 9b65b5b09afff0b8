//! Reads the CSV files of an instance folder into domain types, collecting every problem.

use super::closest::with_hint;
use super::ids::{Found, Ids};
use super::naming::{Named, Names};
use super::problem::{Place, Problems};
use super::table::{Fields, Table};
use crate::domain::*;
use crate::input::codes;
use crate::lang::{problems as say, Said};
use std::collections::HashMap;

/// Where one student's row and some of its cells are, to locate problems found after
/// reading (the row may come from a file a scenario added).
pub struct StudentPlaces {
    pub row: Place,
    pub subject: Place,
    pub paid: Place,
    pub pin: Place,
    pub group: Place,
}

/// The places of every student, by student index, and how the user's tables are named.
pub struct StudentLines {
    pub places: Vec<StudentPlaces>,
    pub names: Names,
}

/// Finds a reference to another table: as written, or restoring the leading zeros Excel
/// dropped (noted once per column). `Found::Unread` is counted as a consequence of the
/// unreadable table, not reported.
pub fn resolve(f: &mut Fields, column: &str, id: &str, ids: &Ids) -> Option<usize> {
    match ids.find(id) {
        Found::Exact(i) => Some(i),
        Found::Zeros(i, full) => {
            let at = f.place(column);
            let shown = f.shown(column);
            f.problems.restored(&at, &shown, id, full);
            Some(i)
        }
        Found::Unknown => None,
        Found::Unread => {
            let about = f.place(column).file;
            f.problems
                .follows(ids.unread_file().unwrap_or_default(), &about);
            None
        }
    }
}

/// True when the reference could not be resolved and deserves a problem of its own.
fn unknown(ids: &Ids, found: Option<usize>) -> bool {
    found.is_none() && ids.unread_file().is_none()
}

/// `resolve`, and an id that is not in `ids` recorded as `code`, with the nearest known id
/// as a hint. `words` gives the message and the action, from the column as the file shows it.
fn resolve_known(
    f: &mut Fields,
    column: &str,
    id: &str,
    ids: &Ids,
    code: &'static str,
    words: impl FnOnce(&Said) -> (Said, Said),
) -> Option<usize> {
    let found = resolve(f, column, id, ids);
    if unknown(ids, found) {
        let at = f.place(column);
        let (message, action) = words(&Said::plain(&f.shown(column)));
        f.problems
            .record(code, &at, id, with_hint(message, id, ids.keys()), action);
    }
    found
}

fn duplicate(problems: &mut Problems, at: &Place, column: &str, id: &str, first_line: usize) {
    problems.record(
        codes::E020,
        at,
        id,
        say::ID_TWICE.say(&[
            ("column", column.to_string()),
            ("id", id.to_string()),
            ("first", first_line.to_string()),
        ]),
        &say::ID_TWICE_DO,
    );
}

fn location(f: &mut Fields) -> Option<Location> {
    let lat = f.degrees("lat", 90.0);
    let lon = f.degrees("lon", 180.0);
    Some(Location {
        lat: lat?,
        lon: lon?,
    })
}

/// Reads schools.csv.
pub fn read_schools(table: &Table, problems: &mut Problems) -> (Vec<School>, Ids) {
    let mut schools = Vec::new();
    let mut index = Index::default();
    if !table.require_columns(&["school_id", "name", "types"], problems) {
        return (schools, Ids::unread(table.file()));
    }
    for r in 0..table.len() {
        let Some(mut f) = table.next_row(r, problems) else {
            break;
        };
        let (Some(id), Some(name), Some(types)) = (
            f.required("school_id"),
            f.required("name"),
            f.required_list("types"),
        ) else {
            continue;
        };
        let school = School {
            types,
            postcode: f.optional("postcode").map(str::to_string),
            location: location(&mut f),
            max_students: f.count("max_students"),
            so_hours: f.amount("so_hours"),
            id: id.clone(),
            name,
        };
        if !index.first(table, &mut f, "school_id", &id, schools.len()) {
            continue;
        }
        schools.push(school);
    }
    (schools, index.ids())
}

/// The ids of a table read so far, each with its item and the line of its row.
#[derive(Default)]
struct Index(HashMap<String, (usize, usize)>);

impl Index {
    /// Takes `id`, of column `column` of the row `f`, for item `next`; false, with E020
    /// naming the first line, when an earlier row has it.
    fn first(
        &mut self,
        table: &Table,
        f: &mut Fields,
        column: &str,
        id: &str,
        next: usize,
    ) -> bool {
        if let Some(&(_, first)) = self.0.get(id) {
            let at = f.place(column);
            duplicate(f.problems, &at, &table.shown().get(column), id, first);
            return false;
        }
        self.0.insert(id.to_string(), (next, f.line()));
        true
    }

    /// The ids read, without the lines of their rows.
    fn ids(self) -> Ids {
        Ids::new(self.0.into_iter().map(|(k, (i, _))| (k, i)).collect())
    }
}

/// Reads supervisors.csv.
pub fn read_supervisors(
    table: &Table,
    schools: &Ids,
    names: &Names,
    problems: &mut Problems,
) -> (Vec<Supervisor>, Ids) {
    let mut wpbs = Vec::new();
    let mut index = Index::default();
    if !table.require_columns(
        &["wpb_id", "name", "school_id", "subjects", "days"],
        problems,
    ) {
        return (wpbs, Ids::unread(table.file()));
    }
    for r in 0..table.len() {
        let Some(mut f) = table.next_row(r, problems) else {
            break;
        };
        let id = f.required("wpb_id");
        let name = f.required("name");
        let school_id = f.required("school_id");
        let subjects = f.required_list("subjects");
        let days = f.days("days");
        let max_students = f.count("max_students").unwrap_or(1);
        let max_hours = f.amount("max_hours");
        let certified = f.boolean("certified", true);
        let school = school_id.as_ref().and_then(|s| {
            let file = &names.schools.name;
            resolve_known(&mut f, "school_id", s, schools, codes::E021, |_| {
                let column = names.schools.said("school_id");
                (
                    say::UNKNOWN_SCHOOL.say_in(&[("id", &Said::plain(s)), ("file", file)]),
                    say::UNKNOWN_SCHOOL_DO.say_in(&[("column", &column), ("file", file)]),
                )
            })
        });
        let (Some(id), Some(name), Some(school), Some(subjects), Some(days)) =
            (id, name, school, subjects, days)
        else {
            continue;
        };
        if !index.first(table, &mut f, "wpb_id", &id, wpbs.len()) {
            continue;
        }
        wpbs.push(Supervisor {
            id,
            name,
            school,
            subjects,
            days,
            max_students,
            max_hours,
            certified,
        });
    }
    (wpbs, index.ids())
}

/// Maps school ids of a list to indices; ids that are not partnership schools give W003.
fn school_list(f: &mut Fields, column: &str, schools: &Ids, file: &Named) -> Vec<Option<usize>> {
    let ids = f.list(column);
    ids.iter()
        .map(|id| {
            resolve_known(f, column, id, schools, codes::W003, |shown| {
                let message = say::OUTSIDE_SCHOOL.say_in(&[
                    ("id", &Said::plain(id)),
                    ("column", shown),
                    ("file", &file.name),
                ]);
                (message, (&say::OUTSIDE_SCHOOL_DO).into())
            })
        })
        .collect()
}

/// Reads students.csv.
pub fn read_students(
    table: &Table,
    model: &Model,
    schools: &Ids,
    wpbs: &Ids,
    names: &Names,
    problems: &mut Problems,
) -> (Vec<Student>, Ids, StudentLines) {
    let mut students = Vec::new();
    let mut lines = Vec::new();
    let mut index = Index::default();
    if !table.require_columns(&["student_id", "name", "track", "subject"], problems) {
        let lines = StudentLines {
            places: lines,
            names: names.clone(),
        };
        return (students, Ids::unread(table.file()), lines);
    }
    let tracks: HashMap<&str, usize> = model
        .tracks
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id.as_str(), i))
        .collect();
    for r in 0..table.len() {
        let Some(mut f) = table.next_row(r, problems) else {
            break;
        };
        let id = f.required("student_id");
        let name = f.required("name");
        let track = f.required("track").and_then(|t| {
            let found = tracks.get(t.as_str()).copied();
            if found.is_none() {
                let at = f.place("track");
                f.problems.record(
                    codes::E022,
                    &at,
                    &t,
                    with_hint(
                        say::UNKNOWN_TRACK.say(&[("id", t.to_string())]),
                        &t,
                        tracks.keys().copied(),
                    ),
                    &say::UNKNOWN_TRACK_DO,
                );
            }
            found
        });
        let subject = f.required("subject");
        let location = location(&mut f);
        let previous = school_list(&mut f, "previous_schools", schools, &names.schools);
        let preferences = school_list(&mut f, "preferences", schools, &names.schools);
        let excluded = school_list(&mut f, "excluded_schools", schools, &names.schools);
        // A paid school outside the partnership is kept (W003): if the appointment counts,
        // rule 7 leaves the student unplaced, which the report explains.
        let paid_school = school_list(&mut f, "paid_school", schools, &names.schools)
            .first()
            .copied();
        let paid_fte = f.amount("paid_fte");
        let pinned_wpb = lookup(&mut f, "pinned_wpb", wpbs, &names.supervisors.name);
        let group = f.optional("group").map(str::to_string);
        let postcode = f.optional("postcode").map(str::to_string);
        let (Some(id), Some(name), Some(track), Some(subject)) = (id, name, track, subject) else {
            continue;
        };
        if !index.first(table, &mut f, "student_id", &id, students.len()) {
            continue;
        }
        lines.push(StudentPlaces {
            row: Place {
                column: 1,
                ..f.place("student_id")
            },
            subject: f.place("subject"),
            paid: f.place("paid_fte"),
            pin: f.place("pinned_wpb"),
            group: f.place("group"),
        });
        students.push(Student {
            id,
            name,
            track,
            subject: subject.to_lowercase(),
            postcode,
            location,
            previous_school: previous.last().copied().flatten(),
            preferences,
            excluded_schools: excluded.into_iter().flatten().collect(),
            paid: paid_school.map(|school| PaidAppointment {
                school,
                fte: paid_fte,
            }),
            pinned_wpb,
            group,
        });
    }
    let lines = StudentLines {
        places: lines,
        names: names.clone(),
    };
    (students, index.ids(), lines)
}

/// A pinned WPB (E023 when unknown).
fn lookup(f: &mut Fields, column: &str, ids: &Ids, file: &Said) -> Option<usize> {
    let id = f.optional(column)?.to_string();
    resolve_known(f, column, &id, ids, codes::E023, |shown| {
        let message = say::UNKNOWN_ID.say_in(&[
            ("what", &(&say::WHAT_WPB).into()),
            ("id", &Said::plain(&id)),
            ("column", shown),
            ("file", file),
        ]);
        (message, say::UNKNOWN_ID_DO.say_in(&[("file", file)]))
    })
}
