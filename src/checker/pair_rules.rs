//! The rules about one (student, WPB) pair: rules 1-5 and 7, checked row by row.

use super::Check;
use crate::lang::checker as say;
use crate::lang::Said;

impl Check<'_> {
    /// Rules 1-4 and 7 for one placed pair; a pinned pair is honoured with a note instead.
    pub(super) fn pair_rules(&mut self, line: usize, s: usize, w: usize) {
        let inst = self.instance;
        let st = &inst.students[s];
        let wpb = &inst.supervisors[w];
        let c = wpb.school;
        let track = &self.model.tracks[st.track];
        let mut broken: Vec<(u8, &'static str, Said)> = Vec::new();
        // Rule 1: the WPB teaches the student's subject.
        if !wpb
            .subjects
            .iter()
            .any(|x| x.eq_ignore_ascii_case(&st.subject))
        {
            broken.push((
                1,
                "wpb_teaches_subject",
                say::NOT_TEACHING.say(&[("wpb", wpb.id.clone()), ("subject", st.subject.clone())]),
            ));
        }
        // Rule 2: the WPB is present on every stage day of the track.
        let missing: Vec<_> = track
            .days
            .iter()
            .filter(|d| !wpb.days.iter().any(|x| x == *d))
            .map(|d| d.dutch())
            .collect();
        if !missing.is_empty() {
            broken.push((
                2,
                "wpb_present_on_stage_days",
                say::ABSENT.say(&[
                    ("wpb", wpb.id.clone()),
                    ("days", missing.join(", ")),
                    ("track", track.id.clone()),
                ]),
            ));
        }
        // Rule 3: travel within the limit, except at the accepted paid school. No journey
        // (an empty travel time) is out of reach whatever the limit.
        if inst.travel.no_journey(s, c) {
            broken.push((
                3,
                "travel_within_limit",
                say::NO_JOURNEY.say(&[("school", inst.schools[c].id.clone())]),
            ));
        } else if let Some(limit) = self.model.travel_limit_minutes {
            if self.accepted_paid(s).and_then(|p| p.school) != Some(c) {
                match inst.travel.minutes(s, c) {
                    Some(m) if m <= limit => {}
                    Some(m) => broken.push((
                        3,
                        "travel_within_limit",
                        say::TOO_FAR.say(&[
                            ("school", inst.schools[c].id.clone()),
                            ("minutes", m.to_string()),
                            ("limit", limit.to_string()),
                        ]),
                    )),
                    None => broken.push((
                        3,
                        "travel_within_limit",
                        say::TRAVEL_UNKNOWN.say(&[("school", inst.schools[c].id.clone())]),
                    )),
                }
            }
        }
        // Rule 4: not the previous placement's school, not an excluded school.
        if self.model.different_school_than_previous && st.previous_school == Some(c) {
            broken.push((
                4,
                "not_previous_school",
                say::PREVIOUS.say(&[("school", inst.schools[c].id.clone())]),
            ));
        }
        if st.excluded_schools.contains(&c) {
            broken.push((
                4,
                "not_excluded_school",
                say::EXCLUDED.say(&[("school", inst.schools[c].id.clone())]),
            ));
        }
        // Rule 7: an accepted paid appointment places the student at the paid school.
        if let Some(p) = self.accepted_paid(s) {
            if p.school != Some(c) {
                broken.push((
                    7,
                    "paid_appointment_school",
                    say::PAID_ELSEWHERE.say_in(&[
                        (
                            "paid",
                            &p.school.map_or(Said::from(&say::OUTSIDE), |p| {
                                Said::plain(&inst.schools[p].id)
                            }),
                        ),
                        ("school", &Said::plain(&inst.schools[c].id)),
                    ]),
                ));
            }
        }
        let pinned_here = st.pinned_wpb == Some(w);
        for (rule, name, message) in broken {
            if pinned_here {
                self.notes.push(say::PIN_NOTE.say_in(&[
                    ("student", &Said::plain(&st.id)),
                    ("rule", &Said::plain(&rule.to_string())),
                    ("name", &Said::plain(name)),
                    ("message", &message),
                ]));
            } else {
                self.broken(line, &st.id, rule, name, message);
            }
        }
    }
}
