//! The timetable of one travel date as the search reads it: every ride between two
//! consecutive stops of a running trip (a connection), the time a change of vehicles takes
//! at each stop, and the walks between stops (footpaths).

use super::feed::{calendar, Feed, Line, Stop};
use super::geo::{Index, Secs, Walking};
use crate::domain::Location;

/// A change of vehicles at one stop takes this long unless transfers.txt says otherwise:
/// minute-precise timetables make a 0-minute change a missed bus.
pub const DEFAULT_CHANGE_SECS: Secs = 60;

/// Walks between two stops up to this far (along streets) are footpaths for a change.
/// transfers.txt may add longer ones.
pub const TRANSFER_WALK_M: f64 = 400.0;

/// One ride of a trip from a stop to the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Connection {
    pub from: u32,
    pub to: u32,
    /// Seconds after midnight at the start of the travel date.
    pub dep: Secs,
    pub arr: Secs,
    /// Index into `Network::trip_line`: one running of a trip on one day.
    pub trip: u32,
    /// The position of the ride in its trip.
    pub seq: u32,
    /// Passengers may board at `from` / alight at `to`.
    pub board: bool,
    pub alight: bool,
}

/// The timetable of the date, ready for searching.
pub struct Network {
    pub stops: Vec<Stop>,
    pub lines: Vec<Line>,
    /// The line of every trip running.
    pub trip_line: Vec<u32>,
    /// Sorted by departure, then trip and position; a search scans it backwards.
    pub connections: Vec<Connection>,
    /// Time needed to change vehicles at each stop; `None`: no change there (transfers.txt).
    pub change: Vec<Option<Secs>>,
    foot_start: Vec<u32>,
    foot: Vec<(u32, Secs)>,
    /// The located stops, by position in `located`.
    index: Index,
    located: Vec<u32>,
}

/// The rides of every running trip on the date. A trip of the day before counts with its
/// rides that leave at 24:00:00 or later, which fall on the date.
fn connections(feed: &Feed) -> (Vec<u32>, Vec<Connection>) {
    let mut trip_line = Vec::new();
    let mut out = Vec::new();
    for calls in feed.stop_times.chunk_by(|a, b| a.trip == b.trip) {
        let trip = feed.trips[calls[0].trip as usize];
        for (bit, shift) in [(calendar::ON_DATE, 0), (calendar::ON_DAY_BEFORE, -86_400)] {
            if trip.days & bit == 0 {
                continue;
            }
            let id = trip_line.len() as u32;
            let before = out.len();
            for (k, w) in calls.windows(2).enumerate() {
                let dep = w[0].dep + shift;
                if dep < 0 {
                    continue;
                }
                out.push(Connection {
                    from: w[0].stop,
                    to: w[1].stop,
                    dep,
                    arr: w[1].arr + shift,
                    trip: id,
                    seq: k as u32,
                    board: w[0].board,
                    alight: w[1].alight,
                });
            }
            if out.len() > before {
                trip_line.push(trip.line);
            }
        }
    }
    out.sort_unstable_by_key(|c| (c.dep, c.trip, c.seq));
    (trip_line, out)
}

impl Network {
    /// The network of the feed's date, with footpaths for `walking`.
    pub fn build(feed: Feed, walking: &Walking) -> Network {
        let (trip_line, connections) = connections(&feed);
        let (located, points): (Vec<u32>, Vec<Location>) = feed
            .stops
            .iter()
            .enumerate()
            .filter_map(|(s, stop)| stop.location.map(|l| (s as u32, l)))
            .unzip();
        let index = Index::new(points.clone());
        let mut change = vec![Some(DEFAULT_CHANGE_SECS); feed.stops.len()];
        let mut paths: Vec<(u32, u32, Secs)> = Vec::new();
        for (&s, &at) in located.iter().zip(&points) {
            for (i, _) in index.within(at, Walking::radius(TRANSFER_WALK_M)) {
                let (q, to) = (located[i as usize], points[i as usize]);
                if let (true, Some(secs)) = (q != s, walking.secs_within(at, to, TRANSFER_WALK_M)) {
                    paths.push((s, q, secs.max(1)));
                }
            }
        }
        // transfers.txt overrides the walks it names and adds the ones it has beyond them.
        let mut named: std::collections::HashMap<(u32, u32), Option<Secs>> = Default::default();
        for t in &feed.transfers {
            if t.from == t.to {
                change[t.from as usize] = match (t.forbidden, t.min_secs) {
                    (true, _) => None,
                    (false, Some(m)) => Some(m.max(1)),
                    (false, None) => change[t.from as usize],
                };
                continue;
            }
            let walk = match (
                feed.stops[t.from as usize].location,
                feed.stops[t.to as usize].location,
            ) {
                (Some(a), Some(b)) => walking.secs_within(a, b, f64::INFINITY),
                _ => None,
            };
            let secs = (!t.forbidden).then(|| t.min_secs.or(walk)).flatten();
            named.insert((t.from, t.to), secs.map(|s| s.max(1)));
        }
        paths.retain(|p| !named.contains_key(&(p.0, p.1)));
        paths.extend(
            named
                .into_iter()
                .filter_map(|((from, to), secs)| secs.map(|s| (from, to, s))),
        );
        paths.sort_unstable();
        paths.dedup_by_key(|p| (p.0, p.1));
        let mut foot_start = vec![0u32; feed.stops.len() + 1];
        for p in &paths {
            foot_start[p.0 as usize + 1] += 1;
        }
        for i in 1..foot_start.len() {
            foot_start[i] += foot_start[i - 1];
        }
        Network {
            stops: feed.stops,
            lines: feed.lines,
            trip_line,
            connections,
            change,
            foot_start,
            foot: paths.into_iter().map(|p| (p.1, p.2)).collect(),
            index,
            located,
        }
    }

    /// The walks from stop `s` to other stops, with their seconds.
    pub fn footpaths(&self, s: u32) -> &[(u32, Secs)] {
        let (a, b) = (
            self.foot_start[s as usize] as usize,
            self.foot_start[s as usize + 1] as usize,
        );
        &self.foot[a..b]
    }

    /// The stops within the longest walk of a place, with walking seconds.
    pub fn walkable(&self, at: Location, walking: &Walking) -> Vec<(u32, Secs)> {
        self.index
            .walkable(at, walking)
            .into_iter()
            .map(|(i, secs)| (self.located[i as usize], secs))
            .collect()
    }
}
