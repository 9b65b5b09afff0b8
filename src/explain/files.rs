//! diagnosis.json and diagnosis.md: the same diagnosis for programs and for people. Both
//! hold no timings, so the same input gives byte-identical files.

use super::bottleneck::num;
use super::flow::Limit;
use super::Diagnosis;
use crate::domain::{Instance, Model};
use crate::lang::Lang;
use serde::Serialize;

/// What the flow relaxes, said once for both files.
pub const RELAXATION: &str = "The flow network (student -> WPB -> school) ignores groups (rule 9), and turns an hour limit into a count of places: floor(hours / the lightest hours per student among the tracks that may come). So its unplaced count is a lower bound on any plan's.";

/// How suggestions are verified, said once for both files.
fn method(d: &Diagnosis) -> &'static str {
    if d.full_resolve {
        "Candidates come from the bottlenecks and the rule reasons and are ranked by the larger of two cheap estimates (the extra students the flow bound allows, and the unplaced students that fit into room left in the plan); only the best few are verified by re-solving the whole changed input, and the plan found is re-checked by the independent checker. 'Proven best' means no plan with the change places more (flow bound)."
    } else {
        "Candidates come from the bottlenecks and the rule reasons and are ranked by the larger of two cheap estimates (the extra students the flow bound allows, and the unplaced students that fit into room left in the plan); only the best few are verified by re-solving the changed input locally: the students at the schools the change touches and the unplaced students who may go there are re-planned, everyone else keeps their place. The plan found is re-checked by the independent checker against the changed input, so each gain is achievable; the optimum may place more and cost less. 'Proven best' means no plan with the change places more (flow bound)."
    }
}

#[derive(Serialize)]
struct Json<'a> {
    students: usize,
    placed: usize,
    unplaced: usize,
    flow_bound_unplaced: usize,
    flow_relaxation: &'a str,
    unplaced_students: Vec<JsonReason<'a>>,
    bottlenecks: Vec<JsonBottleneck>,
    suggestions: JsonSuggestions<'a>,
}

#[derive(Serialize)]
struct JsonReason<'a> {
    student_id: &'a str,
    reason_code: &'a str,
    reason: &'a str,
    action: &'a str,
    bottleneck: Option<String>,
}

#[derive(Serialize)]
struct JsonPlace {
    id: String,
    limit: &'static str,
    places: u64,
}

#[derive(Serialize)]
struct JsonBottleneck {
    id: String,
    students: Vec<String>,
    blocked: usize,
    places: u64,
    full_wpbs: Vec<JsonPlace>,
    full_schools: Vec<JsonPlace>,
    text: String,
}

#[derive(Serialize)]
struct JsonSuggestions<'a> {
    candidates: usize,
    verified_top: usize,
    method: &'a str,
    items: Vec<JsonSuggestion>,
}

#[derive(Serialize)]
struct JsonSuggestion {
    rank: usize,
    change: String,
    placed_extra: i64,
    flow_estimate: u64,
    proven_best: bool,
    newly_placed: Vec<String>,
    no_longer_placed: Vec<String>,
    objective_before: f64,
    objective_after: f64,
    objective_change: f64,
}

fn limit_name(limit: Limit) -> &'static str {
    match limit {
        Limit::Unlimited => "none",
        Limit::Students(_) => "students",
        Limit::Hours { .. } => "hours",
    }
}

fn round(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}

fn ids(instance: &Instance, students: &[usize]) -> Vec<String> {
    students
        .iter()
        .map(|&s| instance.students[s].id.clone())
        .collect()
}

fn suggestion_items(d: &Diagnosis, instance: &Instance, model: &Model) -> Vec<JsonSuggestion> {
    d.suggestions
        .iter()
        .enumerate()
        .map(|(i, s)| JsonSuggestion {
            rank: i + 1,
            change: s.change.describe(instance, model, Lang::En),
            placed_extra: s.gain,
            flow_estimate: s.estimate,
            proven_best: s.proven_best,
            newly_placed: ids(instance, &s.newly_placed),
            no_longer_placed: ids(instance, &s.no_longer_placed),
            objective_before: round(d.objective),
            objective_after: round(s.objective_after),
            objective_change: round(s.objective_after - d.objective),
        })
        .collect()
}

/// diagnosis.json.
pub fn diagnosis_json(d: &Diagnosis, instance: &Instance, model: &Model) -> Vec<u8> {
    let place = |id: &str, cap: super::flow::Capacity| JsonPlace {
        id: id.to_string(),
        limit: limit_name(cap.limit),
        places: cap.places,
    };
    let json = Json {
        students: instance.students.len(),
        placed: d.placed,
        unplaced: d.reasons.len(),
        flow_bound_unplaced: d.flow.unplaced_bound(),
        flow_relaxation: RELAXATION,
        unplaced_students: d
            .reasons
            .iter()
            .map(|r| JsonReason {
                student_id: &instance.students[r.student].id,
                reason_code: r.code,
                reason: &r.reason,
                action: &r.action,
                bottleneck: d.bottleneck_of(r.student).map(|b| format!("B{}", b.id)),
            })
            .collect(),
        bottlenecks: d
            .bottlenecks
            .iter()
            .map(|b| JsonBottleneck {
                id: format!("B{}", b.id),
                students: ids(instance, &b.students),
                blocked: b.blocked,
                places: b.places,
                full_wpbs: b
                    .full_wpbs
                    .iter()
                    .map(|&(w, cap)| place(&instance.supervisors[w].id, cap))
                    .collect(),
                full_schools: b
                    .full_schools
                    .iter()
                    .map(|&(c, cap)| place(&instance.schools[c].id, cap))
                    .collect(),
                text: b.describe(instance, model, Lang::En),
            })
            .collect(),
        suggestions: JsonSuggestions {
            candidates: d.candidates,
            verified_top: d.verify_top,
            method: method(d),
            items: suggestion_items(d, instance, model),
        },
    };
    let mut text = serde_json::to_string_pretty(&json).unwrap_or_default();
    text.push('\n');
    text.into_bytes()
}

/// A table cell: bars escaped, no line breaks.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// diagnosis.md: the same content as a page to read before the stuurgroep meeting.
pub fn diagnosis_md(d: &Diagnosis, instance: &Instance, model: &Model) -> Vec<u8> {
    let mut md = format!(
        "# Diagnosis: {}\n\n{} students: {} placed, {} unplaced. The max-flow bound says at least {} must stay unplaced.\n\n{RELAXATION}\n\n",
        model.name,
        instance.students.len(),
        d.placed,
        d.reasons.len(),
        d.flow.unplaced_bound()
    );
    md.push_str("## Unplaced students\n\n| student | code | bottleneck | reason | action |\n|---|---|---|---|---|\n");
    for r in &d.reasons {
        let b = d
            .bottleneck_of(r.student)
            .map_or(String::new(), |b| format!("B{}", b.id));
        md.push_str(&format!(
            "| {} | {} | {b} | {} | {} |\n",
            cell(&instance.students[r.student].id),
            r.code,
            cell(&r.reason),
            cell(&r.action)
        ));
    }
    md.push_str("\n## Bottlenecks\n\n");
    if d.bottlenecks.is_empty() {
        md.push_str("None: the flow places every student who has an allowed WPB.\n");
    }
    for b in &d.bottlenecks {
        md.push_str(&format!(
            "- **B{}**: {}. It keeps {} out. Students: {}.\n",
            b.id,
            b.describe(instance, model, Lang::En),
            b.blocked,
            ids(instance, &b.students).join(", ")
        ));
    }
    if d.verify_top == 0 {
        md.push_str("\n## Suggestions\n\nNot computed (`--suggestions 0`).\n");
        return md.into_bytes();
    }
    md.push_str(&format!(
        "\n## Suggestions\n\n{}\n\n{} candidates considered, the best {} verified.\n\n",
        method(d),
        d.candidates,
        d.verify_top
    ));
    if d.suggestions.is_empty() {
        md.push_str("No verified change places more students.\n");
    } else {
        md.push_str("| # | change | placed extra | proven best | objective change | newly placed | no longer placed |\n|---|---|---|---|---|---|---|\n");
        for s in suggestion_items(d, instance, model) {
            md.push_str(&format!(
                "| {} | {} | {} | {} | {} ({} -> {}) | {} | {} |\n",
                s.rank,
                cell(&s.change),
                s.placed_extra,
                if s.proven_best { "yes" } else { "no" },
                num(s.objective_change),
                num(s.objective_before),
                num(s.objective_after),
                s.newly_placed.join(", "),
                s.no_longer_placed.join(", ")
            ));
        }
    }
    md.into_bytes()
}

/// The diagnosis files `solve` writes next to the plan.
pub fn output_files(
    d: &Diagnosis,
    instance: &Instance,
    model: &Model,
) -> Vec<(&'static str, Vec<u8>)> {
    vec![
        ("diagnosis.json", diagnosis_json(d, instance, model)),
        ("diagnosis.md", diagnosis_md(d, instance, model)),
    ]
}
