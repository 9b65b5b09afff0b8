//! The sweep's own report.html: every scenario against the baseline, from the page
//! parts that the plan's report.html uses too.

use super::{PlanFigures, Row};
use crate::domain::Model;
use crate::lang::report as w;
use crate::lang::{fill, Lang};
use crate::report::manifest::Manifest;
use crate::report::page::Align::{Left, Right};
use crate::report::page::{escape, heading, manifest_section, num, page, status_word, table_head};
use crate::report::svg::{self, Bar};

/// The report of a sweep: every scenario against the baseline.
pub fn sweep_report(rows: &[Row], model: &Model, manifest: &Manifest, lang: Lang) -> Vec<u8> {
    let mut body = heading(w::SWEEP_TITLE.of(lang), &model.name, manifest, lang);
    body.push_str(&format!(
        "<section><h2>{}</h2>\n",
        w::SCENARIOS_HEADING.of(lang)
    ));
    body.push_str(&chart(rows, w::PLACED_CHART.of(lang), lang, |p| {
        (
            p.placed as f64,
            Some(p.students as f64),
            format!("{} / {}", p.placed, p.students),
        )
    }));
    let mut columns = vec![
        (w::SCENARIO.of(lang).to_string(), Left),
        (w::STATUS.of(lang).into(), Left),
        (w::PLACED.of(lang).into(), Right),
        (w::UNPLACED.of(lang).into(), Right),
        (w::OBJECTIVE.of(lang).into(), Right),
        (w::TRAVEL_MEAN.of(lang).into(), Right),
        (w::CHANGED.of(lang).into(), Right),
    ];
    // One column per institute: the stuurgroep compares how each fares in a scenario.
    columns.extend(model.institutes.iter().map(|i| {
        let label = fill(w::PLACED_OF.of(lang), &[("institute", i.id.clone())]);
        (escape(&label), Right)
    }));
    body.push_str(&table_head(&columns));
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
    body.push_str("</table>\n");
    // A chart per key figure, so a scenario that costs travel shows at a glance.
    let min = w::MINUTES.of(lang);
    body.push_str(&chart(rows, w::TRAVEL_MEAN_CHART.of(lang), lang, |p| {
        let text = format!("{} {min}", num(p.travel_mean, 1, lang));
        (p.travel_mean, None, text)
    }));
    body.push_str(&chart(rows, w::TRAVEL_MAX_CHART.of(lang), lang, |p| {
        let text = format!("{} {min}", num(p.travel_max, 0, lang));
        (p.travel_max, None, text)
    }));
    body.push_str(&chart(rows, w::OBJECTIVE_CHART.of(lang), lang, |p| {
        (p.objective, None, num(p.objective, 0, lang))
    }));
    body.push_str("</section>\n");
    body.push_str(&manifest_section(model, manifest, lang));
    page(w::SWEEP_TITLE.of(lang), &body, lang)
}

/// Bars of one figure per scenario with a plan: (value, maximum, text) of its figures.
fn chart(
    rows: &[Row],
    title: &str,
    lang: Lang,
    figure: impl Fn(&PlanFigures) -> (f64, Option<f64>, String),
) -> String {
    let bars: Vec<Bar> = rows
        .iter()
        .filter_map(|r| {
            let (value, max, text) = figure(r.plan.as_ref()?);
            Some(Bar {
                label: scenario_name(r, lang).to_string(),
                value,
                max,
                text,
            })
        })
        .collect();
    svg::bars(title, &bars)
}

/// The baseline row by its word in `lang`; scenarios by their own names.
pub(super) fn scenario_name(r: &Row, lang: Lang) -> &str {
    if r.folder == "baseline" {
        w::BASELINE.of(lang)
    } else {
        &r.scenario
    }
}
