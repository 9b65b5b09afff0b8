//! Rule 9 in the pairs: schools that cannot seat a group whole are dropped, groups that
//! cannot share a school get a rival row, and members of a pinned group must follow the pin.

use super::seating::{fits_alone, unit_so_hours, RIVAL_SEARCHES, RIVAL_SEARCHES_IN_ALL};
use super::Eligibility;
use crate::domain::{Instance, Model};
use crate::solve::pins::Residual;
use crate::solve::types::Infeasibility;

use std::collections::{BTreeMap, BTreeSet, HashSet};

/// Groups that cannot share a school (together they do not fit, even alone) form a
/// conflict graph per school; each maximal clique of it admits at most one group. Without
/// these rows the LP relaxation places three pairwise rivals half at two schools each.
pub(super) fn rival_groups(
    instance: &Instance,
    model: &Model,
    residual: &Residual,
    elig: &Eligibility,
    units: &[Vec<usize>],
    seats: &[Vec<usize>],
) -> Vec<(usize, Vec<usize>)> {
    let groups: Vec<&Vec<usize>> = units.iter().filter(|u| u.len() > 1).collect();
    // What does not depend on the school, once: a national instance has thousands of
    // groups at each of hundreds of schools.
    let size = |g: &[usize]| -> (usize, f64) { (g.len(), unit_so_hours(instance, model, g)) };
    let all_sizes: Vec<(usize, f64)> = groups.iter().map(|g| size(g)).collect();
    // Groups of one class need only a count: the class's seats at this school.
    let all_one_class: Vec<Option<usize>> = groups
        .iter()
        .map(|g| {
            let k = elig.class_of[g[0]]?;
            g.iter().all(|&s| elig.class_of[s] == Some(k)).then_some(k)
        })
        .collect();
    let mut cliques = Vec::new();
    let mut searched = 0usize;
    for c in 0..instance.schools.len() {
        let at: Vec<usize> = (0..groups.len())
            .filter(|&i| elig.schools_of[groups[i][0]].binary_search(&c).is_ok())
            .collect();
        let here: Vec<&Vec<usize>> = at.iter().map(|&i| groups[i]).collect();
        let n = here.len();
        // Two groups that share no WPB at this school fit together exactly when each fits
        // alone (they do, or the school would be closed to them) and the school has room
        // for both: only pairs that share a WPB need the seating search, and only a
        // school too small for two groups can make every pair rivals.
        let sizes: Vec<(usize, f64)> = at.iter().map(|&i| all_sizes[i]).collect();
        let one_class: Vec<Option<usize>> = at.iter().map(|&i| all_one_class[i]).collect();
        // A group's WPBs here are needed only against a group that mixes classes.
        let mixed = one_class.iter().any(Option::is_none);
        let wpbs: Vec<BTreeSet<usize>> = here
            .iter()
            .filter(|_| mixed)
            .map(|g| {
                g.iter()
                    .filter_map(|&s| elig.class_of[s])
                    .flat_map(|k| elig.classes[k].wpbs_at_school(c).iter().copied())
                    .collect()
            })
            .collect();
        let too_small = |(n, h): (usize, f64)| {
            residual.room.school_students[c].is_some_and(|m| (m as usize) < n)
                || residual.room.school_hours[c].is_some_and(|m| m + 1e-9 < h)
        };
        let largest = sizes
            .iter()
            .fold((0, 0.0f64), |a, b| (a.0.max(b.0), a.1.max(b.1)));
        let mut seats_of = |k: usize| seats[k][c];
        // Rival pairs as a set, not a matrix: a national school has thousands of groups.
        let mut rival: HashSet<(usize, usize)> = HashSet::new();
        let mut rivals: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut add = |i: usize, j: usize, rivals: &mut Vec<Vec<usize>>| {
            if rival.insert((i.min(j), i.max(j))) {
                rivals[i].push(j);
                rivals[j].push(i);
            }
        };
        if too_small((2 * largest.0, 2.0 * largest.1)) {
            // A school too small for two groups: any pair may clash on its room.
            for i in 0..n {
                for j in i + 1..n {
                    if too_small((sizes[i].0 + sizes[j].0, sizes[i].1 + sizes[j].1)) {
                        add(i, j, &mut rivals);
                    }
                }
            }
        }
        // Groups of one class share every WPB of the class here; that two of them do not
        // fit its seats is the program's seat cut (`groups_take_whole_seats`), so only
        // the school's room (above) and WPBs shared between classes (below) make rivals.
        let mut by_class: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for (i, k) in one_class.iter().enumerate() {
            if let Some(k) = k {
                by_class.entry(*k).or_default().push(i);
            }
        }
        // Groups of different classes clash only through a WPB they share (and the room,
        // done above). When each class has seats for both groups, sharing cannot hurt: a
        // student of the other class takes at most one seat of this class at a shared WPB,
        // or as many as its hours would give this class. Decided per pair of classes with
        // their largest groups first, so that most pairs of groups are never looked at.
        let hours = |k: usize| model.tracks[elig.classes[k].track].wpb_hours;
        let costs = |mine: usize, other: usize| -> usize {
            let (h, o) = (hours(mine), hours(other));
            if h > 0.0 {
                ((o / h).ceil() as usize).max(1)
            } else {
                1
            }
        };
        let wpbs_of = |k: usize| -> BTreeSet<usize> {
            elig.classes[k].wpbs_at_school(c).iter().copied().collect()
        };
        let clash = |i: usize, j: usize, seats_of: &mut dyn FnMut(usize) -> usize| -> bool {
            let (ni, hi) = sizes[i];
            let (nj, hj) = sizes[j];
            if too_small((ni + nj, hi + hj)) {
                return true;
            }
            if let (Some(ki), Some(kj)) = (one_class[i], one_class[j]) {
                if seats_of(ki) >= ni + nj * costs(ki, kj)
                    && seats_of(kj) >= nj + ni * costs(kj, ki)
                {
                    return false;
                }
            }
            let both: Vec<usize> = here[i].iter().chain(here[j].iter()).copied().collect();
            !fits_alone(model, elig, residual, &both, hi + hj, c)
        };
        let classes: Vec<(usize, BTreeSet<usize>, usize)> = by_class
            .iter()
            .map(|(&k, members)| {
                (
                    k,
                    wpbs_of(k),
                    members.iter().map(|&i| sizes[i].0).max().unwrap_or(0),
                )
            })
            .collect();
        let mut searches = 0usize;
        for (a, (k1, w1, n1)) in classes.iter().enumerate() {
            for (k2, w2, n2) in &classes[a + 1..] {
                if w1.is_disjoint(w2) {
                    continue;
                }
                // (Pairs too large for the school's room were added above.)
                if seats_of(*k1) >= n1 + n2 * costs(*k1, *k2)
                    && seats_of(*k2) >= n2 + n1 * costs(*k2, *k1)
                {
                    continue;
                }
                for &i in &by_class[k1] {
                    for &j in &by_class[k2] {
                        // Past the budget a pair counts as fitting: a rival row only
                        // tightens the LP, so leaving one out is always safe.
                        if searches >= RIVAL_SEARCHES || searched >= RIVAL_SEARCHES_IN_ALL {
                            continue;
                        }
                        searches += 1;
                        searched += 1;
                        if clash(i, j, &mut seats_of) {
                            add(i, j, &mut rivals);
                        }
                    }
                }
            }
        }
        // Groups mixing classes are rare: each against every group it shares a WPB with.
        for i in (0..n).filter(|&i| one_class[i].is_none()) {
            for j in (0..n).filter(|&j| j != i && !wpbs[i].is_disjoint(&wpbs[j])) {
                if (one_class[j].is_some() || i < j) && clash(i, j, &mut seats_of) {
                    add(i, j, &mut rivals);
                }
            }
        }
        rivals.iter_mut().for_each(|r| r.sort_unstable());
        // Greedy maximal cliques from each group, neighbours in ascending order. A group
        // whose rivals all lie in a clique already found would find that clique again.
        let mut seen = BTreeSet::new();
        let mut covered = vec![false; n];
        for start in 0..n {
            if covered[start] {
                continue;
            }
            let mut clique = vec![start];
            for &v in &rivals[start] {
                if clique
                    .iter()
                    .all(|&m| rival.contains(&(m.min(v), m.max(v))))
                {
                    clique.push(v);
                }
            }
            clique.sort_unstable();
            for &m in &clique {
                covered[m] |= clique.len() == rivals[m].len() + 1;
            }
            if clique.len() > 1 && seen.insert(clique.clone()) {
                cliques.push((c, clique.iter().map(|&i| here[i][0]).collect()));
            }
        }
    }
    cliques
}

/// Rule 9 puts a group at one school. A school where the members, even alone, cannot each
/// get a WPB within what is left of every capacity can hold no group in any plan, but the
/// LP relaxation would still use it fractionally; dropping it is exact and tightens the LP.
pub(super) fn keep_schools_where_the_group_fits_alone(
    instance: &Instance,
    model: &Model,
    residual: &Residual,
    elig: &mut Eligibility,
    units: &[Vec<usize>],
    seats: &[Vec<usize>],
) {
    for unit in units {
        let mut common = std::mem::take(&mut elig.schools_of[unit[0]]);
        for &s in &unit[1..] {
            common.retain(|c| elig.schools_of[s].contains(c));
        }
        // A unit of one class needs only as many of the class's seats as it has members.
        let k = elig.class_of[unit[0]];
        let one_class = unit.iter().all(|&s| elig.class_of[s] == k);
        let hours = unit_so_hours(instance, model, unit);
        common.retain(|&c| match (k, one_class) {
            (Some(k), true) => {
                let room = residual.room.school_students[c]
                    .is_none_or(|m| m as usize >= unit.len())
                    && residual.room.school_hours[c].is_none_or(|m| m + 1e-9 >= hours);
                room && seats[k][c] >= unit.len()
            }
            _ => fits_alone(model, elig, residual, unit, hours, c),
        });
        for &s in &unit[1..] {
            elig.schools_of[s] = common.clone();
        }
        elig.schools_of[unit[0]] = common;
    }
}

/// Rules 8 and 9 together: the members of a group with a pinned member must join it at the
/// pinned school. Says why, for each member that has no fitting WPB there (rules 1-4, 7).
pub fn members_that_cannot_follow_the_pin(
    instance: &Instance,
    residual: &Residual,
    elig: &Eligibility,
) -> Vec<Infeasibility> {
    let mut why = Vec::new();
    for (s, student) in instance.students.iter().enumerate() {
        let (Some(g), Some(_)) = (&student.group, elig.class_of[s]) else {
            continue;
        };
        let Some(&c) = residual.group_school.get(g) else {
            continue;
        };
        if !elig.schools_of[s].contains(&c) {
            why.push(Infeasibility::MemberCannotFollowPin {
                student: student.id.clone(),
                group: g.clone(),
                school: instance.schools[c].id.clone(),
            });
        }
    }
    why
}
