//! The comparison of a sweep: sweep.csv for spreadsheets, Markdown for the meeting
//! notes, and a plain-text table for the terminal.

use super::{PlanFigures, Row};
use crate::lang::{cli as say, Lang};
use crate::report::files::number;

/// The objective terms in FORMAT.md's order, as column suffixes.
const TERMS: [&str; 6] = [
    "unplaced",
    "travel",
    "same_type",
    "preference_rank",
    "preference_unlisted",
    "uncertified",
];

fn fixed(x: f64, digits: usize) -> String {
    number((x * 10f64.powi(digits as i32)).round() / 10f64.powi(digits as i32))
}

fn delta(x: f64) -> String {
    let x = (x * 100.0).round() / 100.0;
    if x > 0.0 {
        format!("+{}", number(x))
    } else {
        number(x)
    }
}

fn cell<T>(x: Option<T>, show: impl Fn(T) -> String) -> String {
    x.map_or(String::new(), show)
}

/// sweep.csv: one row per run, the baseline first, with per-term differences against it.
pub fn sweep_csv(institutes: &[String], rows: &[Row], base: Option<&PlanFigures>) -> Vec<u8> {
    let mut header: Vec<String> = [
        "scenario",
        "folder",
        "status",
        "students",
        "placed",
        "unplaced",
        "objective",
        "bound",
        "gap",
        "travel_mean",
        "travel_max",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    header.extend(institutes.iter().map(|i| format!("placed_{i}")));
    header.push("objective_diff".into());
    header.extend(TERMS.iter().map(|t| format!("{t}_diff")));
    header.extend(["changed_students", "moved", "solve_seconds", "message"].map(String::from));
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(&header);
    for r in rows {
        let p = r.plan.as_ref();
        let mut record = vec![
            r.scenario.clone(),
            r.folder.clone(),
            r.status.clone(),
            cell(p, |p| p.students.to_string()),
            cell(p, |p| p.placed.to_string()),
            cell(p, |p| (p.students - p.placed).to_string()),
            cell(p, |p| number(p.objective)),
            cell(p, |p| number(p.bound)),
            cell(p, |p| {
                fixed(crate::outcome::gap(p.objective.max(p.bound), p.bound), 9)
            }),
            cell(p, |p| fixed(p.travel_mean, 2)),
            cell(p, |p| number(p.travel_max)),
        ];
        for i in 0..institutes.len() {
            record.push(cell(p, |p| p.placed_by_institute[i].to_string()));
        }
        let both = p.zip(base);
        record.push(cell(both, |(p, b)| delta(p.objective - b.objective)));
        for t in 0..TERMS.len() {
            record.push(cell(both, |(p, b)| delta(p.terms[t] - b.terms[t])));
        }
        record.push(cell(r.changed, |n| n.to_string()));
        record.push(cell(r.moved, |n| n.to_string()));
        record.push(fixed(r.seconds, 3));
        record.push(r.message.clone());
        let _ = w.write_record(&record);
    }
    w.into_inner().unwrap_or_default()
}

/// The columns people read in a meeting, as strings per row.
fn summary_cells(r: &Row, base: Option<&PlanFigures>, lang: Lang) -> Vec<String> {
    let p = r.plan.as_ref();
    let both = p.zip(base);
    vec![
        super::page::scenario_name(r, lang).to_string(),
        crate::report::page::status_word(&r.status, lang),
        cell(p, |p| p.placed.to_string()),
        cell(p, |p| (p.students - p.placed).to_string()),
        cell(p, |p| number(p.objective)),
        cell(both, |(p, b)| delta(p.objective - b.objective)),
        cell(both, |(p, b)| delta(p.terms[1] - b.terms[1])),
        cell(p, |p| fixed(p.travel_mean, 1)),
        cell(p, |p| number(p.travel_max)),
        cell(r.changed, |n| n.to_string()),
    ]
}

fn summary_header(lang: Lang) -> Vec<&'static str> {
    say::SWEEP_HEADER.iter().map(|w| w.of(lang)).collect()
}

/// The comparison as a Markdown table, with the reasons of failed scenarios below it.
pub fn markdown(rows: &[Row], base: Option<&PlanFigures>, lang: Lang) -> String {
    let header = summary_header(lang);
    let mut out = format!("| {} |\n", header.join(" | "));
    out.push_str(&format!("|{}\n", "---|".repeat(header.len())));
    for r in rows {
        out.push_str(&format!(
            "| {} |\n",
            summary_cells(r, base, lang).join(" | ")
        ));
    }
    let failed: Vec<&Row> = rows.iter().filter(|r| r.plan.is_none()).collect();
    if !failed.is_empty() {
        out.push_str(&format!("\n{}\n\n", say::SWEEP_WITHOUT_PLAN.of(lang)));
        for r in failed {
            out.push_str(&format!(
                "- **{}** ({}): {}\n",
                super::page::scenario_name(r, lang),
                crate::report::page::status_word(&r.status, lang),
                r.message
            ));
        }
    }
    out
}

/// The comparison as an aligned plain-text table for the terminal.
pub fn text_table(rows: &[Row], base: Option<&PlanFigures>, lang: Lang) -> String {
    let header = summary_header(lang);
    let mut lines: Vec<Vec<String>> = vec![header.iter().map(|s| s.to_string()).collect()];
    lines.extend(rows.iter().map(|r| summary_cells(r, base, lang)));
    let widths: Vec<usize> = (0..header.len())
        .map(|c| {
            lines
                .iter()
                .map(|l| l[c].chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for l in &lines {
        let cells: Vec<String> = l
            .iter()
            .enumerate()
            .map(|(c, v)| {
                if c == 0 {
                    format!("{v:<w$}", w = widths[c])
                } else {
                    format!("{v:>w$}", w = widths[c])
                }
            })
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    out
}
