//! The contents of plan.csv, unplaced.csv and summary.json (FORMAT.md section 4).

use crate::checker::{ObjectiveTerms, Verdict};
use crate::domain::{Instance, Model};
use crate::explain::UnplacedReason;
use crate::outcome::RepairSummary;
use crate::solve::Solved;
use serde::Serialize;

pub use crate::lang::number;

fn csv_bytes(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    // Writing to memory cannot fail.
    let _ = w.write_record(header);
    for row in rows {
        let _ = w.write_record(&row);
    }
    w.into_inner().unwrap_or_default()
}

/// plan.csv: one row per placed student, in students.csv order.
pub fn plan_csv(instance: &Instance, model: &Model, verdict: &Verdict) -> Vec<u8> {
    let mut placed = verdict.placed.clone();
    placed.sort();
    let rows = placed.into_iter().map(|(s, w)| {
        let st = &instance.students[s];
        let wpb = &instance.supervisors[w];
        let school = &instance.schools[wpb.school];
        vec![
            st.id.clone(),
            school.id.clone(),
            wpb.id.clone(),
            instance
                .travel
                .minutes(s, wpb.school)
                .map_or(String::new(), number),
            if instance.travel.is_estimated(s, wpb.school) {
                "yes"
            } else {
                "no"
            }
            .to_string(),
            st.name.clone(),
            model.tracks[st.track].id.clone(),
            st.subject.clone(),
            school.name.clone(),
            wpb.name.clone(),
            if st.pinned_wpb == Some(w) {
                "yes"
            } else {
                "no"
            }
            .to_string(),
        ]
    });
    csv_bytes(
        &[
            "student_id",
            "school_id",
            "wpb_id",
            "travel_minutes",
            "travel_estimated",
            "student_name",
            "track",
            "subject",
            "school_name",
            "wpb_name",
            "pinned",
        ],
        rows,
    )
}

/// unplaced.csv: one row per unplaced student with its reason and what to do.
pub fn unplaced_csv(instance: &Instance, model: &Model, reasons: &[UnplacedReason]) -> Vec<u8> {
    let rows = reasons.iter().map(|r| {
        let st = &instance.students[r.student];
        vec![
            st.id.clone(),
            r.code.to_string(),
            r.reason.clone(),
            r.action.clone(),
            st.name.clone(),
            model.tracks[st.track].id.clone(),
            st.subject.clone(),
        ]
    });
    csv_bytes(
        &[
            "student_id",
            "reason_code",
            "reason",
            "action",
            "student_name",
            "track",
            "subject",
        ],
        rows,
    )
}

#[derive(Serialize)]
struct TravelStats {
    mean: f64,
    max: f64,
}

#[derive(Serialize)]
struct Summary<'a> {
    model: &'a str,
    students: usize,
    placed: usize,
    unplaced: usize,
    pinned: usize,
    objective: f64,
    bound: f64,
    gap: f64,
    status: &'a str,
    solve_seconds: f64,
    travel_minutes: TravelStats,
    objective_terms: &'a ObjectiveTerms,
    input_warnings: usize,
    variables: usize,
    constraints: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    repair: Option<&'a RepairSummary>,
    quality: super::quality::Quality,
}

use crate::outcome::{gap, round, stated_bound};

/// The headline figures of a plan as summary.json and report.html state them.
#[derive(Debug, Clone, PartialEq)]
pub struct Headline {
    pub objective: f64,
    pub bound: f64,
    pub gap: f64,
    pub travel_mean: f64,
    pub travel_max: f64,
}

/// The objective from the checker, with its bound and gap (also in a repair: against any
/// plan from scratch).
pub fn headline(instance: &Instance, solved: &Solved, verdict: &Verdict) -> Headline {
    let travel: Vec<f64> = verdict
        .placed
        .iter()
        .filter_map(|&(s, w)| instance.travel.minutes(s, instance.supervisors[w].school))
        .collect();
    let mean = if travel.is_empty() {
        0.0
    } else {
        travel.iter().sum::<f64>() / travel.len() as f64
    };
    let objective = round(verdict.objective, 6);
    let bound = stated_bound(round(solved.bound, 6), objective);
    Headline {
        objective,
        bound,
        gap: gap(objective, bound),
        travel_mean: round(mean, 2),
        travel_max: travel.iter().copied().fold(0.0, f64::max),
    }
}

/// summary.json: the headline figures, with the objective from the checker.
pub fn summary_json(
    instance: &Instance,
    model: &Model,
    solved: &Solved,
    verdict: &Verdict,
    warnings: usize,
    repair: Option<&RepairSummary>,
) -> Vec<u8> {
    let h = headline(instance, solved, verdict);
    let summary = Summary {
        model: &model.name,
        students: instance.students.len(),
        placed: verdict.placed.len(),
        unplaced: instance.students.len() - verdict.placed.len(),
        pinned: instance
            .students
            .iter()
            .filter(|s| s.pinned_wpb.is_some())
            .count(),
        objective: h.objective,
        bound: h.bound,
        gap: h.gap,
        status: solved.status.as_str(),
        solve_seconds: round(solved.seconds, 3),
        travel_minutes: TravelStats {
            mean: h.travel_mean,
            max: h.travel_max,
        },
        objective_terms: &verdict.terms,
        input_warnings: warnings,
        variables: solved.variables,
        constraints: solved.constraints,
        repair,
        quality: super::quality::quality(instance, model, &verdict.placed, &verdict.terms),
    };
    let mut text = serde_json::to_string_pretty(&summary).unwrap_or_default();
    text.push('\n');
    text.into_bytes()
}
