//! The fast travel search against a brute-force oracle on small random GTFS feeds. The
//! oracle knows nothing of the profile scan: for a departure from home it finds every
//! ride a traveller can be on by a plain search over the time-expanded graph (each ride
//! of a trip is a node, with edges to the trip's next ride and, after alighting, to every
//! later ride from the same stop after the change time or from a stop within walking
//! distance after the walk), and takes the earliest arrival at the school. It then tries
//! every possible departure from home and keeps the latest that arrives by the deadline.
//! Both must give the same minutes for every pair, to the minute.

use proptest::prelude::*;
use stageplan::domain::Location;
use stageplan::input::problem::Problems;
use stageplan::transit::feed;
use stageplan::transit::geo::{Secs, Walking};
use stageplan::transit::journey;
use stageplan::transit::matrix::{compute, Options};
use stageplan::transit::network::{Network, TRANSFER_WALK_M};
use stageplan::transit::synthetic::zip_bytes;

const WALKING: Walking = Walking {
    kmh: 5.0,
    max_m: 900.0,
};
const DEADLINE: Secs = 8 * 3600 + 30 * 60;

/// A place in a 4 x 4 km square, on a grid of 12 x 12 (so that walks of equal length,
/// and so ties between stops, are common).
fn spot(x: u32, y: u32) -> Location {
    Location {
        lat: 52.0 + f64::from(y) * 0.003,
        lon: 4.3 + f64::from(x) * 0.0048,
    }
}

#[derive(Debug, Clone)]
struct RandomTrip {
    /// Runs on the date (0), not at all (1), or the day before past midnight (2).
    service: u8,
    start: u32,
    /// Per call: stop, minutes from the previous call, seconds of dwell, and whether
    /// boarding and alighting are allowed.
    calls: Vec<(usize, u32, u32, bool, bool)>,
}

#[derive(Debug, Clone)]
struct RandomFeed {
    stops: Vec<(u32, u32)>,
    trips: Vec<RandomTrip>,
    /// Change times at some stops (transfers.txt, from = to), `None` forbidding changes.
    changes: Vec<(usize, Option<u32>)>,
    homes: Vec<(u32, u32)>,
    schools: Vec<(u32, u32)>,
}

fn random_feed() -> impl Strategy<Value = RandomFeed> {
    (3usize..10).prop_flat_map(|n| {
        let stop = (0u32..=12, 0u32..=12);
        let near = (0..n, 0u32..3, 0u32..3);
        // Coarse times (starts every 5 minutes, dwells of 0, 30 or 60 s) make departures
        // at the same moment common, so that ties are tested too.
        let dwell = prop::sample::select(vec![0u32, 0, 30, 60]);
        let call = (
            0..n,
            1u32..8,
            dwell,
            prop::bool::weighted(0.9),
            prop::bool::weighted(0.9),
        );
        let trip = (0u8..3, 84u32..=101, prop::collection::vec(call, 2..7)).prop_map(
            |(service, k, calls)| RandomTrip {
                service,
                start: k * 5,
                calls,
            },
        );
        (
            prop::collection::vec(stop.clone(), n),
            prop::collection::vec(trip, 1..17),
            prop::collection::vec((0..n, prop::option::weighted(0.8, 0u32..400)), 0..3),
            prop::collection::vec(near.clone(), 1..4),
            prop::collection::vec(near, 1..3),
        )
            .prop_map(|(stops, trips, changes, homes, schools)| {
                // Homes and schools lie next to a stop (within one step of the grid),
                // so that most pairs have a journey to compare.
                let by = |(s, dx, dy): (usize, u32, u32)| {
                    let (x, y): (u32, u32) = stops[s];
                    ((x + dx).saturating_sub(1), (y + dy).saturating_sub(1))
                };
                RandomFeed {
                    homes: homes.into_iter().map(by).collect(),
                    schools: schools.into_iter().map(by).collect(),
                    stops,
                    trips,
                    changes,
                }
            })
    })
}

fn hms(secs: u32) -> String {
    format!("{:02}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60)
}

/// The random feed as GTFS files: service D runs on 2026-12-01 (a Tuesday), N never,
/// and B on the day before, with its times past 24:00:00.
fn gtfs(f: &RandomFeed) -> Vec<(&'static str, String)> {
    let mut stops = String::from("stop_id,stop_name,stop_lat,stop_lon\n");
    for (i, &(x, y)) in f.stops.iter().enumerate() {
        let l = spot(x, y);
        stops += &format!("s{i},Stop {i},{:.7},{:.7}\n", l.lat, l.lon);
    }
    let mut trips = String::from("trip_id,route_id,service_id\n");
    let mut times = String::from(
        "trip_id,arrival_time,departure_time,stop_id,stop_sequence,pickup_type,drop_off_type\n",
    );
    for (t, trip) in f.trips.iter().enumerate() {
        let service = ["D", "N", "B"][trip.service as usize];
        trips += &format!("t{t},r{},{service}\n", t % 2);
        let mut at = trip.start * 60 + if trip.service == 2 { 86_400 } else { 0 };
        for (k, &(stop, gap, dwell, board, alight)) in trip.calls.iter().enumerate() {
            if k > 0 {
                at += gap * 60;
            }
            let (arr, dep) = (at, at + dwell);
            at = dep;
            let (p, d) = (u8::from(!board), u8::from(!alight));
            times += &format!(
                "t{t},{},{},s{stop},{},{p},{d}\n",
                hms(arr),
                hms(dep),
                k * 10
            );
        }
    }
    let mut transfers = String::from("from_stop_id,to_stop_id,transfer_type,min_transfer_time\n");
    for &(s, secs) in &f.changes {
        transfers += &match secs {
            Some(m) => format!("s{s},s{s},2,{m}\n"),
            None => format!("s{s},s{s},3,\n"),
        };
    }
    vec![
        ("stops.txt", stops),
        ("routes.txt", "route_id,route_short_name,route_type\nr0,1,3\nr1,2,0\n".into()),
        ("trips.txt", trips),
        (
            "calendar.txt",
            "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\nD,0,1,0,0,0,0,0,20260101,20271231\nN,0,0,0,0,0,1,0,20260101,20271231\nB,1,0,0,0,0,0,0,20260101,20271231\n".into(),
        ),
        ("stop_times.txt", times),
        ("transfers.txt", transfers),
    ]
}

/// Reads the feed from a zip as `stageplan travel` does.
fn network(f: &RandomFeed) -> Network {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("feed.zip");
    std::fs::write(&path, zip_bytes(&gtfs(f)).unwrap()).unwrap();
    let mut problems = Problems::default();
    let date = jiff::civil::Date::new(2026, 12, 1).unwrap();
    let read = feed::read(&path, date, &mut problems);
    let feed = read.unwrap_or_else(|| {
        panic!(
            "the random feed reads: {:?}",
            problems.iter().collect::<Vec<_>>()
        )
    });
    Network::build(feed, &WALKING)
}

/// The earliest arrival at `school` leaving `home` at `t0`, by plain search.
fn earliest(net: &Network, home: Location, school: Location, t0: Secs) -> Option<Secs> {
    let located = |s: u32| net.stops[s as usize].location.unwrap();
    let walks: Vec<Vec<(u32, Secs)>> = (0..net.stops.len() as u32)
        .map(|p| {
            (0..net.stops.len() as u32)
                .filter(|&q| q != p)
                .filter_map(|q| {
                    WALKING
                        .secs_within(located(p), located(q), TRANSFER_WALK_M)
                        .map(|s| (q, s.max(1)))
                })
                .collect()
        })
        .collect();
    let c = &net.connections;
    let mut best = WALKING.secs(home, school).map(|w| t0 + w);
    let mut on = vec![false; c.len()];
    let mut todo: Vec<usize> = Vec::new();
    let board_from = |stop: u32, ready: Secs, todo: &mut Vec<usize>| {
        for (i, x) in c.iter().enumerate() {
            if x.from == stop && x.board && x.dep >= ready {
                todo.push(i);
            }
        }
    };
    for p in 0..net.stops.len() as u32 {
        if let Some(w) = WALKING.secs(home, located(p)) {
            board_from(p, t0 + w, &mut todo);
        }
    }
    while let Some(i) = todo.pop() {
        if std::mem::replace(&mut on[i], true) {
            continue;
        }
        let x = c[i];
        if let Some(next) = c
            .iter()
            .position(|y| y.trip == x.trip && y.seq == x.seq + 1)
        {
            todo.push(next);
        }
        if !x.alight {
            continue;
        }
        if let Some(w) = WALKING.secs(located(x.to), school) {
            best = Some(best.map_or(x.arr + w, |b| b.min(x.arr + w)));
        }
        if let Some(change) = net.change[x.to as usize] {
            board_from(x.to, x.arr + change, &mut todo);
        }
        for &(q, w) in &walks[x.to as usize] {
            board_from(q, x.arr + w, &mut todo);
        }
    }
    best
}

/// The oracle's minutes: the latest departure from home that arrives by the deadline,
/// and then its earliest arrival.
fn oracle(net: &Network, home: Location, school: Location) -> Option<Secs> {
    let mut starts: Vec<Secs> = WALKING
        .secs(home, school)
        .map(|w| DEADLINE - w)
        .into_iter()
        .collect();
    for x in net.connections.iter().filter(|x| x.board) {
        if let Some(w) = WALKING.secs(home, net.stops[x.from as usize].location.unwrap()) {
            starts.push(x.dep - w);
        }
    }
    starts.sort_unstable();
    starts.dedup();
    starts.into_iter().rev().find_map(|t0| {
        earliest(net, home, school, t0)
            .filter(|&a| a <= DEADLINE)
            .map(|a| journey::minutes(a - t0))
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn the_search_agrees_with_the_time_expanded_oracle_to_the_minute(f in random_feed()) {
        let net = network(&f);
        let homes: Vec<Option<Location>> = f.homes.iter().map(|&(x, y)| Some(spot(x, y))).collect();
        let schools: Vec<Option<Location>> = f.schools.iter().map(|&(x, y)| Some(spot(x, y))).collect();
        let options = Options { arrive_by: DEADLINE, walking: WALKING, bike: false };
        let columns = compute(&net, &homes, &schools, &options);
        for (c, column) in columns.iter().enumerate() {
            let column = column.as_ref().unwrap();
            for (s, home) in homes.iter().enumerate() {
                let fast = column.secs(s).map(journey::minutes);
                let slow = oracle(&net, home.unwrap(), schools[c].unwrap());
                prop_assert_eq!(fast, slow, "student {} school {}", s, c);
                // The legs add up to the journey, minute for minute.
                let legs: Secs = journey::leg_minutes(column.legs(s)).map(|l| l.1).sum();
                prop_assert_eq!(fast.unwrap_or(0), legs);
            }
        }
    }
}
