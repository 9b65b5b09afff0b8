//! Checks that need more than one table: travel coverage, pins, groups, paid appointments.

use super::instance::StudentLines;
use super::problem::Problems;
use crate::domain::{paid_appointment_accepted, Instance, Model};
use crate::rules;
use std::collections::BTreeMap;

/// Every pair needs a travel time while a travel limit is on (FORMAT.md section 1).
pub fn check_travel_coverage(
    instance: &Instance,
    model: &Model,
    lines: &StudentLines,
    problems: &mut Problems,
) {
    if model.travel_limit_minutes.is_none() {
        return;
    }
    for (s, student) in instance.students.iter().enumerate() {
        let missing: Vec<&str> = (0..instance.schools.len())
            .filter(|&c| instance.travel.minutes(s, c).is_none())
            .map(|c| instance.schools[c].id.as_str())
            .collect();
        if missing.is_empty() {
            continue;
        }
        let shown = missing
            .iter()
            .take(5)
            .copied()
            .collect::<Vec<_>>()
            .join(", ");
        let more = if missing.len() > 5 {
            format!(" and {} more", missing.len() - 5)
        } else {
            String::new()
        };
        problems.error(
            "E025",
            &lines.places[s].row,
            &student.id,
            format!("no travel time for student '{}' to school {shown}{more}, and no coordinates to estimate it", student.id),
            "Add these rows to travel.csv, or give lat and lon for the student and the schools.",
        );
    }
}

/// Rule 7: an appointment outside the track's fte range is reported and does not bind.
pub fn warn_unaccepted_paid_appointments(
    instance: &Instance,
    model: &Model,
    lines: &StudentLines,
    problems: &mut Problems,
) {
    for (s, student) in instance.students.iter().enumerate() {
        let Some(paid) = student.paid else { continue };
        let track = &model.tracks[student.track];
        if paid_appointment_accepted(track, paid.fte) {
            continue;
        }
        let fte = paid
            .fte
            .map_or("no paid_fte".to_string(), |f| format!("{f} fte"));
        problems.warning(
            "W001",
            &lines.places[s].paid,
            &student.id,
            format!(
                "the paid appointment of '{}' ({fte}) does not count as the placement for track {} (allowed {}..{} fte); the student is planned as usual",
                student.id, track.id, track.paid_min_fte, track.paid_max_fte
            ),
            "Nothing, if that is right; otherwise correct paid_fte.",
        );
    }
}

/// Rule 8: pins are honoured even when they break rules 1-4 or 7, with a warning; pins
/// alone that exceed a capacity, or that split a group over schools, are input errors.
pub fn check_pins(
    instance: &Instance,
    model: &Model,
    lines: &StudentLines,
    problems: &mut Problems,
) {
    let mut per_wpb: BTreeMap<usize, (u32, f64, usize)> = BTreeMap::new();
    let mut per_school: BTreeMap<usize, (u32, f64, usize)> = BTreeMap::new();
    let mut group_school: BTreeMap<&str, (usize, &str)> = BTreeMap::new();
    for (s, student) in instance.students.iter().enumerate() {
        let Some(w) = student.pinned_wpb else {
            continue;
        };
        let wpb = &instance.supervisors[w];
        let track = &model.tracks[student.track];
        let at = lines.places[s].pin.clone();
        if let Some(why) = rules::pair_exclusion(instance, model, s, w) {
            problems.warning(
                "W002",
                &at,
                &wpb.id,
                format!(
                    "the pin of '{}' to WPB '{}' breaks rule {} ({}); the pin is honoured",
                    student.id,
                    wpb.id,
                    why.rule(),
                    why.describe()
                ),
                "Check the pin; remove it if the rule should hold.",
            );
        }
        let e = per_wpb.entry(w).or_insert((0, 0.0, s));
        *e = (e.0 + 1, e.1 + track.wpb_hours, s);
        let e = per_school.entry(wpb.school).or_insert((0, 0.0, s));
        *e = (e.0 + 1, e.1 + track.so_hours, s);
        if let Some(g) = &student.group {
            let (school, first) = *group_school.entry(g).or_insert((wpb.school, &student.id));
            if school != wpb.school {
                problems.error(
                    "E031",
                    &lines.places[s].group,
                    g,
                    format!(
                        "group '{g}' is pinned to two schools: '{first}' at {} and '{}' at {}",
                        instance.schools[school].id, student.id, instance.schools[wpb.school].id
                    ),
                    "Pin the members of a group to WPBs of one school.",
                );
            }
        }
    }
    for (w, (count, hours, last)) in per_wpb {
        let wpb = &instance.supervisors[w];
        let over_hours = wpb.max_hours.is_some_and(|m| hours > m + 1e-9);
        if count > wpb.max_students || over_hours {
            problems.error(
                "E030",
                &lines.places[last].pin,
                &wpb.id,
                format!("the pins alone give WPB '{}' {count} students and {hours} hours, more than its capacity ({} students, {} hours)", wpb.id, wpb.max_students, wpb.max_hours.map_or("unlimited".into(), |h| h.to_string())),
                "Remove a pin or raise max_students / max_hours of this WPB in supervisors.csv.",
            );
        }
    }
    for (c, (count, hours, last)) in per_school {
        let school = &instance.schools[c];
        let over_count = school.max_students.is_some_and(|m| count > m);
        let over_hours = school.so_hours.is_some_and(|m| hours > m + 1e-9);
        if over_count || over_hours {
            problems.error(
                "E030",
                &lines.places[last].pin,
                &school.id,
                format!("the pins alone give school '{}' {count} students and {hours} SO hours, more than its capacity", school.id),
                "Remove a pin or raise max_students / so_hours of this school in schools.csv.",
            );
        }
    }
}

/// Rule 9 puts a group at one school. Members of different tracks are allowed but unusual
/// (a group usually does its stage together), and where their stage days never meet they
/// share a school but never a day there: worth a second look, not an error.
pub fn warn_mixed_groups(
    instance: &Instance,
    model: &Model,
    lines: &StudentLines,
    problems: &mut Problems,
) {
    let mut first: BTreeMap<&str, usize> = BTreeMap::new();
    for (s, student) in instance.students.iter().enumerate() {
        let Some(g) = &student.group else { continue };
        let f = *first.entry(g).or_insert(s);
        let (a, b) = (
            &model.tracks[instance.students[f].track],
            &model.tracks[student.track],
        );
        if a.id == b.id {
            continue;
        }
        let days_meet = a.days.iter().any(|d| b.days.iter().any(|e| e == d));
        let meet = if days_meet {
            String::new()
        } else {
            format!(", whose stage days never meet ({} and {})", a.days, b.days)
        };
        problems.warning(
            "W005",
            &lines.places[s].group,
            g,
            format!(
                "group '{g}' mixes tracks: '{}' is in {} and '{}' in {}{meet}",
                instance.students[f].id, a.id, student.id, b.id
            ),
            "Check the group column: the group is placed at one school all the same.",
        );
    }
}
