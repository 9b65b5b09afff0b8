//! Rule 9 puts a group at one school or leaves all of it unplaced: groups that mix
//! subjects, and groups that no school can seat whole, are said before `solve` drops them.

use super::instance::StudentLines;
use super::problem::Problems;
use super::reach::{some_ids, Reach};
use crate::domain::{group_so_hours, Instance, Model};
use crate::input::codes;
use crate::lang::{problems as say, Said};
use std::collections::BTreeMap;

/// Members of one group in different subjects need WPBs of each subject at one school:
/// allowed, but unusual and often a typo. One warning per member that differs from the
/// first, as W005 does for tracks.
pub fn check_w008_group_mixes_subjects(
    instance: &Instance,
    lines: &StudentLines,
    problems: &mut Problems,
) {
    for (g, members) in instance.groups() {
        let first = &instance.students[members[0]];
        for &s in &members[1..] {
            let student = &instance.students[s];
            if student.subject == first.subject {
                continue;
            }
            problems.record(
                codes::W008,
                &lines.places[s].subject,
                &student.subject,
                say::GROUP_MIXES_SUBJECTS.say(&[
                    ("group", g.to_string()),
                    ("first", first.id.clone()),
                    ("a", first.subject.clone()),
                    ("student", student.id.clone()),
                    ("b", student.subject.clone()),
                ]),
                say::GROUP_MIXES_SUBJECTS_DO.say(&[
                    ("group", lines.names.students.column("group")),
                    ("subject", lines.names.students.column("subject")),
                ]),
            );
        }
    }
}

/// Rule 9 with rules 1-6, each group alone in an empty instance: a school seats the group
/// when it is open to every member, has room for all of them (students and SO hours), and
/// its WPBs can take one member each. Capacities are relaxed (a WPB's hours are divided by
/// the smallest track hours), so a group said to fit nowhere truly fits nowhere. Groups
/// with a pinned member are left out: the pin decides their school.
pub fn check_w009_group_fits_somewhere(
    instance: &Instance,
    model: &Model,
    reach: &Reach,
    lines: &StudentLines,
    problems: &mut Problems,
) {
    for (g, members) in instance.groups() {
        if members
            .iter()
            .any(|&s| instance.students[s].pinned_wpb.is_some())
        {
            continue;
        }
        let mut common = reach.schools_of[members[0]].clone();
        for &s in &members[1..] {
            common.retain(|c| reach.schools_of[s].binary_search(c).is_ok());
        }
        if common
            .iter()
            .any(|&c| seats_group(instance, model, reach, &members, c))
        {
            continue;
        }
        let why = if let Some(&lost) = members.iter().find(|&&s| !reach.has_school[s]) {
            say::GROUP_MEMBER_NOWHERE.say(&[("student", instance.students[lost].id.clone())])
        } else if common.is_empty() {
            (&say::GROUP_NO_COMMON_SCHOOL).into()
        } else {
            let ids = common.iter().map(|&c| instance.schools[c].id.as_str());
            say::GROUP_NO_ROOM.say_in(&[("schools", &some_ids(ids, 5))])
        };
        let ids = members.iter().map(|&s| instance.students[s].id.as_str());
        problems.record(
            codes::W009,
            &lines.places[members[0]].group,
            g,
            say::GROUP_FITS_NOWHERE.say_in(&[
                ("group", &Said::plain(g)),
                ("n", &Said::plain(&members.len().to_string())),
                ("students", &some_ids(ids, 5)),
                ("why", &why),
            ]),
            say::GROUP_FITS_NOWHERE_DO.say_in(&[
                ("column", &lines.names.students.said("group")),
                ("max_students", &lines.names.schools.said("max_students")),
                ("so_hours", &lines.names.schools.said("so_hours")),
            ]),
        );
    }
}

/// Whether school `c`, empty, can take all of `members`: its own room, then a seat with a
/// WPB for each member (a bipartite matching, each WPB offering as many seats as its
/// students and hours allow).
fn seats_group(
    instance: &Instance,
    model: &Model,
    reach: &Reach,
    members: &[usize],
    c: usize,
) -> bool {
    let school = &instance.schools[c];
    let track_of = |s: usize| &model.tracks[instance.students[s].track];
    let hours: f64 = members.iter().map(|&s| track_of(s).so_hours).sum::<f64>()
        + group_so_hours(instance, model, members);
    if school
        .max_students
        .is_some_and(|m| (m as usize) < members.len())
        || school.so_hours.is_some_and(|m| m + 1e-9 < hours)
    {
        return false;
    }
    let options: Vec<Vec<usize>> = members
        .iter()
        .map(|&s| {
            reach
                .wpbs_of(instance, s)
                .iter()
                .copied()
                .filter(|&w| instance.supervisors[w].school == c)
                .collect()
        })
        .collect();
    // Each WPB as its seats, one node per seat; members reach the seats of their WPBs.
    let mut first_seat: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
    let mut n_seats = 0;
    for wpbs in &options {
        for &w in wpbs {
            if first_seat.contains_key(&w) {
                continue;
            }
            let wpb = &instance.supervisors[w];
            let least = members
                .iter()
                .zip(&options)
                .filter(|(_, o)| o.contains(&w))
                .map(|(&s, _)| track_of(s).wpb_hours)
                .fold(f64::INFINITY, f64::min);
            let by_hours = match wpb.max_hours {
                Some(m) if least > 0.0 => ((m + 1e-9) / least).floor() as usize,
                _ => usize::MAX,
            };
            let n = (wpb.max_students as usize).min(by_hours).min(members.len());
            first_seat.insert(w, (n_seats, n));
            n_seats += n;
        }
    }
    let seats_of: Vec<Vec<usize>> = options
        .iter()
        .map(|wpbs| {
            wpbs.iter()
                .flat_map(|w| {
                    let (first, n) = first_seat[w];
                    first..first + n
                })
                .collect()
        })
        .collect();
    // Kuhn's augmenting paths: a group has a handful of members.
    let mut holder: Vec<Option<usize>> = vec![None; n_seats];
    (0..members.len()).all(|m| {
        let mut seen = vec![false; n_seats];
        augment(m, &seats_of, &mut holder, &mut seen)
    })
}

/// Finds member `m` a seat, moving a member already seated when that frees one.
fn augment(
    m: usize,
    seats_of: &[Vec<usize>],
    holder: &mut [Option<usize>],
    seen: &mut [bool],
) -> bool {
    for &seat in &seats_of[m] {
        if seen[seat] {
            continue;
        }
        seen[seat] = true;
        let free = match holder[seat] {
            None => true,
            Some(other) => augment(other, seats_of, holder, seen),
        };
        if free {
            holder[seat] = Some(m);
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::*;

    /// Two members of track T (36 WPB hours each) and one school with WPBs `wpbs`.
    fn fits(wpbs: Vec<crate::domain::Supervisor>, school_max: Option<u32>) -> bool {
        let m = model();
        let mut a = school("A", &[]);
        a.max_students = school_max;
        let group: Vec<_> = ["S1", "S2"]
            .into_iter()
            .map(|id| {
                let mut s = student(id, 0, "x");
                s.group = Some("G".into());
                s
            })
            .collect();
        let inst = instance(vec![a], wpbs, group, 30.0);
        let reach = Reach::of(&inst, &m);
        seats_group(&inst, &m, &reach, &[0, 1], 0)
    }

    #[test]
    fn w009_a_group_needs_a_seat_per_member_and_room_at_the_school() {
        let mut two = wpb("W", 0, &["x"], "ma|wo");
        two.max_students = 2;
        assert!(fits(vec![two.clone()], None));
        assert!(!fits(vec![two.clone()], Some(1)), "the school takes one");
        let mut short = two.clone();
        short.max_hours = Some(36.0);
        assert!(!fits(vec![short], None), "the WPB's hours seat one");
        let one = wpb("W", 0, &["x"], "ma|wo");
        assert!(!fits(vec![one.clone()], None), "one seat for two members");
        assert!(fits(
            vec![one.clone(), wpb("V", 0, &["x"], "ma|wo|vr")],
            None
        ));
    }
}
