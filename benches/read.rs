//! `cargo bench --bench read` (or `bash scripts/bench.sh read`): reads and validates a
//! national instance, 20,000 students and 400 schools with a 40 MB travel.csv (a third of
//! the pairs; the rest estimated from coordinates), and reports time and peak memory.
//! Target: under 5 s and under 1 GB. Writes target/bench/read.md.

use stageplan::bench::proc::peak_mb;
use std::io::{BufRead, BufWriter, Write};
use std::path::Path;
use std::time::Instant;

/// Writes the instance with the binary (so its memory is not counted here), then keeps
/// every third travel row, streamed.
fn national(dir: &Path) {
    if dir.join("travel.csv").is_file() {
        return;
    }
    let full = dir.with_extension("full");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_stageplan"))
        .args([
            "generate",
            "--students",
            "20000",
            "--schools",
            "400",
            "--seed",
            "9",
            "--out",
        ])
        .arg(&full)
        .status()
        .expect("run stageplan generate");
    assert!(status.success());
    std::fs::create_dir_all(dir).expect("instance folder");
    for f in ["schools.csv", "supervisors.csv", "students.csv"] {
        std::fs::copy(full.join(f), dir.join(f)).expect("copy");
    }
    let input = std::io::BufReader::new(std::fs::File::open(full.join("travel.csv")).unwrap());
    let mut out = BufWriter::new(std::fs::File::create(dir.join("travel.csv")).unwrap());
    for (i, line) in input.lines().enumerate() {
        if i == 0 || i % 3 == 0 {
            writeln!(out, "{}", line.unwrap()).unwrap();
        }
    }
    out.flush().unwrap();
    std::fs::remove_dir_all(full).ok();
}

fn main() {
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench");
    let dir = out.join("national-20000");
    national(&dir);
    let travel_mb = std::fs::metadata(dir.join("travel.csv")).map_or(0.0, |m| m.len() as f64 / 1e6);
    let before = peak_mb(None).unwrap_or(0.0);
    let started = Instant::now();
    let loaded = stageplan::input::load(&dir, None)
        .unwrap_or_else(|p| panic!("the national instance is valid: {:?}", &p[..p.len().min(3)]));
    let seconds = started.elapsed().as_secs_f64();
    let peak = peak_mb(None).unwrap_or(0.0);
    let estimated = (0..loaded.instance.students.len())
        .flat_map(|s| (0..loaded.instance.schools.len()).map(move |c| (s, c)))
        .filter(|&(s, c)| loaded.instance.travel.is_estimated(s, c))
        .count();
    let md = format!(
        "| instance | travel.csv | read and validated in | peak memory | pairs estimated from coordinates |\n|---|---|---|---|---|\n| {} students, {} schools, {} WPBs | {travel_mb:.1} MB | {seconds:.2} s | {peak:.0} MB (before reading: {before:.0} MB) | {estimated} |\n",
        loaded.instance.students.len(),
        loaded.instance.schools.len(),
        loaded.instance.supervisors.len(),
    );
    std::fs::create_dir_all(&out).expect("target/bench");
    std::fs::write(out.join("read.md"), &md).expect("write read.md");
    println!("{md}");
}
