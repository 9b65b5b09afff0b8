//! travel.csv into the travel matrix, and the estimate from coordinates for the pairs it
//! does not give.

use super::problem::Problems;
use super::table::Table;
use crate::domain::{Instance, Location, TravelMatrix};
use crate::input::codes;
use crate::lang::problems as say;
use std::collections::HashMap;

/// Reads travel.csv into the matrix. Rows for students or schools that are not in this
/// instance are skipped with a warning: a travel export often covers more people.
pub fn read_travel(
    table: &Table,
    students: &HashMap<String, usize>,
    schools: &HashMap<String, usize>,
    travel: &mut TravelMatrix,
    problems: &mut Problems,
) {
    if !table.require_columns(&["student_id", "school_id", "minutes"], problems) {
        return;
    }
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
        // An empty cell is "no journey" (FORMAT.md): the school is out of reach.
        let no_journey = f.optional("minutes").is_none();
        let minutes = if no_journey {
            Some(f64::INFINITY)
        } else {
            f.amount("minutes")
        };
        let (s, c) = (
            students.get(&student).copied(),
            schools.get(&school).copied(),
        );
        for (column, id, known) in [
            ("student_id", &student, s.is_some()),
            ("school_id", &school, c.is_some()),
        ] {
            if !known {
                let at = f.place(column);
                f.problems.warning(
                    codes::W004,
                    &at,
                    id,
                    say::TRAVEL_ID_IGNORED.say(&[("id", id.to_string())]),
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
            f.problems.error(
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
