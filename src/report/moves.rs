//! report.html's section for a plan made against a published one (a repair, or a
//! scenario): who moved, from where to where, and why, as changes.csv lists them.

use super::page::escape;
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
    out.push_str(&format!(
        "<table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>\n",
        say::STUDENT.of(lang),
        say::FROM.of(lang),
        say::TO.of(lang),
        say::WHY.of(lang),
    ));
    for c in changes.iter().take(SHOWN) {
        out.push_str(&format!(
            "<tr><td>{} <small>{}</small></td><td>{}</td><td>{}</td><td>{} <small><code>{}</code></small></td></tr>\n",
            escape(&c.student_id),
            escape(&c.student_name),
            place(c.before.as_ref(), lang),
            place(c.after.as_ref(), lang),
            escape(c.reason.of(lang)),
            escape(c.code),
        ));
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
