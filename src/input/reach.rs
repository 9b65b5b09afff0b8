//! Who can be placed at all: rules 1-4 and 7 per student, before any capacity. What they
//! leave empty would silently unplace people at `solve`, so `check` says it first.
//! Rules 1 and 2 depend on the (subject, track) only, rules 3, 4 and 7 on the student and
//! the school: each class's WPBs are found once, as the solver does.

use super::instance::StudentLines;
use super::problem::Problems;
use crate::domain::{Instance, Model};
use crate::input::codes;
use crate::lang::{problems as say, Lang, Said};
use crate::rules::{self, Exclusion};
use std::collections::BTreeMap;

/// Rules 3, 4 and 7 in the order of the eligibility funnel (rules 1 and 2 come first).
const SCHOOL_RULES: [Exclusion; 4] = [
    Exclusion::NotThePaidSchool,
    Exclusion::TravelTooLong,
    Exclusion::PreviousSchool,
    Exclusion::ExcludedSchool,
];

/// The WPBs of one (subject, track) and their schools.
pub struct Class {
    /// The WPBs that teach the subject on every stage day, ascending.
    pub wpbs: Vec<usize>,
    /// Their schools, ascending, each once.
    pub schools: Vec<usize>,
}

/// Where each unpinned student may go under rules 1-4 and 7.
pub struct Reach {
    /// (subject, track) -> its WPBs and their schools.
    pub classes: BTreeMap<(String, usize), Class>,
    /// Per student: whether some school is open to it (false for a pinned student).
    pub has_school: Vec<bool>,
    /// Per group member: the schools open to it, ascending; empty for other students, so
    /// that a national instance does not hold a list per student.
    pub schools_of: Vec<Vec<usize>>,
}

impl Reach {
    /// The reach of every unpinned student of `instance`.
    pub fn of(instance: &Instance, model: &Model) -> Reach {
        let mut classes: BTreeMap<(String, usize), Class> = BTreeMap::new();
        let mut has_school = vec![false; instance.students.len()];
        let mut schools_of = vec![Vec::new(); instance.students.len()];
        for (s, student) in instance.students.iter().enumerate() {
            if student.pinned_wpb.is_some() {
                continue;
            }
            let class = classes
                .entry((student.subject.clone(), student.track))
                .or_insert_with(|| {
                    let track = &model.tracks[student.track];
                    let wpbs: Vec<usize> = (0..instance.supervisors.len())
                        .filter(|&w| {
                            let wpb = &instance.supervisors[w];
                            rules::wpb_exclusion(&student.subject, track, wpb).is_none()
                        })
                        .collect();
                    let schools = class_schools(instance, &wpbs);
                    Class { wpbs, schools }
                });
            let open = |c: &usize| rules::school_exclusion(instance, model, s, *c).is_none();
            if student.group.is_some() {
                schools_of[s] = class.schools.iter().copied().filter(open).collect();
                has_school[s] = !schools_of[s].is_empty();
            } else {
                has_school[s] = class.schools.iter().any(open);
            }
        }
        Reach {
            classes,
            has_school,
            schools_of,
        }
    }

    /// The class of student `s` (none for a pinned student).
    fn class_of(&self, instance: &Instance, s: usize) -> Option<&Class> {
        let student = &instance.students[s];
        self.classes.get(&(student.subject.clone(), student.track))
    }

    /// The WPBs of student `s`'s class (none for a pinned student).
    pub fn wpbs_of(&self, instance: &Instance, s: usize) -> &[usize] {
        self.class_of(instance, s)
            .map_or(&[][..], |c| c.wpbs.as_slice())
    }

    /// The schools of student `s`'s class, before rules 3, 4 and 7.
    pub fn class_schools_of(&self, instance: &Instance, s: usize) -> &[usize] {
        self.class_of(instance, s)
            .map_or(&[][..], |c| c.schools.as_slice())
    }
}

/// The schools of `wpbs`, ascending, each once.
fn class_schools(instance: &Instance, wpbs: &[usize]) -> Vec<usize> {
    let mut schools: Vec<usize> = wpbs
        .iter()
        .map(|&w| instance.supervisors[w].school)
        .collect();
    schools.sort_unstable();
    schools.dedup();
    schools
}

/// At most `n` ids joined by ", ", with " and 3 more" for the rest, in both languages.
pub fn some_ids<'a>(ids: impl IntoIterator<Item = &'a str>, n: usize) -> Said {
    let ids: Vec<&str> = ids.into_iter().collect();
    let shown = Said::plain(&ids.iter().take(n).copied().collect::<Vec<_>>().join(", "));
    if ids.len() <= n {
        return shown;
    }
    let more = say::AND_MORE.say(&[("n", (ids.len() - n).to_string())]);
    Said::joined(&[shown, more], "")
}

/// Rules 1 and 2: a subject that no WPB teaches on every stage day of a track leaves all
/// its (unpinned) students of that track unplaced. One warning per subject and track, at
/// the subject cell of its first student.
pub fn check_w007_subject_taught_on_stage_days(
    instance: &Instance,
    model: &Model,
    reach: &Reach,
    lines: &StudentLines,
    problems: &mut Problems,
) {
    let mut members: BTreeMap<(&str, usize), Vec<usize>> = BTreeMap::new();
    for (s, student) in instance.students.iter().enumerate() {
        if student.pinned_wpb.is_none() && reach.wpbs_of(instance, s).is_empty() {
            members
                .entry((&student.subject, student.track))
                .or_default()
                .push(s);
        }
    }
    let mut by_first: Vec<((&str, usize), Vec<usize>)> = members.into_iter().collect();
    by_first.sort_by_key(|(_, m)| m[0]);
    for ((subject, t), students) in by_first {
        let track = &model.tracks[t];
        let teachers: Vec<String> = instance
            .supervisors
            .iter()
            .filter(|w| rules::wpb_teaches_subject(subject, w))
            .map(|w| format!("{} ({})", w.id, w.days))
            .collect();
        let why = if teachers.is_empty() {
            say::SUBJECT_TAUGHT_BY_NOBODY.say(&[("subject", subject.to_string())])
        } else {
            say::SUBJECT_TAUGHT_OTHER_DAYS.say_in(&[
                ("subject", &Said::plain(subject)),
                ("wpbs", &some_ids(teachers.iter().map(String::as_str), 5)),
            ])
        };
        let first = students[0];
        problems.record(
            codes::W007,
            &lines.places[first].subject,
            subject,
            say::SUBJECT_NOT_TAUGHT.say_in(&[
                ("subject", &Said::plain(subject)),
                ("track", &Said::plain(&track.id)),
                ("days", &Said::plain(&track.days.to_string())),
                ("n", &Said::plain(&students.len().to_string())),
                (
                    "students",
                    &some_ids(
                        students.iter().map(|&s| instance.students[s].id.as_str()),
                        5,
                    ),
                ),
                ("why", &why),
            ]),
            say::SUBJECT_NOT_TAUGHT_DO.say_in(&[
                ("subject", &Said::plain(subject)),
                ("days", &Said::plain(&track.days.to_string())),
                ("wpbs", &lines.names.supervisors.name),
                ("column", &lines.names.students.said("subject")),
            ]),
        );
    }
}

/// Rules 3, 4 and 7: a student whose subject is taught on the stage days (else W007 says
/// it) but whom these rules leave no school at all. Named is the rule that closes the last
/// school, in the order of the eligibility funnel.
pub fn check_w010_student_has_a_school(
    instance: &Instance,
    model: &Model,
    reach: &Reach,
    lines: &StudentLines,
    problems: &mut Problems,
) {
    for (s, student) in instance.students.iter().enumerate() {
        let wpbs = reach.wpbs_of(instance, s);
        if student.pinned_wpb.is_some() || wpbs.is_empty() || reach.has_school[s] {
            continue;
        }
        let mut open = reach.class_schools_of(instance, s).to_vec();
        let schools = open.len();
        let Some(closing) = SCHOOL_RULES.into_iter().find(|&rule| {
            open.retain(|&c| school_rule_holds(rule, instance, model, s, c));
            open.is_empty()
        }) else {
            continue;
        };
        let in_both = |f: fn(Lang, Exclusion) -> &'static str| Said {
            nl: f(Lang::Nl, closing).to_string(),
            en: f(Lang::En, closing).to_string(),
        };
        problems.record(
            codes::W010,
            &lines.places[s].row,
            &student.id,
            say::NO_SCHOOL_LEFT.say_in(&[
                ("id", &Said::plain(&student.id)),
                ("n", &Said::plain(&schools.to_string())),
                ("subject", &Said::plain(&student.subject)),
                ("rule", &Said::plain(&closing.rule().to_string())),
                ("why", &in_both(|l, e| l.text().rule(e))),
            ]),
            in_both(|l, e| l.text().action(e)),
        );
    }
}

/// Whether the school rule `rule` (3, 4 or 7) lets student `s` go to school `c`.
fn school_rule_holds(
    rule: Exclusion,
    instance: &Instance,
    model: &Model,
    s: usize,
    c: usize,
) -> bool {
    let student = &instance.students[s];
    match rule {
        Exclusion::NotThePaidSchool => rules::paid_appointment_school(model, student, c),
        Exclusion::TravelTooLong => rules::travel_within_limit(instance, model, s, c),
        Exclusion::PreviousSchool => rules::not_previous_school(model, student, c),
        Exclusion::ExcludedSchool => rules::not_excluded_school(student, c),
        Exclusion::SubjectNotTaught | Exclusion::AbsentOnStageDays => true,
    }
}
