//! Synthetic instances in the FORMAT.md format, for the example data, tests and benchmarks.
//! Deterministic for a given seed: the generator carries its own small PRNG so that the
//! output never changes with a dependency's version.

use std::fmt::Write as _;

/// What to generate.
#[derive(Debug, Clone)]
pub struct GenerateOptions {
    pub students: usize,
    pub schools: usize,
    pub seed: u64,
    /// Scarce capacity: fewer WPBs and school places, so some students stay unplaced.
    pub tight: bool,
    /// No travel.csv: only coordinates, so FORMAT.md's estimate gives every journey (a
    /// national travel.csv would have millions of rows).
    pub coordinates_only: bool,
    /// The share of students in groups, all of them duos, instead of the tracks' own
    /// groups (HR year 1 in fours, HALO in duos: about 40 %). `None` keeps the tracks'.
    pub group_share: Option<f64>,
}

mod rng;
mod tables;

use rng::Rng;
use tables::{FIRST, HOS_SCHOOLS, LAST, PE, SCHOOL_TYPES, SCIENCE, SUBJECTS, TRACKS};
pub(crate) use tables::{HOMES, SCHOOL_AREA};

struct GenSchool {
    id: String,
    lat: f64,
    lon: f64,
}

struct GenStudent {
    lat: f64,
    lon: f64,
}

fn km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let dy = (a.0 - b.0) * 111.2;
    let dx = (a.1 - b.1) * 111.2 * a.0.to_radians().cos();
    (dx * dx + dy * dy).sqrt()
}

fn name(rng: &mut Rng) -> String {
    format!(
        "{} {}",
        FIRST[rng.below(FIRST.len())],
        LAST[rng.below(LAST.len())]
    )
}

fn pick_days(rng: &mut Rng) -> String {
    let count = [3usize, 4, 4, 5][rng.below(4)];
    let mut days: Vec<usize> = (0..5).collect();
    while days.len() > count {
        days.remove(rng.below(days.len()));
    }
    days.iter()
        .map(|&d| ["ma", "di", "wo", "do", "vr"][d])
        .collect::<Vec<_>>()
        .join("|")
}

/// Writes the four CSV files of an instance as strings: schools, supervisors, students, travel.
pub fn generate(o: &GenerateOptions) -> Vec<(String, String)> {
    let mut rng = Rng(o.seed ^ 0x5354_4147_4550_4C41);
    let per_school = o.students as f64 / o.schools.max(1) as f64;
    let capacity = if o.tight { 0.95 } else { 1.35 };
    let mut schools = Vec::new();
    let mut schools_csv =
        String::from("school_id,name,types,postcode,lat,lon,max_students,so_hours\n");
    for c in 0..o.schools {
        let (id, name, types, postcode, lat, lon) = match HOS_SCHOOLS.get(c) {
            Some(&(id, name, types, pc, lat, lon)) => (
                id.to_string(),
                name.to_string(),
                types.to_string(),
                pc.to_string(),
                lat,
                lon,
            ),
            None => (
                format!("S{:03}", c + 1),
                format!("Scholengemeenschap {}", c + 1),
                SCHOOL_TYPES[rng.below(SCHOOL_TYPES.len())].to_string(),
                String::new(),
                rng.range(SCHOOL_AREA[0], SCHOOL_AREA[1]),
                rng.range(SCHOOL_AREA[2], SCHOOL_AREA[3]),
            ),
        };
        let size = per_school * rng.range(0.7, 1.3);
        let max_students = (size * capacity).ceil() as u32;
        let so_hours = (max_students as f64 * 21.0).round();
        let _ = writeln!(
            schools_csv,
            "{id},\"{name}\",{types},{postcode},{lat:.4},{lon:.4},{max_students},{so_hours}"
        );
        schools.push(GenSchool { id, lat, lon });
    }

    // Students first, so that WPB supply can follow demand per subject.
    let mut students = Vec::new();
    let mut demand: Vec<(String, usize)> = Vec::new();
    let mut students_csv = String::from(
        "student_id,name,track,subject,postcode,lat,lon,previous_schools,preferences,excluded_schools,paid_school,paid_fte,pinned_wpb,group\n",
    );
    let track_weights: Vec<f64> = TRACKS.iter().map(|t| t.1).collect();
    let subject_weights: Vec<f64> = SUBJECTS.iter().map(|s| s.1).collect();
    let mut rows = Vec::new();
    let mut s = 0;
    while s < o.students {
        let track = TRACKS[rng.weighted(&track_weights)].0;
        // HR year 1 is placed in groups of four, HALO in duos.
        let group_size = match o.group_share {
            // A unit is a duo with chance q, so that 2q / (1 + q) of the students are in one.
            Some(share) => {
                let q = share.clamp(0.0, 1.0) / (2.0 - share.clamp(0.0, 1.0));
                if rng.chance(q) {
                    2
                } else {
                    1
                }
            }
            None => match track {
                "HR-VT1" => 4,
                "HALO-2" => 2,
                _ => 1,
            },
        }
        .min(o.students - s);
        let group = (group_size > 1).then(|| format!("G{:04}", s + 1));
        let previous_count = match track {
            "HR-VT1" | "HR-DT1" => 0,
            "HR-VT2" | "ICLON-DIO1" | "ICLON-DIO2" | "TUD-SEC" | "HALO-2" => 1,
            "HR-VT3" => 2,
            _ => 3,
        };
        // HR trains teachers per subject, so a year-1 group comes from one subject class.
        let group_subject = SUBJECTS[rng.weighted(&subject_weights)].0.to_string();
        let mut shared_subject: Option<String> = None;
        for _ in 0..group_size {
            let subject = match track {
                "HALO-2" => PE.to_string(),
                "TUD-SEC" => SCIENCE[rng.below(SCIENCE.len())].to_string(),
                "HR-VT1" => group_subject.clone(),
                _ => SUBJECTS[rng.weighted(&subject_weights)].0.to_string(),
            };
            // A duo of --group-share studies one subject, as the tracks' own groups do.
            let subject = match (&group, o.group_share) {
                (Some(_), Some(_)) => shared_subject.get_or_insert(subject).clone(),
                _ => subject,
            };
            let home_weights: Vec<f64> = HOMES.iter().map(|h| h.3).collect();
            let home = HOMES[rng.weighted(&home_weights)];
            let (lat, lon) = (
                home.1 + rng.range(-0.025, 0.025),
                home.2 + rng.range(-0.04, 0.04),
            );
            let previous: Vec<&str> = (0..previous_count)
                .map(|_| schools[rng.below(schools.len())].id.as_str())
                .collect();
            let preferences: Vec<&str> = if rng.chance(0.6) {
                let mut p: Vec<&str> = Vec::new();
                for _ in 0..1 + rng.below(3) {
                    let id = schools[rng.below(schools.len())].id.as_str();
                    if !p.contains(&id) {
                        p.push(id);
                    }
                }
                p
            } else {
                Vec::new()
            };
            let excluded = if rng.chance(0.03) {
                schools[rng.below(schools.len())].id.clone()
            } else {
                String::new()
            };
            // HR-VT2 may not count a paid job (seed 002): those give a warning, as in real data.
            let paid_track = matches!(
                track,
                "HR-VT2" | "HR-VT3" | "HR-VT4" | "ICLON-DIO1" | "ICLON-DIO2" | "TUD-SEC"
            );
            let (paid_school, paid_fte) = if paid_track && rng.chance(0.06) {
                let fte = [0.2, 0.3, 0.4, 0.5][rng.below(4)];
                (
                    schools[rng.below(schools.len())].id.clone(),
                    format!("{fte}"),
                )
            } else {
                (String::new(), String::new())
            };
            rows.push([
                format!("ST{:05}", s + 1),
                name(&mut rng),
                track.to_string(),
                subject.clone(),
                String::new(),
                format!("{lat:.4}"),
                format!("{lon:.4}"),
                previous.join("|"),
                preferences.join("|"),
                excluded,
                paid_school,
                paid_fte,
                String::new(),
                group.clone().unwrap_or_default(),
            ]);
            match demand.iter_mut().find(|(d, _)| *d == subject) {
                Some(d) => d.1 += 1,
                None => demand.push((subject, 1)),
            }
            students.push(GenStudent { lat, lon });
            s += 1;
        }
    }

    // WPBs: supply per subject follows demand, scarcer when tight.
    let supply = if o.tight { 0.62 } else { 0.85 };
    let mut wpbs_csv =
        String::from("wpb_id,name,school_id,subjects,days,max_students,max_hours,certified\n");
    let demand_weights: Vec<f64> = demand.iter().map(|d| d.1 as f64).collect();
    let n_wpbs = ((o.students as f64) * supply).round().max(1.0) as usize;
    let mut wpb_rows: Vec<(String, usize, String, String, u32)> = Vec::new();
    for w in 0..n_wpbs {
        let subject = demand[rng.weighted(&demand_weights)].0.clone();
        let mut subjects = vec![subject.clone()];
        if rng.chance(0.3) {
            let other = SUBJECTS[rng.weighted(&subject_weights)].0.to_string();
            if other != subject {
                subjects.push(other);
            }
        }
        let school = rng.below(schools.len());
        let days = pick_days(&mut rng);
        let max_students = [1u32, 1, 1, 2, 2, 3][rng.below(6)];
        let max_hours = if max_students > 1 && rng.chance(0.4) {
            36 * (max_students - 1)
        } else {
            36 * max_students
        };
        let certified = if rng.chance(0.8) { "ja" } else { "nee" };
        let id = format!("W{:04}", w + 1);
        let _ = writeln!(
            wpbs_csv,
            "{id},{},{},{},{days},{max_students},{max_hours},{certified}",
            name(&mut rng),
            schools[school].id,
            subjects.join("|")
        );
        wpb_rows.push((id, school, subjects.join("|"), days, max_students));
    }

    // A few pins: students of a track with a single stage day, pinned to a fitting WPB.
    let mut pinned_wpbs: Vec<usize> = Vec::new();
    for row in rows.iter_mut() {
        if pinned_wpbs.len() * 100 >= o.students || !row[13].is_empty() || !row[10].is_empty() {
            continue;
        }
        if !(row[2] == "HR-DT1" && rng.chance(0.3)) {
            continue;
        }
        let fits = wpb_rows
            .iter()
            .enumerate()
            .find(|(i, (_, _, subj, days, _))| {
                subj.split('|').any(|x| x == row[3])
                    && days.contains("do")
                    && !pinned_wpbs.contains(i)
            });
        if let Some((i, (id, _, _, _, _))) = fits {
            row[12] = id.clone();
            pinned_wpbs.push(i);
        }
    }
    for row in &rows {
        let _ = writeln!(
            students_csv,
            "{}",
            row.iter().map(|c| quote(c)).collect::<Vec<_>>().join(",")
        );
    }

    let mut files = vec![
        ("schools.csv".into(), schools_csv),
        ("supervisors.csv".into(), wpbs_csv),
        ("students.csv".into(), students_csv),
    ];
    if o.coordinates_only {
        return files;
    }
    let mut travel_csv = String::from("student_id,school_id,minutes\n");
    for (i, st) in students.iter().enumerate() {
        for c in &schools {
            let d = km((st.lat, st.lon), (c.lat, c.lon));
            let minutes = (12.0 + 2.1 * d * rng.range(0.85, 1.25)).round();
            let _ = writeln!(travel_csv, "{},{},{minutes}", rows[i][0], c.id);
        }
    }
    files.push(("travel.csv".into(), travel_csv));
    files
}

fn quote(cell: &str) -> String {
    if cell.contains([',', '"', '\'']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}
