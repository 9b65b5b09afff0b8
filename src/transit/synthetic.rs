//! A synthetic GTFS feed of the region where `stageplan generate` puts its students and
//! schools (`generate --gtfs`, for tests and the bench): a bus grid in every home town,
//! trams in the three big towns, regional buses over the whole school area, and trains
//! between the towns, with the headways of a Dutch weekday. Fixed for every seed: the
//! region is the same for every generated instance.

use super::geo::{metres, travel_secs, DETOUR};
use crate::domain::Location;
use crate::generate::{HOMES, SCHOOL_AREA};
use std::fmt::Write as _;
use std::io::Write as _;

/// Headway bands of a weekday: (from, until, every) in minutes after midnight; the last
/// band runs past midnight, as Dutch evening services do (times past 24:00:00).
type Bands = &'static [(u32, u32, u32)];
const TOWN_BUS: Bands = &[
    (360, 420, 15),
    (420, 540, 10),
    (540, 960, 15),
    (960, 1080, 10),
    (1080, 1200, 15),
    (1200, 1470, 30),
];
const TRAM: Bands = &[(330, 420, 10), (420, 1140, 8), (1140, 1470, 15)];
const REGION_BUS: Bands = &[
    (360, 420, 30),
    (420, 540, 20),
    (540, 1140, 30),
    (1140, 1410, 60),
];
const TRAIN: Bands = &[(330, 1410, 15), (1410, 1500, 30)];
const WEEKEND: Bands = &[(420, 1440, 30)];

/// Line spacing of a town's bus grid and stop spacing along a line, km.
const TOWN_LINES_KM: f64 = 0.45;
const TOWN_STOPS_KM: f64 = 0.35;
const REGION_LINES_KM: f64 = 1.5;
const REGION_STOPS_KM: f64 = 0.6;

/// The files of the feed, written as they grow.
#[derive(Default)]
struct Feed {
    stops: String,
    routes: String,
    trips: String,
    stop_times: String,
    transfers: String,
    places: Vec<Location>,
    routes_made: usize,
    trips_made: usize,
}

fn clock(minutes: f64) -> String {
    let s = (minutes * 60.0).round() as u32;
    format!("{:02}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
}

fn departures(bands: Bands, offset: u32) -> Vec<u32> {
    let mut out = Vec::new();
    for &(from, until, every) in bands {
        let mut t = from + offset % every;
        while t < until {
            out.push(t);
            t += every;
        }
    }
    out
}

impl Feed {
    fn stop(&mut self, name: &str, at: Location) -> usize {
        let n = self.places.len();
        let _ = writeln!(self.stops, "S{n:05},\"{name}\",{:.6},{:.6}", at.lat, at.lon);
        self.places.push(at);
        n
    }

    /// A line through `points` in both directions; each direction has its own stops
    /// (a quay on each side of the street), unless `stations` are shared by both.
    fn line(&mut self, name: &str, route_type: u32, points: &[Location], kmh: f64, bands: Bands) {
        self.line_at(name, route_type, points, None, kmh, bands, "WD");
    }

    #[allow(clippy::too_many_arguments)]
    fn line_at(
        &mut self,
        name: &str,
        route_type: u32,
        points: &[Location],
        stations: Option<&[usize]>,
        kmh: f64,
        bands: Bands,
        service: &str,
    ) {
        let route = self.routes_made;
        self.routes_made += 1;
        let _ = writeln!(self.routes, "R{route},{name},,{route_type}");
        for direction in 0..2 {
            let mut path: Vec<Location> = points.to_vec();
            let mut ids: Vec<usize> = match stations {
                Some(s) => s.to_vec(),
                None => path
                    .iter()
                    .enumerate()
                    .map(|(i, p)| {
                        let side = if direction == 0 { 1.0 } else { -1.0 };
                        let quay = Location {
                            lat: p.lat + side * 0.00012,
                            lon: p.lon + side * 0.00018,
                        };
                        self.stop(&format!("{name} halte {}", i + 1), quay)
                    })
                    .collect(),
            };
            if direction == 1 {
                path.reverse();
                ids.reverse();
            }
            // Minutes from the first stop: the ride at `kmh` plus half a minute per stop.
            let mut at = vec![0.0];
            for w in path.windows(2) {
                let secs = travel_secs(metres(w[0], w[1]) * DETOUR, kmh) as f64;
                at.push(at[at.len() - 1] + (secs / 60.0 + 0.5).round());
            }
            for start in departures(bands, (route as u32 * 7 + direction * 3) % 60) {
                let trip = self.trips_made;
                self.trips_made += 1;
                let _ = writeln!(self.trips, "R{route},{service},T{trip}");
                for (k, (id, m)) in ids.iter().zip(&at).enumerate() {
                    let t = clock(f64::from(start) + m);
                    let _ = writeln!(self.stop_times, "T{trip},{t},{t},S{id:05},{}", k + 1);
                }
            }
        }
    }
}

/// Points from `a` to `b` every `step_km` (both ends included).
fn along(a: Location, b: Location, step_km: f64) -> Vec<Location> {
    let n = ((metres(a, b) / 1000.0 / step_km).round() as usize).max(1);
    (0..=n)
        .map(|i| {
            let f = i as f64 / n as f64;
            Location {
                lat: a.lat + (b.lat - a.lat) * f,
                lon: a.lon + (b.lon - a.lon) * f,
            }
        })
        .collect()
}

/// Degrees of latitude and longitude in a km at `lat`.
fn per_km(lat: f64) -> (f64, f64) {
    (1.0 / 111.2, 1.0 / (111.2 * lat.to_radians().cos()))
}

/// A grid of bus lines over a box: east-west lines, then north-south lines.
fn grid(feed: &mut Feed, tag: &str, lat: [f64; 2], lon: [f64; 2], lines_km: f64, stops_km: f64) {
    let (dlat, dlon) = per_km((lat[0] + lat[1]) / 2.0);
    let (rows, cols) = (
        ((lat[1] - lat[0]) / (lines_km * dlat)).round() as usize,
        ((lon[1] - lon[0]) / (lines_km * dlon)).round() as usize,
    );
    let bands = if tag.starts_with('R') {
        REGION_BUS
    } else {
        TOWN_BUS
    };
    let kmh = if tag.starts_with('R') { 35.0 } else { 20.0 };
    for r in 0..=rows {
        let y = lat[0] + (lat[1] - lat[0]) * r as f64 / rows.max(1) as f64;
        let (a, b) = (
            Location {
                lat: y,
                lon: lon[0],
            },
            Location {
                lat: y,
                lon: lon[1],
            },
        );
        feed.line(
            &format!("{tag}{}", r + 1),
            3,
            &along(a, b, stops_km),
            kmh,
            bands,
        );
    }
    for c in 0..=cols {
        let x = lon[0] + (lon[1] - lon[0]) * c as f64 / cols.max(1) as f64;
        let (a, b) = (
            Location {
                lat: lat[0],
                lon: x,
            },
            Location {
                lat: lat[1],
                lon: x,
            },
        );
        feed.line(
            &format!("{tag}{}", rows + c + 2),
            3,
            &along(a, b, stops_km),
            kmh,
            bands,
        );
    }
}

fn town(i: usize) -> Location {
    Location {
        lat: HOMES[i].1,
        lon: HOMES[i].2,
    }
}

/// Trains between the towns (by their index in HOMES), with sprinter stations between.
const TRAIN_LINES: [&[usize]; 4] = [&[3, 0, 1, 4], &[0, 5, 6, 7], &[4, 6, 7], &[3, 5]];

fn trains(feed: &mut Feed) -> Vec<usize> {
    let stations: Vec<usize> = (0..HOMES.len())
        .map(|i| feed.stop(&format!("Station {}", HOMES[i].0), town(i)))
        .collect();
    for (n, towns) in TRAIN_LINES.iter().enumerate() {
        let mut ids = vec![stations[towns[0]]];
        let mut points = vec![town(towns[0])];
        for w in towns.windows(2) {
            let between = along(town(w[0]), town(w[1]), 6.0);
            for (k, p) in between.iter().enumerate().skip(1) {
                let last = k + 1 == between.len();
                ids.push(if last {
                    stations[w[1]]
                } else {
                    let name = format!("Station {}-{} {k}", HOMES[w[0]].0, HOMES[w[1]].0);
                    feed.stop(&name, *p)
                });
                points.push(*p);
            }
        }
        let name = format!("IC{}", n + 1);
        feed.line_at(&name, 2, &points, Some(&ids), 80.0, TRAIN, "WD");
        feed.line_at(&name, 2, &points, Some(&ids), 80.0, WEEKEND, "WE");
    }
    stations
}

/// Changing trains takes 3 minutes; a walk from a station to a nearby stop 2 more than
/// walking there (transfers.txt, read like a real feed's).
fn station_transfers(feed: &mut Feed, stations: &[usize]) {
    for &s in stations {
        let _ = writeln!(feed.transfers, "S{s:05},S{s:05},2,180");
        for (q, &p) in feed.places.iter().enumerate() {
            let m = metres(feed.places[s], p) * DETOUR;
            if q != s && m <= 350.0 {
                let secs = travel_secs(m, 5.0) + 120;
                let _ = writeln!(feed.transfers, "S{s:05},S{q:05},2,{secs}");
            }
        }
    }
}

fn trams(feed: &mut Feed) {
    for (n, &t) in [0usize, 4, 7].iter().enumerate() {
        let c = town(t);
        let (dlat, dlon) = per_km(c.lat);
        for (k, (y, x)) in [(1.0, 0.0), (0.7, 0.7), (0.0, 1.0), (-0.7, 0.7)]
            .iter()
            .enumerate()
        {
            let end = |s: f64| Location {
                lat: c.lat + s * 5.0 * y * dlat,
                lon: c.lon + s * 5.0 * x * dlon,
            };
            let name = (n * 4 + k + 1).to_string();
            feed.line(&name, 0, &along(end(-1.0), end(1.0), 0.5), 18.0, TRAM);
        }
    }
}

/// The feed's files, in the order a reader expects them.
fn files() -> Vec<(&'static str, String)> {
    let mut feed = Feed::default();
    let stations = trains(&mut feed);
    trams(&mut feed);
    for (i, home) in HOMES.iter().enumerate() {
        let c = town(i);
        let (dlat, dlon) = per_km(c.lat);
        // The big town's grid is larger; every grid covers the town's homes.
        let half = if home.3 > 20.0 { 5.0 } else { 3.5 };
        let tag = home.0.chars().next().unwrap_or('T');
        grid(
            &mut feed,
            &format!("{tag}{i}-"),
            [c.lat - half * dlat, c.lat + half * dlat],
            [c.lon - half * dlon, c.lon + half * dlon],
            TOWN_LINES_KM,
            TOWN_STOPS_KM,
        );
    }
    let a = SCHOOL_AREA;
    grid(
        &mut feed,
        "R",
        [a[0], a[1]],
        [a[2], a[3]],
        REGION_LINES_KM,
        REGION_STOPS_KM,
    );
    station_transfers(&mut feed, &stations);
    vec![
        ("agency.txt", "agency_id,agency_name,agency_url,agency_timezone\nSYN,Synthetisch Vervoer,https://example.org,Europe/Amsterdam\n".into()),
        ("stops.txt", format!("stop_id,stop_name,stop_lat,stop_lon\n{}", feed.stops)),
        ("routes.txt", format!("route_id,route_short_name,route_long_name,route_type\n{}", feed.routes)),
        ("trips.txt", format!("route_id,service_id,trip_id\n{}", feed.trips)),
        ("calendar.txt", "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\nWD,1,1,1,1,1,0,0,20200101,20351231\nWE,0,0,0,0,0,1,1,20200101,20351231\n".into()),
        // King's Day: weekday service gives way to the weekend's.
        ("calendar_dates.txt", "service_id,date,exception_type\nWD,20260427,2\nWE,20260427,1\nWD,20270427,2\nWE,20270427,1\n".into()),
        ("transfers.txt", format!("from_stop_id,to_stop_id,transfer_type,min_transfer_time\n{}", feed.transfers)),
        ("stop_times.txt", format!("trip_id,arrival_time,departure_time,stop_id,stop_sequence\n{}", feed.stop_times)),
    ]
}

/// The synthetic feed as a zip.
pub fn feed_zip() -> std::io::Result<Vec<u8>> {
    zip_bytes(&files())
}

/// A zip of text files, byte-identical for the same files (fixed dates, fixed order).
pub fn zip_bytes(files: &[(&str, String)]) -> std::io::Result<Vec<u8>> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::DEFAULT);
    for (name, text) in files {
        zip.start_file(*name, options)?;
        zip.write_all(text.as_bytes())?;
    }
    Ok(zip.finish()?.into_inner())
}
