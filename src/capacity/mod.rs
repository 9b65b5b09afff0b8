//! Capacity (rules 5 and 6): the room left at every WPB and school while placements are
//! made one by one (for plans built by hand, such as the greedy baseline and the solver's
//! heuristic), and the maximum flow of students through WPBs and schools (`flow`), a
//! relaxation whose count bounds both the solver and the diagnosis.

pub mod augment;
pub(crate) mod dinic;
pub mod flow;

use crate::domain::{Instance, Model};

/// Students and hours left per WPB and per school; `None` is no limit.
#[derive(Debug, Clone)]
pub struct Room {
    pub wpb_students: Vec<u32>,
    pub wpb_hours: Vec<Option<f64>>,
    pub school_students: Vec<Option<u32>>,
    pub school_hours: Vec<Option<f64>>,
}

impl Room {
    /// The full capacity of the instance.
    pub fn of(instance: &Instance) -> Room {
        Room {
            wpb_students: instance
                .supervisors
                .iter()
                .map(|w| w.max_students)
                .collect(),
            wpb_hours: instance.supervisors.iter().map(|w| w.max_hours).collect(),
            school_students: instance.schools.iter().map(|c| c.max_students).collect(),
            school_hours: instance.schools.iter().map(|c| c.so_hours).collect(),
        }
    }

    /// True when WPB `w` and its school have room for student `s`.
    pub fn fits(&self, instance: &Instance, model: &Model, s: usize, w: usize) -> bool {
        let track = &model.tracks[instance.students[s].track];
        let c = instance.supervisors[w].school;
        let enough = |left: Option<f64>, need: f64| left.is_none_or(|l| need <= l + 1e-9);
        self.wpb_students[w] >= 1
            && enough(self.wpb_hours[w], track.wpb_hours)
            && self.school_students[c].is_none_or(|n| n >= 1)
            && enough(self.school_hours[c], track.so_hours)
    }

    /// Takes the room of student `s` with WPB `w`.
    pub fn take(&mut self, instance: &Instance, model: &Model, s: usize, w: usize) {
        let track = &model.tracks[instance.students[s].track];
        let c = instance.supervisors[w].school;
        self.wpb_students[w] = self.wpb_students[w].saturating_sub(1);
        self.wpb_hours[w] = self.wpb_hours[w].map(|h| h - track.wpb_hours);
        self.school_students[c] = self.school_students[c].map(|n| n.saturating_sub(1));
        self.school_hours[c] = self.school_hours[c].map(|h| h - track.so_hours);
    }

    /// Gives back the room of student `s` with WPB `w` (the inverse of `take`).
    pub fn release(&mut self, instance: &Instance, model: &Model, s: usize, w: usize) {
        let track = &model.tracks[instance.students[s].track];
        let c = instance.supervisors[w].school;
        self.wpb_students[w] += 1;
        self.wpb_hours[w] = self.wpb_hours[w].map(|h| h + track.wpb_hours);
        self.school_students[c] = self.school_students[c].map(|n| n + 1);
        self.school_hours[c] = self.school_hours[c].map(|h| h + track.so_hours);
    }

    /// True when all these (student, WPB) seats fit together.
    pub fn fits_all(&self, instance: &Instance, model: &Model, seats: &[(usize, usize)]) -> bool {
        let mut trial = self.clone();
        seats.iter().all(|&(s, w)| {
            let ok = trial.fits(instance, model, s, w);
            trial.take(instance, model, s, w);
            ok
        })
    }

    /// Gives back the SO hours a group took at school `c`.
    pub fn release_group_hours(&mut self, c: usize, hours: f64) {
        self.school_hours[c] = self.school_hours[c].map(|left| left + hours);
    }

    /// Takes the SO hours a group costs school `c` once (rule 6), when they are left.
    pub fn take_group_hours(&mut self, c: usize, hours: f64) -> bool {
        if self.school_hours[c].is_some_and(|left| hours > left + 1e-9) {
            return false;
        }
        self.school_hours[c] = self.school_hours[c].map(|left| left - hours);
        true
    }
}

/// Placements tried at one school, to keep or to take back exactly: the room of the school
/// and of each WPB it touches is noted before it changes and put back as it was (not by
/// arithmetic, which could leave hours a rounding off). A copy of the whole room per try
/// was most of a national instance's time.
pub struct Trial {
    school: usize,
    students: Option<u32>,
    hours: Option<f64>,
    wpbs: Vec<(usize, u32, Option<f64>)>,
}

impl Trial {
    /// A trial at school `c` of `room` as it is now.
    pub fn at(room: &Room, c: usize) -> Trial {
        Trial {
            school: c,
            students: room.school_students[c],
            hours: room.school_hours[c],
            wpbs: Vec::new(),
        }
    }

    /// `Room::take` for student `s` with WPB `w`, a WPB of the trial's school.
    pub fn take(
        &mut self,
        room: &mut Room,
        instance: &Instance,
        model: &Model,
        s: usize,
        w: usize,
    ) {
        debug_assert_eq!(instance.supervisors[w].school, self.school);
        if !self.wpbs.iter().any(|&(noted, _, _)| noted == w) {
            self.wpbs.push((w, room.wpb_students[w], room.wpb_hours[w]));
        }
        room.take(instance, model, s, w);
    }

    /// Puts the room of the school and of every WPB taken back as it was.
    pub fn undo(self, room: &mut Room) {
        room.school_students[self.school] = self.students;
        room.school_hours[self.school] = self.hours;
        for (w, students, hours) in self.wpbs {
            room.wpb_students[w] = students;
            room.wpb_hours[w] = hours;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Room, Trial};
    use crate::testkit::*;

    fn as_tuple(room: &Room) -> impl PartialEq + std::fmt::Debug {
        let r = room.clone();
        (
            r.wpb_students,
            r.wpb_hours,
            r.school_students,
            r.school_hours,
        )
    }

    #[test]
    fn a_trial_taken_back_leaves_the_room_exactly_as_it_was() {
        let mut a = school("A", &["havo"]);
        a.max_students = Some(5);
        a.so_hours = Some(100.1);
        let mut w1 = wpb("W1", 0, &["biologie"], "ma|wo");
        w1.max_hours = Some(72.3);
        let w2 = wpb("W2", 0, &["biologie"], "ma|wo");
        let students = vec![student("S1", 0, "biologie"), student("S2", 0, "biologie")];
        let inst = instance(vec![a], vec![w1, w2], students, 10.0);
        let m = model();
        let mut room = Room::of(&inst);
        let before = as_tuple(&room);
        let mut trial = Trial::at(&room, 0);
        assert!(room.take_group_hours(0, 53.0));
        trial.take(&mut room, &inst, &m, 0, 0);
        trial.take(&mut room, &inst, &m, 1, 0);
        trial.take(&mut room, &inst, &m, 1, 1);
        assert_ne!(as_tuple(&room), before);
        trial.undo(&mut room);
        assert_eq!(as_tuple(&room), before);
    }
}
