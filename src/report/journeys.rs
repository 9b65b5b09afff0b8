//! report.html's section on the longest journeys of placed students, with how each goes,
//! when travel.csv carries the journey summaries of `stageplan travel`.

use super::page::Align::Left;
use super::page::{escape, table_head, table_row};
use crate::domain::Instance;
use crate::lang::report as words;
use crate::lang::transit as say;
use crate::lang::Lang;
use crate::outcome::Outcome;

/// Journeys listed; the rest are in travel.csv.
const SHOWN: usize = 20;

/// The section, or nothing when no placed student's journey is described.
pub fn section(instance: &Instance, outcome: &Outcome, lang: Lang) -> String {
    let mut rows: Vec<(f64, usize, usize, String)> = outcome
        .verdict
        .placed
        .iter()
        .filter_map(|&(s, w)| {
            let c = instance.supervisors[w].school;
            let text = crate::transit::describe::journey(instance, s, c, lang)?;
            Some((instance.travel.minutes(s, c).unwrap_or(0.0), s, c, text))
        })
        .collect();
    if rows.is_empty() {
        return String::new();
    }
    // Longest first; the student's order settles equal journeys, so the page is stable.
    rows.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut out = format!(
        "<section id=journeys><h2>{}</h2>\n<p class=sub>{}</p>\n{}",
        say::JOURNEYS_HEADING.of(lang),
        say::JOURNEYS_NOTE.of(lang),
        table_head(&[
            (say::STUDENT.of(lang), Left),
            (words::SCHOOL.of(lang), Left),
            (say::JOURNEY_COLUMN.of(lang), Left),
        ]),
    );
    for (_, s, c, text) in rows.into_iter().take(SHOWN) {
        let (student, school) = (&instance.students[s], &instance.schools[c]);
        out.push_str(&table_row(&[
            (
                format!("{} ({})", escape(&student.id), escape(&student.name)),
                Left,
            ),
            (
                format!("{} ({})", escape(&school.id), escape(&school.name)),
                Left,
            ),
            (escape(&text), Left),
        ]));
    }
    out.push_str("</table></section>\n");
    out
}
