//! report.html's section for a plan made against a published one (a repair, or a
//! scenario): who moved, from where to where, and why, as changes.csv lists them.

use super::page::Align::Left;
use super::page::{escape, table_head, table_row};
use crate::lang::repair as say;
use crate::lang::{fill, Lang};
use crate::outcome::Outcome;

/// Moves listed; the rest are in changes.csv.
const SHOWN: usize = 200;

/// "school (WPB)", or "not placed".
fn place(at: Option<&(String, String)>, lang: Lang) -> String {
    match at {
        Some((school, wpb)) => format!("{} ({})", escape(school), escape(wpb)),
        None => say::NOWHERE.of(lang).to_string(),
    }
}

/// The section, or nothing when the plan was not made against a published one.
pub fn section(outcome: &Outcome, lang: Lang) -> String {
    let Some(changes) = &outcome.changes else {
        return String::new();
    };
    let mut out = format!("<section id=moves><h2>{}</h2>\n", say::HEADING.of(lang));
    if let Some(r) = &outcome.repair {
        out.push_str(&format!(
            "<p>{}</p>\n",
            fill(
                say::SUMMARY.of(lang),
                &[
                    ("placed", r.baseline_placed.to_string()),
                    ("kept", r.kept.to_string()),
                    ("moved", r.moved.to_string()),
                    ("new", r.newly_placed.to_string()),
                ],
            )
        ));
    }
    if changes.is_empty() {
        out.push_str(&format!("<p>{}</p></section>\n", say::NONE_MOVED.of(lang)));
        return out;
    }
    out.push_str(&table_head(&[
        (say::STUDENT.of(lang), Left),
        (say::FROM.of(lang), Left),
        (say::TO.of(lang), Left),
        (say::WHY.of(lang), Left),
    ]));
    for c in changes.iter().take(SHOWN) {
        let student = format!(
            "{} <small>{}</small>",
            escape(&c.student_id),
            escape(&c.student_name)
        );
        let why = format!(
            "{} <small><code>{}</code></small>",
            escape(c.reason.of(lang)),
            escape(c.code)
        );
        out.push_str(&table_row(&[
            (student, Left),
            (place(c.before.as_ref(), lang), Left),
            (place(c.after.as_ref(), lang), Left),
            (why, Left),
        ]));
    }
    out.push_str("</table>\n");
    if changes.len() > SHOWN {
        out.push_str(&format!(
            "<p>{}</p>\n",
            fill(
                crate::lang::report::MORE_IN_CHANGES.of(lang),
                &[("n", (changes.len() - SHOWN).to_string())]
            )
        ));
    }
    out.push_str("</section>\n");
    out
}
