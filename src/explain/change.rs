//! Single changes to the input that could place more students, as data: each can be
//! applied to a copy of the instance and model, and described in plain words.

use super::bottleneck::num;
use crate::domain::{Days, Instance, Model, Supervisor, Weekday};
use crate::lang::{fill, Lang};

/// One change a stagecoördinator can ask for.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// One more student for a WPB (`place`), and `hours` more facilitation hours.
    WpbPlace { wpb: usize, place: bool, hours: f64 },
    /// One more student place at a school (`place`), and `hours` more SO hours.
    SchoolPlace {
        school: usize,
        place: bool,
        hours: f64,
    },
    /// A new certified WPB of `subject`, present on `days`, for up to `students` students.
    NewWpb {
        school: usize,
        subject: String,
        days: Days,
        students: u32,
    },
    /// A different travel limit for everyone.
    TravelLimit { minutes: f64 },
    /// A track's stage day `drop` replaced by `add`.
    TrackDays {
        track: usize,
        drop: Weekday,
        add: Weekday,
    },
    /// The members of a group may go to different schools.
    SplitGroup { group: String },
}

/// The limits a change raised in place, to put back (`Change::raise_in_place`).
pub enum Raised {
    Wpb {
        wpb: usize,
        max_students: u32,
        max_hours: Option<f64>,
    },
    School {
        school: usize,
        max_students: Option<u32>,
        so_hours: Option<f64>,
    },
}

impl Raised {
    /// Puts the limits back as they were.
    pub fn undo(self, instance: &mut Instance) {
        match self {
            Raised::Wpb {
                wpb,
                max_students,
                max_hours,
            } => {
                let w = &mut instance.supervisors[wpb];
                (w.max_students, w.max_hours) = (max_students, max_hours);
            }
            Raised::School {
                school,
                max_students,
                so_hours,
            } => {
                let c = &mut instance.schools[school];
                (c.max_students, c.so_hours) = (max_students, so_hours);
            }
        }
    }
}

impl Change {
    /// A change that raises one WPB's or one school's limits, applied to `instance` itself
    /// (as `apply` does to a copy), with what undoes it; `None` for any other change. A
    /// diagnosis weighs a thousand such changes at 20,000 students, where a copy of the
    /// instance per change took longer than weighing it.
    pub fn raise_in_place(&self, instance: &mut Instance) -> Option<Raised> {
        match *self {
            Change::WpbPlace { wpb, place, hours } => {
                let w = &mut instance.supervisors[wpb];
                let raised = Raised::Wpb {
                    wpb,
                    max_students: w.max_students,
                    max_hours: w.max_hours,
                };
                w.max_students += u32::from(place);
                w.max_hours = w.max_hours.map(|h| h + hours);
                Some(raised)
            }
            Change::SchoolPlace {
                school,
                place,
                hours,
            } => {
                let c = &mut instance.schools[school];
                let raised = Raised::School {
                    school,
                    max_students: c.max_students,
                    so_hours: c.so_hours,
                };
                c.max_students = c.max_students.map(|n| n + u32::from(place));
                c.so_hours = c.so_hours.map(|h| h + hours);
                Some(raised)
            }
            _ => None,
        }
    }

    /// Applies the change to copies of the instance and the model.
    pub fn apply(&self, instance: &Instance, model: &Model) -> (Instance, Model) {
        let (mut inst, mut model) = (instance.clone(), model.clone());
        match self {
            // Raised on the copy as a ranking raises them in place.
            Change::WpbPlace { .. } | Change::SchoolPlace { .. } => {
                self.raise_in_place(&mut inst);
            }
            Change::NewWpb {
                school,
                subject,
                days,
                students,
            } => {
                let id = new_wpb_id(&inst, subject, *school);
                inst.supervisors.push(Supervisor {
                    name: id.clone(),
                    id,
                    school: *school,
                    subjects: vec![subject.clone()],
                    days: *days,
                    max_students: *students,
                    max_hours: None,
                    certified: true,
                });
            }
            Change::TravelLimit { minutes } => model.travel_limit_minutes = Some(*minutes),
            Change::TrackDays { track, drop, add } => {
                let t = &mut model.tracks[*track];
                t.days = swap_day(t.days, *drop, *add);
            }
            Change::SplitGroup { group } => {
                for s in inst.students.iter_mut() {
                    if s.group.as_deref() == Some(group) {
                        s.group = None;
                    }
                }
            }
        }
        (inst, model)
    }

    /// The change as a sentence, for the original instance and model.
    pub fn describe(&self, instance: &Instance, model: &Model, lang: Lang) -> String {
        let t = lang.text();
        match self {
            Change::WpbPlace { wpb, place, hours } => {
                let w = &instance.supervisors[*wpb];
                let args = [
                    ("id", w.id.clone()),
                    ("name", w.name.clone()),
                    ("school", instance.schools[w.school].id.clone()),
                    ("hours", num(*hours)),
                ];
                place_and_hours(
                    *place,
                    *hours,
                    t.suggest_wpb_place,
                    t.suggest_wpb_hours,
                    t.suggest_hours,
                    &args,
                )
            }
            Change::SchoolPlace {
                school,
                place,
                hours,
            } => {
                let c = &instance.schools[*school];
                let args = [
                    ("id", c.id.clone()),
                    ("name", c.name.clone()),
                    ("hours", num(*hours)),
                ];
                place_and_hours(
                    *place,
                    *hours,
                    t.suggest_school_place,
                    t.suggest_school_hours,
                    t.suggest_hours_so,
                    &args,
                )
            }
            Change::NewWpb {
                school,
                subject,
                days,
                students,
            } => fill(
                t.suggest_new_wpb,
                &[
                    ("subject", subject.clone()),
                    ("days", days.to_string()),
                    ("school", instance.schools[*school].id.clone()),
                    ("name", instance.schools[*school].name.clone()),
                    ("n", students.to_string()),
                ],
            ),
            Change::TravelLimit { minutes } => fill(
                t.suggest_travel,
                &[
                    ("to", num(*minutes)),
                    (
                        "from",
                        model.travel_limit_minutes.map_or("-".to_string(), num),
                    ),
                ],
            ),
            Change::TrackDays { track, drop, add } => fill(
                t.suggest_days,
                &[
                    ("track", model.tracks[*track].id.clone()),
                    ("add", add.dutch().to_string()),
                    ("drop", drop.dutch().to_string()),
                ],
            ),
            Change::SplitGroup { group } => {
                fill(t.suggest_split_group, &[("group", group.clone())])
            }
        }
    }
}

/// "One more place for X", "+36 hours for X", or "one more place for X (+36 hours)".
fn place_and_hours(
    place: bool,
    hours: f64,
    with_place: &str,
    only_hours: &str,
    more_hours: &str,
    args: &[(&str, String)],
) -> String {
    match (place, hours > 0.0) {
        (true, true) => fill(with_place, args) + &fill(more_hours, args),
        (true, false) => fill(with_place, args),
        (false, _) => fill(only_hours, args),
    }
}

/// `days` with `drop` replaced by `add`.
pub fn swap_day(days: Days, drop: Weekday, add: Weekday) -> Days {
    let mut list: Vec<Weekday> = days.iter().filter(|&d| d != drop).collect();
    list.push(add);
    Days::of(&list)
}

fn new_wpb_id(instance: &Instance, subject: &str, school: usize) -> String {
    let base = format!("NEW-{}-{}", instance.schools[school].id, subject);
    let mut id = base.clone();
    let mut k = 1;
    while instance.supervisors.iter().any(|w| w.id == id) {
        k += 1;
        id = format!("{base}-{k}");
    }
    id
}
