//! The tools that run as child processes: `stageplan solve` and the Python peers. Each
//! child's peak memory is its kernel high-water mark (VmHWM), read every 20 ms while it runs.

use super::table::Row;
use serde::Deserialize;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A peer: its script in `benches/peers`, its name in the table, and the Python module
/// it needs.
pub struct Peer {
    pub script: &'static str,
    pub tool: &'static str,
    pub module: &'static str,
}

/// The two peers of the issue, each in its own process (highspy and ortools clash in one).
pub const PEERS: [Peer; 2] = [
    Peer {
        script: "plain_mip.py",
        tool: "plain MIP (highspy, 2 threads)",
        module: "highspy",
    },
    Peer {
        script: "cpsat.py",
        tool: "CP-SAT (ortools, 2 workers)",
        module: "ortools",
    },
];

/// Wall seconds a child may take beyond its solver's time limit (reading, building,
/// writing) before the bench stops it.
const GRACE_SECONDS: f64 = 300.0;

/// Runs `command`, sampling its peak memory, and stops it `GRACE_SECONDS` after
/// `time_limit`; its output (`None` when stopped), wall seconds and peak MB.
fn run(
    mut command: Command,
    time_limit: f64,
) -> std::io::Result<(Option<std::process::Output>, f64, Option<f64>)> {
    let started = Instant::now();
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let pid = child.id();
    let stdout = child.stdout.take();
    let stderr = child.stderr.take();
    // Pipes are drained on threads so that a chatty child never blocks on a full pipe.
    let out = std::thread::spawn(move || read_all(stdout));
    let err = std::thread::spawn(move || read_all(stderr));
    let mut peak: Option<f64> = None;
    let status = loop {
        if let Some(mb) = super::proc::peak_mb(Some(pid)) {
            peak = Some(peak.map_or(mb, |p: f64| p.max(mb)));
        }
        if let Some(status) = child.try_wait()? {
            break Some(status);
        }
        if started.elapsed().as_secs_f64() > time_limit + GRACE_SECONDS {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let seconds = started.elapsed().as_secs_f64();
    let stdout = out.join().unwrap_or_default();
    let stderr = err.join().unwrap_or_default();
    let output = status.map(|status| std::process::Output {
        status,
        stdout,
        stderr,
    });
    Ok((output, seconds, peak))
}

fn read_all(pipe: Option<impl std::io::Read>) -> Vec<u8> {
    let mut buffer = Vec::new();
    if let Some(mut pipe) = pipe {
        let _ = pipe.read_to_end(&mut buffer);
    }
    buffer
}

fn stopped(seconds: f64) -> String {
    format!("stopped by the bench after {seconds:.0} s (time limit + {GRACE_SECONDS:.0} s)")
}

/// The first line of a child's stderr, for a failed row.
fn first_error(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr)
        .lines()
        .find(|l| l.contains("error"))
        .unwrap_or("failed without a message")
        .trim()
        .to_string()
}

#[derive(Deserialize)]
struct Summary {
    placed: usize,
    objective: f64,
    bound: f64,
    status: String,
}

/// `stageplan solve` on the instance, timed from start to the complete, checked outputs.
/// `tool` names the row; `without` switches techniques off (`solve --without`).
#[allow(clippy::too_many_arguments)]
pub fn stageplan(
    exe: &Path,
    tool: &str,
    name: &str,
    folder: &Path,
    model: &Path,
    out: &Path,
    time_limit: f64,
    without: Option<&str>,
) -> Row {
    let mut command = Command::new(exe);
    command
        .arg("solve")
        .arg(folder)
        .arg("--model")
        .arg(model)
        .arg("--out")
        .arg(out)
        .args(["--quiet", "--time-limit"])
        .arg(time_limit.to_string());
    if let Some(without) = without {
        command.arg("--without").arg(without);
    }
    let (output, seconds, peak) = match run(command, time_limit) {
        Ok((Some(output), seconds, peak)) => (output, seconds, peak),
        Ok((None, seconds, _)) => return Row::failed(name, tool, &stopped(seconds)),
        Err(e) => return Row::failed(name, tool, &e.to_string()),
    };
    if !output.status.success() {
        return Row::failed(name, tool, &first_error(&output));
    }
    let summary = std::fs::read_to_string(out.join("summary.json"))
        .ok()
        .and_then(|text| serde_json::from_str::<Summary>(&text).ok());
    match summary {
        Some(s) => Row {
            instance: name.to_string(),
            tool: tool.into(),
            status: s.status,
            seconds: Some(seconds),
            objective: Some(s.objective),
            bound: Some(s.bound),
            placed: Some(s.placed),
            peak_mb: peak,
        },
        None => Row::failed(name, tool, "summary.json missing or unreadable"),
    }
}

#[derive(Deserialize)]
struct PeerLine {
    status: String,
    objective: Option<f64>,
    bound: Option<f64>,
    placed: Option<usize>,
}

/// A Python peer on the instance; a row saying why when python3 or its module is missing.
pub fn peer(
    peer: &Peer,
    name: &str,
    peers: &Path,
    folder: &Path,
    model: &Path,
    time_limit: f64,
) -> Row {
    let has_module = Command::new("python3")
        .args(["-c", &format!("import {}", peer.module)])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !has_module {
        let why = format!("not run: python3 with {} is not installed", peer.module);
        return Row::failed(name, peer.tool, &why);
    }
    let mut command = Command::new("python3");
    command
        .arg(peers.join(peer.script))
        .arg(folder)
        .arg("--model")
        .arg(model)
        .arg("--time-limit")
        .arg(time_limit.to_string());
    let (output, seconds, peak) = match run(command, time_limit) {
        Ok((Some(output), seconds, peak)) => (output, seconds, peak),
        Ok((None, seconds, _)) => return Row::failed(name, peer.tool, &stopped(seconds)),
        Err(e) => return Row::failed(name, peer.tool, &e.to_string()),
    };
    let line = String::from_utf8_lossy(&output.stdout)
        .lines()
        .rev()
        .find_map(|l| serde_json::from_str::<PeerLine>(l).ok());
    match (output.status.success(), line) {
        (true, Some(p)) => Row {
            instance: name.to_string(),
            tool: peer.tool.into(),
            status: p.status,
            seconds: Some(seconds),
            objective: p.objective,
            bound: p.bound,
            placed: p.placed,
            peak_mb: peak,
        },
        _ => {
            let stderr = String::from_utf8_lossy(&output.stderr);
            let last = stderr.lines().last().unwrap_or("no output").trim();
            Row::failed(name, peer.tool, last)
        }
    }
}
