//! `cargo bench --bench travel` (or `bash scripts/bench.sh travel`): `stageplan travel` on
//! the synthetic feed of `generate --gtfs` (about 19,000 stops and a million stop times),
//! for the HOS size (300 students, 10 schools) and a national instance (20,000 students,
//! 400 schools: 8 million pairs). Targets of issue 18: under 2 s and under 60 s, under
//! 2 GB. Writes target/bench/travel.md with wall time and peak memory.

use stageplan::bench::proc::{cpu_seconds, peak_mb};
use stageplan::transit::geo::Walking;
use stageplan::transit::{matrix, run, TravelRun};
use std::path::Path;
use std::time::Instant;

/// The load average over the last minute: how busy the machine was.
fn load() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .unwrap_or_default()
        .split_whitespace()
        .next()
        .unwrap_or("?")
        .to_string()
}

/// Writes the instance and its feed with the binary (so that their memory is not counted
/// here), without a travel.csv of its own.
fn generated(dir: &Path, students: usize, schools: usize, seed: u64) {
    if dir.join("feed.zip").is_file() {
        return;
    }
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_stageplan"))
        .args(["generate", "--travel", "coords", "--gtfs", "--students"])
        .arg(students.to_string())
        .arg("--schools")
        .arg(schools.to_string())
        .arg("--seed")
        .arg(seed.to_string())
        .arg("--out")
        .arg(dir)
        .status()
        .expect("run stageplan generate");
    assert!(status.success());
}

/// One run: a table row. Runs go smallest first, so that each peak is its own.
fn measure(dir: &Path, label: &str) -> String {
    let out = dir.join("travel.csv");
    let run_ = TravelRun {
        instance: dir,
        gtfs: &dir.join("feed.zip"),
        out: &out,
        postcodes: None,
        date: jiff::civil::Date::new(2026, 12, 1).expect("a date"),
        options: matrix::Options {
            arrive_by: 8 * 3600 + 30 * 60,
            walking: Walking {
                kmh: 5.0,
                max_m: 1500.0,
            },
            bike: false,
        },
        summary: true,
    };
    let before = peak_mb(None).unwrap_or(0.0);
    let (started, cpu) = (Instant::now(), cpu_seconds());
    let done = run(&run_).unwrap_or_else(|e| panic!("travel runs: {e:?}"));
    let seconds = started.elapsed().as_secs_f64();
    let cpu = cpu_seconds() - cpu;
    let peak = peak_mb(None).unwrap_or(0.0);
    let mb = std::fs::metadata(&out).map_or(0.0, |m| m.len() as f64 / 1e6);
    format!(
        "| {label} | {} stops, {} trips, {} rides | {:.2} s | {:.2} s | {:.2} s | {cpu:.1} s | {} | {peak:.0} MB (before: {before:.0} MB) | {} / {} | {mb:.1} MB |\n",
        done.stops,
        done.trips,
        done.rides,
        done.feed_seconds,
        done.search_seconds,
        seconds,
        load(),
        done.written.reached,
        done.written.none,
    )
}

fn main() {
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench");
    let hos = out.join("travel-hos");
    let national = out.join("travel-20000");
    generated(&hos, 300, 10, 2025);
    generated(&national, 20_000, 400, 9);
    let feed_mb =
        std::fs::metadata(national.join("feed.zip")).map_or(0.0, |m| m.len() as f64 / 1e6);
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut md = format!(
        "{threads} threads; the synthetic feed of `generate --gtfs` ({feed_mb:.1} MB zip), date 2026-12-01, arrive by 08:30, walks up to 1,500 m.\n\n\
         | instance | timetable of the date | feed read | searches and best stops | wall time | CPU time | load | peak memory | pairs with / without a journey | travel.csv |\n|---|---|---|---|---|---|---|---|---|---|\n"
    );
    md += &measure(&hos, "300 students, 10 schools");
    md += &measure(&national, "20000 students, 400 schools");
    std::fs::create_dir_all(&out).expect("target/bench");
    std::fs::write(out.join("travel.md"), &md).expect("write travel.md");
    println!("{md}");
}
