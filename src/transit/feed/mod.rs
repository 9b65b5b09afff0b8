//! Reading a GTFS feed for one travel date: the stops, lines and transfers, and only the
//! trips that run on the date (or run past midnight into it), so that a national feed of
//! many weeks fits in memory. Every problem is placed at its file, line and column.

pub mod calendar;
pub mod source;
mod stop_times;

pub use stop_times::StopTime;

use crate::domain::Location;
use crate::input::codes;
use crate::input::problem::Problems;
use crate::lang::transit as say;
use source::{Rows, Source};
use std::collections::HashMap;
use std::path::Path;

/// How a vehicle moves, from routes.txt's route_type; the word is the one travel.csv
/// writes (the same in both languages, as CSV column names are).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Mode {
    Train,
    Metro,
    Tram,
    Bus,
    Ferry,
    Other,
}

impl Mode {
    /// The mode of a basic or extended GTFS route_type.
    pub fn of_route_type(t: u32) -> Mode {
        match t {
            2 | 100..=199 => Mode::Train,
            1 | 12 | 400..=499 => Mode::Metro,
            0 | 5 | 900..=999 => Mode::Tram,
            3 | 11 | 200..=299 | 700..=799 | 800..=899 => Mode::Bus,
            4 | 1000..=1099 | 1200..=1299 => Mode::Ferry,
            _ => Mode::Other,
        }
    }

    /// The word travel.csv uses for the mode.
    pub fn word(self) -> &'static str {
        match self {
            Mode::Train => "train",
            Mode::Metro => "metro",
            Mode::Tram => "tram",
            Mode::Bus => "bus",
            Mode::Ferry => "ferry",
            Mode::Other => "other",
        }
    }
}

/// A stop of the feed.
#[derive(Debug, Clone, PartialEq)]
pub struct Stop {
    pub id: String,
    pub name: String,
    /// Absent only for generic nodes and boarding areas, which no trip may use.
    pub location: Option<Location>,
}

/// A line (route) as a traveller names it: `bus 23`.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub name: String,
    pub mode: Mode,
}

/// A stop-level rule of transfers.txt (rules for given routes or trips are not read).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Transfer {
    pub from: u32,
    pub to: u32,
    /// transfer_type 3: no transfer between these stops.
    pub forbidden: bool,
    pub min_secs: Option<i32>,
}

/// A trip that runs on the date, the day before, or both.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Trip {
    pub line: u32,
    /// [`calendar::ON_DATE`] | [`calendar::ON_DAY_BEFORE`].
    pub days: u8,
}

/// The feed, read for one date.
#[derive(Debug, Default)]
pub struct Feed {
    pub stops: Vec<Stop>,
    pub lines: Vec<Line>,
    pub trips: Vec<Trip>,
    /// The stop times of the running trips, sorted by trip and stop_sequence, with every
    /// time filled in (missing times of intermediate stops interpolated).
    pub stop_times: Vec<StopTime>,
    pub transfers: Vec<Transfer>,
    pub services: calendar::Services,
}

fn stops(rows: &mut Rows, feed: &mut Feed) -> HashMap<Vec<u8>, u32> {
    let mut index = HashMap::new();
    if !rows.require(&["stop_id"]) {
        return index;
    }
    let [id, name, lat, lon, kind] = [
        "stop_id",
        "stop_name",
        "stop_lat",
        "stop_lon",
        "location_type",
    ]
    .map(|n| rows.column(n));
    while rows.next_row() {
        let key = rows.bytes(id).to_vec();
        if key.is_empty() {
            rows.empty(id, "stop_id");
            continue;
        }
        let Some(location_type) = rows.whole(kind, "location_type", 0) else {
            continue;
        };
        // Generic nodes (3) and boarding areas (4) may leave out their coordinates.
        let location = if location_type >= 3 && rows.bytes(lat).is_empty() {
            None
        } else {
            let (la, lo) = (rows.number(lat, "stop_lat"), rows.number(lon, "stop_lon"));
            let (Some(la), Some(lo)) = (la, lo) else {
                continue;
            };
            if la.abs() > 90.0 || lo.abs() > 180.0 || (la == 0.0 && lo == 0.0) {
                rows.bad_value(lat, (&say::FEED_BAD_PLACE).into());
                continue;
            }
            Some(Location { lat: la, lon: lo })
        };
        if index.contains_key(&key) {
            rows.twice(id);
            continue;
        }
        index.insert(key, feed.stops.len() as u32);
        feed.stops.push(Stop {
            id: rows.text(id),
            name: rows.text(name),
            location,
        });
    }
    index
}

fn routes(rows: &mut Rows, feed: &mut Feed) -> HashMap<Vec<u8>, u32> {
    let mut index = HashMap::new();
    if !rows.require(&["route_id", "route_type"]) {
        return index;
    }
    let [id, short, long, kind] = [
        "route_id",
        "route_short_name",
        "route_long_name",
        "route_type",
    ]
    .map(|n| rows.column(n));
    while rows.next_row() {
        let key = rows.bytes(id).to_vec();
        let Some(route_type) = rows.whole(kind, "route_type", u32::MAX) else {
            continue;
        };
        if route_type == u32::MAX {
            rows.empty(kind, "route_type");
            continue;
        }
        let mode = Mode::of_route_type(route_type);
        // The name a traveller sees on the vehicle; `|` separates lines in travel.csv.
        let name = [rows.text(short), rows.text(long), rows.text(id)]
            .into_iter()
            .find(|n| !n.is_empty())
            .unwrap_or_default()
            .replace('|', "/");
        index.insert(key, feed.lines.len() as u32);
        feed.lines.push(Line { name, mode });
    }
    index
}

/// Trip id to its index in `feed.trips`, or `None` for a trip that does not run.
fn trips(
    rows: &mut Rows,
    routes: &HashMap<Vec<u8>, u32>,
    feed: &mut Feed,
) -> HashMap<Vec<u8>, Option<u32>> {
    let mut index = HashMap::new();
    let names = ["trip_id", "route_id", "service_id"];
    if !rows.require(&names) {
        return index;
    }
    let [id, route, service] = names.map(|n| rows.column(n));
    while rows.next_row() {
        let key = rows.bytes(id).to_vec();
        if index.contains_key(&key) {
            rows.twice(id);
            continue;
        }
        let Some(&line) = routes.get(rows.bytes(route)) else {
            let message = say::FEED_UNKNOWN_ID
                .say(&[("column", "route_id".into()), ("file", "routes.txt".into())]);
            rows.unknown_id(route, message);
            continue;
        };
        let days = feed
            .services
            .running
            .get(rows.bytes(service))
            .copied()
            .unwrap_or(0);
        let running = (days != 0).then(|| {
            feed.trips.push(Trip { line, days });
            feed.trips.len() as u32 - 1
        });
        index.insert(key, running);
    }
    index
}

fn transfers(rows: &mut Rows, stops: &HashMap<Vec<u8>, u32>, feed: &mut Feed) {
    if !rows.require(&["from_stop_id", "to_stop_id"]) {
        return;
    }
    let [from, to, kind, min] = [
        "from_stop_id",
        "to_stop_id",
        "transfer_type",
        "min_transfer_time",
    ]
    .map(|n| rows.column(n));
    let narrower =
        ["from_route_id", "to_route_id", "from_trip_id", "to_trip_id"].map(|n| rows.column(n));
    while rows.next_row() {
        // Rules for given routes or trips (guaranteed connections) are left out: the
        // search changes between stops, whatever the vehicles.
        if narrower.iter().any(|&c| !rows.bytes(c).is_empty()) {
            continue;
        }
        let (Some(transfer_type), Some(min_secs)) = (
            rows.whole(kind, "transfer_type", 0),
            rows.whole(min, "min_transfer_time", u32::MAX),
        ) else {
            continue;
        };
        let mut ends = [0u32; 2];
        for (end, (column, name)) in ends
            .iter_mut()
            .zip([(from, "from_stop_id"), (to, "to_stop_id")])
        {
            match stops.get(rows.bytes(column)) {
                Some(&s) => *end = s,
                None => {
                    let message = say::FEED_UNKNOWN_ID
                        .say(&[("column", name.into()), ("file", "stops.txt".into())]);
                    rows.unknown_id(column, message);
                    *end = u32::MAX;
                }
            }
        }
        if ends.contains(&u32::MAX) || transfer_type > 3 {
            continue;
        }
        feed.transfers.push(Transfer {
            from: ends[0],
            to: ends[1],
            forbidden: transfer_type == 3,
            min_secs: (min_secs != u32::MAX).then(|| min_secs.min(86_400) as i32),
        });
    }
}

/// Reads the feed at `path` (a .zip or a folder) for `date`. `None` when the feed cannot
/// be used; every problem is in `problems`.
pub fn read(path: &Path, date: jiff::civil::Date, problems: &mut Problems) -> Option<Feed> {
    let mut source = Source::open(path, problems)?;
    let mut feed = Feed {
        services: calendar::read(&mut source, date, problems),
        ..Feed::default()
    };
    let stop_ids = source
        .rows("stops.txt", true, problems, |r| stops(r, &mut feed))
        .unwrap_or_default();
    let route_ids = source
        .rows("routes.txt", true, problems, |r| routes(r, &mut feed))
        .unwrap_or_default();
    let trip_ids = source
        .rows("trips.txt", true, problems, |r| {
            trips(r, &route_ids, &mut feed)
        })
        .unwrap_or_default();
    source.rows("transfers.txt", false, problems, |r| {
        transfers(r, &stop_ids, &mut feed)
    });
    if problems.has_errors() {
        return None;
    }
    let read = source.rows("stop_times.txt", true, problems, |r| {
        stop_times::read(r, &stop_ids, &trip_ids, &feed.stops)
    });
    if let Some(rows) = read {
        feed.stop_times = stop_times::complete(rows, problems, &source);
    }
    if source.has("frequencies.txt") {
        problems.record(
            codes::W060,
            &source.place("frequencies.txt", 1, 1),
            "",
            (&say::FEED_FREQUENCIES).into(),
            &say::FEED_FREQUENCIES_DO,
        );
    }
    (!problems.has_errors()).then_some(feed)
}
