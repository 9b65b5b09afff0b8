//! A reason for every unplaced student: a rule reason from the eligibility funnel, or a
//! capacity reason naming the bottleneck (or, outside the flow's bottlenecks, the full
//! WPBs and schools of the plan).

use super::bottleneck::{num, shorten, shorten_counted, Described};
use super::flow::Flow;
use crate::domain::{so_hours_used, Instance, Model};
use crate::lang::{fill, Lang};
use crate::rules::{self, funnel, Exclusion};

/// One unplaced student's reason, with its code and what to do.
#[derive(Debug, Clone, PartialEq)]
pub struct UnplacedReason {
    pub student: usize,
    pub code: &'static str,
    pub reason: String,
    pub action: String,
}

/// How full every WPB and school is in a plan.
#[derive(Clone)]
pub struct PlanLoad {
    /// Students and hours per WPB, then per school.
    pub wpb_students: Vec<u32>,
    pub wpb_hours: Vec<f64>,
    pub school_students: Vec<u32>,
    pub school_hours: Vec<f64>,
}

impl PlanLoad {
    /// Counts the students and hours of each placed (student, WPB).
    pub fn of(instance: &Instance, model: &Model, placed: &[(usize, usize)]) -> PlanLoad {
        let mut load = PlanLoad {
            wpb_students: vec![0; instance.supervisors.len()],
            wpb_hours: vec![0.0; instance.supervisors.len()],
            school_students: vec![0; instance.schools.len()],
            school_hours: vec![0.0; instance.schools.len()],
        };
        for &(s, w) in placed {
            load.add(instance, model, s, w);
        }
        // Rule 6 also counts each group's own SO hours once at its school.
        let at_school = placed
            .iter()
            .map(|&(s, w)| (s, instance.supervisors[w].school));
        load.school_hours = so_hours_used(instance, model, at_school);
        load
    }

    /// Counts student `s` with WPB `w`.
    pub fn add(&mut self, instance: &Instance, model: &Model, s: usize, w: usize) {
        let track = &model.tracks[instance.students[s].track];
        let c = instance.supervisors[w].school;
        self.wpb_students[w] += 1;
        self.wpb_hours[w] += track.wpb_hours;
        self.school_students[c] += 1;
        self.school_hours[c] += track.so_hours;
    }

    /// Which limit keeps WPB `w` from taking one more student `s` in this plan, or `None`
    /// if it can take them. No words: a diagnosis asks this of every candidate change's
    /// WPBs (20,000 students: hundreds of thousands of times per change).
    pub fn full_at(
        &self,
        instance: &Instance,
        model: &Model,
        s: usize,
        w: usize,
    ) -> Option<FullAt> {
        let track = &model.tracks[instance.students[s].track];
        let wpb = &instance.supervisors[w];
        let school = &instance.schools[wpb.school];
        let c = wpb.school;
        if self.wpb_students[w] >= wpb.max_students {
            return Some(FullAt::WpbStudents);
        }
        if wpb
            .max_hours
            .is_some_and(|m| self.wpb_hours[w] + track.wpb_hours > m + 1e-9)
        {
            return Some(FullAt::WpbHours);
        }
        if school
            .max_students
            .is_some_and(|m| self.school_students[c] >= m)
        {
            return Some(FullAt::SchoolStudents);
        }
        if school
            .so_hours
            .is_some_and(|m| self.school_hours[c] + track.so_hours > m + 1e-9)
        {
            return Some(FullAt::SchoolHours);
        }
        None
    }

    /// True when WPB `w` can take one more student `s` in this plan.
    pub fn has_room(&self, instance: &Instance, model: &Model, s: usize, w: usize) -> bool {
        self.full_at(instance, model, s, w).is_none()
    }

    /// Why WPB `w` cannot take one more student `s` in this plan, or `None` if it can.
    pub fn why_full(
        &self,
        instance: &Instance,
        model: &Model,
        s: usize,
        w: usize,
        lang: Lang,
    ) -> Option<String> {
        let full = self.full_at(instance, model, s, w)?;
        let t = lang.text();
        let track = &model.tracks[instance.students[s].track];
        let wpb = &instance.supervisors[w];
        let school = &instance.schools[wpb.school];
        let c = wpb.school;
        let students = |what: String, used: u32, max: u32| {
            fill(
                t.used_students,
                &[
                    ("what", what),
                    ("used", used.to_string()),
                    ("max", max.to_string()),
                ],
            )
        };
        let hours = |what: String, used: f64, max: f64, need: f64| {
            fill(
                t.used_hours,
                &[
                    ("what", what),
                    ("left", num((max - used).max(0.0))),
                    ("max", num(max)),
                    ("need", num(need)),
                ],
            )
        };
        let wpb_name = format!("WPB {}", wpb.id);
        let school_name = format!("school {}", school.id);
        Some(match full {
            FullAt::WpbStudents => students(wpb_name, self.wpb_students[w], wpb.max_students),
            FullAt::WpbHours => hours(
                wpb_name,
                self.wpb_hours[w],
                wpb.max_hours.unwrap_or_default(),
                track.wpb_hours,
            ),
            FullAt::SchoolStudents => students(
                school_name,
                self.school_students[c],
                school.max_students.unwrap_or_default(),
            ),
            FullAt::SchoolHours => hours(
                school_name,
                self.school_hours[c],
                school.so_hours.unwrap_or_default(),
                track.so_hours,
            ),
        })
    }
}

/// The limit that keeps a WPB from taking one more student (`PlanLoad::full_at`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FullAt {
    WpbStudents,
    WpbHours,
    SchoolStudents,
    SchoolHours,
}

/// The funnel as a sentence: "biologie, HR-VT2 (ma|wo): 12 WPBs teach it, 3 are ...".
pub fn funnel_sentence(
    instance: &Instance,
    model: &Model,
    s: usize,
    counts: &[(Exclusion, usize)],
    lang: Lang,
) -> String {
    let t = lang.text();
    let student = &instance.students[s];
    let track = &model.tracks[student.track];
    let days = track.days.to_string();
    let paid = rules::accepted_paid_appointment(model, student).is_some();
    let shown: Vec<String> = counts
        .iter()
        .filter(|(stage, _)| *stage != Exclusion::NotThePaidSchool || paid)
        .map(|&(stage, n)| {
            let template = match stage {
                Exclusion::SubjectNotTaught => t.funnel_teach,
                Exclusion::AbsentOnStageDays => t.funnel_present,
                Exclusion::NotThePaidSchool => t.funnel_paid,
                Exclusion::TravelTooLong if model.travel_limit_minutes.is_some() => t.funnel_travel,
                Exclusion::TravelTooLong => t.funnel_reach,
                Exclusion::PreviousSchool => t.funnel_previous,
                Exclusion::ExcludedSchool => t.funnel_excluded,
            };
            let limit = model.travel_limit_minutes.map_or(String::new(), num);
            fill(
                template,
                &[
                    ("n", n.to_string()),
                    ("days", days.clone()),
                    ("limit", limit),
                ],
            )
        })
        .collect();
    format!(
        "{}, {} ({}): {}",
        student.subject,
        track.id,
        days,
        shown.join(", ")
    )
}

/// The reason for one unplaced student, in `lang`.
pub fn reason(
    instance: &Instance,
    model: &Model,
    flow: &Flow,
    bottlenecks: &Described,
    load: &PlanLoad,
    s: usize,
    lang: Lang,
) -> UnplacedReason {
    let t = lang.text();
    let student = &instance.students[s];
    let (blocked, counts) = funnel(instance, model, s);
    let head = funnel_sentence(instance, model, s, &counts, lang);
    let held = bottlenecks.holding(s);
    let capacity = || match held {
        Some((b, described)) => {
            let full = b.full_for(instance, flow, s);
            let shown: Vec<String> = full
                .iter()
                .take(6)
                .map(|f| f.text(instance, lang))
                .collect();
            fill(
                t.capacity_bottleneck,
                &[
                    ("own", shorten_counted(&shown, full.len(), lang)),
                    ("id", format!("B{}", b.id)),
                    ("bottleneck", described.to_string()),
                ],
            )
        }
        None => {
            let full: Vec<String> = flow.allowed[s]
                .iter()
                .filter_map(|&w| load.why_full(instance, model, s, w, lang))
                .collect();
            fill(t.capacity_plan, &[("full", shorten(&full, 6, lang))])
        }
    };
    let (code, reason, action) = match (blocked, &student.group) {
        (Some(why), _) => (
            why.code(),
            format!(
                "{head}; {}",
                fill(
                    t.none_left,
                    &[
                        ("rule", why.rule().to_string()),
                        ("why", t.rule(why).to_string())
                    ]
                )
            ),
            t.action(why).to_string(),
        ),
        (None, Some(group)) => {
            let mut reason = format!(
                "{head}; {}",
                fill(t.group_reason, &[("group", group.clone())])
            );
            if held.is_some() {
                reason = format!("{reason}; {}", capacity());
            }
            ("R9_GROUP_AT_ONE_SCHOOL", reason, t.group_action.to_string())
        }
        (None, None) => (
            "R5_R6_CAPACITY",
            format!("{head}; {}", capacity()),
            t.capacity_action.to_string(),
        ),
    };
    UnplacedReason {
        student: s,
        code,
        reason,
        action,
    }
}
