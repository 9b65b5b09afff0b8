//! What-if scenarios: named changes to the model and the data of an instance, read from
//! a TOML file (`[[scenario]]` tables, and `[[grid]]` tables that cross value ranges).

mod apply;
mod draw;
mod file;
mod grid;
mod headcount;
mod keys;
mod reader;

use crate::domain::Days;
use crate::input::codes;
use crate::input::problem::{Place, Problem};
use crate::lang::{problems as say, Said};
use std::path::{Path, PathBuf};

pub use file::parse_scenarios;

/// A value with the place in the scenario file where it was written.
#[derive(Debug, Clone, PartialEq)]
pub struct Located<T> {
    pub value: T,
    pub at: Place,
}

/// Capacity set for one school or WPB; `None` leaves that part as it is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Capacity {
    pub max_students: Option<u32>,
    /// `so_hours` of a school, `max_hours` of a WPB.
    pub hours: Option<f64>,
}

/// How many students of a track: a number, or a share of the track's students.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Headcount {
    Students(u32),
    /// 0.2 for "20%".
    Share(f64),
}

impl Headcount {
    /// The number of students for a track of `size` students (a share rounded to the
    /// nearest whole student).
    pub fn of(self, size: usize) -> usize {
        match self {
            Headcount::Students(n) => n as usize,
            Headcount::Share(share) => (share * size as f64).round() as usize,
        }
    }
}

/// Changes to the policy model.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ModelChanges {
    /// `Some(None)` removes the limit.
    pub travel_limit_minutes: Option<Option<f64>>,
    pub different_school_than_previous: Option<bool>,
    /// (weight name, value); names are checked when the file is read.
    pub weights: Vec<(String, f64)>,
    pub track_days: Vec<(Located<String>, Days)>,
}

/// Changes to the data of the instance.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DataChanges {
    /// Schools that take no students: their WPBs leave; the school stays known as a
    /// previous placement and in preferences.
    pub remove_schools: Vec<Located<String>>,
    pub remove_wpbs: Vec<Located<String>>,
    /// Students of these tracks leave the instance.
    pub remove_tracks: Vec<Located<String>>,
    /// New students for a track, each a copy of one of its students (see `draw`).
    pub add_to_track: Vec<(Located<String>, Headcount)>,
    /// Students of a track who leave, spread over the track's list.
    pub remove_from_track: Vec<(Located<String>, Headcount)>,
    pub add_schools: Option<Located<PathBuf>>,
    pub add_wpbs: Option<Located<PathBuf>>,
    pub add_students: Option<Located<PathBuf>>,
    pub add_travel: Option<Located<PathBuf>>,
    /// Multiplies every capacity (students rounded to the nearest whole number, hours).
    pub capacity_scale: Option<f64>,
    pub wpb_capacity_scale: Option<f64>,
    pub school_capacity_scale: Option<f64>,
    pub school_capacity: Vec<(Located<String>, Capacity)>,
    pub wpb_capacity: Vec<(Located<String>, Capacity)>,
}

/// One named what-if scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    pub name: String,
    /// Where the scenario (or the grid that made it) starts in the file.
    pub at: Place,
    pub model: ModelChanges,
    pub data: DataChanges,
    /// Re-plan from the baseline plan with as few moves as pay, instead of from scratch.
    pub repair: bool,
    /// A grid point right after one that differs only in the grid's last axis, which
    /// gives it less room (a lower travel limit or capacity): that scenario's plan still
    /// holds here, so a sweep starts this one from it (`sweep`).
    pub after_previous: bool,
}

/// Reads a scenario file; every problem is listed with its line and column.
pub fn read_scenarios(path: &Path) -> Result<Vec<Scenario>, Vec<Problem>> {
    let name = path.file_name().map_or("scenarios.toml".into(), |n| {
        n.to_string_lossy().into_owned()
    });
    let fail = |message: Said| {
        let mut problems = crate::input::problem::Problems::default();
        problems.record(
            codes::E050,
            &Place::new(&name, 1, 1),
            "",
            message,
            &say::SCENARIO_UNREADABLE_DO,
        );
        problems.into_sorted()
    };
    use crate::input::table::Unreadable;
    let text = match crate::input::table::read_text(path) {
        Ok(text) => text,
        Err(Unreadable::NotText(why)) => {
            return Err(fail(say::SCENARIO_NOT_TEXT.say_in(&[("why", &why.into())])))
        }
        Err(Unreadable::Io(e)) => {
            return Err(fail(
                say::SCENARIO_UNREADABLE.say(&[("error", e.to_string())]),
            ))
        }
        // A folder, a FIFO or a file too large: E009 or E008, said the same for every file.
        Err(why) => {
            let mut problems = crate::input::problem::Problems::default();
            why.report_kind_or_size(&Place::new(&name, 1, 1), false, &mut problems);
            return Err(problems.into_sorted());
        }
    };
    let base = path.parent().unwrap_or(Path::new("."));
    parse_scenarios(&name, &text, base)
}
