//! The scenario file (TOML). Unknown keys are errors, as in the model file: a typo must
//! not silently turn a scenario into a copy of the baseline.

use super::{Capacity, DataChanges, Located, ModelChanges, Scenario};
use crate::domain::Weights;
use crate::input::cells::parse_days;
use crate::input::codes;
use crate::input::problem::{Place, Problem, Problems};
use crate::lang::{problems as say, Said, Word};
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

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSchoolCapacity {
    max_students: Option<Spanned<f64>>,
    so_hours: Option<Spanned<f64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWpbCapacity {
    max_students: Option<Spanned<f64>>,
    max_hours: Option<Spanned<f64>>,
}

/// A grid axis: a list of values, or `{ from, to, step }`.
#[derive(Deserialize)]
#[serde(untagged)]
enum Axis {
    List(Vec<f64>),
    Range { from: f64, to: f64, step: f64 },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGrid {
    /// A name template: `{travel_limit_minutes}` and the like are replaced by the values.
    name: Spanned<String>,
    travel_limit_minutes: Option<Spanned<Axis>>,
    capacity_scale: Option<Spanned<Axis>>,
    wpb_capacity_scale: Option<Spanned<Axis>>,
    school_capacity_scale: Option<Spanned<Axis>>,
    #[serde(default)]
    repair: bool,
}

/// Most scenarios one grid may make: a typo in a step must not start a week of solving.
const GRID_LIMIT: usize = 1000;

struct Reader<'a> {
    file: &'a str,
    text: &'a str,
    base: &'a Path,
    problems: Problems,
}

impl Reader<'_> {
    fn place(&self, offset: usize) -> Place {
        let before = &self.text[..offset.min(self.text.len())];
        let line = before.matches('\n').count() + 1;
        let column = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
        Place::new(self.file, line, column)
    }

    fn located<T: Clone>(&self, s: &Spanned<T>) -> Located<T> {
        Located {
            value: s.get_ref().clone(),
            at: self.place(s.span().start),
        }
    }

    fn bad(&mut self, at: &Place, value: &str, message: Said, action: &Word) {
        self.problems.error(codes::E052, at, value, message, action);
    }

    /// A number of at least 0 (or above 0 for scales).
    fn amount(&mut self, v: &Spanned<f64>, key: &str, positive: bool) -> Option<f64> {
        let x = *v.get_ref();
        let ok = x.is_finite() && if positive { x > 0.0 } else { x >= 0.0 };
        if !ok {
            let at = self.place(v.span().start);
            let least: Said = if positive {
                (&say::ABOVE_ZERO).into()
            } else {
                (&say::AT_LEAST_ZERO).into()
            };
            self.bad(
                &at,
                &x.to_string(),
                say::SCENARIO_AMOUNT.say_in(&[("key", &Said::plain(key)), ("least", &least)]),
                &say::SCENARIO_AMOUNT_DO,
            );
            return None;
        }
        let range = crate::input::ranges::scenario_range(key);
        if !crate::input::ranges::in_range(range, x) {
            let at = self.place(v.span().start);
            let (message, action) = crate::input::ranges::out_of_range(key, x, range);
            self.problems
                .error(codes::E052, &at, &x.to_string(), message, action);
            return None;
        }
        Some(x)
    }

    fn count(&mut self, v: &Spanned<f64>, key: &str) -> Option<u32> {
        let x = self.amount(v, key, false)?;
        if x.fract() != 0.0 || x > u32::MAX as f64 {
            let at = self.place(v.span().start);
            self.bad(
                &at,
                &x.to_string(),
                say::SCENARIO_WHOLE.say(&[("key", key.to_string())]),
                &say::SCENARIO_WHOLE_DO,
            );
            return None;
        }
        Some(x as u32)
    }

    fn capacity(
        &mut self,
        students: &Option<Spanned<f64>>,
        hours: &Option<Spanned<f64>>,
        hours_key: &str,
    ) -> Capacity {
        Capacity {
            max_students: students
                .as_ref()
                .and_then(|v| self.count(v, "max_students")),
            hours: hours
                .as_ref()
                .and_then(|v| self.amount(v, hours_key, false)),
        }
    }

    fn ids(&self, list: &Option<Vec<Spanned<String>>>) -> Vec<Located<String>> {
        list.iter().flatten().map(|s| self.located(s)).collect()
    }

    fn path(&self, p: &Option<Spanned<String>>) -> Option<Located<std::path::PathBuf>> {
        p.as_ref().map(|p| Located {
            value: self.base.join(p.get_ref()),
            at: self.place(p.span().start),
        })
    }

    fn scenario(&mut self, raw: &RawScenario) -> Scenario {
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
                self.problems.error(
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
        let mut data = DataChanges {
            remove_schools: self.ids(&raw.remove_schools),
            remove_wpbs: self.ids(&raw.remove_wpbs),
            remove_tracks: self.ids(&raw.remove_tracks),
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
        Scenario {
            name: raw.name.get_ref().trim().to_string(),
            at: self.place(raw.name.span().start),
            model,
            data,
            repair: raw.repair,
        }
    }

    /// The values of one grid axis.
    fn axis(&mut self, axis: &Spanned<Axis>, key: &str) -> Vec<f64> {
        let at = self.place(axis.span().start);
        let values = match axis.get_ref() {
            Axis::List(v) => v.clone(),
            Axis::Range { from, to, step } => {
                let points = ((to - from) / step + 1e-9).floor() + 1.0;
                if !(step.is_finite() && *step > 0.0 && to >= from && points <= GRID_LIMIT as f64) {
                    self.bad(
                        &at,
                        "",
                        say::GRID_RANGE.say(&[("key", key.to_string())]),
                        &say::GRID_RANGE_DO,
                    );
                    return Vec::new();
                }
                (0..points as usize)
                    .map(|i| ((from + i as f64 * step) * 1e9).round() / 1e9)
                    .collect()
            }
        };
        let positive = key != "travel_limit_minutes";
        if values.iter().any(|x| {
            !x.is_finite()
                || *x < 0.0
                || (positive && *x <= 0.0)
                || !crate::input::ranges::in_range(crate::input::ranges::scenario_range(key), *x)
        }) {
            self.bad(
                &at,
                "",
                say::GRID_VALUES.say(&[("key", key.to_string())]),
                &say::GRID_VALUES_DO,
            );
            return Vec::new();
        }
        values
    }

    /// Every combination of the grid's axes, as scenarios named by the template.
    fn grid(&mut self, raw: &RawGrid) -> Vec<Scenario> {
        let axes: Vec<(&str, Vec<f64>)> = [
            ("travel_limit_minutes", &raw.travel_limit_minutes),
            ("capacity_scale", &raw.capacity_scale),
            ("wpb_capacity_scale", &raw.wpb_capacity_scale),
            ("school_capacity_scale", &raw.school_capacity_scale),
        ]
        .into_iter()
        .filter_map(|(key, axis)| axis.as_ref().map(|a| (key, self.axis(a, key))))
        .collect();
        let at = self.place(raw.name.span().start);
        let mut combos: Vec<Vec<(&str, f64)>> = vec![Vec::new()];
        for (key, values) in &axes {
            combos = combos
                .into_iter()
                .flat_map(|c| {
                    values.iter().map(move |&v| {
                        let mut next = c.clone();
                        next.push((*key, v));
                        next
                    })
                })
                .collect();
        }
        if combos.len() > GRID_LIMIT {
            self.bad(
                &at,
                "",
                say::GRID_TOO_BIG.say(&[
                    ("n", combos.len().to_string()),
                    ("limit", GRID_LIMIT.to_string()),
                ]),
                &say::GRID_TOO_BIG_DO,
            );
            return Vec::new();
        }
        combos
            .into_iter()
            .map(|combo| {
                let mut name = raw.name.get_ref().trim().to_string();
                let mut data = DataChanges::default();
                let mut model = ModelChanges::default();
                for &(key, v) in &combo {
                    let shown = crate::lang::number(v);
                    name = name.replace(&format!("{{{key}}}"), &shown);
                    match key {
                        "travel_limit_minutes" => model.travel_limit_minutes = Some(Some(v)),
                        "capacity_scale" => data.capacity_scale = Some(v),
                        "wpb_capacity_scale" => data.wpb_capacity_scale = Some(v),
                        _ => data.school_capacity_scale = Some(v),
                    }
                }
                Scenario {
                    name,
                    at: at.clone(),
                    model,
                    data,
                    repair: raw.repair,
                }
            })
            .collect()
    }
}

/// Parses a scenario file's text; relative file names are taken from `base`.
pub fn parse_scenarios(file: &str, text: &str, base: &Path) -> Result<Vec<Scenario>, Vec<Problem>> {
    let mut reader = Reader {
        file,
        text,
        base,
        problems: Problems::default(),
    };
    let raw: RawFile = match toml::from_str(text) {
        Ok(raw) => raw,
        Err(e) => {
            let at = reader.place(e.span().map_or(0, |s| s.start));
            reader.problems.error(
                codes::E050,
                &at,
                "",
                say::SCENARIO_INVALID.say(&[("error", e.message().to_string())]),
                &say::SCENARIO_INVALID_DO,
            );
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
        reader.problems.error(
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
