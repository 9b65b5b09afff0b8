//! Every (student, school) pair: one search per school, in parallel over the schools, and
//! per student the best of the stops within walking distance of home.

use super::geo::{self, Secs, Walking};
use super::journey::{self, Journey, Leg, LegKind};
use super::network::Network;
use super::search::Search;
use crate::domain::Location;
use rayon::prelude::*;

/// How journeys are looked for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Options {
    /// Arrive at the school by this time (seconds after midnight).
    pub arrive_by: Secs,
    pub walking: Walking,
    /// Also cycle all the way; the faster of the two counts.
    pub bike: bool,
}

/// The journeys to one school, one per student (in a compact form: a national matrix
/// has millions).
pub struct Column {
    /// Door-to-door seconds, `None` when no journey arrives in time.
    secs: Vec<Option<Secs>>,
    first_departure: Vec<Option<Secs>>,
    leg_start: Vec<u32>,
    legs: Vec<Leg>,
}

impl Column {
    fn new(students: usize) -> Column {
        Column {
            secs: Vec::with_capacity(students),
            first_departure: Vec::with_capacity(students),
            leg_start: vec![0],
            legs: Vec::new(),
        }
    }

    fn push(&mut self, j: Option<Journey>) {
        self.secs.push(j.as_ref().map(Journey::secs));
        self.first_departure
            .push(j.as_ref().and_then(|j| j.first_departure));
        if let Some(j) = j {
            self.legs.extend(j.legs);
        }
        self.leg_start.push(self.legs.len() as u32);
    }

    /// Door-to-door seconds of student `s`, `None` for no journey.
    pub fn secs(&self, s: usize) -> Option<Secs> {
        self.secs[s]
    }

    /// The departure of student `s`'s first vehicle, if any.
    pub fn first_departure(&self, s: usize) -> Option<Secs> {
        self.first_departure[s]
    }

    /// The legs of student `s`'s journey (empty for no journey).
    pub fn legs(&self, s: usize) -> &[Leg] {
        &self.legs[self.leg_start[s] as usize..self.leg_start[s + 1] as usize]
    }
}

/// The journey of one pair: by public transport (or on foot), or by bike when that is
/// faster and allowed.
fn pair(
    search: &Search,
    home: Location,
    stops: &[(u32, Secs)],
    school: Location,
    o: &Options,
) -> Option<Journey> {
    let walk = o.walking.secs(home, school);
    let transit = journey::best(search, stops, walk, o.arrive_by);
    if !o.bike {
        return transit;
    }
    let bike = geo::bike_secs(home, school);
    match transit {
        Some(t) if t.secs() <= bike => Some(t),
        _ => Some(Journey::direct(LegKind::Bike, bike, o.arrive_by)),
    }
}

/// The journeys from every home to every school; `None` for a school without a
/// location, and a student without a location gets no journey (the caller leaves such
/// pairs out).
pub fn compute(
    net: &Network,
    homes: &[Option<Location>],
    schools: &[Option<Location>],
    o: &Options,
) -> Vec<Option<Column>> {
    let home_stops: Vec<Vec<(u32, Secs)>> = homes
        .par_iter()
        .map(|h| h.map_or_else(Vec::new, |h| net.walkable(h, &o.walking)))
        .collect();
    // Chunks of schools share one search's memory; rayon spreads the chunks.
    let chunks: Vec<&[Option<Location>]> = schools.chunks(8).collect();
    chunks
        .par_iter()
        .flat_map_iter(|chunk| {
            let mut search = Search::new(net);
            chunk
                .iter()
                .map(|school| {
                    let school = (*school)?;
                    search.run(&net.walkable(school, &o.walking), o.arrive_by);
                    let mut column = Column::new(homes.len());
                    for (home, stops) in homes.iter().zip(&home_stops) {
                        column.push(home.and_then(|h| pair(&search, h, stops, school, o)));
                    }
                    Some(column)
                })
                .collect::<Vec<_>>()
        })
        .collect()
}
