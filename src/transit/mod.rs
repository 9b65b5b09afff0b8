//! `stageplan travel`: door-to-door minutes by public transport for every (student,
//! school) pair, from a GTFS timetable (issue 18). The feed is read for one date
//! (`feed`), turned into the rides of that date with footpaths (`network`), searched
//! backwards once per school (`search`), and each student takes the best of the stops
//! near home (`journey`, `matrix`); `output` writes travel.csv.

pub mod describe;
pub mod feed;
pub mod geo;
pub mod journey;
pub mod matrix;
pub mod network;
pub mod output;
pub mod places;
pub mod search;
pub mod synthetic;

use crate::input::codes;
use crate::input::problem::{Problem, Problems};
use crate::lang::transit as say;
use jiff::civil::{Date, Weekday};
use std::path::Path;
use std::time::Instant;

/// One run of `stageplan travel`.
pub struct TravelRun<'a> {
    pub instance: &'a Path,
    pub gtfs: &'a Path,
    pub out: &'a Path,
    pub postcodes: Option<&'a Path>,
    pub date: Date,
    pub options: matrix::Options,
    /// Write the journey summary columns.
    pub summary: bool,
}

/// What a successful run did.
#[derive(Debug)]
pub struct Done {
    pub warnings: Vec<Problem>,
    pub stops: usize,
    pub trips: usize,
    pub rides: usize,
    pub feed_seconds: f64,
    /// Seconds of the searches and the students' journeys (after reading the feed).
    pub search_seconds: f64,
    pub written: output::Written,
    pub seconds: f64,
}

/// Why a run wrote nothing.
#[derive(Debug)]
pub enum Failed {
    /// The instance, the postcode table or the feed has errors (every problem listed).
    Input(Vec<Problem>),
    /// travel.csv could not be written.
    Write(std::io::Error),
}

/// The next school day after `today`: the next Monday to Friday.
pub fn next_school_day(today: Date) -> Date {
    let mut day = today;
    loop {
        day = match day.tomorrow() {
            Ok(d) => d,
            Err(_) => return today,
        };
        if !matches!(day.weekday(), Weekday::Saturday | Weekday::Sunday) {
            return day;
        }
    }
}

/// Reads everything, computes every pair and writes travel.csv; nothing is written
/// unless everything could be read.
pub fn run(r: &TravelRun) -> Result<Done, Failed> {
    let started = Instant::now();
    let mut problems = Problems::default();
    let tables = crate::input::read_tables(r.instance, &mut problems);
    let (mut students, mut schools) = match &tables {
        Some(t) => (
            places::read(&t.students, "student_id", &mut problems),
            places::read(&t.schools, "school_id", &mut problems),
        ),
        None => (Vec::new(), Vec::new()),
    };
    if let Some(path) = r.postcodes {
        if let Some(codes) = places::Postcodes::read(path, &mut problems) {
            codes.fill(&mut students, &mut problems);
            codes.fill(&mut schools, &mut problems);
        }
    }
    places::warn_unlocated(&students, &mut problems);
    places::warn_unlocated(&schools, &mut problems);
    if problems.has_errors() {
        return Err(Failed::Input(problems.into_sorted()));
    }
    let feed = feed::read(r.gtfs, r.date, &mut problems);
    let feed = match feed {
        Some(f) if f.trips.is_empty() => {
            nothing_runs(r, &f, &mut problems);
            return Err(Failed::Input(problems.into_sorted()));
        }
        Some(f) => f,
        None => return Err(Failed::Input(problems.into_sorted())),
    };
    let net = network::Network::build(feed, &r.options.walking);
    let feed_seconds = started.elapsed().as_secs_f64();
    let homes: Vec<_> = students.iter().map(|s| s.location).collect();
    let sites: Vec<_> = schools.iter().map(|s| s.location).collect();
    let columns = matrix::compute(&net, &homes, &sites, &r.options);
    let search_seconds = started.elapsed().as_secs_f64() - feed_seconds;
    let table = output::Table {
        students: &students,
        schools: &schools,
        columns: &columns,
        lines: &net.lines,
        summary: r.summary,
    };
    let written = output::write(r.out, &table).map_err(Failed::Write)?;
    Ok(Done {
        warnings: problems.into_sorted(),
        stops: net.stops.len(),
        trips: net.trip_line.len(),
        rides: net.connections.len(),
        feed_seconds,
        search_seconds,
        written,
        seconds: started.elapsed().as_secs_f64(),
    })
}

/// E066: the feed has no trip on the date, which is a wrong date or an old feed rather
/// than a region without transport.
fn nothing_runs(r: &TravelRun, f: &feed::Feed, problems: &mut Problems) {
    let day = |d: Option<Date>| d.map_or("?".to_string(), |d| d.to_string());
    problems.record(
        codes::E066,
        &crate::input::problem::Place::new(
            &r.gtfs
                .file_name()
                .map_or(String::new(), |n| n.to_string_lossy().into()),
            1,
            1,
        ),
        &r.date.to_string(),
        say::FEED_NOTHING_RUNS.say(&[
            ("date", r.date.to_string()),
            ("first", day(f.services.first)),
            ("last", day(f.services.last)),
        ]),
        &say::FEED_NOTHING_RUNS_DO,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_school_day_skips_the_weekend() {
        let friday = Date::new(2026, 12, 4).unwrap();
        assert_eq!(next_school_day(friday), Date::new(2026, 12, 7).unwrap());
        let monday = Date::new(2026, 11, 30).unwrap();
        assert_eq!(next_school_day(monday), Date::new(2026, 12, 1).unwrap());
    }
}
