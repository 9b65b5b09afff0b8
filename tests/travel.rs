//! Hand-made GTFS feeds, each for one thing the travel search must get right: the change
//! time and footpaths of transfers.txt, a trip that runs only on some dates, a trip past
//! midnight, a stop with no service, walking only, equal departures, and the bike.

use stageplan::domain::Location;
use stageplan::input::problem::Problems;
use stageplan::transit::feed;
use stageplan::transit::geo::{Secs, Walking};
use stageplan::transit::journey::{kind_word, minutes, shown_legs};
use stageplan::transit::matrix::{compute, Options};
use stageplan::transit::network::Network;

const WALKING: Walking = Walking {
    kmh: 5.0,
    max_m: 1500.0,
};

/// A place `east` and `north` km from a point in The Hague.
fn at(east: f64, north: f64) -> Location {
    Location {
        lat: 52.0 + north / 111.2,
        lon: 4.3 + east / (111.2 * 52.0f64.to_radians().cos()),
    }
}

/// A stops.txt row.
fn stop(id: &str, l: Location) -> String {
    format!("{id},{id},{:.7},{:.7}\n", l.lat, l.lon)
}

const ROUTES: &str = "route_id,route_short_name,route_type\nbus,23,3\ntram,9,0\ntrain,IC,2\n";
const WEEKDAYS: &str = "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\nWD,1,1,1,1,1,0,0,20260101,20271231\n";

/// A feed folder of `files` (stops.txt, trips.txt, stop_times.txt rows without headers;
/// routes and calendar as given), read for `date` and built for the default walking.
fn network(files: &[(&str, String)], date: (i16, i8, i8)) -> Network {
    let dir = tempfile::tempdir().unwrap();
    let headers = [
        ("stops.txt", "stop_id,stop_name,stop_lat,stop_lon\n"),
        ("trips.txt", "trip_id,route_id,service_id\n"),
        (
            "stop_times.txt",
            "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n",
        ),
        (
            "transfers.txt",
            "from_stop_id,to_stop_id,transfer_type,min_transfer_time\n",
        ),
    ];
    for (name, text) in files {
        let header = headers.iter().find(|h| h.0 == *name).map_or("", |h| h.1);
        std::fs::write(dir.path().join(name), format!("{header}{text}")).unwrap();
    }
    if !files.iter().any(|f| f.0 == "routes.txt") {
        std::fs::write(dir.path().join("routes.txt"), ROUTES).unwrap();
    }
    if !files.iter().any(|f| f.0.starts_with("calendar")) {
        std::fs::write(dir.path().join("calendar.txt"), WEEKDAYS).unwrap();
    }
    let mut problems = Problems::default();
    let date = jiff::civil::Date::new(date.0, date.1, date.2).unwrap();
    let feed = feed::read(dir.path(), date, &mut problems);
    assert!(
        !problems.has_errors(),
        "{:?}",
        problems.iter().collect::<Vec<_>>()
    );
    Network::build(feed.unwrap(), &WALKING)
}

const TUESDAY: (i16, i8, i8) = (2026, 12, 1);

/// Minutes and legs (`walk 2|bus 8|...`) of the journey from `home` to `school`.
fn journey(
    net: &Network,
    home: Location,
    school: Location,
    by: Secs,
    bike: bool,
) -> Option<(Secs, String)> {
    let options = Options {
        arrive_by: by,
        walking: WALKING,
        bike,
    };
    let columns = compute(net, &[Some(home)], &[Some(school)], &options);
    let column = columns[0].as_ref().unwrap();
    let legs: Vec<String> = shown_legs(column.legs(0))
        .map(|(k, m)| format!("{} {m}", kind_word(k, &net.lines)))
        .collect();
    column.secs(0).map(|s| (minutes(s), legs.join("|")))
}

const HALF_EIGHT: Secs = 8 * 3600 + 30 * 60;

/// Home at stop h, a change at x 2 km on, the school at stop s 4 km from home.
fn change_feed(transfers: &str, train: bool) -> Network {
    let mut stops = stop("h", at(0.0, 0.0)) + &stop("x", at(2.0, 0.0)) + &stop("s", at(4.0, 0.0));
    stops += &stop("y", at(2.0, 0.6));
    let mut trips = "b1,bus,WD\nt2,tram,WD\nt3,tram,WD\n".to_string();
    let mut times = "b1,07:50:00,07:50:00,h,1\nb1,08:00:00,08:00:00,x,2\n\
                     t2,08:03:00,08:03:00,x,1\nt2,08:10:00,08:10:00,s,2\n\
                     t3,08:12:00,08:12:00,x,1\nt3,08:19:00,08:19:00,s,2\n"
        .to_string();
    if train {
        trips += "r4,train,WD\n";
        times += "r4,08:06:00,08:06:00,y,1\nr4,08:12:00,08:12:00,s,2\n";
    }
    network(
        &[
            ("stops.txt", stops),
            ("trips.txt", trips),
            ("stop_times.txt", times),
            ("transfers.txt", transfers.to_string()),
        ],
        TUESDAY,
    )
}

#[test]
fn a_change_takes_the_min_transfer_time_of_transfers_txt() {
    let (home, school) = (at(0.0, 0.0), at(4.0, 0.0));
    // A minute by default: the 08:03 tram is caught.
    let quick = change_feed("", false);
    assert_eq!(
        journey(&quick, home, school, HALF_EIGHT, false),
        Some((20, "bus 10|wait 3|tram 7".into()))
    );
    // Five minutes at x: the 08:03 tram is gone, the 08:12 one is taken.
    let slow = change_feed("x,x,2,300\n", false);
    assert_eq!(
        journey(&slow, home, school, HALF_EIGHT, false),
        Some((29, "bus 10|wait 12|tram 7".into()))
    );
    // No change at all at x: nothing reaches the school.
    let none = change_feed("x,x,3,\n", false);
    assert_eq!(journey(&none, home, school, HALF_EIGHT, false), None);
}

#[test]
fn a_footpath_of_transfers_txt_joins_stops_too_far_apart_to_walk_between_by_default() {
    let (home, school) = (at(0.0, 0.0), at(4.0, 0.0));
    // y is 600 m from x (780 m along streets): no footpath of its own.
    let without = change_feed("", true);
    assert_eq!(
        journey(&without, home, school, HALF_EIGHT, false).map(|j| j.0),
        Some(20)
    );
    let with = change_feed("x,x,2,300\nx,y,2,240\n", true);
    assert_eq!(
        journey(&with, home, school, HALF_EIGHT, false),
        Some((22, "bus 10|walk 4|wait 2|train 6".into()))
    );
}

/// A regular trip (10 minutes) and one added on 1 December only (5 minutes); the regular
/// service does not run on 3 December.
fn dated_feed(date: (i16, i8, i8)) -> Network {
    let stops = stop("h", at(0.0, 0.0)) + &stop("s", at(3.0, 0.0)) + &stop("far", at(20.0, 0.0));
    network(
        &[
            ("stops.txt", stops),
            (
                "trips.txt",
                "r1,bus,WD\ne1,bus,EXTRA\nother,bus,ALL\n".into(),
            ),
            (
                "stop_times.txt",
                "r1,08:00:00,08:00:00,h,1\nr1,08:10:00,08:10:00,s,2\n\
                 e1,08:15:00,08:15:00,h,1\ne1,08:20:00,08:20:00,s,2\n\
                 other,09:00:00,09:00:00,far,1\nother,09:05:00,09:05:00,far,2\n"
                    .into(),
            ),
            (
                "calendar.txt",
                format!("{WEEKDAYS}ALL,1,1,1,1,1,1,1,20260101,20271231\n"),
            ),
            (
                "calendar_dates.txt",
                "service_id,date,exception_type\nEXTRA,20261201,1\nWD,20261203,2\n".into(),
            ),
        ],
        date,
    )
}

#[test]
fn a_trip_runs_only_on_the_dates_of_calendar_dates() {
    let (home, school) = (at(0.0, 0.0), at(3.0, 0.0));
    let on = |date| journey(&dated_feed(date), home, school, HALF_EIGHT, false).map(|j| j.0);
    assert_eq!(on((2026, 12, 1)), Some(5), "the added trip");
    assert_eq!(on((2026, 12, 2)), Some(10), "the regular trip");
    assert_eq!(on((2026, 12, 3)), None, "the regular service is removed");
}

#[test]
fn a_trip_past_midnight_runs_in_the_small_hours_of_the_next_date() {
    let net = |date| {
        network(
            &[
                ("stops.txt", stop("h", at(0.0, 0.0)) + &stop("s", at(5.0, 0.0))),
                ("trips.txt", "n1,bus,NIGHT\n".into()),
                (
                    "stop_times.txt",
                    "n1,24:40:00,24:40:00,h,1\nn1,25:10:00,25:10:00,s,2\n".into(),
                ),
                (
                    "calendar.txt",
                    "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\nNIGHT,1,0,0,0,0,0,0,20260101,20271231\n".into(),
                ),
            ],
            date,
        )
    };
    let (home, school) = (at(0.0, 0.0), at(5.0, 0.0));
    // Monday night's trip: Tuesday 00:40 to 01:10.
    let tuesday = journey(&net(TUESDAY), home, school, 2 * 3600, false);
    assert_eq!(tuesday, Some((30, "bus 30".into())));
    let wednesday = journey(&net((2026, 12, 2)), home, school, 2 * 3600, false);
    assert_eq!(wednesday, None, "Tuesday night has no trip");
}

#[test]
fn a_home_near_only_a_stop_without_service_has_no_journey() {
    let stops = stop("h", at(0.0, 0.0)) + &stop("s", at(6.0, 0.0)) + &stop("z", at(0.0, 5.0));
    let net = network(
        &[
            ("stops.txt", stops),
            ("trips.txt", "b1,bus,WD\n".into()),
            (
                "stop_times.txt",
                "b1,08:00:00,08:00:00,h,1\nb1,08:10:00,08:10:00,s,2\n".into(),
            ),
        ],
        TUESDAY,
    );
    let school = at(6.0, 0.0);
    assert_eq!(journey(&net, at(0.0, 5.0), school, HALF_EIGHT, false), None);
    assert_eq!(
        journey(&net, at(0.0, 0.0), school, HALF_EIGHT, false).map(|j| j.0),
        Some(10)
    );
}

#[test]
fn a_school_within_walking_distance_is_walked_to() {
    let net = network(
        &[
            ("stops.txt", stop("far", at(9.0, 9.0))),
            ("trips.txt", "b1,bus,WD\n".into()),
            (
                "stop_times.txt",
                "b1,08:00:00,08:00:00,far,1\nb1,08:10:00,08:10:00,far,2\n".into(),
            ),
        ],
        TUESDAY,
    );
    // 500 m is 650 m along streets: 468 s at 5 km/h.
    let walk = journey(&net, at(0.0, 0.0), at(0.5, 0.0), HALF_EIGHT, false);
    assert_eq!(walk, Some((8, "walk 8".into())));
    // 1.5 km is beyond the longest walk: no journey.
    assert_eq!(
        journey(&net, at(0.0, 0.0), at(1.5, 0.0), HALF_EIGHT, false),
        None
    );
}

#[test]
fn of_two_ways_that_leave_home_at_the_same_moment_the_one_that_arrives_first_counts() {
    let here = at(0.0, 0.0);
    let stops = stop("p", here) + &stop("q", here) + &stop("s", at(6.0, 0.0));
    let net = network(
        &[
            ("stops.txt", stops),
            ("trips.txt", "slow,bus,WD\nfast,tram,WD\n".into()),
            (
                "stop_times.txt",
                "slow,08:00:00,08:00:00,p,1\nslow,08:20:00,08:20:00,s,2\n\
                 fast,08:00:00,08:00:00,q,1\nfast,08:12:00,08:12:00,s,2\n"
                    .into(),
            ),
        ],
        TUESDAY,
    );
    assert_eq!(
        journey(&net, here, at(6.0, 0.0), HALF_EIGHT, false),
        Some((12, "tram 12".into()))
    );
}

#[test]
fn the_bike_counts_when_it_is_faster() {
    let net = network(
        &[
            (
                "stops.txt",
                stop("h", at(0.0, 0.0)) + &stop("s", at(3.0, 0.0)),
            ),
            ("trips.txt", "b1,bus,WD\n".into()),
            (
                "stop_times.txt",
                "b1,07:40:00,07:40:00,h,1\nb1,08:20:00,08:20:00,s,2\n".into(),
            ),
        ],
        TUESDAY,
    );
    let (home, school) = (at(0.0, 0.0), at(3.0, 0.0));
    assert_eq!(
        journey(&net, home, school, HALF_EIGHT, false).map(|j| j.0),
        Some(40)
    );
    // 3 km is 3.9 km by bike: 936 s at 15 km/h.
    assert_eq!(
        journey(&net, home, school, HALF_EIGHT, true),
        Some((16, "bike 16".into()))
    );
    // Far away the bus wins.
    let far = at(30.0, 0.0);
    let bus_far = network(
        &[
            ("stops.txt", stop("h", home) + &stop("s", far)),
            ("trips.txt", "b1,train,WD\n".into()),
            (
                "stop_times.txt",
                "b1,07:40:00,07:40:00,h,1\nb1,08:10:00,08:10:00,s,2\n".into(),
            ),
        ],
        TUESDAY,
    );
    assert_eq!(
        journey(&bus_far, home, far, HALF_EIGHT, true).map(|j| j.0),
        Some(30)
    );
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]

    /// Whatever the files of a feed hold, reading it gives a network or problems, never a
    /// panic: cells from an alphabet of digits, separators, quotes and line breaks, under
    /// the real headers (so that the rows are read, not refused at the header).
    #[test]
    fn a_feed_of_garbage_is_refused_or_read_never_a_panic(
        cells in proptest::collection::vec("[0-9a-c:,\"\\n .-]{0,12}", 6..40),
        date in 1i8..28,
    ) {
        let files = [
            ("stops.txt", "stop_id,stop_name,stop_lat,stop_lon,location_type\n"),
            ("routes.txt", "route_id,route_short_name,route_type\n"),
            ("trips.txt", "trip_id,route_id,service_id\n"),
            ("calendar.txt", "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"),
            ("calendar_dates.txt", "service_id,date,exception_type\n"),
            ("transfers.txt", "from_stop_id,to_stop_id,transfer_type,min_transfer_time\n"),
            ("stop_times.txt", "trip_id,arrival_time,departure_time,stop_id,stop_sequence,pickup_type,drop_off_type\n"),
        ];
        let dir = tempfile::tempdir().unwrap();
        for (i, (name, header)) in files.iter().enumerate() {
            let body: Vec<&str> = cells.iter().skip(i).step_by(files.len()).map(String::as_str).collect();
            std::fs::write(dir.path().join(name), format!("{header}{}\n", body.join(","))).unwrap();
        }
        let mut problems = Problems::default();
        let day = jiff::civil::Date::new(2026, 12, date).unwrap();
        if let Some(feed) = feed::read(dir.path(), day, &mut problems) {
            let net = Network::build(feed, &WALKING);
            let _ = journey(&net, at(0.0, 0.0), at(1.0, 0.0), HALF_EIGHT, true);
        }
    }
}
