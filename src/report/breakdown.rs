//! The stuurgroep's question: are the institutes and their tracks treated alike? One row
//! per institute and per track: students, placed, share, unplaced by reason, travel and
//! first choices. report.html shows it as tables, plan.xlsx as a sheet.

use super::page::Align::{self, Left, Right};
use super::page::{escape, num, percent, table_head, table_row};
use crate::domain::{Instance, Model};
use crate::explain::UnplacedReason;
use crate::lang::report as w;
use crate::lang::Lang;
use std::collections::BTreeMap;

/// The figures of one institute or track.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Row {
    pub id: String,
    pub name: String,
    pub students: usize,
    pub placed: usize,
    /// Unplaced students per reason code, codes in order.
    pub unplaced: BTreeMap<&'static str, usize>,
    /// Travel minutes of the placed students whose time is known.
    travel: Vec<f64>,
    /// Placed students who listed preferences, and of them those at their first choice.
    with_preferences: usize,
    pub first_choice: usize,
}

impl Row {
    /// Placed as a share of the students, 0 without students.
    pub fn placed_share(&self) -> f64 {
        share(self.placed, self.students)
    }

    /// Mean travel minutes of the placed students, `None` when none is known.
    pub fn travel_mean(&self) -> Option<f64> {
        (!self.travel.is_empty())
            .then(|| self.travel.iter().sum::<f64>() / self.travel.len() as f64)
    }

    /// Longest travel minutes of the placed students.
    pub fn travel_max(&self) -> Option<f64> {
        self.travel.iter().copied().reduce(f64::max)
    }

    /// Of the placed students who listed preferences, the share at their first choice.
    pub fn first_choice_share(&self) -> Option<f64> {
        (self.with_preferences > 0).then(|| share(self.first_choice, self.with_preferences))
    }
}

fn share(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// The rows per institute, then per track, in the model's order.
pub struct Breakdown {
    pub institutes: Vec<Row>,
    pub tracks: Vec<Row>,
}

/// Counts every student of the plan into its track's and its institute's row.
pub fn breakdown(
    instance: &Instance,
    model: &Model,
    placed: &[(usize, usize)],
    reasons: &[UnplacedReason],
) -> Breakdown {
    let mut tracks: Vec<Row> = model
        .tracks
        .iter()
        .map(|t| Row {
            id: t.id.clone(),
            name: t.name.clone(),
            ..Row::default()
        })
        .collect();
    for student in &instance.students {
        tracks[student.track].students += 1;
    }
    for &(s, wpb) in placed {
        let student = &instance.students[s];
        let c = instance.supervisors[wpb].school;
        let row = &mut tracks[student.track];
        row.placed += 1;
        row.travel.extend(instance.travel.minutes(s, c));
        if student.has_preferences() {
            row.with_preferences += 1;
            if student.preferences.first() == Some(&Some(c)) {
                row.first_choice += 1;
            }
        }
    }
    for r in reasons {
        let row = &mut tracks[instance.students[r.student].track];
        *row.unplaced.entry(r.code).or_default() += 1;
    }
    let institutes = model
        .institutes
        .iter()
        .map(|i| {
            let mut row = Row {
                id: i.id.clone(),
                name: i.name.clone(),
                ..Row::default()
            };
            for (t, track) in tracks.iter().enumerate() {
                if model.tracks[t].institute == i.id {
                    row.students += track.students;
                    row.placed += track.placed;
                    row.travel.extend(&track.travel);
                    row.with_preferences += track.with_preferences;
                    row.first_choice += track.first_choice;
                    for (code, n) in &track.unplaced {
                        *row.unplaced.entry(code).or_default() += n;
                    }
                }
            }
            row
        })
        .collect();
    // A track without students says nothing to the stuurgroep.
    tracks.retain(|r| r.students > 0);
    Breakdown { institutes, tracks }
}

/// "3 no WPB on the stage days R2_…" per reason, each code small beside its words.
fn unplaced_cell(row: &Row, lang: Lang) -> String {
    if row.unplaced.is_empty() {
        return "–".into();
    }
    row.unplaced
        .iter()
        .map(|(code, n)| {
            format!(
                "{n} {} <small><code>{}</code></small>",
                escape(w::reason_words(code).of(lang)),
                escape(code)
            )
        })
        .collect::<Vec<_>>()
        .join("<br>")
}

fn table(id: &str, title: &str, first: &str, rows: &[Row], lang: Lang) -> String {
    let min = w::MINUTES.of(lang);
    let minutes =
        |x: Option<f64>, d| x.map_or("–".into(), |m| format!("{} {min}", num(m, d, lang)));
    let share = |x: Option<f64>| x.map_or("–".into(), |x| percent(x, lang));
    let name = |r: &Row| format!("{} <small>{}</small>", escape(&r.id), escape(&r.name));
    // Each header beside the cell it heads, so the two cannot drift apart.
    let columns: [(&str, Align, &dyn Fn(&Row) -> String); 8] = [
        (first, Left, &name),
        (w::STUDENTS.of(lang), Right, &|r| r.students.to_string()),
        (w::PLACED.of(lang), Right, &|r| r.placed.to_string()),
        (w::SHARE_PLACED.of(lang), Right, &|r| {
            percent(r.placed_share(), lang)
        }),
        (w::UNPLACED_BY_REASON.of(lang), Left, &|r| {
            unplaced_cell(r, lang)
        }),
        (w::TRAVEL_MEAN.of(lang), Right, &|r| {
            minutes(r.travel_mean(), 1)
        }),
        (w::TRAVEL_MAX.of(lang), Right, &|r| {
            minutes(r.travel_max(), 0)
        }),
        (w::FIRST_CHOICE.of(lang), Right, &|r| {
            share(r.first_choice_share())
        }),
    ];
    let head: Vec<_> = columns
        .iter()
        .map(|&(label, align, _)| (label, align))
        .collect();
    let mut out = format!("<section id={id}><h2>{title}</h2>\n{}", table_head(&head));
    for row in rows {
        let cells: Vec<_> = columns
            .iter()
            .map(|(_, align, cell)| (cell(row), *align))
            .collect();
        out.push_str(&table_row(&cells));
    }
    out.push_str("</table></section>\n");
    out
}

/// The two tables of report.html: per institute, then per track.
pub fn section(b: &Breakdown, lang: Lang) -> String {
    table(
        "institutes",
        w::INSTITUTES_HEADING.of(lang),
        w::INSTITUTE.of(lang),
        &b.institutes,
        lang,
    ) + &table(
        "tracks",
        w::TRACKS_HEADING.of(lang),
        w::TRACK.of(lang),
        &b.tracks,
        lang,
    )
}
