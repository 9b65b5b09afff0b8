//! Tiny instances for unit tests: two to four entities, everything else defaulted.

use crate::domain::*;

/// A model with three tracks: 0 `T` (ma|wo, 36/24 h), 1 `P` (di, paid 0.1-0.4 fte),
/// 2 `H` (do, 18/7 h); travel limit 90; the FORMAT.md example weights.
pub fn model() -> Model {
    let track = |id: &str, days: &[Weekday], wpb: f64, so: f64, paid_max: f64| Track {
        id: id.into(),
        institute: "I".into(),
        name: id.into(),
        days: Days::of(days),
        wpb_hours: wpb,
        so_hours: so,
        so_hours_per_group: 0.0,
        paid_min_fte: if paid_max > 0.0 { 0.1 } else { 0.0 },
        paid_max_fte: paid_max,
    };
    Model {
        name: "test".into(),
        travel_limit_minutes: Some(90.0),
        different_school_than_previous: true,
        institutes: vec![Institute {
            id: "I".into(),
            name: "I".into(),
        }],
        tracks: vec![
            track("T", &[Weekday::Mon, Weekday::Wed], 36.0, 24.0, 0.0),
            track("P", &[Weekday::Tue], 36.0, 24.0, 0.4),
            track("H", &[Weekday::Thu], 18.0, 7.0, 0.0),
        ],
        weights: Weights::default(),
    }
}

/// A school without capacity limits.
pub fn school(id: &str, types: &[&str]) -> School {
    School {
        id: id.into(),
        name: id.into(),
        types: types.iter().map(|t| t.to_string()).collect(),
        postcode: None,
        location: None,
        max_students: None,
        so_hours: None,
    }
}

/// A certified WPB for one student, without an hours limit. Days as `ma|wo`.
pub fn wpb(id: &str, school: usize, subjects: &[&str], days: &str) -> Supervisor {
    Supervisor {
        id: id.into(),
        name: id.into(),
        school,
        subjects: subjects.iter().map(|s| s.to_string()).collect(),
        days: crate::input::cells::parse_days(days).expect("test days"),
        max_students: 1,
        max_hours: None,
        certified: true,
    }
}

/// A student without history, preferences, appointment, pin or group.
pub fn student(id: &str, track: usize, subject: &str) -> Student {
    Student {
        id: id.into(),
        name: id.into(),
        track,
        subject: subject.into(),
        postcode: None,
        location: None,
        previous_school: None,
        preferences: Vec::new(),
        excluded_schools: Vec::new(),
        paid: None,
        pinned_wpb: None,
        group: None,
    }
}

/// An instance where every journey takes `minutes`.
pub fn instance(
    schools: Vec<School>,
    supervisors: Vec<Supervisor>,
    students: Vec<Student>,
    minutes: f64,
) -> Instance {
    let travel = TravelMatrix::given(students.len(), schools.len(), |_, _| minutes);
    Instance::new(schools, supervisors, students, travel)
}

/// A generated instance written to a temporary folder (each file passed through `edit`,
/// by name) and read as `solve` reads it, with `model` or the instance's own.
pub fn load_generated(
    options: &crate::generate::GenerateOptions,
    edit: impl Fn(&str, String) -> String,
    model: Option<&std::path::Path>,
) -> crate::input::Loaded {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in crate::generate::generate(options) {
        let text = edit(&name, text);
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    crate::input::load(dir.path(), model).expect("valid instance")
}
