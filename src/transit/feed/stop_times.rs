//! stop_times.txt, the largest file of a feed (tens of millions of rows nationally): read
//! as bytes, one row at a time, keeping only the rows of trips that run.

use super::source::{Rows, Source};
use super::Stop;
use crate::input::codes;
use crate::input::problem::Problems;
use crate::lang::transit as say;
use std::collections::HashMap;

/// One call of a running trip at a stop, with both times known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StopTime {
    /// Index into `Feed::trips`.
    pub trip: u32,
    pub seq: u32,
    /// Index into `Feed::stops`.
    pub stop: u32,
    /// Seconds after midnight of the trip's service day (24:00:00 and later allowed).
    pub arr: i32,
    pub dep: i32,
    /// Passengers may board (pickup_type is not 1) and alight (drop_off_type is not 1).
    pub board: bool,
    pub alight: bool,
}

/// A row as read, before the times of a trip are completed; `NO_TIME` when empty.
pub struct Raw {
    call: StopTime,
    line: u32,
}

const NO_TIME: i32 = i32::MIN;

/// `H:MM:SS` or `HH:MM:SS` (hours may pass 24): seconds, or `None` when malformed.
pub fn parse_time(text: &[u8]) -> Option<i32> {
    let mut parts = text.split(|&b| b == b':');
    let mut next = |most: usize| -> Option<i32> {
        let p = parts.next()?;
        if p.is_empty() || p.len() > most || !p.iter().all(u8::is_ascii_digit) {
            return None;
        }
        Some(p.iter().fold(0, |acc, &b| acc * 10 + i32::from(b - b'0')))
    };
    let (h, m, s) = (next(3)?, next(2)?, next(2)?);
    (parts.next().is_none() && m < 60 && s < 60).then_some(h * 3600 + m * 60 + s)
}

fn time(rows: &mut Rows, column: Option<usize>, name: &str) -> Option<i32> {
    let bytes = rows.bytes(column);
    if bytes.is_empty() {
        return Some(NO_TIME);
    }
    let t = parse_time(bytes);
    if t.is_none() {
        rows.bad_value(
            column,
            say::FEED_NOT_TIME.say(&[("column", name.to_string())]),
        );
    }
    t
}

/// The stop of a row: known in stops.txt (E064) and with coordinates (E063).
fn stop_of(
    rows: &mut Rows,
    column: Option<usize>,
    stops: &HashMap<Vec<u8>, u32>,
    stop_list: &[Stop],
) -> Option<u32> {
    let Some(&stop) = stops.get(rows.bytes(column)) else {
        let message =
            say::FEED_UNKNOWN_ID.say(&[("column", "stop_id".into()), ("file", "stops.txt".into())]);
        rows.unknown_id(column, message);
        return None;
    };
    if stop_list[stop as usize].location.is_none() {
        let message = (&say::FEED_STOP_NOWHERE).into();
        rows.bad_value(column, message);
        return None;
    }
    Some(stop)
}

/// Reads the rows of running trips; rows of other trips are only checked for their trip.
pub fn read(
    rows: &mut Rows,
    stops: &HashMap<Vec<u8>, u32>,
    trips: &HashMap<Vec<u8>, Option<u32>>,
    stop_list: &[Stop],
) -> Vec<Raw> {
    let mut kept = Vec::new();
    let names = ["trip_id", "stop_id", "stop_sequence"];
    if !rows.require(&names) || !rows.require(&["arrival_time", "departure_time"]) {
        return kept;
    }
    let [trip_c, stop_c, seq_c, arr_c, dep_c, pick_c, drop_c] = [
        "trip_id",
        "stop_id",
        "stop_sequence",
        "arrival_time",
        "departure_time",
        "pickup_type",
        "drop_off_type",
    ]
    .map(|n| rows.column(n));
    while rows.next_row() {
        let trip = match trips.get(rows.bytes(trip_c)) {
            Some(Some(t)) => *t,
            Some(None) => continue,
            None => {
                let message = say::FEED_UNKNOWN_ID
                    .say(&[("column", "trip_id".into()), ("file", "trips.txt".into())]);
                rows.unknown_id(trip_c, message);
                continue;
            }
        };
        let stop = stop_of(rows, stop_c, stops, stop_list);
        let seq = if rows.bytes(seq_c).is_empty() {
            rows.empty(seq_c, "stop_sequence");
            None
        } else {
            rows.whole(seq_c, "stop_sequence", 0)
        };
        let arr = time(rows, arr_c, "arrival_time");
        let dep = time(rows, dep_c, "departure_time");
        let pick = rows.whole(pick_c, "pickup_type", 0);
        let drop = rows.whole(drop_c, "drop_off_type", 0);
        let (Some(stop), Some(seq), Some(arr), Some(dep), Some(pick), Some(drop)) =
            (stop, seq, arr, dep, pick, drop)
        else {
            continue;
        };
        kept.push(Raw {
            call: StopTime {
                trip,
                seq,
                stop,
                arr,
                dep,
                board: pick != 1,
                alight: drop != 1,
            },
            line: rows.line() as u32,
        });
    }
    kept
}

/// Sorts the calls of each trip and completes their times: a missing arrival is the
/// departure and the other way round; a stop with neither gets a time interpolated by
/// its position between the known ones. A trip must start and end with a time, keep
/// its stop_sequence unique and never go back in time (E065).
pub fn complete(mut raw: Vec<Raw>, problems: &mut Problems, source: &Source) -> Vec<StopTime> {
    raw.sort_unstable_by_key(|r| (r.call.trip, r.call.seq, r.line));
    let mut calls = Vec::with_capacity(raw.len());
    let mut errors = 0;
    let mut bad = |line: u32, column: usize, message: crate::lang::Said| {
        if errors < 20 {
            problems.record(
                codes::E065,
                &source.place("stop_times.txt", line as usize, column),
                "",
                message,
                &say::FEED_TRIP_ORDER_DO,
            );
        }
        errors += 1;
    };
    for trip in raw.chunk_by_mut(|a, b| a.call.trip == b.call.trip) {
        if let Some(w) = trip.windows(2).find(|w| w[0].call.seq == w[1].call.seq) {
            bad(w[1].line, 1, (&say::FEED_SEQUENCE_TWICE).into());
            continue;
        }
        for r in trip.iter_mut() {
            if r.call.arr == NO_TIME {
                r.call.arr = r.call.dep;
            }
            if r.call.dep == NO_TIME {
                r.call.dep = r.call.arr;
            }
        }
        let (first, last) = (&trip[0], &trip[trip.len() - 1]);
        if first.call.dep == NO_TIME || last.call.arr == NO_TIME {
            let at = if first.call.dep == NO_TIME {
                first
            } else {
                last
            };
            bad(at.line, 1, (&say::FEED_END_WITHOUT_TIME).into());
            continue;
        }
        interpolate(trip);
        if let Some(w) = trip
            .windows(2)
            .find(|w| w[1].call.arr < w[0].call.dep || w[1].call.dep < w[1].call.arr)
        {
            bad(w[1].line, 1, (&say::FEED_TIME_BACK).into());
            continue;
        }
        calls.extend(trip.iter().map(|r| r.call));
    }
    if errors > 20 {
        problems.record(
            codes::E068,
            &source.place("stop_times.txt", 1, 1),
            "",
            say::FEED_TOO_MANY.say(&[("count", errors.to_string())]),
            &say::FEED_TOO_MANY_DO,
        );
    }
    calls
}

/// Fills the calls without a time between two calls with one, evenly by position.
fn interpolate(trip: &mut [Raw]) {
    let mut known = 0;
    for i in 1..trip.len() {
        if trip[i].call.arr == NO_TIME {
            continue;
        }
        let (from, to) = (trip[known].call.dep, trip[i].call.arr);
        let gap = (i - known) as i64;
        for (k, r) in trip[known + 1..i].iter_mut().enumerate() {
            let t = from as i64 + (to as i64 - from as i64) * (k as i64 + 1) / gap;
            r.call.arr = t as i32;
            r.call.dep = t as i32;
        }
        known = i;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_past_midnight_are_seconds_past_24_hours() {
        assert_eq!(parse_time(b"08:30:00"), Some(30_600));
        assert_eq!(parse_time(b"7:05:09"), Some(25_509));
        assert_eq!(parse_time(b"25:10:00"), Some(90_600));
        assert_eq!(parse_time(b"08:60:00"), None);
        assert_eq!(parse_time(b"08:30"), None);
        assert_eq!(parse_time(b"8:30:00:00"), None);
    }
}
