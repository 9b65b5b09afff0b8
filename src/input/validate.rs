//! Checks that need more than one table: travel coverage, pins, groups, paid appointments.
//! One function per code, named after it (`check_e030_…`), as the tests that carry the
//! code's name (`e030_pins_exceed_wpb_max_students`) check it.

use super::instance::StudentLines;
use super::problem::Problems;
use crate::domain::{group_so_hours, paid_appointment_accepted, Instance, Model, Student};
use crate::input::codes;
use crate::lang::{problems as say, Lang, Said};
use crate::rules;
use std::collections::{BTreeMap, BTreeSet};

/// Every pair needs a travel time while a travel limit is on (FORMAT.md section 1).
pub fn check_e025_travel_time_for_every_pair(
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
            .filter(|&c| !instance.travel.is_known(s, c))
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
            say::AND_MORE.say(&[("n", (missing.len() - 5).to_string())])
        } else {
            Said::default()
        };
        problems.record(
            codes::E025,
            &lines.places[s].row,
            &student.id,
            say::NO_TRAVEL_TIME.say_in(&[
                ("id", &Said::plain(&student.id)),
                ("schools", &Said::plain(&shown)),
                ("more", &more),
            ]),
            say::NO_TRAVEL_TIME_DO.say_in(&[
                ("travel", &lines.names.travel.name),
                ("lat", &lines.names.students.said("lat")),
                ("lon", &lines.names.students.said("lon")),
            ]),
        );
    }
}

/// Rule 7: an appointment outside the track's fte range is reported and does not bind.
pub fn check_w001_paid_appointment_counts(
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
        let column = lines.names.students.said("paid_fte");
        let fte = paid
            .fte
            .map_or(say::NO_PAID_FTE.say_in(&[("column", &column)]), |f| {
                fte_said(f)
            });
        // A track that never counts an appointment has no range to show ("0..0 fte").
        let message = if track.paid_max_fte > 0.0 {
            &say::PAID_NOT_COUNTED
        } else {
            &say::PAID_NEVER_COUNTS
        };
        problems.record(
            codes::W001,
            &lines.places[s].paid,
            &paid.fte.map(crate::lang::number).unwrap_or_default(),
            message.say_in(&[
                ("id", &Said::plain(&student.id)),
                ("fte", &fte),
                ("track", &Said::plain(&track.id)),
                ("min", &fte_number(track.paid_min_fte)),
                ("max", &fte_number(track.paid_max_fte)),
            ]),
            say::PAID_NOT_COUNTED_DO.say_in(&[("column", &column)]),
        );
    }
}

/// An fte as each language writes it: 0,3 and 0.3.
fn fte_number(fte: f64) -> Said {
    let plain = crate::lang::number(fte);
    Said {
        nl: plain.replace('.', ","),
        en: plain,
    }
}

/// "0,3 fte" and "0.3 fte".
fn fte_said(fte: f64) -> Said {
    let n = fte_number(fte);
    Said {
        nl: format!("{} fte", n.nl),
        en: format!("{} fte", n.en),
    }
}

/// Each pinned student with the WPB of the pin, in the order of the students.
fn pins(instance: &Instance) -> impl Iterator<Item = (usize, &Student, usize)> {
    instance
        .students
        .iter()
        .enumerate()
        .filter_map(|(s, student)| student.pinned_wpb.map(|w| (s, student, w)))
}

/// Rule 8: a pin is honoured even when it breaks rule 1-4 or 7, with a warning.
pub fn check_w002_pin_breaks_rule(
    instance: &Instance,
    model: &Model,
    lines: &StudentLines,
    problems: &mut Problems,
) {
    for (s, student, w) in pins(instance) {
        let Some(why) = rules::pair_exclusion(instance, model, s, w) else {
            continue;
        };
        let wpb = &instance.supervisors[w];
        problems.record(
            codes::W002,
            &lines.places[s].pin,
            &wpb.id,
            say::PIN_BREAKS_RULE.say_in(&[
                ("student", &Said::plain(&student.id)),
                ("wpb", &Said::plain(&wpb.id)),
                ("rule", &Said::plain(&why.rule().to_string())),
                (
                    "why",
                    &Said {
                        nl: Lang::Nl.text().rule(why).to_string(),
                        en: why.describe().to_string(),
                    },
                ),
            ]),
            &say::PIN_BREAKS_RULE_DO,
        );
    }
}

/// Pins alone may not exceed a WPB's or a school's capacity: no plan could keep them all.
/// Placed at the last pinned student's pin cell, the one that tipped it over.
pub fn check_e030_pins_exceed_capacity(
    instance: &Instance,
    model: &Model,
    lines: &StudentLines,
    problems: &mut Problems,
) {
    // (students, hours, last student) per WPB and per school.
    let mut per_wpb: BTreeMap<usize, (u32, f64, usize)> = BTreeMap::new();
    let mut per_school: BTreeMap<usize, (u32, f64, usize)> = BTreeMap::new();
    let mut groups_counted: BTreeSet<&str> = BTreeSet::new();
    for (s, student, w) in pins(instance) {
        let wpb = &instance.supervisors[w];
        let track = &model.tracks[student.track];
        let e = per_wpb.entry(w).or_insert((0, 0.0, s));
        *e = (e.0 + 1, e.1 + track.wpb_hours, s);
        let e = per_school.entry(wpb.school).or_insert((0, 0.0, s));
        *e = (e.0 + 1, e.1 + track.so_hours, s);
        if let Some(g) = &student.group {
            if groups_counted.insert(g) {
                // Rule 6: the group's own SO hours, once, at the school its first pin fixes.
                let members: Vec<usize> = (0..instance.students.len())
                    .filter(|&m| instance.students[m].group.as_ref() == Some(g))
                    .collect();
                per_school.entry(wpb.school).or_insert((0, 0.0, s)).1 +=
                    group_so_hours(instance, model, &members);
            }
        }
    }
    for (w, (count, hours, last)) in per_wpb {
        let wpb = &instance.supervisors[w];
        let over_hours = wpb.max_hours.is_some_and(|m| hours > m + 1e-9);
        if count > wpb.max_students || over_hours {
            problems.record(
                codes::E030,
                &lines.places[last].pin,
                &wpb.id,
                say::PINS_OVER_WPB.say_in(&[
                    ("wpb", &Said::plain(&wpb.id)),
                    ("count", &Said::plain(&count.to_string())),
                    ("hours", &Said::plain(&hours.to_string())),
                    ("max", &Said::plain(&wpb.max_students.to_string())),
                    (
                        "max_hours",
                        &wpb.max_hours
                            .map_or((&say::UNLIMITED).into(), |h| Said::plain(&h.to_string())),
                    ),
                ]),
                say::PINS_OVER_WPB_DO.say_in(&[
                    ("file", &lines.names.supervisors.name),
                    (
                        "max_students",
                        &lines.names.supervisors.said("max_students"),
                    ),
                    ("max_hours", &lines.names.supervisors.said("max_hours")),
                ]),
            );
        }
    }
    for (c, (count, hours, last)) in per_school {
        let school = &instance.schools[c];
        let over_count = school.max_students.is_some_and(|m| count > m);
        let over_hours = school.so_hours.is_some_and(|m| hours > m + 1e-9);
        if over_count || over_hours {
            problems.record(
                codes::E030,
                &lines.places[last].pin,
                &school.id,
                say::PINS_OVER_SCHOOL.say(&[
                    ("school", school.id.clone()),
                    ("count", count.to_string()),
                    ("hours", hours.to_string()),
                ]),
                say::PINS_OVER_SCHOOL_DO.say_in(&[
                    ("file", &lines.names.schools.name),
                    ("max_students", &lines.names.schools.said("max_students")),
                    ("so_hours", &lines.names.schools.said("so_hours")),
                ]),
            );
        }
    }
}

/// Rule 9: a group is placed at one school, so its pins may not name two.
pub fn check_e031_group_pinned_to_two_schools(
    instance: &Instance,
    lines: &StudentLines,
    problems: &mut Problems,
) {
    let mut group_school: BTreeMap<&str, (usize, &str)> = BTreeMap::new();
    for (s, student, w) in pins(instance) {
        let Some(g) = &student.group else { continue };
        let wpb = &instance.supervisors[w];
        let (school, first) = *group_school.entry(g).or_insert((wpb.school, &student.id));
        if school != wpb.school {
            problems.record(
                codes::E031,
                &lines.places[s].group,
                g,
                say::GROUP_TWO_SCHOOLS.say(&[
                    ("group", g.to_string()),
                    ("first", first.to_string()),
                    ("school", instance.schools[school].id.clone()),
                    ("student", student.id.clone()),
                    ("other", instance.schools[wpb.school].id.clone()),
                ]),
                &say::GROUP_TWO_SCHOOLS_DO,
            );
        }
    }
}

/// Rule 9 puts a group at one school. Members of different tracks are allowed but unusual
/// (a group usually does its stage together), and where their stage days never meet they
/// share a school but never a day there: worth a second look, not an error.
pub fn check_w005_group_mixes_tracks(
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
            Said::default()
        } else {
            say::GROUP_NO_COMMON_DAYS.say(&[
                ("a_days", a.days.to_string()),
                ("b_days", b.days.to_string()),
            ])
        };
        problems.record(
            codes::W005,
            &lines.places[s].group,
            g,
            say::GROUP_MIXES_TRACKS.say_in(&[
                ("group", &Said::plain(g)),
                ("first", &Said::plain(&instance.students[f].id)),
                ("a", &Said::plain(&a.id)),
                ("student", &Said::plain(&student.id)),
                ("b", &Said::plain(&b.id)),
                ("meet", &meet),
            ]),
            say::GROUP_MIXES_TRACKS_DO.say(&[("column", lines.names.students.column("group"))]),
        );
    }
}
