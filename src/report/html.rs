//! report.html of one plan, for the stuurgroep: its figures, travel, schools, the
//! unplaced and the advice, from the page parts of `page`.

use super::files::{headline, Headline};
use super::manifest::Manifest;
use super::page::Align::{self, Left, Right};
use super::page::{
    escape, heading, manifest_section, num, page, percent, status_word, table_head, table_row,
};
use super::school_so_hours;
use super::svg::{self, Bar};
use crate::domain::{Instance, Model};
use crate::explain::{Advice, Explained, UnplacedReason};
use crate::input::problem::Problem;
use crate::lang::report as w;
use crate::lang::{fill, Lang};
use crate::outcome::Outcome;
use std::collections::BTreeMap;

/// Warnings listed in the report; the rest are in plan.xlsx.
const WARNINGS_SHOWN: usize = 20;

/// The report of one solved plan.
pub fn plan_report(
    instance: &Instance,
    model: &Model,
    outcome: &Outcome,
    explained: &Explained,
    warnings: &[Problem],
    manifest: &Manifest,
    lang: Lang,
) -> Vec<u8> {
    let h = headline(instance, &outcome.solved, &outcome.verdict);
    let title = match &manifest.scenario {
        Some(name) => fill(w::SCENARIO_TITLE.of(lang), &[("name", name.clone())]),
        None => w::TITLE.of(lang).to_string(),
    };
    let mut body = String::new();
    body.push_str(&heading(&title, &model.name, manifest, lang));
    body.push_str(&cards(instance, model, outcome, &h, lang));
    body.push_str(&super::moves::section(outcome, lang));
    let b =
        super::breakdown::breakdown(instance, model, &outcome.verdict.placed, &explained.reasons);
    body.push_str(&super::breakdown::section(&b, lang));
    body.push_str(&travel_section(instance, outcome, lang));
    body.push_str(&super::map::section(
        instance,
        &outcome.verdict.placed,
        lang,
    ));
    body.push_str(&super::journeys::section(instance, outcome, lang));
    body.push_str(&school_section(instance, model, outcome, lang));
    body.push_str(&unplaced_section(&explained.reasons, lang));
    if let Some(advice) = &explained.advice {
        body.push_str(&advice_section(instance, model, advice, lang));
    }
    body.push_str(&warnings_section(warnings, lang));
    body.push_str(&manifest_section(model, manifest, lang));
    page(&title, &body, lang)
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
        "optimal" if outcome.repair.is_some() => w::STATUS_REPAIR_OPTIMAL_NOTE.of(lang),
        "optimal" => w::STATUS_OPTIMAL_NOTE.of(lang),
        "time_limit" => w::STATUS_TIME_LIMIT_NOTE.of(lang),
        _ => w::STATUS.of(lang),
    };
    out.push_str(&card(&status_word(status, lang), note));
    out.push_str("</section>\n");
    out
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
    let columns = [
        (w::SCHOOL.of(lang), Left),
        (w::PLACED.of(lang), Right),
        (w::CAPACITY.of(lang), Right),
        (w::SO_HOURS.of(lang), Right),
    ];
    let mut out = charted_table("schools", title, &bars, &columns);
    for (c, school) in instance.schools.iter().enumerate() {
        let cap = school
            .max_students
            .map_or(w::NO_LIMIT.of(lang).to_string(), |m| m.to_string());
        let hours = match school.so_hours {
            Some(a) => format!("{} / {}", num(so_hours[c], 1, lang), num(a, 1, lang)),
            None => num(so_hours[c], 1, lang),
        };
        out.push_str(&table_row(&[
            (escape(&school.name), Left),
            (students[c].to_string(), Right),
            (cap, Right),
            (hours, Right),
        ]));
    }
    out.push_str("</table></section>\n");
    out
}

/// A section's opening: its heading, a bar chart, and the head of the table below it.
fn charted_table(id: &str, title: &str, bars: &[Bar], columns: &[(&str, Align)]) -> String {
    let (chart, head) = (svg::bars(title, bars), table_head(columns));
    format!("<section id={id}><h2>{title}</h2>\n{chart}\n{head}")
}

/// A section with nothing to list: its heading and one sentence that says so.
fn quiet_section(id: &str, title: &str, none: &str) -> String {
    format!("<section id={id}><h2>{title}</h2>\n<p>{none}</p></section>\n")
}

fn unplaced_section(reasons: &[UnplacedReason], lang: Lang) -> String {
    let title = w::UNPLACED_HEADING.of(lang);
    if reasons.is_empty() {
        return quiet_section("unplaced", title, w::ALL_PLACED.of(lang));
    }
    // Per code: how many, and the action of its first student (the same per code).
    let mut by_code: BTreeMap<&str, (usize, &str)> = BTreeMap::new();
    for r in reasons {
        by_code.entry(r.code).or_insert((0, &r.action)).0 += 1;
    }
    let mut codes: Vec<(&str, usize, &str)> =
        by_code.into_iter().map(|(c, (n, a))| (c, n, a)).collect();
    codes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let bars: Vec<Bar> = codes
        .iter()
        .map(|&(code, n, _)| Bar {
            label: w::reason_words(code).of(lang).to_string(),
            value: n as f64,
            max: None,
            text: n.to_string(),
        })
        .collect();
    let columns = [
        (w::REASON.of(lang), Left),
        (w::COUNT.of(lang), Right),
        (w::ACTION.of(lang), Left),
    ];
    let mut out = charted_table("unplaced", title, &bars, &columns);
    for (code, n, action) in codes {
        let reason = format!(
            "{} <small><code>{}</code></small>",
            escape(w::reason_words(code).of(lang)),
            escape(code)
        );
        out.push_str(&table_row(&[
            (reason, Left),
            (n.to_string(), Right),
            (escape(action), Left),
        ]));
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
        out.push_str(&table_head(&[
            (w::CHANGE.of(lang), Left),
            (w::GAIN.of(lang), Right),
        ]));
        for s in &advice.suggestions {
            let proven = if s.proven_best {
                w::PROVEN_BEST.of(lang)
            } else {
                ""
            };
            out.push_str(&table_row(&[
                (escape(&s.change.describe(instance, model, lang)), Left),
                (format!("{:+} {proven}", s.gain), Right),
            ]));
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
        return quiet_section("warnings", title, w::WARNINGS_NONE.of(lang));
    }
    let mut out = format!(
        "<section id=warnings><h2>{title}</h2>\n{}",
        table_head(&[
            (w::PLACE.of(lang), Left),
            ("code", Left),
            (w::MESSAGE.of(lang), Left),
        ])
    );
    for p in warnings.iter().take(WARNINGS_SHOWN) {
        out.push_str(&table_row(&[
            (escape(&p.place()), Left),
            (p.code.to_string(), Left),
            (escape(p.message.of(lang)), Left),
        ]));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn travel_bins_run_to_the_longest_journey() {
        let bins = travel_bins(&[0.0, 9.9, 10.0, 35.0]);
        let counts: Vec<usize> = bins.iter().map(|b| b.1).collect();
        assert_eq!(counts, vec![2, 1, 0, 1]);
        assert_eq!(bins[3].0, "30–39");
        assert!(travel_bins(&[]).is_empty());
    }
}
