//! travel.csv into the travel matrix, and the estimate from coordinates for the pairs it
//! does not give.

use super::aside::count;
use super::ids::Ids;
use super::instance::resolve;
use super::naming::Names;
use super::problem::{Place, Problems};
use super::table::Table;
use crate::domain::{Instance, Location, TravelMatrix};
use crate::input::codes;
use crate::lang::{problems as say, Said};

/// Rows of travel.csv that name an id the instance does not have, per column: how many,
/// the first, and which of the instance's ids the file does name.
struct Strangers {
    rows: usize,
    first: Option<(String, usize)>,
    covered: Vec<bool>,
}

impl Strangers {
    fn new(ids: usize) -> Strangers {
        Strangers {
            rows: 0,
            first: None,
            covered: vec![false; ids],
        }
    }

    fn see(&mut self, found: Option<usize>, id: &str, line: usize) {
        match found {
            Some(i) => self.covered[i] = true,
            None => {
                self.rows += 1;
                self.first.get_or_insert_with(|| (id.to_string(), line));
            }
        }
    }

    /// The instance's ids without a row.
    fn uncovered(&self) -> usize {
        self.covered.iter().filter(|c| !**c).count()
    }

    /// A file whose rows mostly name ids the instance lacks, and that leaves most of the
    /// instance's ids without a row, is another instance's (or its ids were mangled): a
    /// travel export of more people still names this instance's own.
    fn foreign(&self, rows: usize) -> bool {
        2 * self.rows > rows && 2 * self.uncovered() > self.covered.len()
    }
}

/// Reads travel.csv into the matrix. Rows for students or schools that are not in this
/// instance are skipped with a warning: a travel export often covers more people. A file
/// that mostly names others is one error (E027) instead of a warning per row.
pub fn read_travel(
    table: &Table,
    students: &Ids,
    schools: &Ids,
    names: &Names,
    travel: &mut TravelMatrix,
    problems: &mut Problems,
) {
    if !table.require_columns(&["student_id", "school_id", "minutes"], problems) {
        return;
    }
    // Judged once all rows are read: a warning per row, or one error about the file.
    let mut strays = Problems::default();
    let mut strangers = [
        Strangers::new(students.len()),
        Strangers::new(schools.len()),
    ];
    let mut rows = 0;
    // The line of each pair seen: a flat array is a fraction of a hash map's memory for
    // the millions of rows of a national travel.csv.
    let mut seen: Vec<u32> = vec![0; students.len() * schools.len()];
    for r in 0..table.len() {
        let Some(mut f) = table.next_row(r, problems) else {
            break;
        };
        let (Some(student), Some(school)) = (f.required("student_id"), f.required("school_id"))
        else {
            continue;
        };
        rows += 1;
        // An empty cell is "no journey" (FORMAT.md): the school is out of reach.
        let no_journey = f.optional("minutes").is_none();
        let minutes = if no_journey {
            Some(f64::INFINITY)
        } else {
            f.amount("minutes")
        };
        let s = resolve(&mut f, "student_id", &student, students);
        let c = resolve(&mut f, "school_id", &school, schools);
        for (k, column, id, found, ids) in [
            (0, "student_id", &student, s, students),
            (1, "school_id", &school, c, schools),
        ] {
            if ids.unread_file().is_some() {
                continue;
            }
            strangers[k].see(found, id, f.line());
            if found.is_none() {
                strays.record(
                    codes::W004,
                    &f.place(column),
                    id,
                    say::TRAVEL_ID_IGNORED
                        .say_in(&[("id", &Said::plain(id)), ("file", &names.travel.name)]),
                    &say::TRAVEL_ID_IGNORED_DO,
                );
            }
        }
        let (Some(s), Some(c), Some(minutes)) = (s, c, minutes) else {
            continue;
        };
        let line = f.line();
        let first = std::mem::replace(&mut seen[s * schools.len() + c], line as u32);
        if first != 0 {
            seen[s * schools.len() + c] = first;
            let at = f.place("student_id");
            f.problems.record(
                codes::E026,
                &at,
                "",
                say::TRAVEL_TWICE.say(&[("first", first.to_string())]),
                &say::TRAVEL_TWICE_DO,
            );
            continue;
        }
        if no_journey {
            travel.set_no_journey(s, c);
        } else {
            travel.set(s, c, minutes, false);
        }
    }
    let foreign: Vec<usize> = (0..2).filter(|&k| strangers[k].foreign(rows)).collect();
    if foreign.is_empty() {
        problems.absorb(strays);
    }
    for k in foreign {
        check_e027_travel_belongs_to_instance(table, &strangers[k], k, rows, names, problems);
    }
}

/// E027: most rows name students (or schools) the instance lacks, and most of its own
/// have no row: the file is another instance's, or its ids lost their leading zeros.
fn check_e027_travel_belongs_to_instance(
    table: &Table,
    strangers: &Strangers,
    k: usize,
    rows: usize,
    names: &Names,
    problems: &mut Problems,
) {
    let (column, what, what_plural) = if k == 0 {
        ("student_id", &say::WHAT_STUDENT, &say::WHAT_STUDENTS)
    } else {
        ("school_id", &say::WHAT_SCHOOL, &say::WHAT_SCHOOLS)
    };
    let (example, line) = strangers.first.clone().unwrap_or_default();
    let shown = table.shown().get(column);
    let col = table.column_of(column).map_or(1, |c| c + 1);
    problems.record(
        codes::E027,
        &Place::new(table.file(), line, col),
        &example,
        say::TRAVEL_NOT_THIS_INSTANCE.say_in(&[
            ("unknown", &count(strangers.rows)),
            ("rows", &count(rows)),
            ("file", &names.travel.name),
            ("what", &what.into()),
            ("what_plural", &what_plural.into()),
            ("example", &Said::plain(&example)),
            ("line", &Said::plain(&line.to_string())),
            ("uncovered", &count(strangers.uncovered())),
            ("all", &count(strangers.covered.len())),
            ("column", &Said::plain(&shown)),
        ]),
        &say::TRAVEL_NOT_THIS_INSTANCE_DO,
    );
}

/// Fills pairs travel.csv does not give from coordinates: `round(10 + 2 x km)` minutes.
pub fn estimate_missing_travel(instance: &mut Instance) {
    for (s, student) in instance.students.iter().enumerate() {
        for (c, school) in instance.schools.iter().enumerate() {
            if instance.travel.is_known(s, c) {
                continue;
            }
            if let (Some(a), Some(b)) = (student.location, school.location) {
                instance.travel.set(s, c, estimated_minutes(a, b), true);
            }
        }
    }
}

/// Public-transport minutes estimated from straight-line distance (documented in the README).
pub fn estimated_minutes(a: Location, b: Location) -> f64 {
    (10.0 + 2.0 * haversine_km(a, b)).round()
}

fn haversine_km(a: Location, b: Location) -> f64 {
    let (la1, la2) = (a.lat.to_radians(), b.lat.to_radians());
    let dlat = la2 - la1;
    let dlon = (b.lon - a.lon).to_radians();
    let h = (dlat / 2.0).sin().powi(2) + la1.cos() * la2.cos() * (dlon / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn estimate_grows_with_distance() {
        let den_haag = Location {
            lat: 52.0705,
            lon: 4.3007,
        };
        let delft = Location {
            lat: 52.0116,
            lon: 4.3571,
        };
        assert_eq!(estimated_minutes(den_haag, den_haag), 10.0);
        let m = estimated_minutes(den_haag, delft);
        assert!((24.0..=28.0).contains(&m), "{m}");
    }
}
