//! Near misses for an unplaced student: the WPBs who teach the subject at a school the
//! student may go to, but lack one stage day or are full. They are the people the
//! coordinator would call.

use super::reasons::PlanLoad;
use crate::domain::{Instance, Model};
use crate::lang::{fill, Lang};
use crate::rules;

/// How many near misses to name before "and N more".
const SHOWN: usize = 8;

/// The near-miss lines for student `s` in the plan `load` (the plan without `s`), with
/// their heading; empty when there is none.
pub fn near_misses(
    instance: &Instance,
    model: &Model,
    load: &PlanLoad,
    s: usize,
    lang: Lang,
) -> Vec<String> {
    let t = lang.text();
    let student = &instance.students[s];
    let track = &model.tracks[student.track];
    let mut one_day = Vec::new();
    let mut full = Vec::new();
    for (w, wpb) in instance.supervisors.iter().enumerate() {
        if !rules::wpb_teaches_subject(&student.subject, wpb)
            || rules::school_exclusion(instance, model, s, wpb.school).is_some()
        {
            continue;
        }
        let school = &instance.schools[wpb.school];
        let args = |extra: (&'static str, String)| {
            vec![
                ("wpb", format!("{} ({})", wpb.id, wpb.name)),
                ("school", format!("{} ({})", school.id, school.name)),
                extra,
            ]
        };
        let missing: Vec<&str> = track
            .days
            .iter()
            .filter(|d| !wpb.days.iter().any(|x| x == *d))
            .map(|d| d.dutch())
            .collect();
        match missing.as_slice() {
            [] => {
                if let Some(why) = load.why_full(instance, model, s, w, lang) {
                    full.push(fill(t.near_full, &args(("why", why))));
                }
            }
            [day] => one_day.push(fill(t.near_day, &args(("day", day.to_string())))),
            _ => {}
        }
    }
    let all: Vec<String> = one_day.into_iter().chain(full).collect();
    if all.is_empty() {
        return Vec::new();
    }
    let mut lines = vec![t.near_heading.to_string()];
    lines.extend(all.iter().take(SHOWN).cloned());
    if all.len() > SHOWN {
        lines.push(format!(
            "  {}",
            fill(t.more, &[("n", (all.len() - SHOWN).to_string())])
        ));
    }
    lines
}
