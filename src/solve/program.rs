//! The integer program, one method per constraint family.
//!
//! Variables: `at_school[s][c]` (binary) places free student s at school c; `takes[k][w]`
//! (integer) counts the students of class k that WPB w supervises; `unplaced[s]` is
//! 1 - sum_c at_school[s][c], kept as a column so that HiGHS's own gap is the real one.
//! Per (school, class) the students sent equal the students taken, which is exact: the
//! WPB-dependent cost (certified) is the same for every student of a class.

use super::eligibility::{Class, Eligibility};
use super::pins::Residual;
use super::{Before, Prefer};
use crate::cost::{student_school_cost, wpb_cost};
use crate::domain::{group_so_hours, Instance, Model};
use good_lp::{constraint, variable, Constraint, Expression, ProblemVariables, Variable};
use std::collections::BTreeMap;

/// The largest whole cost [`PlacementProgram::whole_objective`] gives HiGHS: far below
/// where its cost scaling and tolerances start to matter.
pub const WHOLE_AT_MOST: f64 = 1e9;

/// What a row of the program says, so that its dual can be read back (pricing).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// Student s is at one school or unplaced.
    Student(usize),
    /// Class k's students at school c are those its WPBs there take.
    ClassAtSchool(usize, usize),
    /// School c's `max_students`.
    SchoolStudents(usize),
    /// School c's `so_hours`.
    SchoolHours(usize),
    /// The i-th rival clique of `elig.rival_groups`.
    Rival(usize),
    /// Class k's seats at school c hold whole groups of d members.
    Seats(usize, usize, usize),
    /// WPB w seats at most its `seats` seats of each group of class k.
    WpbGroupSeats(usize, usize, usize),
    /// Any other row (WPB capacity, group ties, pins, repair).
    Other,
}

/// The program under construction and the handles to read a solution back.
pub struct PlacementProgram<'a> {
    instance: &'a Instance,
    model: &'a Model,
    elig: &'a Eligibility,
    pub vars: ProblemVariables,
    pub constraints: Vec<Constraint>,
    /// What each row of `constraints` says, aligned with it.
    pub rows: Vec<Row>,
    pub at_school: Vec<Vec<(usize, Variable)>>,
    pub unplaced: Vec<Option<Variable>>,
    pub takes: Vec<Vec<(usize, Variable)>>,
    /// Per class and WPB: the most students of the class the WPB can take.
    most: Vec<BTreeMap<usize, f64>>,
    /// Repair only: per (class, WPB), how many of its baseline students it keeps.
    pub kept: Vec<(usize, usize, Variable)>,
    /// Each column's cost in the objective (FORMAT.md section 3, and a tie-break's or a
    /// repair's when asked): `objective` and `whole_objective` build it from these.
    costs: Vec<(Variable, f64)>,
}

impl<'a> PlacementProgram<'a> {
    /// Creates the variables and the objective (FORMAT.md section 3); `relaxed` drops
    /// integrality, for the LP bound. `pairs` leaves out the (student, school) columns it
    /// marks false, as if fixed at 0 (aligned with `elig.schools_of`; `None` keeps all).
    /// `prefer` adds the tie-break's cost to each student's columns.
    pub fn new(
        instance: &'a Instance,
        model: &'a Model,
        elig: &'a Eligibility,
        residual: &Residual,
        relaxed: bool,
        pairs: Option<&[Vec<bool>]>,
        prefer: Option<&Prefer>,
    ) -> Self {
        let prefer = |s: usize, c: Option<usize>| prefer.map_or(0.0, |p| p.cost(s, c));
        let mut vars = ProblemVariables::new();
        let n = instance.students.len();
        let mut at_school = vec![Vec::new(); n];
        let mut unplaced = vec![None; n];
        let mut costs = Vec::new();
        for s in 0..n {
            if elig.class_of[s].is_none() {
                continue;
            }
            for (i, &c) in elig.schools_of[s].iter().enumerate() {
                if pairs.is_some_and(|keep| !keep[s][i]) {
                    continue;
                }
                let y = vars.add(if relaxed {
                    variable().min(0).max(1)
                } else {
                    variable().binary()
                });
                let cost = student_school_cost(instance, model, s, c) + prefer(s, Some(c));
                costs.push((y, cost));
                at_school[s].push((c, y));
            }
            let u = vars.add(variable().min(0).max(1));
            let cost = model.weights.unplaced + prefer(s, None);
            costs.push((u, cost));
            unplaced[s] = Some(u);
        }
        let mut takes = Vec::with_capacity(elig.classes.len());
        let mut most_of = Vec::with_capacity(elig.classes.len());
        for class in &elig.classes {
            let hours = model.tracks[class.track].wpb_hours;
            let mut row = Vec::new();
            let mut most_row = BTreeMap::new();
            for &w in &class.wpbs {
                let most = seats_for_class(residual, hours, class, w);
                if most < 1.0 {
                    continue;
                }
                let x = if relaxed {
                    vars.add(variable().min(0).max(most))
                } else {
                    vars.add(variable().integer().min(0).max(most))
                };
                let cost = wpb_cost(instance, model, w);
                costs.push((x, cost));
                row.push((w, x));
                most_row.insert(w, most);
            }
            takes.push(row);
            most_of.push(most_row);
        }
        PlacementProgram {
            instance,
            model,
            elig,
            vars,
            constraints: Vec::new(),
            rows: Vec::new(),
            at_school,
            unplaced,
            takes,
            most: most_of,
            kept: Vec::new(),
            costs,
        }
    }

    /// The objective to minimise.
    pub fn objective(&self) -> Expression {
        let mut objective = Expression::with_capacity(self.costs.len());
        for &(v, cost) in &self.costs {
            objective.add_mul(cost, v);
        }
        objective
    }

    /// The objective times `scale`, when that makes every cost a whole number of at most
    /// [`WHOLE_AT_MOST`]: HiGHS then knows that two plans differ by at least 1 and ends its
    /// proof there, where with fractional costs it closes the gap to its tolerance.
    pub fn whole_objective(&self, scale: f64) -> Option<Expression> {
        let mut whole = Expression::with_capacity(self.costs.len());
        for &(v, cost) in &self.costs {
            let scaled = cost * scale;
            let rounded = scaled.round();
            if (scaled - rounded).abs() > 1e-6 || rounded.abs() > WHOLE_AT_MOST {
                return None;
            }
            whole.add_mul(rounded, v);
        }
        Some(whole)
    }

    /// Each free student is at one school or unplaced.
    pub fn each_student_at_one_school_or_unplaced(&mut self) {
        for s in 0..self.instance.students.len() {
            let Some(u) = self.unplaced[s] else { continue };
            let mut row = Expression::from(u);
            for &(_, y) in &self.at_school[s] {
                row += y;
            }
            self.add(Row::Student(s), constraint!(row == 1));
        }
    }

    /// Per school and class: the students sent there are the students its WPBs take.
    pub fn students_at_school_match_wpbs_taking_them(&mut self) {
        let sup = &self.instance.supervisors;
        for (k, class) in self.elig.classes.iter().enumerate() {
            let mut per_school: BTreeMap<usize, Expression> = BTreeMap::new();
            for &s in &class.students {
                for &(c, y) in &self.at_school[s] {
                    *per_school.entry(c).or_default() += y;
                }
            }
            for &(w, x) in &self.takes[k] {
                *per_school.entry(sup[w].school).or_default() -= x;
            }
            for (c, row) in per_school {
                self.add(Row::ClassAtSchool(k, c), constraint!(row == 0));
            }
        }
    }

    /// Rule 5: a WPB takes at most `max_students` students and `max_hours` hours.
    pub fn wpb_capacity(&mut self, residual: &Residual) {
        let mut count: BTreeMap<usize, Expression> = BTreeMap::new();
        let mut hours: BTreeMap<usize, Expression> = BTreeMap::new();
        for (k, class) in self.elig.classes.iter().enumerate() {
            let h = self.model.tracks[class.track].wpb_hours;
            for &(w, x) in &self.takes[k] {
                *count.entry(w).or_default() += x;
                hours.entry(w).or_default().add_mul(h, x);
            }
        }
        for (w, row) in count {
            self.add(
                Row::Other,
                constraint!(row <= residual.room.wpb_students[w] as f64),
            );
        }
        for (w, row) in hours {
            if let Some(limit) = residual.room.wpb_hours[w] {
                self.add(Row::Other, constraint!(row <= limit));
            }
        }
    }

    /// Rule 6: a school takes at most `max_students` students and `so_hours` SO hours.
    pub fn school_capacity(&mut self, residual: &Residual) {
        let mut count: BTreeMap<usize, Expression> = BTreeMap::new();
        let mut hours: BTreeMap<usize, Expression> = BTreeMap::new();
        for (s, row) in self.at_school.iter().enumerate() {
            let h = self.model.tracks[self.instance.students[s].track].so_hours;
            for &(c, y) in row {
                *count.entry(c).or_default() += y;
                hours.entry(c).or_default().add_mul(h, y);
            }
        }
        // A free group costs its school its own SO hours once: its first member's column
        // says whether the group is there (rule 9 keeps the members together).
        for (lead, group_hours) in self.free_groups(residual) {
            if group_hours > 0.0 {
                for &(c, y) in &self.at_school[lead] {
                    hours.entry(c).or_default().add_mul(group_hours, y);
                }
            }
        }
        for (c, row) in count {
            if let Some(limit) = residual.room.school_students[c] {
                self.add(Row::SchoolStudents(c), constraint!(row <= limit as f64));
            }
        }
        for (c, row) in hours {
            if let Some(limit) = residual.room.school_hours[c] {
                self.add(Row::SchoolHours(c), constraint!(row <= limit));
            }
        }
    }

    /// Rule 9: students of a group are all at one school, or all unplaced; a group with a
    /// pinned member goes to that member's school (`pins` checked that each member can).
    pub fn group_at_one_school(&mut self, residual: &Residual) {
        for (g, members) in groups_of_free_students(self.instance, self.elig) {
            if let Some(&school) = residual.group_school.get(g) {
                for &s in &members {
                    let row = self.at(s, school);
                    self.add(Row::Other, constraint!(row == 1));
                }
                continue;
            }
            let schools: std::collections::BTreeSet<usize> = members
                .iter()
                .flat_map(|&s| self.at_school[s].iter().map(|(c, _)| *c))
                .collect();
            let first = members[0];
            for &c in &schools {
                let lead = self.at(first, c);
                for &s in &members[1..] {
                    let row = self.at(s, c) - lead.clone();
                    self.add(Row::Other, constraint!(row == 0));
                }
            }
        }
    }

    /// Rules 5, 6 and 9 together: of groups that cannot share a school, at most one goes there.
    pub fn rival_groups_not_at_the_same_school(&mut self) {
        for (i, (c, leads)) in self.elig.rival_groups.iter().enumerate() {
            let mut row = Expression::default();
            for &s in leads {
                row += self.at(s, *c);
            }
            self.add(Row::Rival(i), constraint!(row <= 1));
        }
    }

    /// Rules 5 and 9 together: a class's seats at a school (what its WPBs there can take)
    /// hold whole groups only. With groups of n members of the class, at most
    /// floor(seats / n) of them fit; the LP relaxation would fill three free seats with
    /// three quarters of a group of four. (A Chvatal-Gomory rounding of the seat row.)
    pub fn groups_take_whole_seats(&mut self) {
        let sup = &self.instance.supervisors;
        let groups = groups_of_free_students(self.instance, self.elig);
        for (k, class) in self.elig.classes.iter().enumerate() {
            let mut seats: BTreeMap<usize, f64> = BTreeMap::new();
            for &(w, _) in &self.takes[k] {
                *seats.entry(sup[w].school).or_default() += self.most[k][&w];
            }
            // Per group: its lead and how many members are of this class.
            let mut in_class: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
            for &s in &class.students {
                if let Some(g) = self.instance.students[s].group.as_deref() {
                    if let Some(members) = groups.get(g) {
                        in_class.entry(g).or_insert((members[0], 0)).1 += 1;
                    }
                }
            }
            let sizes: std::collections::BTreeSet<usize> = in_class
                .values()
                .map(|&(_, n)| n)
                .filter(|&n| n > 1)
                .collect();
            for (&c, &room) in &seats {
                for &d in &sizes {
                    let mut row = Expression::default();
                    let mut most = 0.0;
                    for &(lead, n) in in_class.values() {
                        let coefficient = (n / d) as f64;
                        if coefficient > 0.0 && self.has(lead, c) {
                            row.add_mul(coefficient, self.at(lead, c));
                            most += coefficient;
                        }
                    }
                    let limit = (room / d as f64 + 1e-9).floor();
                    if most > limit {
                        self.add(Row::Seats(k, c, d), constraint!(row <= limit));
                    }
                }
            }
        }
    }

    /// Rules 5 and 9 together: a WPB seats at most its own seats of a group (see
    /// [`WpbGroupRow`]).
    pub fn wpb_seats_at_most_its_seats_of_a_group(&mut self, residual: &Residual) {
        let mut rows = Vec::new();
        for r in wpb_group_rows(self.instance, self.model, self.elig, residual) {
            let Some(&(_, x)) = self.takes[r.class].iter().find(|(w, _)| *w == r.wpb) else {
                continue;
            };
            let mut row = Expression::from(x);
            for &s in &r.singles {
                row -= self.at(s, r.school);
            }
            for &(lead, n) in &r.groups {
                row.add_mul(-(n as f64).min(r.seats), self.at(lead, r.school));
            }
            rows.push((Row::WpbGroupSeats(r.class, r.wpb, r.seats as usize), row));
        }
        for (what, row) in rows {
            self.add(what, constraint!(row <= 0));
        }
    }

    /// Repair: a student stays with the WPB of the published plan unless moving pays.
    /// Per (class, WPB), `kept` counts its baseline students still with it: at most the
    /// students it takes, and at most its baseline students still at its school (the
    /// decoder seats those first). Each kept student saves `weight`.
    pub fn keep_baseline_assignments(&mut self, before: &[Before], weight: f64) {
        let sup = &self.instance.supervisors;
        for (k, class) in self.elig.classes.iter().enumerate() {
            for &(w, x) in &self.takes[k] {
                let c = sup[w].school;
                let mut staying = Expression::default();
                let mut members = 0;
                for &s in &class.students {
                    if before[s] == Before::With(w) {
                        if let Some(&(_, y)) = self.at_school[s].iter().find(|(sc, _)| *sc == c) {
                            staying += y;
                            members += 1;
                        }
                    }
                }
                if members == 0 {
                    continue;
                }
                let kept = self.vars.add(variable().min(0).max(members as f64));
                self.costs.push((kept, -weight));
                self.constraints.push(constraint!(kept - x <= 0));
                self.constraints.push(constraint!(kept - staying <= 0));
                self.rows.extend([Row::Other, Row::Other]);
                self.kept.push((k, w, kept));
            }
        }
    }

    /// The eligibility the program was built from.
    pub fn eligibility(&self) -> &'a Eligibility {
        self.elig
    }

    fn add(&mut self, row: Row, constraint: Constraint) {
        self.constraints.push(constraint);
        self.rows.push(row);
    }

    /// Groups whose school the optimiser chooses (no pinned member): their first free
    /// member and the SO hours the group costs a school once (rule 6).
    fn free_groups(&self, residual: &Residual) -> Vec<(usize, f64)> {
        let mut groups: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (s, student) in self.instance.students.iter().enumerate() {
            if let Some(g) = &student.group {
                groups.entry(g.as_str()).or_default().push(s);
            }
        }
        groups
            .into_iter()
            .filter(|(g, _)| !residual.group_school.contains_key(*g))
            .filter_map(|(_, members)| {
                let lead = *members.iter().find(|&&s| self.unplaced[s].is_some())?;
                Some((lead, group_so_hours(self.instance, self.model, &members)))
            })
            .collect()
    }

    fn has(&self, s: usize, c: usize) -> bool {
        self.at_school[s].iter().any(|(school, _)| *school == c)
    }

    fn at(&self, s: usize, c: usize) -> Expression {
        self.at_school[s]
            .iter()
            .find(|(school, _)| *school == c)
            .map_or_else(Expression::default, |&(_, y)| Expression::from(y))
    }
}

/// Per group name, its free (unpinned) members, ascending: the first is the group's lead,
/// whose columns stand for the whole group.
fn groups_of_free_students<'i>(
    instance: &'i Instance,
    elig: &Eligibility,
) -> BTreeMap<&'i str, Vec<usize>> {
    let mut groups: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (s, student) in instance.students.iter().enumerate() {
        if let (Some(g), Some(_)) = (&student.group, elig.class_of[s]) {
            groups.entry(g.as_str()).or_default().push(s);
        }
    }
    groups
}

/// The most students of `class` WPB `w` can take: its seats and hours left, and the class.
fn seats_for_class(residual: &Residual, hours: f64, class: &Class, w: usize) -> f64 {
    let mut most = residual.room.wpb_students[w] as f64;
    if let (Some(h), true) = (residual.room.wpb_hours[w], hours > 0.0) {
        most = most.min((h / hours + 1e-9).floor());
    }
    most.min(class.students.len() as f64)
}

/// A row of the rule "a WPB seats at most its own seats of a group" (rules 5 and 9
/// together): the students of `class` that `wpb` takes at its `school` are at most the
/// class's single students there plus, per group there, the lesser of its members and the
/// WPB's `seats`. Valid for every plan: a WPB that takes at most `seats` students of a class
/// takes at most that many of any one group. Without it the LP sends a quarter of a group of
/// four to a school and seats that quarter, one whole student, on the single seat of a
/// certified WPB (`data/hos`: the LP bound 122,606 → 122,661 of the optimum 122,729).
pub struct WpbGroupRow {
    pub class: usize,
    pub wpb: usize,
    pub school: usize,
    pub seats: f64,
    /// The class's students outside groups who may go to the WPB's school.
    pub singles: Vec<usize>,
    /// Per group (by its first free member, whose columns its members' equal): its members
    /// in the class.
    pub groups: Vec<(usize, usize)>,
}

/// Every row of the rule that can bind: a WPB with fewer seats than a group of the class has
/// members.
pub fn wpb_group_rows(
    instance: &Instance,
    model: &Model,
    elig: &Eligibility,
    residual: &Residual,
) -> Vec<WpbGroupRow> {
    let mut lead_of: BTreeMap<usize, usize> = BTreeMap::new();
    for members in groups_of_free_students(instance, elig).values() {
        for &s in members {
            lead_of.insert(s, members[0]);
        }
    }
    let mut rows = Vec::new();
    for (k, class) in elig.classes.iter().enumerate() {
        let mut members: BTreeMap<usize, usize> = BTreeMap::new();
        let mut singles = Vec::new();
        for &s in &class.students {
            match lead_of.get(&s) {
                Some(&lead) => *members.entry(lead).or_default() += 1,
                None => singles.push(s),
            }
        }
        let largest = members.values().copied().max().unwrap_or(0) as f64;
        let hours = model.tracks[class.track].wpb_hours;
        for &w in &class.wpbs {
            let seats = seats_for_class(residual, hours, class, w);
            if seats < 1.0 || seats >= largest {
                continue;
            }
            let school = instance.supervisors[w].school;
            rows.push(WpbGroupRow {
                class: k,
                wpb: w,
                school,
                seats,
                singles: singles
                    .iter()
                    .copied()
                    .filter(|&s| elig.schools_of[s].binary_search(&school).is_ok())
                    .collect(),
                groups: members.iter().map(|(&l, &n)| (l, n)).collect(),
            });
        }
    }
    rows
}
