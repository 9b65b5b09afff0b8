//! The students' homes and the schools as `travel` needs them: id, postcode and
//! coordinates, in the order of their files; a postcode table fills missing coordinates.

use crate::domain::Location;
use crate::input::codes;
use crate::input::problem::{Place, Problems};
use crate::input::table::Table;
use crate::lang::problems as words;
use crate::lang::transit as say;
use std::collections::HashMap;
use std::path::Path;

/// A student's home or a school.
#[derive(Debug, Clone, PartialEq)]
pub struct Spot {
    pub id: String,
    pub postcode: Option<String>,
    pub location: Option<Location>,
    /// The row, for warnings.
    pub row: Place,
    pub postcode_cell: Place,
}

/// Reads the id, postcode and coordinates of every row of `table` (E020 for an id twice).
pub fn read(table: &Table, id_column: &str, problems: &mut Problems) -> Vec<Spot> {
    let mut spots = Vec::new();
    if !table.require_columns(&[id_column], problems) {
        return spots;
    }
    let mut first_line: HashMap<String, usize> = HashMap::new();
    for r in 0..table.len() {
        let mut f = table.row(r, problems);
        let Some(id) = f.required(id_column) else {
            continue;
        };
        let (lat, lon) = (f.degrees("lat", 90.0), f.degrees("lon", 180.0));
        let row = Place {
            column: 1,
            ..f.place(id_column)
        };
        if let Some(&first) = first_line.get(&id) {
            let at = f.place(id_column);
            f.problems.record(
                codes::E020,
                &at,
                &id,
                words::ID_TWICE.say(&[
                    ("column", id_column.to_string()),
                    ("id", id.clone()),
                    ("first", first.to_string()),
                ]),
                &words::ID_TWICE_DO,
            );
            continue;
        }
        first_line.insert(id.clone(), f.line());
        spots.push(Spot {
            postcode: f.optional("postcode").map(str::to_string),
            location: lat.zip(lon).map(|(lat, lon)| Location { lat, lon }),
            postcode_cell: f.place("postcode"),
            row,
            id,
        });
    }
    spots
}

/// Postcode centroids: `postcode, lat, lon` (`;` or `,`, any encoding the instance files
/// may have).
pub struct Postcodes {
    file: String,
    by_code: HashMap<String, Location>,
}

/// A postcode as the table keys it: upper case, without spaces (`2517 kn` is `2517KN`).
fn key(postcode: &str) -> String {
    postcode
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_uppercase)
        .collect()
}

/// The first of `names` that the table has, else the first name (reported missing).
fn column<'a>(table: &Table, names: &[&'a str]) -> &'a str {
    names
        .iter()
        .find(|n| table.has_column(n))
        .copied()
        .unwrap_or(names[0])
}

impl Postcodes {
    /// Reads the table; `None` when it cannot be used (the problems say why).
    pub fn read(path: &Path, problems: &mut Problems) -> Option<Postcodes> {
        let table = Table::read(path, problems)?;
        let code = column(&table, &["postcode", "pc6", "pc4", "zip", "postal_code"]);
        let lat = column(&table, &["lat", "latitude"]);
        let lon = column(&table, &["lon", "lng", "longitude"]);
        if !table.require_columns(&[code, lat, lon], problems) {
            return None;
        }
        let mut by_code = HashMap::new();
        for r in 0..table.len() {
            let mut f = table.row(r, problems);
            let code = f.required(code);
            let (la, lo) = (f.degrees(lat, 90.0), f.degrees(lon, 180.0));
            if let (Some(code), Some(lat), Some(lon)) = (code, la, lo) {
                by_code.entry(key(&code)).or_insert(Location { lat, lon });
            }
        }
        Some(Postcodes {
            file: table.file().to_string(),
            by_code,
        })
    }

    /// The centroid of a postcode: the full code, else its four digits (a PC4 table).
    pub fn find(&self, postcode: &str) -> Option<Location> {
        let k = key(postcode);
        self.by_code.get(&k).copied().or_else(|| {
            let digits = k
                .get(..4)
                .filter(|d| d.chars().all(|c| c.is_ascii_digit()))?;
            self.by_code.get(digits).copied()
        })
    }

    /// Fills the missing coordinates of `spots` from their postcodes; a postcode not in the
    /// table is a warning (W061) at its cell.
    pub fn fill(&self, spots: &mut [Spot], problems: &mut Problems) {
        for spot in spots.iter_mut().filter(|s| s.location.is_none()) {
            let Some(postcode) = &spot.postcode else {
                continue;
            };
            spot.location = self.find(postcode);
            if spot.location.is_none() {
                problems.record(
                    codes::W061,
                    &spot.postcode_cell,
                    postcode,
                    say::POSTCODE_UNKNOWN
                        .say(&[("postcode", postcode.clone()), ("file", self.file.clone())]),
                    &say::POSTCODE_UNKNOWN_DO,
                );
            }
        }
    }
}

/// Warns (W062) for every spot still without coordinates: its pairs are left out.
pub fn warn_unlocated(spots: &[Spot], problems: &mut Problems) {
    for spot in spots.iter().filter(|s| s.location.is_none()) {
        problems.record(
            codes::W062,
            &spot.row,
            &spot.id,
            say::NO_LOCATION.say(&[("id", spot.id.clone())]),
            &say::NO_LOCATION_DO,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postcodes_match_without_spaces_or_case_and_fall_back_to_four_digits() {
        let mut problems = Problems::default();
        let table = "postcode;lat;lon\n2517KN;52,0912;4,2905\n2628;52,0;4,37\n";
        let dir = std::env::temp_dir().join(format!("pc-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("postcodes.csv");
        std::fs::write(&path, table).unwrap();
        let codes = Postcodes::read(&path, &mut problems).unwrap();
        std::fs::remove_dir_all(&dir).ok();
        assert!(!problems.has_errors());
        assert_eq!(codes.find("2517 kn").map(|l| l.lat), Some(52.0912));
        assert_eq!(codes.find("2628 CD").map(|l| l.lon), Some(4.37));
        assert_eq!(codes.find("1011 AB"), None);
    }
}
