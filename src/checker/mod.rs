//! The independent checker: re-checks any plan (also a hand-made one) against the input
//! and recomputes the objective. It deliberately shares no code with `rules` or `solve`,
//! so a mistake in the model builder cannot hide behind the same mistake here.

mod capacities;
mod objective;
mod pair_rules;
mod plan_file;
mod violations;

pub use objective::{terms, ObjectiveTerms};
pub use plan_file::{read_plan, PlanRow};
pub use violations::LISTED_PER_RULE;

use crate::domain::{Instance, Model};
use crate::lang::checker as say;
use crate::lang::Said;
use std::collections::HashMap;

/// A broken hard rule, for one student (or one WPB or school, named in the message).
#[derive(Debug, Clone, PartialEq)]
pub struct Violation {
    /// Line in the plan file, 0 when the violation is about a group or a capacity.
    pub line: usize,
    pub student: String,
    /// Rule number of FORMAT.md section 3; 0 for a plan row that cannot be read.
    pub rule: u8,
    /// The rule's name, as in the code and the README.
    pub name: &'static str,
    /// In both languages: the reader's is chosen where it is shown.
    pub message: Said,
    /// 0 for a violation; otherwise this entry stands for that many further violations
    /// of its rule, counted but not listed.
    pub more: usize,
}

/// The checker's verdict on a plan.
#[derive(Debug, Clone)]
pub struct Verdict {
    pub violations: Vec<Violation>,
    /// Pins honoured although they break a rule (rule 8), as sentences.
    pub notes: Vec<Said>,
    pub terms: ObjectiveTerms,
    pub objective: f64,
    /// (student index, WPB index) of each accepted plan row.
    pub placed: Vec<(usize, usize)>,
}

struct Check<'a> {
    instance: &'a Instance,
    model: &'a Model,
    violations: violations::Found,
    notes: Vec<Said>,
}

impl Check<'_> {
    pub(super) fn broken(
        &mut self,
        line: usize,
        student: &str,
        rule: u8,
        name: &'static str,
        message: Said,
    ) {
        self.violations.push(Violation {
            line,
            student: student.to_string(),
            rule,
            name,
            message,
            more: 0,
        });
    }

    /// The paid appointment when the track lets it count as the placement.
    pub(super) fn accepted_paid(&self, s: usize) -> Option<crate::domain::PaidAppointment> {
        let st = &self.instance.students[s];
        let t = &self.model.tracks[st.track];
        let paid = st.paid?;
        let fte = paid.fte?;
        (t.paid_max_fte > 0.0 && fte >= t.paid_min_fte && fte <= t.paid_max_fte).then_some(paid)
    }
}

/// Checks a plan against every hard rule of FORMAT.md and recomputes its objective.
pub fn check_plan(instance: &Instance, model: &Model, rows: &[PlanRow]) -> Verdict {
    let mut check = Check {
        instance,
        model,
        violations: violations::Found::default(),
        notes: Vec::new(),
    };
    let students = instance.student_index();
    let wpbs = instance.wpb_index();
    let mut first_row: HashMap<usize, usize> = HashMap::new();
    let mut placed = Vec::new();
    for row in rows {
        let Some(&s) = students.get(row.student_id.as_str()) else {
            check.broken(
                row.line,
                &row.student_id,
                0,
                "known_student",
                (&say::UNKNOWN_STUDENT).into(),
            );
            continue;
        };
        let Some(&w) = wpbs.get(row.wpb_id.as_str()) else {
            check.broken(
                row.line,
                &row.student_id,
                0,
                "known_wpb",
                say::UNKNOWN_WPB.say(&[("wpb", row.wpb_id.clone())]),
            );
            continue;
        };
        let school = &instance.schools[instance.supervisors[w].school];
        if school.id != row.school_id {
            check.broken(
                row.line,
                &row.student_id,
                0,
                "wpb_works_at_school",
                say::WRONG_SCHOOL.say(&[
                    ("wpb", row.wpb_id.clone()),
                    ("school", school.id.clone()),
                    ("given", row.school_id.clone()),
                ]),
            );
            continue;
        }
        if let Some(first) = first_row.insert(s, row.line) {
            check.broken(
                row.line,
                &row.student_id,
                0,
                "one_wpb_per_student",
                say::TWICE.say(&[("first", first.to_string())]),
            );
            continue;
        }
        check.pair_rules(row.line, s, w);
        placed.push((s, w));
    }
    check.capacities(&placed);
    check.pins_and_groups(&placed);
    let terms = objective::terms(instance, &placed);
    let objective = terms.total(&model.weights);
    Verdict {
        violations: check.violations.finish(),
        notes: check.notes,
        terms,
        objective,
        placed,
    }
}

#[cfg(test)]
mod tests;
