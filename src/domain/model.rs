//! The policy model: institutes, tracks, weights, and the facilitation rules that read them.

use super::{Days, Instance};

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
