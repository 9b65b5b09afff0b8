//! Reads the CSV files of an instance folder into domain types, collecting every problem.

use super::closest::with_hint;
use super::problem::{Place, Problems};
use super::table::Table;
use crate::domain::*;
use crate::input::codes;
use crate::lang::{problems as say, Said, Word};
use std::collections::HashMap;

/// Where one student's row and some of its cells are, to locate problems found after
/// reading (the row may come from a file a scenario added).
pub struct StudentPlaces {
    pub row: Place,
    pub paid: Place,
    pub pin: Place,
    pub group: Place,
}

/// The places of every student, by student index.
pub struct StudentLines {
    pub places: Vec<StudentPlaces>,
}

fn duplicate(problems: &mut Problems, at: &Place, column: &str, id: &str, first_line: usize) {
    problems.error(
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

fn location(f: &mut super::table::Fields) -> Option<Location> {
    let lat = f.degrees("lat", 90.0);
    let lon = f.degrees("lon", 180.0);
    Some(Location {
        lat: lat?,
        lon: lon?,
    })
}

/// Reads schools.csv.
pub fn read_schools(
    table: &Table,
    problems: &mut Problems,
) -> (Vec<School>, HashMap<String, usize>) {
    let mut schools = Vec::new();
    let mut index: HashMap<String, (usize, usize)> = HashMap::new();
    if !table.require_columns(&["school_id", "name", "types"], problems) {
        return (schools, HashMap::new());
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
        let at = f.place("school_id");
        let line = f.line();
        if let Some(&(_, first)) = index.get(&id) {
            duplicate(problems, &at, "school_id", &id, first);
            continue;
        }
        index.insert(id, (schools.len(), line));
        schools.push(school);
    }
    (
        schools,
        index.into_iter().map(|(k, (i, _))| (k, i)).collect(),
    )
}

/// Reads supervisors.csv.
pub fn read_supervisors(
    table: &Table,
    schools: &HashMap<String, usize>,
    problems: &mut Problems,
) -> (Vec<Supervisor>, HashMap<String, usize>) {
    let mut wpbs = Vec::new();
    let mut index: HashMap<String, (usize, usize)> = HashMap::new();
    if !table.require_columns(
        &["wpb_id", "name", "school_id", "subjects", "days"],
        problems,
    ) {
        return (wpbs, HashMap::new());
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
            let found = schools.get(s).copied();
            if found.is_none() {
                let at = f.place("school_id");
                f.problems.error(
                    codes::E021,
                    &at,
                    s,
                    with_hint(
                        say::UNKNOWN_SCHOOL.say(&[("id", s.to_string())]),
                        s,
                        schools.keys().map(String::as_str),
                    ),
                    &say::UNKNOWN_SCHOOL_DO,
                );
            }
            found
        });
        let (Some(id), Some(name), Some(school), Some(subjects), Some(days)) =
            (id, name, school, subjects, days)
        else {
            continue;
        };
        let at = f.place("wpb_id");
        let line = f.line();
        if let Some(&(_, first)) = index.get(&id) {
            duplicate(problems, &at, "wpb_id", &id, first);
            continue;
        }
        index.insert(id.clone(), (wpbs.len(), line));
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
    (wpbs, index.into_iter().map(|(k, (i, _))| (k, i)).collect())
}

/// Maps school ids of a list to indices; ids that are not partnership schools give W003.
fn school_list(
    f: &mut super::table::Fields,
    column: &str,
    schools: &HashMap<String, usize>,
) -> Vec<Option<usize>> {
    let ids = f.list(column);
    ids.iter()
        .map(|id| {
            let found = schools.get(id).copied();
            if found.is_none() {
                let at = f.place(column);
                f.problems.warning(
                    codes::W003,
                    &at,
                    id,
                    with_hint(
                        say::OUTSIDE_SCHOOL
                            .say(&[("id", id.to_string()), ("column", column.to_string())]),
                        id,
                        schools.keys().map(String::as_str),
                    ),
                    &say::OUTSIDE_SCHOOL_DO,
                );
            }
            found
        })
        .collect()
}

/// Reads students.csv.
pub fn read_students(
    table: &Table,
    model: &Model,
    schools: &HashMap<String, usize>,
    wpbs: &HashMap<String, usize>,
    problems: &mut Problems,
) -> (Vec<Student>, HashMap<String, usize>, StudentLines) {
    let mut students = Vec::new();
    let mut lines = Vec::new();
    let mut index: HashMap<String, (usize, usize)> = HashMap::new();
    if !table.require_columns(&["student_id", "name", "track", "subject"], problems) {
        return (students, HashMap::new(), StudentLines { places: lines });
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
                f.problems.error(
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
        let previous = school_list(&mut f, "previous_schools", schools);
        let preferences = school_list(&mut f, "preferences", schools);
        let excluded = school_list(&mut f, "excluded_schools", schools);
        // A paid school outside the partnership is kept (W003): if the appointment counts,
        // rule 7 leaves the student unplaced, which the report explains.
        let paid_school = school_list(&mut f, "paid_school", schools).first().copied();
        let paid_fte = f.amount("paid_fte");
        let pinned_wpb = lookup(
            &mut f,
            "pinned_wpb",
            wpbs,
            codes::E023,
            &say::WHAT_WPB,
            "supervisors.csv",
        );
        let group = f.optional("group").map(str::to_string);
        let postcode = f.optional("postcode").map(str::to_string);
        let (Some(id), Some(name), Some(track), Some(subject)) = (id, name, track, subject) else {
            continue;
        };
        let at = f.place("student_id");
        let line = f.line();
        if let Some(&(_, first)) = index.get(&id) {
            duplicate(problems, &at, "student_id", &id, first);
            continue;
        }
        index.insert(id.clone(), (students.len(), line));
        lines.push(StudentPlaces {
            row: Place {
                column: 1,
                ..f.place("student_id")
            },
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
    let index = index.into_iter().map(|(k, (i, _))| (k, i)).collect();
    (students, index, StudentLines { places: lines })
}

fn lookup(
    f: &mut super::table::Fields,
    column: &str,
    ids: &HashMap<String, usize>,
    code: &'static str,
    what: &'static Word,
    file: &str,
) -> Option<usize> {
    let id = f.optional(column)?.to_string();
    let found = ids.get(&id).copied();
    if found.is_none() {
        let at = f.place(column);
        f.problems.error(
            code,
            &at,
            &id,
            with_hint(
                say::UNKNOWN_ID.say_in(&[
                    ("what", &what.into()),
                    ("id", &Said::plain(&id)),
                    ("column", &Said::plain(column)),
                    ("file", &Said::plain(file)),
                ]),
                &id,
                ids.keys().map(String::as_str),
            ),
            say::UNKNOWN_ID_DO.say(&[("file", file.to_string())]),
        );
    }
    found
}
