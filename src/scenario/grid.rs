//! `[[grid]]` tables: value lists or ranges crossed into scenarios named by a template.

use super::reader::Reader;
use super::{DataChanges, ModelChanges, Scenario};
use crate::lang::problems as say;
use crate::lang::Word;
use serde::Deserialize;
use toml::Spanned;

/// A grid axis: a list of values, or `{ from, to, step }`.
#[derive(Deserialize)]
#[serde(untagged)]
pub(super) enum Axis {
    List(Vec<f64>),
    Range { from: f64, to: f64, step: f64 },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawGrid {
    /// A name template: `{travel_limit_minutes}` and the like are replaced by the values.
    name: Spanned<String>,
    travel_limit_minutes: Option<Spanned<Axis>>,
    capacity_scale: Option<Spanned<Axis>>,
    wpb_capacity_scale: Option<Spanned<Axis>>,
    school_capacity_scale: Option<Spanned<Axis>>,
    #[serde(default)]
    repair: bool,
}

/// The keys of a `[[grid]]` table, for the unknown-key check.
pub(super) const GRID_KEYS: [&str; 6] = [
    "name",
    "travel_limit_minutes",
    "capacity_scale",
    "wpb_capacity_scale",
    "school_capacity_scale",
    "repair",
];

/// The keys of a grid axis written as a range.
pub(super) const RANGE_KEYS: [&str; 3] = ["from", "to", "step"];

/// Most scenarios one grid may make: a typo in a step must not start a week of solving.
const GRID_LIMIT: usize = 1000;

impl Reader<'_> {
    /// The values of one grid axis; none when it is refused.
    fn axis(&mut self, axis: &Spanned<Axis>, key: &str) -> Vec<f64> {
        axis_values(axis.get_ref(), key).unwrap_or_else(|(message, action)| {
            let at = self.place(axis.span().start);
            self.bad(&at, "", message.say(&[("key", key.to_string())]), action);
            Vec::new()
        })
    }

    /// Every combination of the grid's axes, as scenarios named by the template.
    pub fn grid(&mut self, raw: &RawGrid) -> Vec<Scenario> {
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
        // Every axis gives more room as its value grows. With the last axis ascending, each
        // point but the first of a run along it has less room before it: a chain.
        let last_ascending = axes
            .last()
            .is_some_and(|(_, values)| values.windows(2).all(|w| w[0] < w[1]));
        let run = axes.last().map_or(1, |(_, values)| values.len().max(1));
        combos
            .into_iter()
            .enumerate()
            .map(|(k, combo)| {
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
                    after_previous: last_ascending && !raw.repair && k % run != 0,
                }
            })
            .collect()
    }
}

/// The values of an axis, or why it is refused: its message and action.
fn axis_values(axis: &Axis, key: &str) -> Result<Vec<f64>, (&'static Word, &'static Word)> {
    let values = match axis {
        Axis::List(v) => v.clone(),
        Axis::Range { from, to, step } => {
            let points = ((to - from) / step + 1e-9).floor() + 1.0;
            if !(step.is_finite() && *step > 0.0 && to >= from && points <= GRID_LIMIT as f64) {
                return Err((&say::GRID_RANGE, &say::GRID_RANGE_DO));
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
        return Err((&say::GRID_VALUES, &say::GRID_VALUES_DO));
    }
    Ok(values)
}
