//! The rules a plan breaks only as a whole: capacities (rule 6), pins and groups (8, 9).

use super::Check;
use crate::lang::checker as say;
use crate::lang::{Said, Word};
use std::collections::{BTreeMap, HashMap};

impl Check<'_> {
    /// Rules 5 and 6: WPB and school capacities. A group costs its school the largest
    /// `so_hours_per_group` of its members' tracks once, on top of the members' hours.
    pub(super) fn capacities(&mut self, placed: &[(usize, usize)]) {
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
            let max_students = Some(f64::from(wpb.max_students));
            let limits = [
                (&say::WPB_STUDENTS, "n", f64::from(n), max_students),
                (&say::WPB_HOURS, "hours", h, wpb.max_hours),
            ];
            self.within(5, "wpb_capacity", ("wpb", &wpb.id), limits);
        }
        for (c, (n, h)) in school_load {
            let school = &inst.schools[c];
            let max_students = school.max_students.map(f64::from);
            let limits = [
                (&say::SCHOOL_STUDENTS, "n", f64::from(n), max_students),
                (&say::SCHOOL_HOURS, "hours", h, school.so_hours),
            ];
            self.within(6, "school_capacity", ("school", &school.id), limits);
        }
    }

    /// Rule `rule` for each limit of one WPB or school: what it uses may not pass the limit
    /// (none: no limit). Counts are whole, so the margin for rounding only spares hours.
    fn within(
        &mut self,
        rule: u8,
        name: &'static str,
        (kind, id): (&str, &str),
        limits: [(&Word, &str, f64, Option<f64>); 2],
    ) {
        for (sentence, what, used, max) in limits {
            if let Some(max) = max.filter(|&m| used > m + 1e-6) {
                let fills = [
                    (kind, id.to_string()),
                    (what, used.to_string()),
                    ("max", max.to_string()),
                ];
                self.broken(0, "", rule, name, sentence.say(&fills));
            }
        }
    }

    /// Rules 8 and 9: pinned students with their WPB; groups at one school or unplaced.
    pub(super) fn pins_and_groups(&mut self, placed: &[(usize, usize)]) {
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
