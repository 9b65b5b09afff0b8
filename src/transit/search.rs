//! One backward search per school: a profile connection scan. The rides of the date are
//! scanned from the arrival deadline back to midnight; every stop gets, in order of
//! falling departure time, the ways on to the school that arrive earlier than any way that
//! leaves later. The first of them is the latest departure that still arrives in time,
//! and the arrival of the way a traveller there takes. No waiting at the school counts.
//!
//! Every change (at a stop or along a footpath) takes at least one second, so a ride can
//! only lead to rides that leave strictly later, which the scan has already seen.

use super::geo::Secs;
use super::network::Network;

const NEVER: Secs = Secs::MAX;

/// What a traveller does after leaving a trip.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Then {
    /// Walks to the school.
    School,
    /// Changes to another vehicle at the same stop.
    Change,
    /// Walks to another stop (with the walk's seconds) to board there.
    Walk(u32, Secs),
}

/// A way on from a stop: board connection `board` at `dep`, stay on the trip until the
/// arrival of connection `leave`, then `then`; it reaches the school at `arrive`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    pub dep: Secs,
    pub arrive: Secs,
    pub board: u32,
    pub leave: u32,
    pub then: Then,
}

/// The state of one search, reused from school to school.
pub struct Search<'n> {
    pub net: &'n Network,
    /// Per stop, entries by falling `dep` and falling `arrive`.
    profiles: Vec<Vec<Entry>>,
    /// Per trip: the best arrival from staying on it, where it is left, and how.
    trips: Vec<(Secs, u32, Then)>,
    /// Per stop: seconds to walk to the school, [`NEVER`] when too far.
    to_school: Vec<Secs>,
    /// Per stop: the departure and arrival of [`Search::first`], [`NEVER`] for none; one
    /// read per stop for the millions of (student, stop) pairs.
    firsts: Vec<(Secs, Secs)>,
    touched_stops: Vec<u32>,
    touched_trips: Vec<u32>,
    near: Vec<u32>,
}

impl<'n> Search<'n> {
    /// An empty search over `net`.
    pub fn new(net: &'n Network) -> Search<'n> {
        Search {
            net,
            profiles: vec![Vec::new(); net.stops.len()],
            trips: vec![(NEVER, 0, Then::School); net.trip_line.len()],
            to_school: vec![NEVER; net.stops.len()],
            firsts: vec![(NEVER, NEVER); net.stops.len()],
            touched_stops: Vec::new(),
            touched_trips: Vec::new(),
            near: Vec::new(),
        }
    }

    fn reset(&mut self) {
        for &s in &self.touched_stops {
            self.profiles[s as usize].clear();
            self.firsts[s as usize] = (NEVER, NEVER);
        }
        for &t in &self.touched_trips {
            self.trips[t as usize] = (NEVER, 0, Then::School);
        }
        for &s in &self.near {
            self.to_school[s as usize] = NEVER;
        }
        self.touched_stops.clear();
        self.touched_trips.clear();
        self.near.clear();
    }

    /// Searches for the school reached on foot from the stops `near` (stop, seconds),
    /// by `deadline`.
    pub fn run(&mut self, near: &[(u32, Secs)], deadline: Secs) {
        self.reset();
        for &(s, secs) in near {
            self.to_school[s as usize] = secs;
            self.near.push(s);
        }
        let net = self.net;
        let end = net.connections.partition_point(|c| c.dep <= deadline);
        for ci in (0..end).rev() {
            let c = net.connections[ci];
            if c.arr > deadline {
                continue;
            }
            let (mut best, mut leave, mut then) = self.trips[c.trip as usize];
            if c.alight {
                for (arrive, how) in self.ways_on(c.to, c.arr) {
                    if arrive < best {
                        (best, leave, then) = (arrive, ci as u32, how);
                    }
                }
            }
            if best < self.trips[c.trip as usize].0 {
                if self.trips[c.trip as usize].0 == NEVER {
                    self.touched_trips.push(c.trip);
                }
                self.trips[c.trip as usize] = (best, leave, then);
            }
            if !(c.board && best <= deadline) {
                continue;
            }
            let profile = &mut self.profiles[c.from as usize];
            if profile.last().is_some_and(|e| e.arrive <= best) {
                continue;
            }
            if profile.is_empty() {
                self.touched_stops.push(c.from);
            }
            profile.push(Entry {
                dep: c.dep,
                arrive: best,
                board: ci as u32,
                leave,
                then,
            });
        }
        for i in 0..self.touched_stops.len() {
            let s = self.touched_stops[i];
            if let Some(e) = self.first(s) {
                self.firsts[s as usize] = (e.dep, e.arrive);
            }
        }
    }

    /// The ways on after alighting at `stop` at `at`: walking to the school, changing at
    /// the stop, or walking to another stop; each with its arrival at the school.
    fn ways_on(&self, stop: u32, at: Secs) -> impl Iterator<Item = (Secs, Then)> + '_ {
        let walk = self.to_school[stop as usize];
        let school = (walk != NEVER).then_some((at + walk, Then::School));
        let change = self.net.change[stop as usize]
            .and_then(|secs| self.query(stop, at + secs))
            .map(|e| (e.arrive, Then::Change));
        let walks = self
            .net
            .footpaths(stop)
            .iter()
            .filter_map(move |&(q, secs)| {
                self.query(q, at + secs)
                    .map(|e| (e.arrive, Then::Walk(q, secs)))
            });
        school.into_iter().chain(change).chain(walks)
    }

    /// The best way on from `stop` for a traveller there at `at`: the entry that leaves
    /// last among those leaving at `at` or later, which arrives first.
    pub fn query(&self, stop: u32, at: Secs) -> Option<&Entry> {
        let profile = &self.profiles[stop as usize];
        let k = profile.partition_point(|e| e.dep >= at);
        k.checked_sub(1).map(|i| &profile[i])
    }

    /// The latest departure from `stop` that reaches the school in time (of several at
    /// that moment, the one that arrives first).
    pub fn first(&self, stop: u32) -> Option<&Entry> {
        let latest = self.profiles[stop as usize].first()?.dep;
        self.query(stop, latest)
    }

    /// The departure and arrival of [`Search::first`], without looking it up.
    pub fn first_times(&self, stop: u32) -> Option<(Secs, Secs)> {
        let f = self.firsts[stop as usize];
        (f.0 != NEVER).then_some(f)
    }

    /// Seconds from `stop` to the school on foot, when near enough.
    pub fn walk_to_school(&self, stop: u32) -> Option<Secs> {
        let w = self.to_school[stop as usize];
        (w != NEVER).then_some(w)
    }
}
