//! A GTFS feed (`stageplan travel`): any bytes, cut into the files of a feed at each 0xFF
//! byte, give a network whose journeys add up, or located problems; never a panic.
#![no_main]
#[path = "common/mod.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use stageplan::domain::Location;
use stageplan::input::problem::Problems;
use stageplan::transit::geo::Walking;
use stageplan::transit::journey::{leg_minutes, minutes};
use stageplan::transit::matrix::{compute, Options};
use stageplan::transit::{feed, network::Network};

const FILES: [&str; 7] = [
    "stops.txt",
    "routes.txt",
    "trips.txt",
    "calendar.txt",
    "calendar_dates.txt",
    "transfers.txt",
    "stop_times.txt",
];

fuzz_target!(|data: &[u8]| {
    let dir = tempfile::tempdir().expect("a temporary folder");
    for (name, bytes) in FILES.iter().zip(data.split(|&b| b == 0xFF)) {
        std::fs::write(dir.path().join(name), bytes).expect("write a feed file");
    }
    let mut problems = Problems::default();
    let date = jiff::civil::Date::new(2026, 12, 1).expect("a date");
    if let Some(feed) = feed::read(dir.path(), date, &mut problems) {
        let walking = Walking { kmh: 5.0, max_m: 1500.0 };
        let net = Network::build(feed, &walking);
        let at = |east: f64| Location { lat: 52.0, lon: 4.3 + east };
        let options = Options { arrive_by: 8 * 3600 + 1800, walking, bike: false };
        let homes = [Some(at(0.0)), Some(at(0.01))];
        for column in compute(&net, &homes, &[Some(at(0.02))], &options).iter().flatten() {
            for s in 0..homes.len() {
                if let Some(secs) = column.secs(s) {
                    let legs: i32 = leg_minutes(column.legs(s)).map(|l| l.1).sum();
                    assert_eq!(legs, minutes(secs), "the legs add up");
                }
            }
        }
    }
    common::assert_located(problems.iter());
});
