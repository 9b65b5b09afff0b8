//! Plain domain types: no I/O, no solver. Everything else builds on these.

mod days;
mod model;
mod travel;

pub use days::{civil_from_days, Days, Weekday};
pub use model::{
    group_so_hours, paid_appointment_accepted, so_hours_used, Institute, Model, Track, Weights,
};
pub use travel::{JourneySummary, TravelMatrix};

use std::collections::{BTreeMap, HashMap};

/// A point in WGS84 degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Location {
    pub lat: f64,
    pub lon: f64,
}

/// A secondary school of the partnership.
#[derive(Debug, Clone, PartialEq)]
pub struct School {
    pub id: String,
    pub name: String,
    /// School types, lower case (`vmbo`, `havo`, ...).
    pub types: Vec<String>,
    pub postcode: Option<String>,
    pub location: Option<Location>,
    pub max_students: Option<u32>,
    pub so_hours: Option<f64>,
}

/// A werkplekbegeleider (WPB): the teacher who supervises a student day to day.
#[derive(Debug, Clone, PartialEq)]
pub struct Supervisor {
    pub id: String,
    pub name: String,
    /// Index into `Instance::schools`.
    pub school: usize,
    /// Subjects taught, lower case.
    pub subjects: Vec<String>,
    pub days: Days,
    pub max_students: u32,
    pub max_hours: Option<f64>,
    pub certified: bool,
}

/// A paid appointment (aanstelling) at a school.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PaidAppointment {
    /// Index into `Instance::schools`; `None` when the school is not a partnership school.
    pub school: Option<usize>,
    pub fte: Option<f64>,
}

/// A student teacher to be placed.
#[derive(Debug, Clone, PartialEq)]
pub struct Student {
    pub id: String,
    pub name: String,
    /// Index into `Model::tracks`.
    pub track: usize,
    /// Subject, lower case.
    pub subject: String,
    pub postcode: Option<String>,
    pub location: Option<Location>,
    /// The school of the previous placement (the last of `previous_schools`), when it is a
    /// school of the partnership.
    pub previous_school: Option<usize>,
    /// Preferred schools, most wanted first; `None` keeps the position of an id that is
    /// not a school of the partnership.
    pub preferences: Vec<Option<usize>>,
    pub excluded_schools: Vec<usize>,
    pub paid: Option<PaidAppointment>,
    /// Index into `Instance::supervisors`.
    pub pinned_wpb: Option<usize>,
    pub group: Option<String>,
}

impl Student {
    /// True when the student listed any preferences at all.
    pub fn has_preferences(&self) -> bool {
        !self.preferences.is_empty()
    }
}

/// The people and places of one planning year.
#[derive(Debug, Clone, PartialEq)]
pub struct Instance {
    pub schools: Vec<School>,
    pub supervisors: Vec<Supervisor>,
    pub students: Vec<Student>,
    pub travel: TravelMatrix,
    /// Journey summaries by (student, school), only for pairs travel.csv describes: an
    /// empty map (no memory) for a travel.csv without them.
    pub journeys: std::collections::HashMap<(usize, usize), JourneySummary>,
}

impl Instance {
    /// An instance without journey summaries (travel.csv of minutes only).
    pub fn new(
        schools: Vec<School>,
        supervisors: Vec<Supervisor>,
        students: Vec<Student>,
        travel: TravelMatrix,
    ) -> Instance {
        Instance {
            schools,
            supervisors,
            students,
            travel,
            journeys: Default::default(),
        }
    }

    /// The instance of `students` only (ascending), with every school and WPB.
    pub fn of_students(&self, students: &[usize]) -> Instance {
        Instance::new(
            self.schools.clone(),
            self.supervisors.clone(),
            students.iter().map(|&s| self.students[s].clone()).collect(),
            self.travel.of_students(students),
        )
    }

    /// The groups by id, each with its members (pinned or not) in the order of the students.
    pub fn groups(&self) -> BTreeMap<&str, Vec<usize>> {
        let mut groups: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (s, student) in self.students.iter().enumerate() {
            if let Some(g) = &student.group {
                groups.entry(g).or_default().push(s);
            }
        }
        groups
    }

    /// Each student's position by id, for plans that name students by id.
    pub fn student_index(&self) -> HashMap<&str, usize> {
        index_by_id(self.students.iter().map(|s| s.id.as_str()))
    }

    /// Each WPB's position by id.
    pub fn wpb_index(&self) -> HashMap<&str, usize> {
        index_by_id(self.supervisors.iter().map(|w| w.id.as_str()))
    }
}

fn index_by_id<'a>(ids: impl Iterator<Item = &'a str>) -> HashMap<&'a str, usize> {
    ids.enumerate().map(|(i, id)| (id, i)).collect()
}

/// One placement: a student with a WPB (the school is the WPB's school).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Placement {
    pub student: usize,
    pub wpb: usize,
}
