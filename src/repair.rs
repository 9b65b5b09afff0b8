//! Comparing a plan with a published one: who stays, who moves and why. Used by
//! `solve --baseline-plan` (repair with minimal disruption) and by `sweep` (changes.csv).

use crate::checker::PlanRow;
use crate::domain::{Instance, Model};
use crate::lang::repair as say;
use crate::lang::{Lang, Said};
use crate::rules;
use crate::solve::Before;
use std::collections::{BTreeMap, HashMap};

/// `moved_student` when the model does not name it: a move is worth it to place another
/// student (`unplaced` = 10,000 in the HOS model) but not to save an hour of travel.
pub const DEFAULT_MOVED_WEIGHT: f64 = 1000.0;

/// A published plan by ids, as plan.csv holds it.
#[derive(Debug, Clone, Default)]
pub struct Baseline {
    /// student id -> (school id, WPB id)
    pub placed: BTreeMap<String, (String, String)>,
}

impl Baseline {
    /// The plan of plan.csv rows.
    pub fn from_rows(rows: &[PlanRow]) -> Baseline {
        Baseline {
            placed: rows
                .iter()
                .map(|r| {
                    (
                        r.student_id.clone(),
                        (r.school_id.clone(), r.wpb_id.clone()),
                    )
                })
                .collect(),
        }
    }

    /// The plan of (student, WPB) index pairs of an instance.
    pub fn from_placed(instance: &Instance, placed: &[(usize, usize)]) -> Baseline {
        Baseline {
            placed: placed
                .iter()
                .map(|&(s, w)| {
                    let wpb = &instance.supervisors[w];
                    (
                        instance.students[s].id.clone(),
                        (instance.schools[wpb.school].id.clone(), wpb.id.clone()),
                    )
                })
                .collect(),
        }
    }

    /// Where each student of `instance` was, by index; students of the plan who are not
    /// in the instance are left out (they are listed by [`changes`]).
    pub fn before(&self, instance: &Instance) -> Vec<Before> {
        let wpbs = instance.wpb_index();
        instance
            .students
            .iter()
            .map(|s| match self.placed.get(&s.id) {
                None => Before::Unplaced,
                Some((_, wpb)) => wpbs
                    .get(wpb.as_str())
                    .map_or(Before::WpbGone, |&w| Before::With(w)),
            })
            .collect()
    }

    /// The WPB of each student as a start for the solver.
    pub fn start(&self, instance: &Instance) -> Vec<Option<usize>> {
        self.before(instance)
            .into_iter()
            .map(|b| match b {
                Before::With(w) => Some(w),
                _ => None,
            })
            .collect()
    }
}

/// One student whose school or WPB differs from the published plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub student_id: String,
    pub student_name: String,
    pub before: Option<(String, String)>,
    pub after: Option<(String, String)>,
    pub code: &'static str,
    /// Why, in both languages: changes.csv and report.html speak the run's.
    pub reason: Said,
}

/// The students pinned to WPB `w` who hold one of its seats in the plan `now`, when its
/// seats are all taken: they, not a smaller capacity, made the students of before move.
fn pinned_in_seat(instance: &Instance, w: usize, now: &HashMap<usize, usize>) -> Vec<String> {
    let taken = now.values().filter(|&&v| v == w).count();
    if taken < instance.supervisors[w].max_students as usize {
        return Vec::new();
    }
    let mut pinned: Vec<String> = now
        .iter()
        .filter(|&(&s, &v)| v == w && instance.students[s].pinned_wpb == Some(w))
        .map(|(&s, _)| instance.students[s].id.clone())
        .collect();
    pinned.sort();
    pinned
}

/// Why a student of the published plan is no longer with their WPB.
fn why_moved(
    instance: &Instance,
    model: &Model,
    s: usize,
    wpb_id: &str,
    load: &HashMap<&str, usize>,
    now: &HashMap<usize, usize>,
    repaired: bool,
) -> (&'static str, Said) {
    let Some(w) = instance.supervisors.iter().position(|w| w.id == wpb_id) else {
        return (
            "WPB_GONE",
            say::WPB_GONE.say(&[("wpb", wpb_id.to_string())]),
        );
    };
    let student = &instance.students[s];
    if let Some(p) = student.pinned_wpb.filter(|&p| p != w) {
        return (
            "PINNED_ELSEWHERE",
            say::PINNED_ELSEWHERE.say(&[("wpb", instance.supervisors[p].id.clone())]),
        );
    }
    if let Some(why) = rules::pair_exclusion(instance, model, s, w) {
        return (
            why.code(),
            Said {
                nl: say::BREAKS_RULE.with_lang(
                    Lang::Nl,
                    &[
                        ("rule", why.rule().to_string()),
                        ("why", Lang::Nl.text().rule(why).to_string()),
                    ],
                ),
                en: say::BREAKS_RULE.with_lang(
                    Lang::En,
                    &[
                        ("rule", why.rule().to_string()),
                        ("why", Lang::En.text().rule(why).to_string()),
                    ],
                ),
            },
        );
    }
    let pinned = pinned_in_seat(instance, w, now);
    if !pinned.is_empty() {
        return (
            "ROOM_FOR_PIN",
            say::ROOM_FOR_PIN.say(&[
                ("wpb", wpb_id.to_string()),
                ("n", pinned.len().to_string()),
                ("pinned", pinned.join(", ")),
            ]),
        );
    }
    let wpb = &instance.supervisors[w];
    if (wpb.max_students as usize) < load.get(wpb_id).copied().unwrap_or(0) {
        return (
            "R5_WPB_CAPACITY",
            say::WPB_FEWER.say(&[
                ("wpb", wpb_id.to_string()),
                ("n", wpb.max_students.to_string()),
            ]),
        );
    }
    if repaired {
        ("MOVED_TO_MAKE_ROOM", say::MOVED_TO_MAKE_ROOM.say(&[]))
    } else {
        ("REPLANNED", say::REPLANNED.say(&[]))
    }
}

/// Every student whose school or WPB differs between `baseline` and the plan `placed`
/// (student, WPB) of `instance`, with the reason, ordered by student id. `repaired` says
/// whether the plan was made by a repair (moves cost) or from scratch.
pub fn changes(
    instance: &Instance,
    model: &Model,
    baseline: &Baseline,
    placed: &[(usize, usize)],
    repaired: bool,
) -> Vec<Change> {
    let now: HashMap<usize, usize> = placed.iter().copied().collect();
    let index = instance.student_index();
    let mut load: HashMap<&str, usize> = HashMap::new();
    for (_, wpb) in baseline.placed.values() {
        *load.entry(wpb.as_str()).or_default() += 1;
    }
    let after_of = |s: usize| {
        now.get(&s).map(|&w| {
            let wpb = &instance.supervisors[w];
            (instance.schools[wpb.school].id.clone(), wpb.id.clone())
        })
    };
    let mut out = Vec::new();
    for (id, before) in &baseline.placed {
        let Some(&s) = index.get(id.as_str()) else {
            out.push(Change {
                student_id: id.clone(),
                student_name: String::new(),
                before: Some(before.clone()),
                after: None,
                code: "STUDENT_REMOVED",
                reason: say::STUDENT_REMOVED.say(&[]),
            });
            continue;
        };
        let after = after_of(s);
        if after.as_ref() == Some(before) {
            continue;
        }
        let (code, reason) = why_moved(instance, model, s, &before.1, &load, &now, repaired);
        out.push(Change {
            student_id: id.clone(),
            student_name: instance.students[s].name.clone(),
            before: Some(before.clone()),
            after,
            code,
            reason,
        });
    }
    for (s, student) in instance.students.iter().enumerate() {
        if baseline.placed.contains_key(&student.id) || !now.contains_key(&s) {
            continue;
        }
        out.push(Change {
            student_id: student.id.clone(),
            student_name: student.name.clone(),
            before: None,
            after: after_of(s),
            code: "NEWLY_PLACED",
            reason: say::NEWLY_PLACED.say(&[]),
        });
    }
    out.sort_by(|a, b| a.student_id.cmp(&b.student_id));
    out
}

/// changes.csv: one row per student whose school or WPB changed, reasons in `lang`.
pub fn changes_csv(changes: &[Change], lang: Lang) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record([
        "student_id",
        "student_name",
        "school_before",
        "wpb_before",
        "school_after",
        "wpb_after",
        "reason_code",
        "reason",
    ]);
    for c in changes {
        let (sb, wb) = c.before.clone().unwrap_or_default();
        let (sa, wa) = c.after.clone().unwrap_or_default();
        let _ = w.write_record([
            c.student_id.as_str(),
            &c.student_name,
            &sb,
            &wb,
            &sa,
            &wa,
            c.code,
            c.reason.of(lang),
        ]);
    }
    w.into_inner().unwrap_or_default()
}
