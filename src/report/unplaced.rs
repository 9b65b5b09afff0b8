//! Why a student is unplaced: the eligibility funnel over rules 1-4 and 7, then capacity
//! and groups. Issue 4 deepens this with bottlenecks; the codes here stay stable.

use crate::domain::{Instance, Model};
use crate::rules::{self, Exclusion};
use std::collections::BTreeSet;

/// One unplaced student's reason.
#[derive(Debug, Clone, PartialEq)]
pub struct UnplacedReason {
    pub student: usize,
    pub code: &'static str,
    pub reason: String,
    pub action: String,
}

fn action(why: Exclusion) -> &'static str {
    match why {
        Exclusion::SubjectNotTaught => "Find a WPB for this subject at one of the schools.",
        Exclusion::AbsentOnStageDays => "Ask a WPB of this subject to be at school on the stage days, or agree other days with the institute.",
        Exclusion::NotThePaidSchool => "Find a WPB of this subject at the paid school, or do not count the appointment as the placement.",
        Exclusion::TravelTooLong => "Allow a longer journey for this student, or find a WPB at a school closer to home.",
        Exclusion::PreviousSchool => "Find a WPB at another school than the previous placement.",
        Exclusion::ExcludedSchool => "Find a WPB at a school that is not excluded for this student.",
    }
}

/// The first funnel stage that leaves no WPB, with the counts after each stage.
pub fn funnel(
    instance: &Instance,
    model: &Model,
    s: usize,
) -> (Option<Exclusion>, Vec<(Exclusion, usize)>) {
    let mut remaining: Vec<usize> = (0..instance.supervisors.len()).collect();
    let mut counts = Vec::new();
    for stage in Exclusion::FUNNEL {
        remaining.retain(|&w| rules::rule_holds(stage, instance, model, s, w));
        counts.push((stage, remaining.len()));
        if remaining.is_empty() {
            return (Some(stage), counts);
        }
    }
    (None, counts)
}

fn stage_phrase(stage: Exclusion, n: usize, model: &Model, track_days: &str) -> String {
    match stage {
        Exclusion::SubjectNotTaught => format!("{n} WPBs teach it"),
        Exclusion::AbsentOnStageDays => format!("{n} are at school on {track_days}"),
        Exclusion::NotThePaidSchool => format!("{n} at the paid school"),
        Exclusion::TravelTooLong => match model.travel_limit_minutes {
            Some(l) => format!("{n} within {l} minutes"),
            None => format!("{n} within reach"),
        },
        Exclusion::PreviousSchool => format!("{n} not at the previous school"),
        Exclusion::ExcludedSchool => format!("{n} not at an excluded school"),
    }
}

/// A reason for every student who is not in `placed`.
pub fn reasons(
    instance: &Instance,
    model: &Model,
    placed: &BTreeSet<usize>,
) -> Vec<UnplacedReason> {
    let mut out = Vec::new();
    for (s, student) in instance.students.iter().enumerate() {
        if placed.contains(&s) {
            continue;
        }
        let track = &model.tracks[student.track];
        let days = track.days.to_string();
        let (blocked, counts) = funnel(instance, model, s);
        let shown: Vec<String> = counts
            .iter()
            .filter(|(stage, _)| {
                !matches!(stage, Exclusion::NotThePaidSchool)
                    || rules::accepted_paid_appointment(model, student).is_some()
            })
            .map(|&(stage, n)| stage_phrase(stage, n, model, &days))
            .collect();
        let head = format!(
            "{}, {} ({}): {}",
            student.subject,
            track.id,
            days,
            shown.join(", ")
        );
        let (code, reason, action) = match blocked {
            Some(why) => (why.code(), format!("{head}; no WPB is left by rule {} ({})", why.rule(), why.describe()), action(why).to_string()),
            None if student.group.is_some() => (
                "R9_GROUP_AT_ONE_SCHOOL",
                format!("{head}; but no school has room for the whole group '{}'", student.group.as_deref().unwrap_or_default()),
                "Add room for the whole group at one school, or split the group.".to_string(),
            ),
            None => (
                "R5_R6_CAPACITY",
                format!("{head}; all of them are full (their students or hours, or their school's places or SO hours, are taken by others)"),
                "Add a place or hours for one of these WPBs or schools, or add a WPB of this subject on these days.".to_string(),
            ),
        };
        out.push(UnplacedReason {
            student: s,
            code,
            reason,
            action,
        });
    }
    out
}
