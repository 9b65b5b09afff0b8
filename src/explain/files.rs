//! diagnosis.json and diagnosis.md: the same diagnosis for programs and for people. Both
//! hold no timings, so the same input gives byte-identical files.

use super::bottleneck::num;
use super::flow::Limit;
use super::Diagnosis;
use crate::domain::{Instance, Model};
use crate::lang::diagnosis as words;
use serde::Serialize;

/// What the flow relaxes, said once for both files.
/// How suggestions are verified, said once for both files.
fn method(d: &Diagnosis) -> &'static str {
    if d.full_resolve {
        words::METHOD_FULL.of(d.lang)
    } else {
        words::METHOD_LOCAL.of(d.lang)
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
    /// Of the best `verified_top`, how many the diagnosis's time left unverified.
    not_verified_in_time: usize,
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

/// Seconds as a reader compares them: tenths from a second up, else thousandths.
fn short_seconds(x: f64) -> String {
    if x >= 1.0 {
        format!("{x:.1}")
    } else {
        format!("{x:.3}")
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
            change: s.change.describe(instance, model, d.lang),
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
        flow_relaxation: words::RELAXATION.of(d.lang),
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
                text: b.describe(instance, model, d.lang),
            })
            .collect(),
        suggestions: JsonSuggestions {
            candidates: d.candidates,
            verified_top: d.verify_top,
            not_verified_in_time: d.out_of_time,
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
    let lang = d.lang;
    let mut md = format!(
        "{}\n\n{}\n\n{}\n\n",
        words::TITLE.with_lang(lang, &[("model", model.name.clone())]),
        words::INTRO.with_lang(
            lang,
            &[
                ("students", instance.students.len().to_string()),
                ("placed", d.placed.to_string()),
                ("unplaced", d.reasons.len().to_string()),
                ("bound", d.flow.unplaced_bound().to_string()),
            ]
        ),
        words::RELAXATION.of(lang)
    );
    md.push_str(&format!(
        "{}\n|---|---|---|---|---|\n",
        words::UNPLACED.of(lang)
    ));
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
    md.push_str(&format!("\n{}\n\n", words::BOTTLENECKS.of(lang)));
    if d.bottlenecks.is_empty() {
        md.push_str(&format!("{}\n", words::NO_BOTTLENECKS.of(lang)));
    }
    for b in &d.bottlenecks {
        md.push_str(&words::BOTTLENECK.with_lang(
            lang,
            &[
                ("id", b.id.to_string()),
                ("text", b.describe(instance, model, lang)),
                ("blocked", b.blocked.to_string()),
                ("students", ids(instance, &b.students).join(", ")),
            ],
        ));
        md.push('\n');
    }
    let heading = words::SUGGESTIONS.of(lang);
    if d.verify_top == 0 {
        md.push_str(&format!(
            "\n{heading}\n\n{}\n",
            words::NOT_COMPUTED.of(lang)
        ));
        return md.into_bytes();
    }
    if let Some((seconds, flow)) = d.none_in_time {
        md.push_str(&format!(
            "\n{heading}\n\n{}\n\n{}\n",
            words::NONE_IN_TIME.with_lang(
                lang,
                &[
                    ("seconds", short_seconds(seconds)),
                    ("flow", short_seconds(flow)),
                ]
            ),
            words::NO_SUGGESTIONS.of(lang)
        ));
        return md.into_bytes();
    }
    md.push_str(&format!(
        "\n{heading}\n\n{}\n\n{}\n\n",
        method(d),
        words::CONSIDERED.with_lang(
            lang,
            &[
                ("candidates", d.candidates.to_string()),
                ("top", d.verify_top.to_string()),
            ]
        )
    ));
    if d.out_of_time > 0 {
        md.push_str(&words::OUT_OF_TIME.with_lang(
            lang,
            &[
                ("n", d.out_of_time.to_string()),
                ("top", d.verify_top.to_string()),
            ],
        ));
        md.push_str("\n\n");
    }
    if d.suggestions.is_empty() {
        md.push_str(&format!("{}\n", words::NO_SUGGESTIONS.of(lang)));
    } else {
        md.push_str(&format!(
            "{}\n|---|---|---|---|---|---|---|\n",
            words::SUGGESTION_TABLE.of(lang)
        ));
        for s in suggestion_items(d, instance, model) {
            let proven = if s.proven_best {
                &words::YES
            } else {
                &words::NO
            };
            md.push_str(&format!(
                "| {} | {} | {} | {} | {} ({} -> {}) | {} | {} |\n",
                s.rank,
                cell(&s.change),
                s.placed_extra,
                proven.of(lang),
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
