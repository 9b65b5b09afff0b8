//! `stageplan travel` through the binary: a small feed of a real kind (The Hague: train,
//! tram and bus, with a postcode table), then `solve` on its travel.csv; the synthetic
//! feed of `generate --gtfs`; and bad feeds, which write nothing.

mod common;

use common::{csv_rows, folder, read, solve, stageplan, MODEL};
use stageplan::transit::synthetic::zip_bytes;
use std::path::{Path, PathBuf};

const STOPS: &str = "stop_id,stop_name,stop_lat,stop_lon,location_type
DT,Delft,52.006700,4.356600,0
HS,Den Haag HS,52.069500,4.322200,0
HST,Den Haag HS (tram),52.070100,4.321700,0
DHC,Den Haag Centraal,52.080800,4.324800,0
SPUI,Spui,52.077500,4.318800,0
BRG,Brouwersgracht,52.071600,4.306000,0
ZPK,Zuiderpark,52.057900,4.287900,0
KKD,Kijkduin,52.070000,4.224000,0
SGL,Segbroeklaan,52.074000,4.247000,0
STH,Stadhuis,52.077000,4.313500,0
";

/// Trips every `every` minutes from `from` to `until` (HH:MM) along `calls` (stop,
/// minutes from the first stop): trips.txt and stop_times.txt rows.
fn trips(
    route: &str,
    calls: &[(&str, u32)],
    from: u32,
    until: u32,
    every: u32,
) -> (String, String) {
    let (mut trips, mut times) = (String::new(), String::new());
    let mut start = from;
    while start <= until {
        let id = format!("{route}-{start}");
        trips += &format!("{route},WD,{id}\n");
        for (k, (stop, m)) in calls.iter().enumerate() {
            let t = start + m;
            let hms = format!("{:02}:{:02}:00", t / 60, t % 60);
            times += &format!("{id},{hms},{hms},{stop},{}\n", k + 1);
        }
        start += every;
    }
    (trips, times)
}

/// The Hague feed: sprinters Delft - Den Haag HS, tram 9 and bus 23 both ways.
fn hague_feed() -> Vec<(&'static str, String)> {
    let lines = [
        trips("IC", &[("DT", 0), ("HS", 8)], 7 * 60 + 2, 8 * 60 + 30, 15),
        trips(
            "9",
            &[
                ("DHC", 0),
                ("SPUI", 3),
                ("HST", 7),
                ("BRG", 10),
                ("ZPK", 15),
            ],
            7 * 60,
            8 * 60 + 30,
            10,
        ),
        trips(
            "9R",
            &[
                ("ZPK", 0),
                ("BRG", 5),
                ("HST", 8),
                ("SPUI", 12),
                ("DHC", 15),
            ],
            7 * 60 + 5,
            8 * 60 + 30,
            10,
        ),
        trips(
            "23",
            &[("KKD", 0), ("SGL", 5), ("STH", 14), ("DHC", 19)],
            7 * 60 + 1,
            8 * 60 + 30,
            15,
        ),
        trips(
            "23R",
            &[("DHC", 0), ("STH", 5), ("SGL", 14), ("KKD", 19)],
            7 * 60 + 8,
            8 * 60 + 30,
            15,
        ),
    ];
    let trips_txt = "route_id,service_id,trip_id\n".to_string()
        + &lines.iter().map(|l| l.0.as_str()).collect::<String>();
    let times_txt = "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n".to_string()
        + &lines.iter().map(|l| l.1.as_str()).collect::<String>();
    vec![
        ("agency.txt", "agency_id,agency_name,agency_url,agency_timezone\nHTM,HTM,https://example.org,Europe/Amsterdam\n".into()),
        ("stops.txt", STOPS.into()),
        ("routes.txt", "route_id,agency_id,route_short_name,route_long_name,route_type\nIC,HTM,Sprinter,Delft - Den Haag HS,2\n9,HTM,9,,0\n9R,HTM,9,,0\n23,HTM,23,,3\n23R,HTM,23,,3\n".into()),
        ("trips.txt", trips_txt),
        ("calendar.txt", "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\nWD,1,1,1,1,1,0,0,20260101,20271231\n".into()),
        ("calendar_dates.txt", "service_id,date,exception_type\nWD,20261225,2\n".into()),
        ("transfers.txt", "from_stop_id,to_stop_id,transfer_type,min_transfer_time\nHS,HS,2,180\nHS,HST,2,240\n".into()),
        ("stop_times.txt", times_txt),
    ]
}

/// Students near Delft station (by postcode), Spui and Kijkduin, one with an unknown
/// postcode; schools Segbroek and Diamant (Diamant by postcode).
fn hague_instance(dir: &Path) -> PathBuf {
    folder(
        dir,
        "hague",
        &[
            ("model.toml", MODEL),
            (
                "schools.csv",
                "school_id,name,types,postcode,lat,lon\nSEGB,Segbroek College,havo,,52.0720,4.2420\nDIAM,Diamant College,vmbo,2525 EN,,\n",
            ),
            (
                "supervisors.csv",
                "wpb_id,name,school_id,subjects,days,max_students\nW1,Anna,SEGB,biologie,ma,2\nW2,Bert,DIAM,biologie,ma,2\n",
            ),
            (
                "students.csv",
                "student_id,name,track,subject,postcode,lat,lon\nST1,Delft Student,T1,biologie,2611 AB,,\nST2,Spui Student,T1,biologie,,52.0760,4.3200\nST3,Lost Student,T1,biologie,9999 ZZ,,\nST4,Kijkduin Student,T1,biologie,,52.0705,4.2260\n",
            ),
            ("postcodes.csv", "postcode;lat;lon\n2611AB;52,0100;4,3600\n2525EN;52,0560;4,2810\n"),
        ],
    )
}

/// `travel INSTANCE --gtfs FEED --out OUT ARGS…`, run, for the caller to assert its exit.
fn travel_with(
    instance: &Path,
    feed: &Path,
    out: &Path,
    args: &[&str],
) -> assert_cmd::assert::Assert {
    stageplan()
        .arg("travel")
        .arg(instance)
        .arg("--gtfs")
        .arg(feed)
        .arg("--out")
        .arg(out)
        .args(args)
        .assert()
}

/// `travel` on the school day of the feed, with the instance's own postcodes.
/// The Hague instance in `dir`, and beside it the feed `name` zipped from `files`.
fn hague_with_feed(dir: &Path, name: &str, files: &[(&str, String)]) -> (PathBuf, PathBuf) {
    let inst = hague_instance(dir);
    let feed = dir.join(name);
    std::fs::write(&feed, zip_bytes(files).unwrap()).unwrap();
    (inst, feed)
}

fn travel(instance: &Path, feed: &Path, out: &Path) -> assert_cmd::assert::Assert {
    let postcodes = instance.join("postcodes.csv");
    let postcodes = postcodes.to_str().expect("a UTF-8 path");
    travel_with(
        instance,
        feed,
        out,
        &["--date", "2026-12-01", "--postcodes", postcodes],
    )
}

#[test]
fn travel_then_solve_on_a_hand_made_feed_of_the_hague() {
    let dir = tempfile::tempdir().unwrap();
    let (inst, feed) = hague_with_feed(dir.path(), "hague.zip", &hague_feed());
    let out = inst.join("travel.csv");
    let done = travel(&inst, &feed, &out).success();
    let stderr = String::from_utf8_lossy(&done.get_output().stderr).to_string();
    // The unknown postcode is named by its cell; its student gets no rows.
    common::has_all(&stderr, &["students.csv:4:5: warning W061"]);
    common::has_all(&stderr, &["students.csv:4:1: warning W062"]);
    let rows = csv_rows(&read(&out));
    let pairs: Vec<(String, String)> = rows
        .iter()
        .map(|r| (r["student_id"].clone(), r["school_id"].clone()))
        .collect();
    let expected: Vec<(String, String)> = ["ST1", "ST2", "ST4"]
        .iter()
        .flat_map(|s| ["SEGB", "DIAM"].map(|c| (s.to_string(), c.to_string())))
        .collect();
    assert_eq!(
        pairs, expected,
        "every located pair, by student then school"
    );
    // Delft to Diamant: walk, sprinter to HS, walk to the tram, tram 9, walk.
    let delft = &rows[1];
    assert_eq!(delft["lines"], "train Sprinter|tram 9");
    assert_eq!(delft["transfers"], "1");
    let legs: Vec<&str> = delft["legs"].split('|').collect();
    assert!(
        legs[0].starts_with("walk") && legs.last().unwrap().starts_with("walk"),
        "{legs:?}"
    );
    let total: u32 = legs
        .iter()
        .map(|l| l.rsplit(' ').next().unwrap().parse::<u32>().unwrap())
        .sum();
    assert_eq!(delft["minutes"], total.to_string(), "the legs add up");
    // The solver reads this travel.csv (its extra columns ignored) and plans with it.
    let plan_dir = dir.path().join("plan");
    solve(&inst, &plan_dir);
    let plan = csv_rows(&read(&plan_dir.join("plan.csv")));
    assert!(!plan.is_empty());
    for p in &plan {
        let Some(row) = rows
            .iter()
            .find(|r| r["student_id"] == p["student_id"] && r["school_id"] == p["school_id"])
        else {
            assert_eq!(p["student_id"], "ST3", "only the lost student has no row");
            continue;
        };
        assert_eq!(p["travel_minutes"], row["minutes"]);
        assert_eq!(p["travel_estimated"], "no");
    }
    // explain tells the placed student's journey.
    let placed = plan.iter().find(|p| p["student_id"] == "ST1").unwrap();
    let explained = stageplan()
        .arg("explain")
        .arg(&inst)
        .args(["--student", "ST1", "--plan"])
        .arg(plan_dir.join("plan.csv"))
        .assert()
        .success();
    let text = String::from_utf8_lossy(&explained.get_output().stdout).to_string();
    let line = rows
        .iter()
        .find(|r| r["student_id"] == "ST1" && r["school_id"] == placed["school_id"])
        .unwrap();
    let expected = format!("Journey: {} min: ", line["minutes"]);
    assert!(text.contains(&expected), "{text}");
    let report = read(&plan_dir.join("report.html"));
    assert!(report.contains("<section id=journeys>"));
}

#[test]
fn the_synthetic_feed_of_generate_gives_every_pair_a_row_the_same_every_run() {
    let (dir, inst) = common::scratch("gen");
    stageplan()
        .args([
            "generate",
            "--students",
            "30",
            "--schools",
            "3",
            "--seed",
            "5",
            "--gtfs",
            "--out",
        ])
        .arg(&inst)
        .assert()
        .success();
    std::fs::remove_file(inst.join("travel.csv")).unwrap();
    let run = |out: &Path, extra: &[&str]| {
        let args = [&["--date", "2026-12-01", "--quiet"], extra].concat();
        travel_with(&inst, &inst.join("feed.zip"), out, &args).success();
    };
    let (a, b, c) = (
        dir.path().join("a.csv"),
        inst.join("travel.csv"),
        dir.path().join("c.csv"),
    );
    run(&a, &[]);
    run(&b, &[]);
    run(&c, &["--no-summary"]);
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    let rows = csv_rows(&read(&b));
    assert_eq!(rows.len(), 90);
    let reached = rows.iter().filter(|r| !r["minutes"].is_empty()).count();
    assert!(reached > 80, "most pairs have a journey: {reached}");
    // Without the summary: FORMAT.md's three columns, the same minutes.
    let short = csv_rows(&read(&c));
    assert_eq!(short[0].len(), 3);
    let minutes = |rows: &[std::collections::BTreeMap<String, String>]| -> Vec<String> {
        rows.iter().map(|r| r["minutes"].clone()).collect()
    };
    assert_eq!(minutes(&short), minutes(&rows));
    solve(&inst, &dir.path().join("plan"));
}

fn bad_feed(name: &str, files: Vec<(&'static str, String)>) -> (String, i32, bool) {
    let dir = tempfile::tempdir().unwrap();
    let (inst, feed) = hague_with_feed(dir.path(), name, &files);
    let out = dir.path().join("travel.csv");
    std::fs::write(&out, "kept").unwrap();
    let done = travel(&inst, &feed, &out);
    let output = done.get_output();
    let stderr = String::from_utf8_lossy(&output.stderr).to_string();
    let untouched = read(&out) == "kept";
    (stderr, output.status.code().unwrap_or(-1), untouched)
}

/// `bad_feed` of the Hague feed with the first `from` in stop_times.txt made `to`.
fn bad_stop_times(from: &str, to: &str) -> (String, i32, bool) {
    let mut files = hague_feed();
    let times = files.iter_mut().find(|f| f.0 == "stop_times.txt").unwrap();
    times.1 = times.1.replacen(from, to, 1);
    bad_feed("feed.zip", files)
}

#[test]
fn a_bad_time_in_stop_times_is_named_by_file_line_and_column_and_nothing_is_written() {
    let (stderr, code, untouched) = bad_stop_times("07:10:00,07:10:00", "07:1O:00,07:10:00");
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("feed.zip/stop_times.txt:"), "{stderr}");
    assert!(stderr.contains(":2: error E063"), "{stderr}");
    assert!(stderr.contains("07:1O:00"), "{stderr}");
    assert!(untouched);
}

#[test]
fn a_feed_without_stops_or_with_unknown_stops_is_refused() {
    let mut files = hague_feed();
    files.retain(|f| f.0 != "stops.txt");
    let (stderr, code, untouched) = bad_feed("feed.zip", files);
    assert_eq!(code, 1);
    common::has_all(&stderr, &["feed.zip/stops.txt:1:1: error E061"]);
    assert!(untouched);
    let (stderr, code, untouched) = bad_stop_times(",SPUI,", ",NOWHERE,");
    assert_eq!(code, 1);
    assert!(stderr.contains("error E064"), "{stderr}");
    assert!(untouched);
}

#[test]
fn a_trip_that_goes_back_in_time_is_refused_at_its_line() {
    // The first sprinter reaches HS before it leaves Delft.
    let (stderr, code, untouched) = bad_stop_times("07:10:00,07:10:00,HS", "06:10:00,06:10:00,HS");
    assert_eq!(code, 1);
    common::has_all(&stderr, &["feed.zip/stop_times.txt:3:1: error E065"]);
    assert!(untouched);
}

#[test]
fn a_date_outside_the_calendar_and_a_file_that_is_no_zip_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (inst, feed) = hague_with_feed(dir.path(), "hague.zip", &hague_feed());
    let out = dir.path().join("travel.csv");
    let christmas = travel_with(&inst, &feed, &out, &["--date", "2030-06-03"]).code(1);
    let stderr = String::from_utf8_lossy(&christmas.get_output().stderr).to_string();
    assert!(
        stderr.contains("E066") && stderr.contains("2026-01-01"),
        "{stderr}"
    );
    assert!(!out.exists());
    let not_zip = dir.path().join("feed.zip");
    std::fs::write(&not_zip, "this is not a zip").unwrap();
    let refused = travel_with(&inst, &not_zip, &out, &["--date", "2026-12-01"]).code(1);
    let stderr = String::from_utf8_lossy(&refused.get_output().stderr).to_string();
    assert!(stderr.contains("feed.zip:1:1: error E060"), "{stderr}");
    assert!(!out.exists());
    travel_with(&inst, &feed, &out, &["--date", "1 december"]).code(2);
    travel_with(&inst, &feed, &out, &["--max-walk-m", "1e9"]).code(2);
    assert!(!out.exists());
}
