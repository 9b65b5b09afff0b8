//! Which students a local re-solve may move (`verify`): the students at the schools a
//! change touches, or at the WPBs a split group's or a track's students may go to, and the
//! unplaced who may go there. Every other placed student keeps their WPB and every other
//! unplaced student stays unplaced.

use super::change::Change;
use super::verify::{Base, FlowAfter};
use crate::domain::Instance;
use std::collections::BTreeSet;

/// Above this many, a local re-solve frees only the students the change itself concerns
/// (`own_students`): at 20,000 students a group's split freed the 2,000 students at the
/// WPBs its members may go to, and its re-solve ran out of a 34 s diagnosis where the
/// members alone take seats the plan leaves free. A program of 600 students re-plans in
/// about a second (part by part, How it optimises).
pub const MOST_FREE: usize = 600;

/// One change against the plan it would improve: what each rule below reads.
pub struct Local<'a> {
    /// The input before the change, and after it.
    instance: &'a Instance,
    changed: &'a Instance,
    base: &'a Base<'a>,
    after: &'a FlowAfter<'a>,
    change: &'a Change,
    /// The students the base plan places.
    placed: BTreeSet<usize>,
}

impl<'a> Local<'a> {
    pub fn new(
        instance: &'a Instance,
        changed: &'a Instance,
        base: &'a Base<'a>,
        after: &'a FlowAfter<'a>,
        change: &'a Change,
    ) -> Local<'a> {
        Local {
            instance,
            changed,
            base,
            after,
            change,
            placed: base.placed.iter().map(|&(s, _)| s).collect(),
        }
    }

    /// The students a local re-solve may move, with their groups' members.
    pub fn free_students(&self) -> BTreeSet<usize> {
        let own = self.own_students();
        let mut free = match self.change {
            // New days change whom the track's students may go to, not the schools' room.
            Change::SplitGroup { .. } | Change::TrackDays { .. } => self.wpb_neighbours(&own),
            _ => self.touched_school_students(),
        };
        if with_groups(self.instance, &free).len() > MOST_FREE {
            free = own;
        }
        with_groups(self.instance, &free)
    }

    /// The students the change itself concerns: a split group's members, the students of
    /// a track whose days change (whose allowed WPBs differ), or else the unplaced
    /// students who may go to a school the change touches and everyone whose allowed WPBs
    /// it alters.
    fn own_students(&self) -> BTreeSet<usize> {
        let students = 0..self.instance.students.len();
        match self.change {
            Change::SplitGroup { group } => students
                .filter(|&s| self.instance.students[s].group.as_deref() == Some(group))
                .collect(),
            Change::TrackDays { .. } => students.filter(|&s| self.pairs_changed(s)).collect(),
            _ => self.unplaced_or_changed(&self.touched_schools()),
        }
    }

    /// True when the change alters the WPBs student `s` may go to.
    fn pairs_changed(&self, s: usize) -> bool {
        self.after.allowed[s] != self.base.allowed[s]
    }

    /// Schools a change opens or enlarges.
    fn touched_schools(&self) -> BTreeSet<usize> {
        let mut schools = BTreeSet::new();
        match self.change {
            Change::WpbPlace { wpb, .. } => {
                schools.insert(self.instance.supervisors[*wpb].school);
            }
            Change::SchoolPlace { school, .. } | Change::NewWpb { school, .. } => {
                schools.insert(*school);
            }
            // Local to the WPBs its students may go to (`wpb_neighbours`).
            Change::SplitGroup { .. } | Change::TravelLimit { .. } | Change::TrackDays { .. } => {}
        }
        // Where a student's allowed WPBs changed, the schools of the WPBs gained or lost.
        for (s, now) in self.after.allowed.iter().enumerate() {
            let was = &self.base.allowed[s];
            if now != was {
                let differ = now
                    .iter()
                    .filter(|w| !was.contains(w))
                    .chain(was.iter().filter(|w| !now.contains(w)));
                schools.extend(differ.map(|&w| self.changed.supervisors[w].school));
            }
        }
        schools
    }

    /// The unplaced students who may go to one of `schools`, and everyone whose allowed
    /// WPBs the change alters.
    fn unplaced_or_changed(&self, schools: &BTreeSet<usize>) -> BTreeSet<usize> {
        (0..self.changed.students.len())
            .filter(|&s| {
                let may_go = self.after.allowed[s]
                    .iter()
                    .any(|&w| schools.contains(&self.changed.supervisors[w].school));
                (!self.placed.contains(&s) && may_go) || self.pairs_changed(s)
            })
            .collect()
    }

    /// The students `members` (a split group's, or a track's with new days), the students
    /// placed at a WPB a member may go to, and the unplaced who may go to one: such a
    /// change alters who may share those WPBs, not the schools' room (freeing every
    /// student at those schools made a re-solve as large as the solve).
    fn wpb_neighbours(&self, members: &BTreeSet<usize>) -> BTreeSet<usize> {
        let wpbs: BTreeSet<usize> = members
            .iter()
            .flat_map(|&s| self.after.allowed[s].iter().copied())
            .collect();
        let at_wpbs = |s: usize| self.after.allowed[s].iter().any(|w| wpbs.contains(w));
        let mut free = members.clone();
        free.extend(
            self.base
                .placed
                .iter()
                .filter(|(_, w)| wpbs.contains(w))
                .map(|&(s, _)| s),
        );
        free.extend(
            (0..self.instance.students.len()).filter(|&s| !self.placed.contains(&s) && at_wpbs(s)),
        );
        free
    }

    /// The students at the schools a change touches, the unplaced who may go to one, and
    /// everyone whose allowed WPBs the change alters.
    fn touched_school_students(&self) -> BTreeSet<usize> {
        let schools = self.touched_schools();
        let mut free: BTreeSet<usize> = self
            .base
            .placed
            .iter()
            .filter(|&&(_, w)| schools.contains(&self.instance.supervisors[w].school))
            .map(|&(s, _)| s)
            .collect();
        free.extend(self.unplaced_or_changed(&schools));
        free
    }
}

/// A group moves together: free one member, free them all.
fn with_groups(instance: &Instance, free: &BTreeSet<usize>) -> BTreeSet<usize> {
    let groups: BTreeSet<&str> = free
        .iter()
        .filter_map(|&s| instance.students[s].group.as_deref())
        .collect();
    let mut all = free.clone();
    for (s, st) in instance.students.iter().enumerate() {
        if st.group.as_deref().is_some_and(|g| groups.contains(g)) {
            all.insert(s);
        }
    }
    all
}
