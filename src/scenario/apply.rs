//! A scenario applied while the instance is read, so that the changed instance passes
//! the same validation as the files themselves.

use super::{draw, Capacity, Located, Scenario};
use crate::domain::{Instance, Model};
use crate::input::codes;
use crate::input::problem::Problems;
use crate::input::table::Table;
use crate::input::{Adjust, Tables};
use crate::lang::{problems as say, scenario as words, Said, Word};
use std::collections::BTreeSet;

fn unknown(problems: &mut Problems, id: &Located<String>, what: &Word, file: &Said) {
    problems.record(
        codes::E051,
        &id.at,
        &id.value,
        say::SCENARIO_UNKNOWN_ID.say_in(&[
            ("what", &what.into()),
            ("id", &Said::plain(&id.value)),
            ("file", file),
        ]),
        say::SCENARIO_UNKNOWN_ID_DO.say_in(&[("file", file)]),
    );
}

fn read_extra(
    path: &Option<Located<std::path::PathBuf>>,
    problems: &mut Problems,
) -> Option<Table> {
    let path = path.as_ref()?;
    // Only absence is E053; a folder or a FIFO there is told apart by `Table::read` (E009).
    let kind = crate::input::file_kind::kind_of(&path.value);
    if matches!(kind, Ok(crate::input::file_kind::Kind::Missing)) {
        problems.record(
            codes::E053,
            &path.at,
            &path.value.display().to_string(),
            (&say::ADDED_FILE_MISSING).into(),
            &say::ADDED_FILE_MISSING_DO,
        );
        return None;
    }
    Table::read(&path.value, problems)
}

/// New count and hours of a capacity scaled by `factor`: students to the nearest whole
/// number (a WPB cannot take 1.2 students), hours in proportion to the rounded count, so
/// that a WPB who keeps one student also keeps the hours for one student.
fn scaled(count: Option<u32>, hours: Option<f64>, factor: f64) -> (Option<u32>, Option<f64>) {
    let new = count.map(|n| (n as f64 * factor).round() as u32);
    let ratio = match (count, new) {
        (Some(0), _) => factor,
        (Some(old), Some(new)) => new as f64 / old as f64,
        _ => factor,
    };
    (new, hours.map(|h| h * ratio))
}

fn set(count: &mut u32, hours: &mut Option<f64>, capacity: &Capacity) {
    if let Some(n) = capacity.max_students {
        *count = n;
    }
    if let Some(h) = capacity.hours {
        *hours = Some(h);
    }
}

impl Adjust for Scenario {
    fn model(&self, model: &mut Model, problems: &mut Problems) {
        let m = &self.model;
        if let Some(limit) = m.travel_limit_minutes {
            model.travel_limit_minutes = limit;
        }
        if let Some(rule) = m.different_school_than_previous {
            model.different_school_than_previous = rule;
        }
        let w = &mut model.weights;
        for (name, value) in &m.weights {
            // The file's reader let only weight names through.
            w.set(name, *value);
        }
        for (id, days) in &m.track_days {
            match model.tracks.iter_mut().find(|t| t.id == id.value) {
                Some(t) => t.days = *days,
                None => unknown(problems, id, &say::WHAT_TRACK, &(&say::THE_MODEL).into()),
            }
        }
        for id in &self.data.remove_tracks {
            if !model.tracks.iter().any(|t| t.id == id.value) {
                unknown(problems, id, &say::WHAT_TRACK, &(&say::THE_MODEL).into());
            }
        }
    }

    fn tables(&self, tables: &mut Tables, problems: &mut Problems) {
        let d = &self.data;
        if let Some(t) = read_extra(&d.add_schools, problems) {
            tables.schools.append(t);
        }
        if let Some(t) = read_extra(&d.add_wpbs, problems) {
            tables.supervisors.append(t);
        }
        if let Some(t) = read_extra(&d.add_students, problems) {
            tables.students.append(t);
        }
        if let Some(t) = read_extra(&d.add_travel, problems) {
            match &mut tables.travel {
                Some(travel) => travel.append(t),
                None => tables.travel = Some(t),
            }
        }
        for id in &d.remove_schools {
            if !tables.schools.has_value("school_id", &id.value) {
                unknown(problems, id, &say::WHAT_SCHOOL, &Said::plain("schools.csv"));
            }
        }
        for id in &d.remove_wpbs {
            if !tables.supervisors.has_value("wpb_id", &id.value) {
                unknown(
                    problems,
                    id,
                    &say::WHAT_WPB,
                    &Said::plain("supervisors.csv"),
                );
            }
        }
        let schools: BTreeSet<&str> = d.remove_schools.iter().map(|i| i.value.as_str()).collect();
        let wpbs: BTreeSet<&str> = d.remove_wpbs.iter().map(|i| i.value.as_str()).collect();
        let before: BTreeSet<String> = tables.supervisors.values("wpb_id").into_iter().collect();
        tables
            .supervisors
            .retain_rows("school_id", |c| !schools.contains(c));
        tables
            .supervisors
            .retain_rows("wpb_id", |w| !wpbs.contains(w));
        let after: BTreeSet<String> = tables.supervisors.values("wpb_id").into_iter().collect();
        let gone: BTreeSet<&String> = before.difference(&after).collect();
        for pinned in tables.students.values("pinned_wpb") {
            if gone.contains(&pinned) {
                problems.record(
                    codes::W050,
                    &self.at,
                    &pinned,
                    say::PIN_DROPPED
                        .say(&[("scenario", self.name.clone()), ("wpb", pinned.clone())]),
                    &say::PIN_DROPPED_DO,
                );
            }
        }
        tables
            .students
            .clear_cells("pinned_wpb", |w| gone.contains(&w.to_string()));
        let tracks: BTreeSet<&str> = d.remove_tracks.iter().map(|i| i.value.as_str()).collect();
        let leaving = draw::ids_of_tracks(&tables.students, &tracks);
        tables
            .students
            .retain_rows("track", |t| !tracks.contains(t));
        draw::drop_students(tables, &leaving);
        draw::remove_from_tracks(&d.remove_from_track, tables, problems);
        draw::add_to_tracks(&d.add_to_track, tables, problems);
        for (id, _) in &d.school_capacity {
            if !tables.schools.has_value("school_id", &id.value) {
                unknown(problems, id, &say::WHAT_SCHOOL, &Said::plain("schools.csv"));
            }
        }
        for (id, _) in &d.wpb_capacity {
            if !tables.supervisors.has_value("wpb_id", &id.value) {
                let file = words::AFTER_REMOVALS.say(&[("file", "supervisors.csv".into())]);
                unknown(problems, id, &say::WHAT_WPB, &file);
            }
        }
    }

    /// Capacities; their ids were checked against the tables.
    fn instance(&self, instance: &mut Instance, _problems: &mut Problems) {
        let d = &self.data;
        let all = d.capacity_scale.unwrap_or(1.0);
        let wpb_factor = all * d.wpb_capacity_scale.unwrap_or(1.0);
        let school_factor = all * d.school_capacity_scale.unwrap_or(1.0);
        for w in &mut instance.supervisors {
            let (n, h) = scaled(Some(w.max_students), w.max_hours, wpb_factor);
            (w.max_students, w.max_hours) = (n.unwrap_or(0), h);
        }
        for c in &mut instance.schools {
            (c.max_students, c.so_hours) = scaled(c.max_students, c.so_hours, school_factor);
        }
        for (id, capacity) in &d.school_capacity {
            if let Some(c) = instance.schools.iter_mut().find(|c| c.id == id.value) {
                let mut n = c.max_students.unwrap_or(u32::MAX);
                set(&mut n, &mut c.so_hours, capacity);
                c.max_students = (n != u32::MAX).then_some(n);
            }
        }
        for (id, capacity) in &d.wpb_capacity {
            if let Some(w) = instance.supervisors.iter_mut().find(|w| w.id == id.value) {
                set(&mut w.max_students, &mut w.max_hours, capacity);
            }
        }
        for id in &d.remove_schools {
            if let Some(c) = instance.schools.iter_mut().find(|c| c.id == id.value) {
                c.max_students = Some(0);
            }
        }
    }
}
