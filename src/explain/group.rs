//! Rule 9 in `explain`: a group member is placed where its whole group fits, so every
//! place the story weighs is weighed for the whole group, and the members are named.

use super::bottleneck::{num, shorten};
use super::reasons::PlanLoad;
use crate::domain::{group_so_hours, Instance, Model};
use crate::lang::{fill, Lang};
use crate::rules;

/// Backtracking steps tried before a group is said not to fit; groups are small, so this
/// bound is only a guard against a pathological input.
const SEARCH_STEPS: usize = 100_000;

/// A student's group: its name and every member, the student included, in students order.
pub struct Group {
    pub name: String,
    pub members: Vec<usize>,
}

impl Group {
    /// The group of student `s`, if it has one.
    pub fn of(instance: &Instance, s: usize) -> Option<Group> {
        let name = instance.students[s].group.clone()?;
        let members = (0..instance.students.len())
            .filter(|&k| instance.students[k].group.as_deref() == Some(name.as_str()))
            .collect();
        Some(Group { name, members })
    }

    /// "S1 (Sara), S2 (Sem)".
    pub fn member_names(&self, instance: &Instance, lang: Lang) -> String {
        let names: Vec<String> = self
            .members
            .iter()
            .map(|&k| {
                format!(
                    "{} ({})",
                    instance.students[k].id, instance.students[k].name
                )
            })
            .collect();
        shorten(&names, 12, lang)
    }

    /// The line that opens a group member's story: the rule and the members.
    pub fn header(&self, instance: &Instance, lang: Lang) -> String {
        fill(
            lang.text().group_header,
            &[
                ("group", self.name.clone()),
                ("members", self.member_names(instance, lang)),
            ],
        )
    }

    /// Whether the whole group fits at a school, as words to add to the place's line:
    /// `why_not` is what `why_not_at` says of that school.
    pub fn fit_words(&self, why_not: Option<String>, lang: Lang) -> String {
        let t = lang.text();
        match why_not {
            None => fill(t.group_fits, &[("group", self.name.clone())]),
            Some(why) => fill(
                t.group_no_fit,
                &[("group", self.name.clone()), ("why", why)],
            ),
        }
    }

    /// Why the whole group cannot be placed at school `c` in the plan `placed` (its own
    /// members taken out), or `None` when it can.
    pub fn why_not_at(
        &self,
        instance: &Instance,
        model: &Model,
        placed: &[(usize, usize)],
        c: usize,
        lang: Lang,
    ) -> Option<String> {
        let t = lang.text();
        let others: Vec<(usize, usize)> = placed
            .iter()
            .copied()
            .filter(|p| !self.members.contains(&p.0))
            .collect();
        let mut load = PlanLoad::of(instance, model, &others);
        let mut options = Vec::with_capacity(self.members.len());
        for &k in &self.members {
            let here: Vec<usize> = (0..instance.supervisors.len())
                .filter(|&w| instance.supervisors[w].school == c)
                .filter(|&w| rules::pair_exclusion(instance, model, k, w).is_none())
                .collect();
            if here.is_empty() {
                return Some(fill(
                    t.group_member_closed,
                    &[("id", instance.students[k].id.clone())],
                ));
            }
            options.push(here);
        }
        let school = &instance.schools[c];
        let n = self.members.len() as u32;
        if let Some(max) = school.max_students {
            let left = max.saturating_sub(load.school_students[c]);
            if left < n {
                return Some(fill(
                    t.group_school_places,
                    &[("left", left.to_string()), ("n", n.to_string())],
                ));
            }
        }
        if let Some(max) = school.so_hours {
            let need: f64 = self
                .members
                .iter()
                .map(|&k| model.tracks[instance.students[k].track].so_hours)
                .sum::<f64>()
                + group_so_hours(instance, model, &self.members);
            let left = (max - load.school_hours[c]).max(0.0);
            if need > left + 1e-9 {
                return Some(fill(
                    t.group_school_hours,
                    &[("left", num(left)), ("need", num(need))],
                ));
            }
        }
        let mut steps = 0;
        if seat(
            instance,
            model,
            &self.members,
            &options,
            &mut load,
            &mut steps,
        ) {
            None
        } else {
            Some(fill(t.group_wpbs_full, &[("n", n.to_string())]))
        }
    }
}

/// Seats `members` one by one with a WPB of `options` that has room, backtracking.
fn seat(
    instance: &Instance,
    model: &Model,
    members: &[usize],
    options: &[Vec<usize>],
    load: &mut PlanLoad,
    steps: &mut usize,
) -> bool {
    let Some((&k, rest)) = members.split_first() else {
        return true;
    };
    for &w in &options[0] {
        *steps += 1;
        if *steps > SEARCH_STEPS {
            return false;
        }
        // Only the WPB's own limits: the school's were checked for the whole group.
        let wpb = &instance.supervisors[w];
        let hours = model.tracks[instance.students[k].track].wpb_hours;
        let room = load.wpb_students[w] < wpb.max_students
            && wpb
                .max_hours
                .is_none_or(|m| load.wpb_hours[w] + hours <= m + 1e-9);
        if !room {
            continue;
        }
        load.wpb_students[w] += 1;
        load.wpb_hours[w] += hours;
        if seat(instance, model, rest, &options[1..], load, steps) {
            return true;
        }
        load.wpb_students[w] -= 1;
        load.wpb_hours[w] -= hours;
    }
    false
}
