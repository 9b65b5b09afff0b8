//! The policy model file (TOML): institutes, tracks, travel limit and weights.
//! Unknown keys are an error, so a typo cannot silently change a plan.

use super::cells::parse_days;
use super::closest;
use super::problem::{Place, Problems};
use super::ranges;
use crate::domain::{Institute, Model, Track, Weights};
use crate::input::codes;
use crate::lang::problems as say;
use crate::lang::Said;
use serde::Deserialize;
use std::collections::HashSet;

/// The HOS model, compiled in as the default.
pub const HOS_MODEL: &str = include_str!("../../models/hos.toml");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ModelFile {
    name: String,
    travel_limit_minutes: Option<f64>,
    #[serde(default = "yes")]
    different_school_than_previous: bool,
    #[serde(default)]
    institutes: Vec<InstituteEntry>,
    tracks: Vec<TrackEntry>,
    weights: WeightsEntry,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InstituteEntry {
    id: String,
    name: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TrackEntry {
    id: String,
    institute: String,
    name: Option<String>,
    days: Vec<String>,
    #[serde(default)]
    wpb_hours: f64,
    #[serde(default)]
    so_hours: f64,
    #[serde(default)]
    so_hours_per_group: f64,
    #[serde(default)]
    paid_min_fte: f64,
    #[serde(default)]
    paid_max_fte: f64,
}

/// Every weight must be named: a weight that silently took a default would change plans.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WeightsEntry {
    unplaced: f64,
    travel_minute: f64,
    same_type_as_previous: f64,
    preference_rank: f64,
    preference_unlisted: f64,
    uncertified_wpb: f64,
    /// Only used by a repair (`solve --baseline-plan`); optional, as FORMAT.md asks of
    /// weights beyond its six.
    moved_student: Option<f64>,
}

/// 1-based line and column of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
    (line, column)
}

/// Which part of the model file a key is in.
#[derive(Clone, Copy)]
enum Section {
    Top,
    Track(usize),
    Weights,
}

/// The place of `key` in its section (the n-th `[[tracks]]` table, `[weights]`, or the
/// top), else of the section's header, else the file's start.
fn place_of(file: &str, text: &str, section: Section, key: &str) -> Place {
    let mut current = Some(0usize); // 0 top, 1 weights, 2 + n the n-th track
    let wanted = match section {
        Section::Top => 0,
        Section::Weights => 1,
        Section::Track(n) => 2 + n,
    };
    let mut tracks = 0;
    let mut header = None;
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim_start();
        let indent = raw.len() - line.len() + 1;
        if line.starts_with('[') {
            current = if line.starts_with("[[tracks]]") {
                tracks += 1;
                Some(1 + tracks)
            } else if line.starts_with("[weights]") {
                Some(1)
            } else {
                None
            };
            if current == Some(wanted) {
                header = Some(Place::new(file, i + 1, indent));
            }
            continue;
        }
        let sets_key = line
            .strip_prefix(key)
            .is_some_and(|rest| rest.trim_start().starts_with('='));
        if current == Some(wanted) && sets_key {
            return Place::new(file, i + 1, indent);
        }
    }
    header.unwrap_or_else(|| Place::new(file, 1, 1))
}

/// What serde says of a model file, in the run's language where its words are known (an
/// unknown or a missing key); TOML's own syntax messages are quoted as they are.
fn model_error_words(message: &str) -> Said {
    let quoted = |m: &str| m.split('`').nth(1).unwrap_or("").to_string();
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let key = quoted(rest);
        let known: Vec<String> = rest
            .split_once("expected ")
            .map(|(_, list)| {
                list.split('`')
                    .skip(1)
                    .step_by(2)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        let said = say::MODEL_UNKNOWN_KEY.say(&[("key", key.clone()), ("keys", known.join(", "))]);
        return closest::with_hint(said, &key, known.iter().map(String::as_str));
    }
    if let Some(rest) = message.strip_prefix("missing field ") {
        return say::MODEL_MISSING_KEY.say(&[("key", quoted(rest))]);
    }
    say::MODEL_INVALID.say(&[("error", message.to_string())])
}

/// Parses and validates a model file's text.
pub fn parse_model(file: &str, text: &str, problems: &mut Problems) -> Option<Model> {
    let raw: ModelFile = match toml::from_str(text) {
        Ok(m) => m,
        Err(e) => {
            let (line, column) = e.span().map_or((1, 1), |s| line_column(text, s.start));
            let value = e
                .span()
                .map_or("", |s| &text[s.start..s.end.min(text.len())]);
            problems.record(
                codes::E040,
                &Place::new(file, line, column),
                value.lines().next().unwrap_or(""),
                model_error_words(e.message()),
                if e.message().starts_with("missing field") {
                    &say::MODEL_KEY_MISSING_DO
                } else {
                    &say::MODEL_KEY_BAD_DO
                },
            );
            return None;
        }
    };
    let errors_before = problems.error_count();
    let institute_ids: HashSet<&str> = raw.institutes.iter().map(|i| i.id.as_str()).collect();
    let mut seen = HashSet::new();
    let mut tracks = Vec::new();
    for (n, t) in raw.tracks.iter().enumerate() {
        let at = |key: &str| place_of(file, text, Section::Track(n), key);
        if !seen.insert(t.id.clone()) {
            problems.record(
                codes::E041,
                &at("id"),
                &t.id,
                say::TRACK_TWICE.say(&[("track", t.id.clone())]),
                &say::TRACK_TWICE_DO,
            );
        }
        if !institute_ids.contains(t.institute.as_str()) {
            problems.record(
                codes::E042,
                &at("institute"),
                &t.institute,
                say::TRACK_INSTITUTE
                    .say(&[("track", t.id.clone()), ("institute", t.institute.clone())]),
                &say::TRACK_INSTITUTE_DO,
            );
        }
        let days = match parse_days(&t.days.join("|")) {
            Ok(d) => d,
            Err(bad) => {
                problems.record(
                    codes::E012,
                    &at("days"),
                    &bad,
                    say::TRACK_BAD_DAY.say(&[("day", bad.clone()), ("track", t.id.clone())]),
                    &say::TRACK_BAD_DAY_DO,
                );
                continue;
            }
        };
        if days.is_empty() {
            problems.record(
                codes::E043,
                &at("days"),
                &t.id,
                say::TRACK_NO_DAYS.say(&[("track", t.id.clone())]),
                &say::TRACK_NO_DAYS_DO,
            );
        }
        for (key, v) in [
            ("wpb_hours", t.wpb_hours),
            ("so_hours", t.so_hours),
            ("so_hours_per_group", t.so_hours_per_group),
            ("paid_min_fte", t.paid_min_fte),
            ("paid_max_fte", t.paid_max_fte),
        ] {
            if !(v.is_finite() && v >= 0.0) {
                problems.record(
                    codes::E044,
                    &at(key),
                    &v.to_string(),
                    say::TRACK_NUMBER.say(&[("key", key.to_string()), ("track", t.id.clone())]),
                    &say::AT_LEAST_ZERO_DO,
                );
            } else if !ranges::in_model_range(key, v) {
                let (message, action) =
                    ranges::out_of_range(&format!("{key} ({})", t.id), v, ranges::model_range(key));
                problems.record(codes::E044, &at(key), &v.to_string(), message, action);
            }
        }
        tracks.push(Track {
            id: t.id.clone(),
            institute: t.institute.clone(),
            name: t.name.clone().unwrap_or_else(|| t.id.clone()),
            days,
            wpb_hours: t.wpb_hours,
            so_hours: t.so_hours,
            so_hours_per_group: t.so_hours_per_group,
            paid_min_fte: t.paid_min_fte,
            paid_max_fte: t.paid_max_fte,
        });
    }
    let w = &raw.weights;
    let values = [
        w.unplaced,
        w.travel_minute,
        w.same_type_as_previous,
        w.preference_rank,
        w.preference_unlisted,
        w.uncertified_wpb,
    ];
    let weights = Weights::NAMES
        .into_iter()
        .zip(values)
        .chain([(Weights::MOVED_STUDENT, w.moved_student.unwrap_or(0.0))]);
    for (key, v) in weights {
        let at = || place_of(file, text, Section::Weights, key);
        if !(v.is_finite() && v >= 0.0) {
            problems.record(
                codes::E044,
                &at(),
                &v.to_string(),
                say::WEIGHT_NUMBER.say(&[("key", key.to_string())]),
                &say::AT_LEAST_ZERO_DO,
            );
        } else if !ranges::in_model_range(key, v) {
            let (message, action) = ranges::out_of_range(key, v, ranges::model_range(key));
            problems.record(codes::E044, &at(), &v.to_string(), message, action);
        }
    }
    if let Some(limit) = raw.travel_limit_minutes {
        let at = || place_of(file, text, Section::Top, "travel_limit_minutes");
        if !(limit.is_finite() && limit >= 0.0) {
            problems.record(
                codes::E044,
                &at(),
                &limit.to_string(),
                (&say::TRAVEL_LIMIT_NUMBER).into(),
                &say::TRAVEL_LIMIT_NUMBER_DO,
            );
        } else if !ranges::in_model_range("travel_limit_minutes", limit) {
            let (message, action) = ranges::out_of_range(
                "travel_limit_minutes",
                limit,
                ranges::model_range("travel_limit_minutes"),
            );
            problems.record(codes::E044, &at(), &limit.to_string(), message, action);
        }
    }
    if raw.tracks.is_empty() {
        problems.record(
            codes::E043,
            &Place::new(file, 1, 1),
            "",
            (&say::NO_TRACKS).into(),
            &say::NO_TRACKS_DO,
        );
    }
    let new_errors = problems.error_count() - errors_before;
    if new_errors > 0 {
        return None;
    }
    Some(Model {
        name: raw.name,
        travel_limit_minutes: raw.travel_limit_minutes,
        different_school_than_previous: raw.different_school_than_previous,
        institutes: raw
            .institutes
            .into_iter()
            .map(|i| Institute {
                name: i.name.unwrap_or_else(|| i.id.clone()),
                id: i.id,
            })
            .collect(),
        tracks,
        weights: Weights {
            unplaced: w.unplaced,
            travel_minute: w.travel_minute,
            same_type_as_previous: w.same_type_as_previous,
            preference_rank: w.preference_rank,
            preference_unlisted: w.preference_unlisted,
            uncertified_wpb: w.uncertified_wpb,
            moved_student: w.moved_student,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_compiled_in_hos_model_is_valid() {
        let mut p = Problems::default();
        let m = parse_model("hos.toml", HOS_MODEL, &mut p).expect("valid");
        assert!(!p.has_errors());
        assert_eq!(m.travel_limit_minutes, Some(90.0));
        assert_eq!(m.institutes.len(), 4);
    }

    #[test]
    fn an_unknown_key_is_located() {
        let text = "name = \"x\"\ntravel_limit = 90\n[[tracks]]\nid=\"A\"\ninstitute=\"I\"\ndays=[\"ma\"]\n";
        let mut p = Problems::default();
        assert!(parse_model("m.toml", text, &mut p).is_none());
        let e = p.iter().next().unwrap();
        assert_eq!((e.code, e.line), (codes::E040, 2));
    }
}
