//! Plain domain types: no I/O, no solver. Everything else builds on these.

use std::collections::HashMap;
use std::fmt;

/// A school day. The partnership works Monday to Friday.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
}

impl Weekday {
    /// All weekdays in week order.
    pub const ALL: [Weekday; 5] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
    ];

    /// Reads `ma di wo do vr` or `mon tue wed thu fri` (also full names), any case.
    pub fn parse(text: &str) -> Option<Weekday> {
        match text.trim().to_lowercase().as_str() {
            "ma" | "maandag" | "mon" | "monday" => Some(Weekday::Mon),
            "di" | "dinsdag" | "tue" | "tuesday" => Some(Weekday::Tue),
            "wo" | "woensdag" | "wed" | "wednesday" => Some(Weekday::Wed),
            "do" | "donderdag" | "thu" | "thursday" => Some(Weekday::Thu),
            "vr" | "vrijdag" | "fri" | "friday" => Some(Weekday::Fri),
            _ => None,
        }
    }

    /// The Dutch two-letter abbreviation, as the stagecoördinator writes it.
    pub fn dutch(self) -> &'static str {
        match self {
            Weekday::Mon => "ma",
            Weekday::Tue => "di",
            Weekday::Wed => "wo",
            Weekday::Thu => "do",
            Weekday::Fri => "vr",
        }
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// A set of weekdays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct Days(u8);

impl Days {
    /// The set holding exactly these days.
    pub fn of(days: &[Weekday]) -> Days {
        Days(days.iter().fold(0, |bits, d| bits | d.bit()))
    }

    /// True when every day of `self` is also in `other`.
    pub fn within(self, other: Days) -> bool {
        self.0 & !other.0 == 0
    }

    /// True when the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The days in week order.
    pub fn iter(self) -> impl Iterator<Item = Weekday> {
        Weekday::ALL
            .into_iter()
            .filter(move |d| self.0 & d.bit() != 0)
    }
}

impl fmt::Display for Days {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = self.iter().map(Weekday::dutch).collect();
        f.write_str(&names.join("|"))
    }
}

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

/// One-way travel minutes for every (student, school) pair, and which were estimated.
/// A pair is unknown (no time given), a number of minutes, or "no journey" (travel.csv
/// lists the pair with an empty `minutes`: the school is out of reach).
#[derive(Debug, Clone, Default)]
pub struct TravelMatrix {
    schools: usize,
    minutes: Vec<f64>,
    estimated: Vec<bool>,
}

impl TravelMatrix {
    /// A matrix where every pair is still unknown.
    pub fn unknown(students: usize, schools: usize) -> TravelMatrix {
        TravelMatrix {
            schools,
            minutes: vec![f64::NAN; students * schools],
            estimated: vec![false; students * schools],
        }
    }

    /// Records the travel time of one pair.
    pub fn set(&mut self, student: usize, school: usize, minutes: f64, estimated: bool) {
        let i = student * self.schools + school;
        self.minutes[i] = minutes;
        self.estimated[i] = estimated;
    }

    /// Records that there is no journey for the pair: the school is out of reach.
    pub fn set_no_journey(&mut self, student: usize, school: usize) {
        self.set(student, school, f64::INFINITY, false);
    }

    /// Travel minutes, or `None` when neither travel.csv nor coordinates give them, or
    /// when there is no journey at all (see `no_journey`).
    pub fn minutes(&self, student: usize, school: usize) -> Option<f64> {
        let m = self.minutes[student * self.schools + school];
        m.is_finite().then_some(m)
    }

    /// True when travel.csv says there is no journey: out of reach whatever the limit.
    pub fn no_journey(&self, student: usize, school: usize) -> bool {
        self.minutes[student * self.schools + school] == f64::INFINITY
    }

    /// True when the pair has minutes or is known to have no journey.
    pub fn is_known(&self, student: usize, school: usize) -> bool {
        !self.minutes[student * self.schools + school].is_nan()
    }

    /// True when the time was estimated from coordinates.
    pub fn is_estimated(&self, student: usize, school: usize) -> bool {
        self.estimated[student * self.schools + school]
    }
}

/// Equal when every pair has the same time (unknown pairs included) and the same mark.
impl PartialEq for TravelMatrix {
    fn eq(&self, other: &Self) -> bool {
        self.schools == other.schools
            && self.estimated == other.estimated
            && self.minutes.len() == other.minutes.len()
            && self
                .minutes
                .iter()
                .zip(&other.minutes)
                .all(|(a, b)| a.to_bits() == b.to_bits())
    }
}

/// How a pair's journey goes, from the optional columns `stageplan travel` writes in
/// travel.csv. Shown by explain and report.html; no rule reads it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct JourneySummary {
    /// `HH:MM` of the first vehicle; empty when walking or cycling all the way.
    pub first_departure: Box<str>,
    /// The lines ridden, `|`-separated (`bus 23|tram 9`).
    pub lines: Box<str>,
    /// The legs with their minutes, `|`-separated (`walk 6|bus 24|wait 3|tram 9|walk 4`).
    pub legs: Box<str>,
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

/// An institute (lerarenopleiding).
#[derive(Debug, Clone, PartialEq)]
pub struct Institute {
    pub id: String,
    pub name: String,
}

/// A track: institute, programme and year, with its stage days and facilitation hours.
#[derive(Debug, Clone, PartialEq)]
pub struct Track {
    pub id: String,
    pub institute: String,
    pub name: String,
    pub days: Days,
    pub wpb_hours: f64,
    pub so_hours: f64,
    /// SO hours one group placement costs its school once, on top of its members'
    /// `so_hours` (rule 6; the HOS year-1 group placement: 53).
    pub so_hours_per_group: f64,
    pub paid_min_fte: f64,
    pub paid_max_fte: f64,
}

/// The weights of the objective (FORMAT.md section 3).
#[derive(Debug, Clone, PartialEq)]
pub struct Weights {
    pub unplaced: f64,
    pub travel_minute: f64,
    pub same_type_as_previous: f64,
    pub preference_rank: f64,
    pub preference_unlisted: f64,
    pub uncertified_wpb: f64,
    /// Per student of a published plan who is moved by a repair; `None` when the model
    /// does not name it (a repair then uses its documented default).
    pub moved_student: Option<f64>,
}

impl Weights {
    /// The weights of a plan's terms by the names model files, scenarios and reports use,
    /// in FORMAT.md's order: the one list of them.
    pub const NAMES: [&'static str; 6] = [
        "unplaced",
        "travel_minute",
        "same_type_as_previous",
        "preference_rank",
        "preference_unlisted",
        "uncertified_wpb",
    ];

    /// The weight of a repair's moves, which weighs no term of a plan on its own.
    pub const MOVED_STUDENT: &'static str = "moved_student";

    /// The weights in the order of [`Weights::NAMES`].
    pub fn values(&self) -> [f64; 6] {
        [
            self.unplaced,
            self.travel_minute,
            self.same_type_as_previous,
            self.preference_rank,
            self.preference_unlisted,
            self.uncertified_wpb,
        ]
    }

    /// Sets the weight named `name`; false when no weight has that name.
    pub fn set(&mut self, name: &str, value: f64) -> bool {
        let weight = match name {
            "unplaced" => &mut self.unplaced,
            "travel_minute" => &mut self.travel_minute,
            "same_type_as_previous" => &mut self.same_type_as_previous,
            "preference_rank" => &mut self.preference_rank,
            "preference_unlisted" => &mut self.preference_unlisted,
            "uncertified_wpb" => &mut self.uncertified_wpb,
            Self::MOVED_STUDENT => {
                self.moved_student = Some(value);
                return true;
            }
            _ => return false,
        };
        *weight = value;
        true
    }
}

/// The example weights of FORMAT.md, used for any weight a model file does not name.
impl Default for Weights {
    fn default() -> Self {
        Weights {
            unplaced: 10000.0,
            travel_minute: 1.0,
            same_type_as_previous: 30.0,
            preference_rank: 5.0,
            preference_unlisted: 25.0,
            uncertified_wpb: 20.0,
            moved_student: None,
        }
    }
}

/// The policy model of a partnership: rules that change less often than the people.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub name: String,
    pub travel_limit_minutes: Option<f64>,
    pub different_school_than_previous: bool,
    pub institutes: Vec<Institute>,
    pub tracks: Vec<Track>,
    pub weights: Weights,
}

/// One placement: a student with a WPB (the school is the WPB's school).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Placement {
    pub student: usize,
    pub wpb: usize,
}

/// True when a paid appointment counts as the placement for this track (rule 7).
pub fn paid_appointment_accepted(track: &Track, fte: Option<f64>) -> bool {
    match fte {
        Some(fte) => {
            track.paid_max_fte > 0.0 && track.paid_min_fte <= fte && fte <= track.paid_max_fte
        }
        None => false,
    }
}

/// Rule 6: the SO hours one group placement costs its school on top of its members' own:
/// the largest `so_hours_per_group` among the members' tracks.
pub fn group_so_hours(instance: &Instance, model: &Model, members: &[usize]) -> f64 {
    members
        .iter()
        .map(|&s| model.tracks[instance.students[s].track].so_hours_per_group)
        .fold(0.0, f64::max)
}

/// Rule 6: the SO hours placed students cost each school, from (student, school) pairs:
/// each student's `so_hours`, plus once per group at every school where a member is.
pub fn so_hours_used(
    instance: &Instance,
    model: &Model,
    placed: impl IntoIterator<Item = (usize, usize)>,
) -> Vec<f64> {
    let mut hours = vec![0.0; instance.schools.len()];
    let mut groups: std::collections::BTreeMap<&str, Vec<usize>> = Default::default();
    let mut group_at: std::collections::BTreeSet<(&str, usize)> = Default::default();
    for (s, student) in instance.students.iter().enumerate() {
        if let Some(g) = &student.group {
            groups.entry(g).or_default().push(s);
        }
    }
    for (s, c) in placed {
        hours[c] += model.tracks[instance.students[s].track].so_hours;
        if let Some(g) = &instance.students[s].group {
            group_at.insert((g, c));
        }
    }
    for (g, c) in group_at {
        hours[c] += group_so_hours(instance, model, &groups[g]);
    }
    hours
}

/// Year, month, day of a day count since 1970-01-01 (Howard Hinnant's algorithm).
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}
