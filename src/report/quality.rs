//! How good a plan is, in the figures a stagecoördinator reports: the same for a plan of
//! the optimiser (summary.json) and for a hand-made one (`stageplan score`).

use super::school_so_hours;
use crate::checker::ObjectiveTerms;
use crate::domain::{Instance, Model};
use serde::Serialize;

/// Mean, standard deviation and largest value of a share (0..1) over WPBs or schools.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Spread {
    pub mean: f64,
    pub sd: f64,
    pub max: f64,
}

/// One-way travel minutes over the placed students.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Travel {
    pub mean: f64,
    pub p90: f64,
    pub max: f64,
}

/// The weighted terms of the objective (FORMAT.md section 3), in its order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WeightedTerms {
    pub unplaced: f64,
    pub travel: f64,
    pub same_type_as_previous: f64,
    pub preference_rank: f64,
    pub preference_unlisted: f64,
    pub uncertified_wpb: f64,
}

/// The quality report of a plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quality {
    pub placed_share: f64,
    pub travel_minutes: Travel,
    /// Of the placed students who listed preferences: at their first choice, in their top 3.
    pub first_preference_share: f64,
    pub top3_preference_share: f64,
    /// Of the placed students with a known previous school: at a school sharing no type.
    pub different_type_share: f64,
    pub certified_wpb_share: f64,
    /// Per WPB: hours used of `max_hours` (students of `max_students` without an hour limit).
    pub wpb_load: Spread,
    /// Per school with a limit: students of `max_students` (SO hours of `so_hours` without one).
    pub school_load: Spread,
    pub objective_terms: WeightedTerms,
}

fn round(x: f64) -> f64 {
    (x * 1e4).round() / 1e4
}

fn share(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        round(part as f64 / whole as f64)
    }
}

fn spread(values: &[f64]) -> Spread {
    if values.is_empty() {
        return Spread {
            mean: 0.0,
            sd: 0.0,
            max: 0.0,
        };
    }
    let n = values.len() as f64;
    let mean = values.iter().sum::<f64>() / n;
    let var = values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / n;
    Spread {
        mean: round(mean),
        sd: round(var.sqrt()),
        max: round(values.iter().copied().fold(0.0, f64::max)),
    }
}

/// The 90th percentile by nearest rank.
fn p90(sorted: &[f64]) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((0.9 * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

/// The report of the plan `placed` (student, WPB), with its objective terms.
pub fn quality(
    instance: &Instance,
    model: &Model,
    placed: &[(usize, usize)],
    terms: &ObjectiveTerms,
) -> Quality {
    let (students, wpbs, schools) = (&instance.students, &instance.supervisors, &instance.schools);
    let mut travel: Vec<f64> = Vec::new();
    let (mut listed, mut first, mut top3) = (0, 0, 0);
    let (mut with_previous, mut different, mut certified) = (0, 0, 0);
    let mut wpb_used = vec![(0u32, 0.0f64); wpbs.len()];
    let mut school_used = vec![(0u32, 0.0f64); schools.len()];
    for &(s, w) in placed {
        let student = &students[s];
        let track = &model.tracks[student.track];
        let c = wpbs[w].school;
        if let Some(m) = instance.travel.minutes(s, c) {
            travel.push(m);
        }
        if student.has_preferences() {
            listed += 1;
            let rank = student.preferences.iter().position(|&p| p == Some(c));
            first += usize::from(rank == Some(0));
            top3 += usize::from(rank.is_some_and(|r| r < 3));
        }
        if let Some(prev) = student.previous_school {
            with_previous += 1;
            let shares = schools[c]
                .types
                .iter()
                .any(|t| schools[prev].types.contains(t));
            different += usize::from(!shares);
        }
        certified += usize::from(wpbs[w].certified);
        wpb_used[w].0 += 1;
        wpb_used[w].1 += track.wpb_hours;
        school_used[c].0 += 1;
    }
    let hours = school_so_hours(instance, model, placed);
    for (used, h) in school_used.iter_mut().zip(hours) {
        used.1 = h;
    }
    travel.sort_by(f64::total_cmp);
    let wpb_load: Vec<f64> = wpbs
        .iter()
        .zip(&wpb_used)
        .map(|(w, &(n, h))| match w.max_hours.filter(|&m| m > 0.0) {
            Some(m) => h / m,
            None if w.max_students > 0 => n as f64 / w.max_students as f64,
            None => 0.0,
        })
        .collect();
    let school_load: Vec<f64> = schools
        .iter()
        .zip(&school_used)
        .filter_map(|(c, &(n, h))| match (c.max_students, c.so_hours) {
            (Some(m), _) if m > 0 => Some(n as f64 / m as f64),
            (_, Some(m)) if m > 0.0 => Some(h / m),
            _ => None,
        })
        .collect();
    let w = &model.weights;
    Quality {
        placed_share: share(placed.len(), students.len()),
        travel_minutes: Travel {
            mean: if travel.is_empty() {
                0.0
            } else {
                round(travel.iter().sum::<f64>() / travel.len() as f64)
            },
            p90: p90(&travel),
            max: travel.last().copied().unwrap_or(0.0),
        },
        first_preference_share: share(first, listed),
        top3_preference_share: share(top3, listed),
        different_type_share: share(different, with_previous),
        certified_wpb_share: share(certified, placed.len()),
        wpb_load: spread(&wpb_load),
        school_load: spread(&school_load),
        objective_terms: WeightedTerms {
            unplaced: w.unplaced * terms.unplaced as f64,
            travel: w.travel_minute * terms.travel_minutes,
            same_type_as_previous: w.same_type_as_previous * terms.same_type_as_previous as f64,
            preference_rank: w.preference_rank * terms.preference_rank as f64,
            preference_unlisted: w.preference_unlisted * terms.preference_unlisted as f64,
            uncertified_wpb: w.uncertified_wpb * terms.uncertified_wpb as f64,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_90th_percentile_is_by_nearest_rank() {
        let v: Vec<f64> = (1..=10).map(f64::from).collect();
        assert_eq!(p90(&v), 9.0);
        assert_eq!(p90(&[5.0]), 5.0);
        assert_eq!(p90(&[]), 0.0);
    }

    #[test]
    fn spread_of_equal_loads_has_no_deviation() {
        let s = spread(&[0.5, 0.5, 0.5]);
        assert_eq!((s.mean, s.sd, s.max), (0.5, 0.0, 0.5));
        let s = spread(&[0.0, 1.0]);
        assert_eq!((s.mean, s.sd, s.max), (0.5, 0.5, 1.0));
    }
}
