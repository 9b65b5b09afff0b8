//! The scenario file (TOML). Unknown keys are errors, as in the model file: a typo must
//! not silently turn a scenario into a copy of the baseline.

use super::grid::RawGrid;
use super::headcount::RawHeadcounts;
use super::reader::Reader;
use super::{DataChanges, ModelChanges, Scenario};
use crate::domain::Weights;
use crate::input::cells::parse_days;
use crate::input::codes;
use crate::input::problem::{Place, Problem, Problems};
use crate::lang::{problems as say, scenario as words, Said};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    scenario: Vec<RawScenario>,
    #[serde(default)]
    grid: Vec<RawGrid>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScenario {
    name: Spanned<String>,
    travel_limit_minutes: Option<Spanned<f64>>,
    no_travel_limit: Option<bool>,
    different_school_than_previous: Option<bool>,
    weights: Option<BTreeMap<Spanned<String>, Spanned<f64>>>,
    track_days: Option<BTreeMap<Spanned<String>, Spanned<Vec<String>>>>,
    remove_schools: Option<Vec<Spanned<String>>>,
    remove_wpbs: Option<Vec<Spanned<String>>>,
    remove_tracks: Option<Vec<Spanned<String>>>,
    add_to_track: Option<RawHeadcounts>,
    remove_from_track: Option<RawHeadcounts>,
    add_schools: Option<Spanned<String>>,
    add_wpbs: Option<Spanned<String>>,
    add_students: Option<Spanned<String>>,
    add_travel: Option<Spanned<String>>,
    capacity_scale: Option<Spanned<f64>>,
    wpb_capacity_scale: Option<Spanned<f64>>,
    school_capacity_scale: Option<Spanned<f64>>,
    school_capacity: Option<BTreeMap<Spanned<String>, RawSchoolCapacity>>,
    wpb_capacity: Option<BTreeMap<Spanned<String>, RawWpbCapacity>>,
    #[serde(default)]
    repair: bool,
}

/// The keys of a `[[scenario]]` table (those of `RawScenario`), for the unknown-key check.
pub(super) const SCENARIO_KEYS: [&str; 21] = [
    "name",
    "travel_limit_minutes",
    "no_travel_limit",
    "different_school_than_previous",
    "weights",
    "track_days",
    "remove_schools",
    "remove_wpbs",
    "remove_tracks",
    "add_to_track",
    "remove_from_track",
    "add_schools",
    "add_wpbs",
    "add_students",
    "add_travel",
    "capacity_scale",
    "wpb_capacity_scale",
    "school_capacity_scale",
    "school_capacity",
    "wpb_capacity",
    "repair",
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSchoolCapacity {
    max_students: Option<Spanned<f64>>,
    so_hours: Option<Spanned<f64>>,
}
pub(super) const SCHOOL_CAPACITY_KEYS: [&str; 2] = ["max_students", "so_hours"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWpbCapacity {
    max_students: Option<Spanned<f64>>,
    max_hours: Option<Spanned<f64>>,
}
pub(super) const WPB_CAPACITY_KEYS: [&str; 2] = ["max_students", "max_hours"];

impl Reader<'_> {
    fn model_changes(&mut self, raw: &RawScenario) -> ModelChanges {
        let mut model = ModelChanges {
            travel_limit_minutes: raw
                .travel_limit_minutes
                .as_ref()
                .and_then(|v| self.amount(v, "travel_limit_minutes", false))
                .map(Some),
            different_school_than_previous: raw.different_school_than_previous,
            ..ModelChanges::default()
        };
        if raw.no_travel_limit == Some(true) {
            model.travel_limit_minutes = Some(None);
        }
        for (key, value) in raw.weights.iter().flatten() {
            let at = self.place(key.span().start);
            let name = key.get_ref();
            // The weights a scenario may change: those of the model file.
            let weights = Weights::NAMES.iter().chain([&Weights::MOVED_STUDENT]);
            if !weights.clone().any(|w| *w == name.as_str()) {
                self.problems.record(
                    codes::E050,
                    &at,
                    name,
                    say::NOT_A_WEIGHT.say(&[("name", name.to_string())]),
                    say::NOT_A_WEIGHT_DO
                        .say(&[("names", weights.copied().collect::<Vec<_>>().join(", "))]),
                );
            } else if let Some(v) = self.amount(value, name, false) {
                model.weights.push((name.clone(), v));
            }
        }
        for (track, days) in raw.track_days.iter().flatten() {
            let at = self.place(days.span().start);
            match parse_days(&days.get_ref().join("|")) {
                Ok(d) if !d.is_empty() => model.track_days.push((self.located(track), d)),
                Ok(_) => self.bad(
                    &at,
                    "",
                    (&say::SCENARIO_NO_DAYS).into(),
                    &say::SCENARIO_NO_DAYS_DO,
                ),
                Err(item) => self.bad(
                    &at,
                    &item,
                    say::SCENARIO_BAD_DAY.say(&[("item", item.to_string())]),
                    &say::SCENARIO_BAD_DAY_DO,
                ),
            }
        }
        model
    }

    fn data_changes(&mut self, raw: &RawScenario) -> DataChanges {
        let mut data = DataChanges {
            remove_schools: self.ids(&raw.remove_schools),
            remove_wpbs: self.ids(&raw.remove_wpbs),
            remove_tracks: self.ids(&raw.remove_tracks),
            add_to_track: self.headcounts(&raw.add_to_track, "add_to_track", false),
            remove_from_track: self.headcounts(&raw.remove_from_track, "remove_from_track", true),
            add_schools: self.path(&raw.add_schools),
            add_wpbs: self.path(&raw.add_wpbs),
            add_students: self.path(&raw.add_students),
            add_travel: self.path(&raw.add_travel),
            ..DataChanges::default()
        };
        data.capacity_scale = raw
            .capacity_scale
            .as_ref()
            .and_then(|v| self.amount(v, "capacity_scale", true));
        data.wpb_capacity_scale = raw
            .wpb_capacity_scale
            .as_ref()
            .and_then(|v| self.amount(v, "wpb_capacity_scale", true));
        data.school_capacity_scale = raw
            .school_capacity_scale
            .as_ref()
            .and_then(|v| self.amount(v, "school_capacity_scale", true));
        for (id, c) in raw.school_capacity.iter().flatten() {
            let capacity = self.capacity(&c.max_students, &c.so_hours, "so_hours");
            data.school_capacity.push((self.located(id), capacity));
        }
        for (id, c) in raw.wpb_capacity.iter().flatten() {
            let capacity = self.capacity(&c.max_students, &c.max_hours, "max_hours");
            data.wpb_capacity.push((self.located(id), capacity));
        }
        data
    }

    fn scenario(&mut self, raw: &RawScenario) -> Scenario {
        Scenario {
            name: raw.name.get_ref().trim().to_string(),
            at: self.place(raw.name.span().start),
            model: self.model_changes(raw),
            data: self.data_changes(raw),
            repair: raw.repair,
            after_previous: false,
        }
    }

    /// A file that serde refuses, said in the run's language where serde's words are known.
    fn invalid(&mut self, e: &toml::de::Error) {
        let at = self.place(e.span().map_or(0, |s| s.start));
        let message = e.message();
        let quoted = |m: &str| m.split('`').nth(1).unwrap_or("").to_string();
        if let Some(rest) = message.strip_prefix("missing field ") {
            let key = quoted(rest);
            let said = words::KEY_MISSING.say(&[("key", key.clone())]);
            let action = words::KEY_MISSING_DO.say(&[("key", key)]);
            self.problems.record(codes::E050, &at, "", said, action);
        } else if let Some((found, expected)) = message
            .strip_prefix("invalid type: ")
            .and_then(|m| m.split_once(", expected "))
        {
            let said =
                words::WRONG_KIND.say_in(&[("found", &kind(found)), ("expected", &kind(expected))]);
            self.problems
                .record(codes::E050, &at, "", said, &words::WRONG_KIND_DO);
        } else {
            self.problems.record(
                codes::E050,
                &at,
                "",
                say::SCENARIO_INVALID.say(&[("error", message.to_string())]),
                &say::SCENARIO_INVALID_DO,
            );
        }
    }
}

/// A kind of value as serde names it (`string "x"`, `f64`, `a sequence`), in words.
fn kind(serde_words: &str) -> Said {
    let t = serde_words;
    let word = if t.contains("bool") {
        &words::A_BOOLEAN
    } else if t.contains("string") {
        &words::A_TEXT
    } else if t.contains("sequence") {
        &words::A_LIST
    } else if t.contains("map") || t.contains("struct") {
        &words::A_TABLE
    } else if ["f64", "u32", "integer", "floating"]
        .iter()
        .any(|n| t.contains(n))
    {
        &words::A_NUMBER
    } else {
        &words::A_VALUE
    };
    word.into()
}

/// Parses a scenario file's text; relative file names are taken from `base`.
pub fn parse_scenarios(file: &str, text: &str, base: &Path) -> Result<Vec<Scenario>, Vec<Problem>> {
    let mut reader = Reader {
        file,
        text,
        base,
        problems: Problems::default(),
    };
    if !reader.known_keys() {
        return Err(reader.problems.into_sorted());
    }
    let raw: RawFile = match toml::from_str(text) {
        Ok(raw) => raw,
        Err(e) => {
            reader.invalid(&e);
            return Err(reader.problems.into_sorted());
        }
    };
    let mut scenarios: Vec<Scenario> = raw.scenario.iter().map(|s| reader.scenario(s)).collect();
    for g in &raw.grid {
        scenarios.extend(reader.grid(g));
    }
    let mut names = BTreeSet::new();
    for s in &scenarios {
        if s.name.is_empty() || s.name.eq_ignore_ascii_case("baseline") {
            reader.bad(
                &s.at,
                &s.name,
                (&say::SCENARIO_NAME).into(),
                &say::SCENARIO_NAME_DO,
            );
        } else if !names.insert(s.name.to_lowercase()) {
            reader.bad(
                &s.at,
                &s.name,
                say::SCENARIO_NAME_TWICE.say(&[("name", s.name.clone())]),
                &say::SCENARIO_NAME_TWICE_DO,
            );
        }
    }
    if scenarios.is_empty() && !reader.problems.has_errors() {
        reader.problems.record(
            codes::E050,
            &Place::new(file, 1, 1),
            "",
            (&say::SCENARIO_NONE).into(),
            &say::SCENARIO_NONE_DO,
        );
    }
    if reader.problems.has_errors() {
        return Err(reader.problems.into_sorted());
    }
    Ok(scenarios)
}
