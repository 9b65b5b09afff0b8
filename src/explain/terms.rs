//! A placement's cost in words: the five objective terms of FORMAT.md section 3, and the
//! difference between two places term by term.

use super::bottleneck::num;
use crate::checker;
use crate::domain::{Instance, Model};
use crate::lang::explain::Text;
use crate::lang::fill;

/// One objective term of a placement: its words and its weighted cost.
pub(super) struct Term {
    label: String,
    cost: f64,
}

/// The five placement terms of FORMAT.md section 3 for student `s` with WPB `w`.
pub(super) fn terms(instance: &Instance, model: &Model, s: usize, w: usize, t: &Text) -> [Term; 5] {
    let raw = checker::terms(instance, &[(s, w)]);
    let wt = &model.weights;
    let rank = instance.students[s]
        .preferences
        .iter()
        .position(|&p| p == Some(instance.supervisors[w].school))
        .unwrap_or(0);
    [
        Term {
            label: fill(t.term_travel, &[("minutes", num(raw.travel_minutes))]),
            cost: wt.travel_minute * raw.travel_minutes,
        },
        Term {
            label: t.term_same_type.into(),
            cost: wt.same_type_as_previous * raw.same_type_as_previous as f64,
        },
        Term {
            label: fill(t.term_rank, &[("rank", (rank + 1).to_string())]),
            cost: wt.preference_rank * raw.preference_rank as f64,
        },
        Term {
            label: t.term_unlisted.into(),
            cost: wt.preference_unlisted * raw.preference_unlisted as f64,
        },
        Term {
            label: t.term_uncertified.into(),
            cost: wt.uncertified_wpb * raw.uncertified_wpb as f64,
        },
    ]
}

pub(super) fn total(terms: &[Term; 5]) -> f64 {
    terms.iter().map(|x| x.cost).sum()
}

pub(super) fn signed(x: f64) -> String {
    if x >= 0.0 {
        format!("+{}", num(x))
    } else {
        num(x)
    }
}

/// "travel 23 min: 23, same school type ...: 30", or "no cost".
pub(super) fn cost_words(terms: &[Term; 5], t: &Text) -> String {
    let parts: Vec<String> = terms
        .iter()
        .filter(|x| x.cost != 0.0)
        .map(|x| format!("{}: {}", x.label, num(x.cost)))
        .collect();
    if parts.is_empty() {
        t.no_cost.to_string()
    } else {
        parts.join(", ")
    }
}

/// The terms that differ, each with the alternative's words and the signed difference.
pub(super) fn diff_words(alt: &[Term; 5], here: &[Term; 5], t: &Text) -> String {
    if alt.iter().zip(here).all(|(a, h)| a.cost == h.cost) {
        return t.same_cost.to_string();
    }
    alt.iter()
        .zip(here)
        .filter(|(a, h)| a.cost != h.cost)
        .map(|(a, h)| {
            let label = if a.cost != 0.0 { &a.label } else { &h.label };
            format!("{label}: {}", signed(a.cost - h.cost))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

pub(super) fn school_name(instance: &Instance, c: usize) -> String {
    let school = &instance.schools[c];
    format!("{} ({})", school.id, school.name)
}

pub(super) fn wpb_name(instance: &Instance, w: usize) -> String {
    let wpb = &instance.supervisors[w];
    format!("{} ({})", wpb.id, wpb.name)
}
