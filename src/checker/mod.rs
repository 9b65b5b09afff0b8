//! The independent checker: re-checks any plan (also a hand-made one) against the input
//! and recomputes the objective. It deliberately shares no code with `rules` or `solve`,
//! so a mistake in the model builder cannot hide behind the same mistake here.

mod objective;
mod plan_file;
mod violations;

pub use objective::{terms, ObjectiveTerms};
pub use plan_file::{read_plan, PlanRow};
pub use violations::LISTED_PER_RULE;

use crate::domain::{Instance, Model};
use crate::lang::checker as say;
use crate::lang::Said;
use std::collections::{BTreeMap, HashMap};

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
    fn broken(&mut self, line: usize, student: &str, rule: u8, name: &'static str, message: Said) {
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
    fn accepted_paid(&self, s: usize) -> Option<crate::domain::PaidAppointment> {
        let st = &self.instance.students[s];
        let t = &self.model.tracks[st.track];
        let paid = st.paid?;
        let fte = paid.fte?;
        (t.paid_max_fte > 0.0 && fte >= t.paid_min_fte && fte <= t.paid_max_fte).then_some(paid)
    }

    /// Rules 1-4 and 7 for one placed pair; a pinned pair is honoured with a note instead.
    fn pair_rules(&mut self, line: usize, s: usize, w: usize) {
        let inst = self.instance;
        let st = &inst.students[s];
        let wpb = &inst.supervisors[w];
        let c = wpb.school;
        let track = &self.model.tracks[st.track];
        let mut broken: Vec<(u8, &'static str, Said)> = Vec::new();
        // Rule 1: the WPB teaches the student's subject.
        if !wpb
            .subjects
            .iter()
            .any(|x| x.eq_ignore_ascii_case(&st.subject))
        {
            broken.push((
                1,
                "wpb_teaches_subject",
                say::NOT_TEACHING.say(&[("wpb", wpb.id.clone()), ("subject", st.subject.clone())]),
            ));
        }
        // Rule 2: the WPB is present on every stage day of the track.
        let missing: Vec<_> = track
            .days
            .iter()
            .filter(|d| !wpb.days.iter().any(|x| x == *d))
            .map(|d| d.dutch())
            .collect();
        if !missing.is_empty() {
            broken.push((
                2,
                "wpb_present_on_stage_days",
                say::ABSENT.say(&[
                    ("wpb", wpb.id.clone()),
                    ("days", missing.join(", ")),
                    ("track", track.id.clone()),
                ]),
            ));
        }
        // Rule 3: travel within the limit, except at the accepted paid school. No journey
        // (an empty travel time) is out of reach whatever the limit.
        if inst.travel.no_journey(s, c) {
            broken.push((
                3,
                "travel_within_limit",
                say::NO_JOURNEY.say(&[("school", inst.schools[c].id.clone())]),
            ));
        } else if let Some(limit) = self.model.travel_limit_minutes {
            if self.accepted_paid(s).and_then(|p| p.school) != Some(c) {
                match inst.travel.minutes(s, c) {
                    Some(m) if m <= limit => {}
                    Some(m) => broken.push((
                        3,
                        "travel_within_limit",
                        say::TOO_FAR.say(&[
                            ("school", inst.schools[c].id.clone()),
                            ("minutes", m.to_string()),
                            ("limit", limit.to_string()),
                        ]),
                    )),
                    None => broken.push((
                        3,
                        "travel_within_limit",
                        say::TRAVEL_UNKNOWN.say(&[("school", inst.schools[c].id.clone())]),
                    )),
                }
            }
        }
        // Rule 4: not the previous placement's school, not an excluded school.
        if self.model.different_school_than_previous && st.previous_school == Some(c) {
            broken.push((
                4,
                "not_previous_school",
                say::PREVIOUS.say(&[("school", inst.schools[c].id.clone())]),
            ));
        }
        if st.excluded_schools.contains(&c) {
            broken.push((
                4,
                "not_excluded_school",
                say::EXCLUDED.say(&[("school", inst.schools[c].id.clone())]),
            ));
        }
        // Rule 7: an accepted paid appointment places the student at the paid school.
        if let Some(p) = self.accepted_paid(s) {
            if p.school != Some(c) {
                broken.push((
                    7,
                    "paid_appointment_school",
                    say::PAID_ELSEWHERE.say_in(&[
                        (
                            "paid",
                            &p.school.map_or(Said::from(&say::OUTSIDE), |p| {
                                Said::plain(&inst.schools[p].id)
                            }),
                        ),
                        ("school", &Said::plain(&inst.schools[c].id)),
                    ]),
                ));
            }
        }
        let pinned_here = st.pinned_wpb == Some(w);
        for (rule, name, message) in broken {
            if pinned_here {
                self.notes.push(say::PIN_NOTE.say_in(&[
                    ("student", &Said::plain(&st.id)),
                    ("rule", &Said::plain(&rule.to_string())),
                    ("name", &Said::plain(name)),
                    ("message", &message),
                ]));
            } else {
                self.broken(line, &st.id, rule, name, message);
            }
        }
    }

    /// Rules 5 and 6: WPB and school capacities. A group costs its school the largest
    /// `so_hours_per_group` of its members' tracks once, on top of the members' hours.
    fn capacities(&mut self, placed: &[(usize, usize)]) {
        let inst = self.instance;
        let mut wpb_load: BTreeMap<usize, (u32, f64)> = BTreeMap::new();
        let mut school_load: BTreeMap<usize, (u32, f64)> = BTreeMap::new();
        let mut groups_at: BTreeMap<&str, std::collections::BTreeSet<usize>> = BTreeMap::new();
        for &(s, w) in placed {
            let t = &self.model.tracks[inst.students[s].track];
            let e = wpb_load.entry(w).or_default();
            *e = (e.0 + 1, e.1 + t.wpb_hours);
            let c = inst.supervisors[w].school;
            let e = school_load.entry(c).or_default();
            *e = (e.0 + 1, e.1 + t.so_hours);
            if let Some(g) = &inst.students[s].group {
                groups_at.entry(g).or_default().insert(c);
            }
        }
        let mut per_group: BTreeMap<&str, f64> = BTreeMap::new();
        for st in &inst.students {
            if let Some(g) = &st.group {
                let h = self.model.tracks[st.track].so_hours_per_group;
                let e = per_group.entry(g).or_default();
                *e = e.max(h);
            }
        }
        for (g, schools) in groups_at {
            for c in schools {
                school_load.entry(c).or_default().1 += per_group[g];
            }
        }
        for (w, (n, h)) in wpb_load {
            let wpb = &inst.supervisors[w];
            if n > wpb.max_students {
                self.broken(
                    0,
                    "",
                    5,
                    "wpb_capacity",
                    say::WPB_STUDENTS.say(&[
                        ("wpb", wpb.id.clone()),
                        ("n", n.to_string()),
                        ("max", wpb.max_students.to_string()),
                    ]),
                );
            }
            if wpb.max_hours.is_some_and(|m| h > m + 1e-6) {
                self.broken(
                    0,
                    "",
                    5,
                    "wpb_capacity",
                    say::WPB_HOURS.say(&[
                        ("wpb", wpb.id.clone()),
                        ("hours", h.to_string()),
                        ("max", wpb.max_hours.unwrap_or_default().to_string()),
                    ]),
                );
            }
        }
        for (c, (n, h)) in school_load {
            let school = &inst.schools[c];
            if school.max_students.is_some_and(|m| n > m) {
                self.broken(
                    0,
                    "",
                    6,
                    "school_capacity",
                    say::SCHOOL_STUDENTS.say(&[
                        ("school", school.id.clone()),
                        ("n", n.to_string()),
                        ("max", school.max_students.unwrap_or_default().to_string()),
                    ]),
                );
            }
            if school.so_hours.is_some_and(|m| h > m + 1e-6) {
                self.broken(
                    0,
                    "",
                    6,
                    "school_capacity",
                    say::SCHOOL_HOURS.say(&[
                        ("school", school.id.clone()),
                        ("hours", h.to_string()),
                        ("max", school.so_hours.unwrap_or_default().to_string()),
                    ]),
                );
            }
        }
    }

    /// Rules 8 and 9: pinned students with their WPB; groups at one school or unplaced.
    fn pins_and_groups(&mut self, placed: &[(usize, usize)]) {
        let inst = self.instance;
        let wpb_of: HashMap<usize, usize> = placed.iter().copied().collect();
        let mut groups: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (s, st) in inst.students.iter().enumerate() {
            if let Some(p) = st.pinned_wpb {
                if wpb_of.get(&s) != Some(&p) {
                    self.broken(
                        0,
                        &st.id,
                        8,
                        "pinned_student_with_pinned_wpb",
                        say::NOT_WITH_PIN.say(&[("wpb", inst.supervisors[p].id.clone())]),
                    );
                }
            }
            if let Some(g) = &st.group {
                groups.entry(g).or_default().push(s);
            }
        }
        for (g, members) in groups {
            let schools: Vec<Option<usize>> = members
                .iter()
                .map(|s| wpb_of.get(s).map(|&w| inst.supervisors[w].school))
                .collect();
            if schools.windows(2).any(|p| p[0] != p[1]) {
                let detail: Vec<Said> = members
                    .iter()
                    .zip(&schools)
                    .map(|(&s, c)| {
                        say::MEMBER_AT.say_in(&[
                            ("student", &Said::plain(&inst.students[s].id)),
                            (
                                "school",
                                &c.map_or(Said::from(&say::UNPLACED), |c| {
                                    Said::plain(&inst.schools[c].id)
                                }),
                            ),
                        ])
                    })
                    .collect();
                self.broken(
                    0,
                    &inst.students[members[0]].id,
                    9,
                    "group_at_one_school",
                    say::GROUP_SPLIT.say_in(&[
                        ("group", &Said::plain(g)),
                        ("detail", &Said::joined(&detail, ", ")),
                    ]),
                );
            }
        }
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
