//! The sweep's own report.html: every scenario against the baseline, from the page
//! parts that the plan's report.html uses too.

use super::Row;
use crate::domain::Model;
use crate::lang::report as w;
use crate::lang::{fill, Lang};
use crate::report::manifest::Manifest;
use crate::report::page::{escape, heading, manifest_section, num, page, status_word};
use crate::report::svg::{self, Bar};

/// The report of a sweep: every scenario against the baseline.
pub fn sweep_report(rows: &[Row], model: &Model, manifest: &Manifest, lang: Lang) -> Vec<u8> {
    let mut body = heading(w::SWEEP_TITLE.of(lang), &model.name, manifest, lang);
    body.push_str(&format!(
        "<section><h2>{}</h2>\n",
        w::SCENARIOS_HEADING.of(lang)
    ));
    let chart: Vec<Bar> = rows
        .iter()
        .filter_map(|r| {
            r.plan.as_ref().map(|p| Bar {
                label: scenario_name(r, lang).to_string(),
                value: p.placed as f64,
                max: Some(p.students as f64),
                text: format!("{} / {}", p.placed, p.students),
            })
        })
        .collect();
    body.push_str(&svg::bars(w::PLACED_CHART.of(lang), &chart));
    // One column per institute: the stuurgroep compares how each fares in a scenario.
    let institutes: String = model
        .institutes
        .iter()
        .map(|i| {
            format!(
                "<th class=n>{}</th>",
                escape(&fill(w::PLACED_OF.of(lang), &[("institute", i.id.clone())]))
            )
        })
        .collect();
    body.push_str(&format!(
        "<table><tr><th>{}</th><th>{}</th><th class=n>{}</th><th class=n>{}</th><th class=n>{}</th><th class=n>{}</th><th class=n>{}</th>{institutes}</tr>\n",
        w::SCENARIO.of(lang),
        w::STATUS.of(lang),
        w::PLACED.of(lang),
        w::UNPLACED.of(lang),
        w::OBJECTIVE.of(lang),
        w::TRAVEL_MEAN.of(lang),
        w::CHANGED.of(lang),
    ));
    let base = rows.first().and_then(|r| r.plan.as_ref());
    for r in rows {
        let cells = match &r.plan {
            Some(p) => {
                let delta = base.map_or(String::new(), |b| {
                    let d = p.placed as i64 - b.placed as i64;
                    if d == 0 || std::ptr::eq(b, p) {
                        String::new()
                    } else {
                        format!(" ({d:+})")
                    }
                });
                let per_institute: String = p
                    .placed_by_institute
                    .iter()
                    .map(|n| format!("<td class=n>{n}</td>"))
                    .collect();
                format!(
                    "<td class=n>{}{delta}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{} {}</td><td class=n>{}</td>{per_institute}",
                    p.placed,
                    p.students - p.placed,
                    num(p.objective, 2, lang),
                    num(p.travel_mean, 1, lang),
                    w::MINUTES.of(lang),
                    r.changed.map_or(String::new(), |c| c.to_string()),
                )
            }
            None => format!(
                "<td colspan={}>{}: {}</td>",
                5 + model.institutes.len(),
                w::NO_PLAN.of(lang),
                escape(&r.message)
            ),
        };
        // A scenario with a plan links to its own report.
        let name = escape(scenario_name(r, lang));
        let name = if r.plan.is_some() {
            format!("<a href=\"{}/report.html\">{name}</a>", escape(&r.folder))
        } else {
            name
        };
        body.push_str(&format!(
            "<tr><td>{name}</td><td>{}</td>{cells}</tr>\n",
            escape(&status_word(&r.status, lang))
        ));
    }
    body.push_str("</table></section>\n");
    body.push_str(&manifest_section(model, manifest, lang));
    page(w::SWEEP_TITLE.of(lang), &body, lang)
}

/// The baseline row by its word in `lang`; scenarios by their own names.
pub(super) fn scenario_name(r: &Row, lang: Lang) -> &str {
    if r.folder == "baseline" {
        w::BASELINE.of(lang)
    } else {
        &r.scenario
    }
}
