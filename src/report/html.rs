//! report.html: one file for the stuurgroep that works offline and prints on A4. No
//! script, no fonts or images from elsewhere: inline CSS and SVG only.

use super::files::{headline, Headline};
use super::manifest::Manifest;
use super::school_so_hours;
use super::svg::{self, Bar};
use crate::domain::{Instance, Model};
use crate::input::problem::Problem;
use crate::lang::report as w;
use crate::lang::{fill, Lang};
use crate::pipeline::{Advice, Outcome};
use crate::sweep::Row;
use std::collections::BTreeMap;

/// Warnings listed in the report; the rest are in plan.xlsx.
const WARNINGS_SHOWN: usize = 20;

const STYLE: &str = "
body{font-family:system-ui,'Segoe UI',Arial,sans-serif;margin:2rem auto;max-width:60rem;color:#1d2430;padding:0 1rem}
h1{margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:2px solid #dfe5ee;padding-bottom:.2rem}
.sub{color:#5b6678;margin-top:0}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(11rem,1fr));gap:.6rem}
.card{border:1px solid #dfe5ee;border-radius:6px;padding:.6rem .8rem;break-inside:avoid}
.card .v{font-size:1.5rem;font-weight:600}.card .k{color:#5b6678;font-size:.85rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #e8ecf2;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
code{font-size:.8rem;word-break:break-all}
.chart{max-width:100%;height:auto;font-size:12px;fill:#1d2430}
.chart .val{fill:#2f6db5}.chart .full{fill:#c0392b}.chart .cap{fill:#dfe5ee}
.chart .small{font-size:10px}.chart .axis{stroke:#5b6678}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}section{break-inside:avoid}}
@page{size:A4;margin:15mm}
";

/// The report of one solved plan.
pub fn plan_report(
    instance: &Instance,
    model: &Model,
    outcome: &Outcome,
    warnings: &[Problem],
    manifest: &Manifest,
    lang: Lang,
) -> Vec<u8> {
    let h = headline(
        instance,
        &outcome.solved,
        &outcome.verdict,
        outcome.repair.as_ref(),
    );
    let mut body = String::new();
    body.push_str(&heading(w::TITLE.of(lang), &model.name, manifest, lang));
    body.push_str(&cards(instance, model, outcome, &h, lang));
    body.push_str(&travel_section(instance, outcome, lang));
    body.push_str(&super::journeys::section(instance, outcome, lang));
    body.push_str(&school_section(instance, model, outcome, lang));
    body.push_str(&unplaced_section(outcome, lang));
    if let Some(advice) = &outcome.advice {
        body.push_str(&advice_section(instance, model, advice, lang));
    }
    body.push_str(&warnings_section(warnings, lang));
    body.push_str(&manifest_section(model, manifest, lang));
    page(w::TITLE.of(lang), &body, lang)
}

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
    body.push_str(&format!(
        "<table><tr><th>{}</th><th>{}</th><th class=n>{}</th><th class=n>{}</th><th class=n>{}</th><th class=n>{}</th><th class=n>{}</th></tr>\n",
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
                format!(
                    "<td class=n>{}{delta}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{} {}</td><td class=n>{}</td>",
                    p.placed,
                    p.students - p.placed,
                    num(p.objective, 2, lang),
                    num(p.travel_mean, 1, lang),
                    w::MINUTES.of(lang),
                    r.changed.map_or(String::new(), |c| c.to_string()),
                )
            }
            None => format!(
                "<td colspan=5>{}: {}</td>",
                w::NO_PLAN.of(lang),
                escape(&r.message)
            ),
        };
        body.push_str(&format!(
            "<tr><td>{}</td><td>{}</td>{cells}</tr>\n",
            escape(scenario_name(r, lang)),
            escape(&status_word(&r.status, lang))
        ));
    }
    body.push_str("</table></section>\n");
    body.push_str(&manifest_section(model, manifest, lang));
    page(w::SWEEP_TITLE.of(lang), &body, lang)
}

/// The baseline row by its word in `lang`; scenarios by their own names.
fn scenario_name(r: &Row, lang: Lang) -> &str {
    if r.folder == "baseline" {
        w::BASELINE.of(lang)
    } else {
        &r.scenario
    }
}

fn page(title: &str, body: &str, lang: Lang) -> Vec<u8> {
    let code = match lang {
        Lang::Nl => "nl",
        Lang::En => "en",
    };
    // The policy forbids every load from elsewhere, so a mistake cannot reach the network.
    format!(
        "<!DOCTYPE html>\n<html lang=\"{code}\"><head><meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title><style>{STYLE}</style></head>\n<body>\n{body}</body></html>\n",
        escape(title)
    )
    .into_bytes()
}

fn heading(title: &str, model: &str, manifest: &Manifest, lang: Lang) -> String {
    format!(
        "<h1>{} — {}</h1>\n<p class=sub>{}</p>\n",
        escape(title),
        escape(model),
        escape(&fill(
            w::MADE_ON.of(lang),
            &[
                ("date", manifest.date.clone()),
                ("version", manifest.version.to_string())
            ]
        ))
    )
}

fn card(value: &str, key: &str) -> String {
    format!(
        "<div class=card><div class=v>{}</div><div class=k>{}</div></div>\n",
        escape(value),
        escape(key)
    )
}

fn cards(
    instance: &Instance,
    model: &Model,
    outcome: &Outcome,
    h: &Headline,
    lang: Lang,
) -> String {
    let students = instance.students.len();
    let placed = outcome.verdict.placed.len();
    let q = super::quality::quality(
        instance,
        model,
        &outcome.verdict.placed,
        &outcome.verdict.terms,
    );
    let min = w::MINUTES.of(lang);
    let mut out = String::from("<section class=cards id=headline>\n");
    out.push_str(&card(&students.to_string(), w::STUDENTS.of(lang)));
    out.push_str(&card(
        &format!("{placed} ({})", percent(q.placed_share, lang)),
        w::PLACED.of(lang),
    ));
    out.push_str(&card(
        &(students - placed).to_string(),
        w::UNPLACED.of(lang),
    ));
    out.push_str(&card(
        &format!("{} {min}", num(h.travel_mean, 1, lang)),
        w::TRAVEL_MEAN.of(lang),
    ));
    out.push_str(&card(
        &format!("{} {min}", num(h.travel_max, 0, lang)),
        w::TRAVEL_MAX.of(lang),
    ));
    out.push_str(&card(
        &percent(q.first_preference_share, lang),
        w::FIRST_CHOICE.of(lang),
    ));
    out.push_str(&card(&num(h.objective, 2, lang), w::OBJECTIVE.of(lang)));
    out.push_str(&card(&num(h.bound, 2, lang), w::BOUND.of(lang)));
    out.push_str(&card(&percent(h.gap, lang), w::GAP.of(lang)));
    let status = outcome.solved.status.as_str();
    let note = match status {
        "optimal" => w::STATUS_OPTIMAL_NOTE.of(lang),
        "time_limit" => w::STATUS_TIME_LIMIT_NOTE.of(lang),
        _ => w::STATUS.of(lang),
    };
    out.push_str(&card(&status_word(status, lang), note));
    out.push_str("</section>\n");
    out
}

fn status_word(status: &str, lang: Lang) -> String {
    match status {
        "optimal" => w::STATUS_OPTIMAL.of(lang).to_string(),
        "time_limit" => w::STATUS_TIME_LIMIT.of(lang).to_string(),
        other => other.to_string(),
    }
}

/// Travel minutes of the placed students in bins of 10 minutes, up to the longest.
fn travel_bins(minutes: &[f64]) -> Vec<(String, usize)> {
    let Some(longest) = minutes.iter().copied().reduce(f64::max) else {
        return Vec::new();
    };
    let n = (longest / 10.0).floor() as usize + 1;
    let mut bins = vec![0usize; n];
    for m in minutes {
        bins[((m / 10.0).floor() as usize).min(n - 1)] += 1;
    }
    bins.into_iter()
        .enumerate()
        .map(|(i, c)| (format!("{}–{}", i * 10, i * 10 + 9), c))
        .collect()
}

fn travel_section(instance: &Instance, outcome: &Outcome, lang: Lang) -> String {
    let minutes: Vec<f64> = outcome
        .verdict
        .placed
        .iter()
        .filter_map(|&(s, wpb)| instance.travel.minutes(s, instance.supervisors[wpb].school))
        .collect();
    let title = w::TRAVEL_HEADING.of(lang);
    let chart = if minutes.is_empty() {
        format!("<p>{}</p>", w::TRAVEL_NONE.of(lang))
    } else {
        svg::histogram(title, w::TRAVEL_AXIS.of(lang), &travel_bins(&minutes))
    };
    format!("<section id=travel><h2>{title}</h2>\n{chart}\n</section>\n")
}

fn school_section(instance: &Instance, model: &Model, outcome: &Outcome, lang: Lang) -> String {
    let mut students = vec![0usize; instance.schools.len()];
    for &(_, wpb) in &outcome.verdict.placed {
        students[instance.supervisors[wpb].school] += 1;
    }
    let so_hours = school_so_hours(instance, model, &outcome.verdict.placed);
    let title = w::SCHOOLS_HEADING.of(lang);
    let bars: Vec<Bar> = instance
        .schools
        .iter()
        .enumerate()
        .map(|(c, school)| Bar {
            label: school.name.clone(),
            value: students[c] as f64,
            max: school.max_students.map(f64::from),
            text: match school.max_students {
                Some(m) => format!("{} / {m}", students[c]),
                None => students[c].to_string(),
            },
        })
        .collect();
    let mut out = format!(
        "<section id=schools><h2>{title}</h2>\n{}\n<table><tr><th>{}</th><th class=n>{}</th><th class=n>{}</th><th class=n>{}</th></tr>\n",
        svg::bars(title, &bars),
        w::SCHOOL.of(lang),
        w::PLACED.of(lang),
        w::CAPACITY.of(lang),
        w::SO_HOURS.of(lang)
    );
    for (c, school) in instance.schools.iter().enumerate() {
        let cap = school
            .max_students
            .map_or(w::NO_LIMIT.of(lang).to_string(), |m| m.to_string());
        let hours = match school.so_hours {
            Some(a) => format!("{} / {}", num(so_hours[c], 1, lang), num(a, 1, lang)),
            None => num(so_hours[c], 1, lang),
        };
        out.push_str(&format!(
            "<tr><td>{}</td><td class=n>{}</td><td class=n>{cap}</td><td class=n>{hours}</td></tr>\n",
            escape(&school.name),
            students[c]
        ));
    }
    out.push_str("</table></section>\n");
    out
}

fn unplaced_section(outcome: &Outcome, lang: Lang) -> String {
    let title = w::UNPLACED_HEADING.of(lang);
    if outcome.reasons.is_empty() {
        return format!(
            "<section id=unplaced><h2>{title}</h2>\n<p>{}</p></section>\n",
            w::ALL_PLACED.of(lang)
        );
    }
    // Per code: how many, and the action of its first student (the same per code).
    let mut by_code: BTreeMap<&str, (usize, &str)> = BTreeMap::new();
    for r in &outcome.reasons {
        by_code.entry(r.code).or_insert((0, &r.action)).0 += 1;
    }
    let mut codes: Vec<(&str, usize, &str)> =
        by_code.into_iter().map(|(c, (n, a))| (c, n, a)).collect();
    codes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let bars: Vec<Bar> = codes
        .iter()
        .map(|&(code, n, _)| Bar {
            label: code.to_string(),
            value: n as f64,
            max: None,
            text: n.to_string(),
        })
        .collect();
    let mut out = format!(
        "<section id=unplaced><h2>{title}</h2>\n{}\n<table><tr><th>{}</th><th class=n>{}</th><th>{}</th></tr>\n",
        svg::bars(title, &bars),
        w::REASON.of(lang),
        w::COUNT.of(lang),
        w::ACTION.of(lang)
    );
    for (code, n, action) in codes {
        out.push_str(&format!(
            "<tr><td><code>{}</code></td><td class=n>{n}</td><td>{}</td></tr>\n",
            escape(code),
            escape(action)
        ));
    }
    out.push_str("</table></section>\n");
    out
}

fn advice_section(instance: &Instance, model: &Model, advice: &Advice, lang: Lang) -> String {
    if advice.bottlenecks.is_empty() && advice.suggestions.is_empty() {
        return String::new();
    }
    let mut out = format!(
        "<section id=advice><h2>{}</h2>\n",
        w::ADVICE_HEADING.of(lang)
    );
    if !advice.bottlenecks.is_empty() {
        out.push_str(&format!("<h3>{}</h3>\n<ul>\n", w::BOTTLENECKS.of(lang)));
        for b in &advice.bottlenecks {
            out.push_str(&format!(
                "<li><b>B{}</b>: {}; {}.</li>\n",
                b.id,
                escape(&b.describe(instance, model, lang)),
                fill(
                    w::BOTTLENECK_KEEPS.of(lang),
                    &[("n", b.blocked.to_string())]
                )
            ));
        }
        out.push_str("</ul>\n");
    }
    out.push_str(&format!("<h3>{}</h3>\n", w::SUGGESTIONS.of(lang)));
    if advice.suggestions.is_empty() {
        out.push_str(&format!("<p>{}</p>\n", w::NO_SUGGESTIONS.of(lang)));
    } else {
        out.push_str(&format!(
            "<table><tr><th>{}</th><th class=n>{}</th></tr>\n",
            w::CHANGE.of(lang),
            w::GAIN.of(lang)
        ));
        for s in &advice.suggestions {
            let proven = if s.proven_best {
                w::PROVEN_BEST.of(lang)
            } else {
                ""
            };
            out.push_str(&format!(
                "<tr><td>{}</td><td class=n>{:+} {proven}</td></tr>\n",
                escape(&s.change.describe(instance, model, lang)),
                s.gain
            ));
        }
        out.push_str("</table>\n");
    }
    if advice.not_verified_in_time > 0 {
        out.push_str(&format!(
            "<p>{}</p>\n",
            fill(
                w::NOT_VERIFIED_IN_TIME.of(lang),
                &[("n", advice.not_verified_in_time.to_string())]
            )
        ));
    }
    out.push_str("</section>\n");
    out
}

fn warnings_section(warnings: &[Problem], lang: Lang) -> String {
    let title = w::WARNINGS_HEADING.of(lang);
    if warnings.is_empty() {
        return format!(
            "<section id=warnings><h2>{title}</h2>\n<p>{}</p></section>\n",
            w::WARNINGS_NONE.of(lang)
        );
    }
    let mut out = format!(
        "<section id=warnings><h2>{title}</h2>\n<table><tr><th>{}</th><th>code</th><th>{}</th></tr>\n",
        w::PLACE.of(lang),
        w::MESSAGE.of(lang)
    );
    for p in warnings.iter().take(WARNINGS_SHOWN) {
        out.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>\n",
            escape(&p.place()),
            p.code,
            escape(p.message.of(lang))
        ));
    }
    out.push_str("</table>\n");
    // Counted, not listed: a flood of one warning stands in the list as one entry.
    let shown: usize = warnings
        .iter()
        .take(WARNINGS_SHOWN)
        .map(Problem::count)
        .sum();
    let all = crate::input::problem::total(warnings);
    if all > shown {
        out.push_str(&format!(
            "<p>{}</p>\n",
            fill(
                w::WARNINGS_MORE.of(lang),
                &[("n", (all - shown).to_string())]
            )
        ));
    }
    out.push_str("</section>\n");
    out
}

fn manifest_section(model: &Model, manifest: &Manifest, lang: Lang) -> String {
    let mut out = format!(
        "<section id=manifest><h2>{}</h2>\n<table><tr><th>{}</th><th>SHA-256</th></tr>\n",
        w::MANIFEST_HEADING.of(lang),
        w::FILE.of(lang)
    );
    for f in &manifest.files {
        out.push_str(&format!(
            "<tr><td>{}</td><td><code>{}</code></td></tr>\n",
            escape(&f.name),
            f.sha256
        ));
    }
    let wt = &model.weights;
    let values = [
        wt.unplaced,
        wt.travel_minute,
        wt.same_type_as_previous,
        wt.preference_rank,
        wt.preference_unlisted,
        wt.uncertified_wpb,
    ];
    let weights: Vec<String> = w::WEIGHT_NAMES
        .iter()
        .zip(values)
        .map(|(n, v)| format!("{n} {}", super::files::number(v)))
        .collect();
    out.push_str(&format!(
        "</table>\n<table>\n<tr><th>{}</th><td>{} ({})</td></tr>\n<tr><th>{}</th><td>{}</td></tr>\n<tr><th>{}</th><td>stageplan {}</td></tr>\n<tr><th>{}</th><td>{}</td></tr>\n</table></section>\n",
        w::MODEL.of(lang),
        escape(&model.name),
        escape(&manifest.model_source),
        w::WEIGHTS.of(lang),
        escape(&weights.join(", ")),
        w::VERSION.of(lang),
        manifest.version,
        w::DATE.of(lang),
        manifest.date
    ));
    out
}

/// A number for people: thousands grouped, Dutch `1.234,5` or English `1,234.5`.
pub fn num(x: f64, decimals: usize, lang: Lang) -> String {
    let (group, point) = match lang {
        Lang::Nl => ('.', ','),
        Lang::En => (',', '.'),
    };
    let text = format!("{:.*}", decimals, x.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::new();
    for (i, ch) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(ch);
    }
    if !fraction.is_empty() {
        out.push(point);
        out.push_str(fraction);
    }
    if x < 0.0 && out.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.insert(0, '-');
    }
    out
}

fn percent(share: f64, lang: Lang) -> String {
    format!("{} %", num(share * 100.0, 1, lang))
}

/// Text safe inside HTML elements and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_the_dutch_or_english_way() {
        assert_eq!(num(122852.0, 2, Lang::Nl), "122.852,00");
        assert_eq!(num(122852.0, 2, Lang::En), "122,852.00");
        assert_eq!(num(1234567.891, 1, Lang::Nl), "1.234.567,9");
        assert_eq!(num(12.0, 0, Lang::Nl), "12");
        assert_eq!(num(-1500.5, 1, Lang::En), "-1,500.5");
        assert_eq!(num(-0.0001, 1, Lang::En), "0.0");
    }

    #[test]
    fn travel_bins_run_to_the_longest_journey() {
        let bins = travel_bins(&[0.0, 9.9, 10.0, 35.0]);
        let counts: Vec<usize> = bins.iter().map(|b| b.1).collect();
        assert_eq!(counts, vec![2, 1, 0, 1]);
        assert_eq!(bins[3].0, "30–39");
        assert!(travel_bins(&[]).is_empty());
    }

    #[test]
    fn markup_in_names_is_escaped() {
        assert_eq!(
            escape("<b>\"A&B\"</b>"),
            "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;"
        );
    }
}
