//! The maximum flow of a changed network from a known one: when a change only adds room
//! (a place more, a new WPB, a longer travel limit), the known flow still holds in the
//! changed network, and the paths that augment it are exactly the extra students the
//! changed network places. One search per extra student instead of a flow from scratch:
//! ranking a diagnosis's candidate changes ran a whole flow for each (70 ms at 3,000
//! students).

use super::flow::{capacities_with, lightest_hours, places, Flow};
use crate::domain::{Instance, Model};
use std::collections::VecDeque;

/// Where a search came from, to follow a path back.
#[derive(Clone, Copy, PartialEq)]
enum Node {
    Student(usize),
    Wpb(usize),
    School(usize),
}

/// The flow being augmented: who is with which WPB, and the flow on the WPB and school
/// edges, with their places in the changed network.
struct Residual<'a> {
    allowed: &'a [Vec<usize>],
    school_of: Vec<usize>,
    wpb_of: Vec<Option<usize>>,
    students_at: Vec<Vec<usize>>,
    wpbs_at: Vec<Vec<usize>>,
    wpb_flow: Vec<u64>,
    school_flow: Vec<u64>,
    wpb_places: Vec<u64>,
    school_places: Vec<u64>,
}

/// The extra students a maximum flow of the changed input (`instance`, `model`, with
/// `allowed` pairs) places beyond `base`, found by augmenting `base`'s flow. `None` when
/// `base` does not hold there (a pair it uses is gone, or a WPB or school has fewer places
/// than it sends), or when more than `most` would be added: then a flow from scratch is
/// the quicker way.
pub fn extra_placed(
    base: &Flow,
    instance: &Instance,
    model: &Model,
    allowed: &[Vec<usize>],
    most: u64,
) -> Option<u64> {
    let lights = lightest_hours(instance, model, allowed);
    let mut r = Residual::of(base, instance, &lights, allowed)?;
    let mut extra = 0;
    while let Some(end) = r.search() {
        r.augment(end);
        extra += 1;
        if extra > most {
            return None;
        }
    }
    Some(extra)
}

/// For changes that add places at one WPB or one school, found once for all of them: a
/// maximum flow grows by a place more on an edge exactly when the edge's tail is reached
/// from an unplaced student and its head leads to a school with a place left, in the base
/// flow's residual network. Ranking a diagnosis's candidates at 20,000 students augmented a
/// flow per candidate (0.1 s each, over a thousand candidates); this answers most of them
/// at once.
pub struct Reach {
    wpb_light: Vec<Option<f64>>,
    school_light: Vec<Option<f64>>,
    wpb_places: Vec<u64>,
    school_places: Vec<u64>,
    school_of: Vec<usize>,
    /// Reached from an unplaced student in the residual network.
    wpb_reached: Vec<bool>,
    school_reached: Vec<bool>,
    /// Schools from which the residual network leads to a school with a place left.
    school_leads_to_room: Vec<bool>,
    students: usize,
}

impl Reach {
    /// `None` when `base` does not hold in the network of `allowed` (see `extra_placed`).
    pub fn of(
        base: &Flow,
        instance: &Instance,
        model: &Model,
        allowed: &[Vec<usize>],
    ) -> Option<Reach> {
        let lights = lightest_hours(instance, model, allowed);
        let r = Residual::of(base, instance, &lights, allowed)?;
        let (wpb_light, school_light) = lights;
        let (ns, nw) = (r.wpb_of.len(), r.wpb_flow.len());
        let reached = r.reached_from_unplaced();
        let leads = r.leading_to_room();
        Some(Reach {
            wpb_light,
            school_light,
            wpb_reached: reached[ns..ns + nw].to_vec(),
            school_reached: reached[ns + nw..].to_vec(),
            school_leads_to_room: leads[ns + nw..].to_vec(),
            wpb_places: r.wpb_places,
            school_places: r.school_places,
            school_of: r.school_of,
            students: ns,
        })
    }

    /// The extra students WPB `w` with `instance`'s (changed) count and hours lets the
    /// flow place; `None` when it gains more than one place and could place more than one.
    pub fn wpb_gain(&self, instance: &Instance, w: usize) -> Option<u64> {
        let wpb = instance.supervisors.get(w)?;
        let now = places(
            Some(wpb.max_students),
            wpb.max_hours,
            self.wpb_light[w],
            self.students,
        );
        let more = now.saturating_sub(self.wpb_places[w]);
        let used = self.wpb_reached[w] && self.school_leads_to_room[self.school_of[w]];
        single_place(more, used)
    }

    /// As `wpb_gain`, for school `c`: its places end at the sink.
    pub fn school_gain(&self, instance: &Instance, c: usize) -> Option<u64> {
        let school = instance.schools.get(c)?;
        let now = places(
            school.max_students,
            school.so_hours,
            self.school_light[c],
            self.students,
        );
        let more = now.saturating_sub(self.school_places[c]);
        single_place(more, self.school_reached[c])
    }
}

/// No place more gains nothing, nor places the flow cannot reach; one place more that it
/// reaches gains exactly one; more places than one need the augmenting paths counted.
fn single_place(more: u64, used: bool) -> Option<u64> {
    match (more, used) {
        (0, _) | (_, false) => Some(0),
        (1, true) => Some(1),
        _ => None,
    }
}

impl<'a> Residual<'a> {
    /// `lights`: the lightest hours per WPB and school (`flow::lightest_hours`).
    fn of(
        base: &Flow,
        instance: &Instance,
        lights: &(Vec<Option<f64>>, Vec<Option<f64>>),
        allowed: &'a [Vec<usize>],
    ) -> Option<Residual<'a>> {
        let (nw, nc) = (instance.supervisors.len(), instance.schools.len());
        if base.wpb_flow.len() > nw || base.school_flow.len() != nc {
            return None;
        }
        let (wpb_capacity, school_capacity) = capacities_with(instance, lights);
        let mut wpb_flow = base.wpb_flow.clone();
        wpb_flow.resize(nw, 0);
        let school_of: Vec<usize> = instance.supervisors.iter().map(|w| w.school).collect();
        let mut students_at = vec![Vec::new(); nw];
        for (s, at) in base.wpb_of.iter().enumerate() {
            if let Some(w) = *at {
                if !allowed[s].contains(&w) {
                    return None;
                }
                students_at[w].push(s);
            }
        }
        let mut wpbs_at = vec![Vec::new(); nc];
        for (w, &c) in school_of.iter().enumerate() {
            wpbs_at[c].push(w);
        }
        let r = Residual {
            allowed,
            school_of,
            wpb_of: base.wpb_of.clone(),
            students_at,
            wpbs_at,
            wpb_flow,
            school_flow: base.school_flow.clone(),
            wpb_places: wpb_capacity.iter().map(|c| c.places).collect(),
            school_places: school_capacity.iter().map(|c| c.places).collect(),
        };
        let holds = r.wpb_flow.iter().zip(&r.wpb_places).all(|(f, p)| f <= p)
            && r.school_flow
                .iter()
                .zip(&r.school_places)
                .all(|(f, p)| f <= p);
        holds.then_some(r)
    }

    /// A node's place in the search's arrays: students, then WPBs, then schools.
    fn index(&self, n: Node) -> usize {
        match n {
            Node::Student(s) => s,
            Node::Wpb(w) => self.wpb_of.len() + w,
            Node::School(c) => self.wpb_of.len() + self.wpb_flow.len() + c,
        }
    }

    /// The nodes one step of the residual network leads to from `at`.
    fn forward(&self, at: Node, to: &mut dyn FnMut(Node)) {
        match at {
            Node::Student(s) => {
                for &w in &self.allowed[s] {
                    if self.wpb_of[s] != Some(w) {
                        to(Node::Wpb(w));
                    }
                }
            }
            Node::Wpb(w) => {
                if self.wpb_flow[w] < self.wpb_places[w] {
                    to(Node::School(self.school_of[w]));
                }
                for &s in &self.students_at[w] {
                    to(Node::Student(s));
                }
            }
            Node::School(c) => {
                for &w in &self.wpbs_at[c] {
                    if self.wpb_flow[w] > 0 {
                        to(Node::Wpb(w));
                    }
                }
            }
        }
    }

    /// Breadth-first from `starts` along `steps`, until a node `done` accepts is taken
    /// from the queue: that node, the way back to each node found (`from`, by `index`) and
    /// every node seen.
    fn breadth_first(
        &self,
        starts: impl Iterator<Item = Node>,
        steps: impl Fn(Node, &mut dyn FnMut(Node)),
        done: impl Fn(Node) -> bool,
    ) -> (Option<Node>, Vec<Option<Node>>, Vec<bool>) {
        let nodes = self.wpb_of.len() + self.wpb_flow.len() + self.school_flow.len();
        let mut from: Vec<Option<Node>> = vec![None; nodes];
        let mut seen = vec![false; nodes];
        let mut queue = VecDeque::new();
        for n in starts {
            seen[self.index(n)] = true;
            queue.push_back(n);
        }
        while let Some(at) = queue.pop_front() {
            if done(at) {
                return (Some(at), from, seen);
            }
            steps(at, &mut |to: Node| {
                let i = self.index(to);
                if !seen[i] {
                    seen[i] = true;
                    from[i] = Some(at);
                    queue.push_back(to);
                }
            });
        }
        (None, from, seen)
    }

    fn unplaced(&self) -> impl Iterator<Item = Node> + '_ {
        (0..self.wpb_of.len())
            .filter(|&s| self.wpb_of[s].is_none())
            .map(Node::Student)
    }

    /// A breadth-first search of the residual network from every unplaced student to a
    /// school with a place left; returns that school with the way back in `from`.
    fn search(&self) -> Option<(usize, Vec<Option<Node>>)> {
        let room =
            |n: Node| matches!(n, Node::School(c) if self.school_flow[c] < self.school_places[c]);
        match self.breadth_first(self.unplaced(), |at, to| self.forward(at, to), room) {
            (Some(Node::School(c)), from, _) => Some((c, from)),
            _ => None,
        }
    }

    /// Every node the search from the unplaced students reaches (by `index`); in a maximum
    /// flow it reaches no school with a place left.
    fn reached_from_unplaced(&self) -> Vec<bool> {
        let forward = |at, to: &mut dyn FnMut(Node)| self.forward(at, to);
        self.breadth_first(self.unplaced(), forward, |_| false).2
    }

    /// Every node (by `index`) from which the residual network leads to a school with a
    /// place left: the search's edges followed backwards from those schools.
    fn leading_to_room(&self) -> Vec<bool> {
        // Who may step to each WPB: a student allowed there and not with it already.
        let mut comes_from: Vec<Vec<u32>> = vec![Vec::new(); self.wpb_flow.len()];
        for (s, list) in self.allowed.iter().enumerate() {
            for &w in list {
                if self.wpb_of[s] != Some(w) {
                    comes_from[w].push(s as u32);
                }
            }
        }
        let with_room = (0..self.school_flow.len())
            .filter(|&c| self.school_flow[c] < self.school_places[c])
            .map(Node::School);
        let backward = |at: Node, to: &mut dyn FnMut(Node)| match at {
            // A WPB with a place left steps to its school.
            Node::School(c) => {
                for &w in &self.wpbs_at[c] {
                    if self.wpb_flow[w] < self.wpb_places[w] {
                        to(Node::Wpb(w));
                    }
                }
            }
            // A student steps to a WPB it may go to; a school steps back to a WPB that
            // sends it students.
            Node::Wpb(w) => {
                for &s in &comes_from[w] {
                    to(Node::Student(s as usize));
                }
                if self.wpb_flow[w] > 0 {
                    to(Node::School(self.school_of[w]));
                }
            }
            // A WPB steps back to a student it has.
            Node::Student(s) => {
                if let Some(w) = self.wpb_of[s] {
                    to(Node::Wpb(w));
                }
            }
        };
        self.breadth_first(with_room, backward, |_| false).2
    }

    /// Sends one more student along the path the search found, ending at `school`.
    fn augment(&mut self, (school, from): (usize, Vec<Option<Node>>)) {
        self.school_flow[school] += 1;
        let mut at = Node::School(school);
        while let Some(prev) = from[self.index(at)] {
            match (prev, at) {
                (Node::Student(s), Node::Wpb(w)) => {
                    self.wpb_of[s] = Some(w);
                    self.students_at[w].push(s);
                }
                (Node::Wpb(w), Node::Student(s)) => self.students_at[w].retain(|&k| k != s),
                (Node::Wpb(w), Node::School(_)) => self.wpb_flow[w] += 1,
                (Node::School(_), Node::Wpb(w)) => self.wpb_flow[w] -= 1,
                _ => unreachable!("the search steps student-WPB-school only"),
            }
            at = prev;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::extra_placed;
    use crate::capacity::flow::{allowed_wpbs, max_flow};
    use crate::testkit::{instance, model, school, student, wpb};

    #[test]
    fn a_place_more_is_found_along_a_path_that_moves_a_placed_student() {
        // S1 may go to W1 or W2, S2 only to W1 (W2 does not teach engels). W2 has no place:
        // the flow has S1 with W1 and S2 out.
        let mut inst = instance(
            vec![school("A", &["havo"])],
            vec![
                wpb("W1", 0, &["biologie", "engels"], "ma|wo"),
                wpb("W2", 0, &["biologie"], "ma|wo"),
            ],
            vec![student("S1", 0, "biologie"), student("S2", 0, "engels")],
            30.0,
        );
        inst.supervisors[1].max_students = 0;
        let m = model();
        let base = max_flow(&inst, &m);
        assert_eq!(base.wpb_of, vec![Some(0), None]);
        // A place at W2: S1 moves there, and S2 takes W1.
        inst.supervisors[1].max_students = 1;
        let allowed = allowed_wpbs(&inst, &m);
        assert_eq!(extra_placed(&base, &inst, &m, &allowed, 5), Some(1));
        assert_eq!(max_flow(&inst, &m).placed, base.placed + 1);
        // Searches past `most` give up.
        assert_eq!(extra_placed(&base, &inst, &m, &allowed, 0), None);
    }

    #[test]
    fn a_change_that_takes_room_the_flow_uses_is_left_to_a_flow_from_scratch() {
        let mut inst = instance(
            vec![school("A", &["havo"])],
            vec![wpb("W1", 0, &["biologie"], "ma|wo")],
            vec![student("S1", 0, "biologie")],
            30.0,
        );
        let m = model();
        let base = max_flow(&inst, &m);
        assert_eq!(base.placed, 1);
        inst.supervisors[0].max_students = 0;
        let allowed = allowed_wpbs(&inst, &m);
        assert_eq!(extra_placed(&base, &inst, &m, &allowed, 5), None);
        // So is a pair the flow uses that is no longer allowed.
        inst.supervisors[0].max_students = 1;
        assert_eq!(extra_placed(&base, &inst, &m, &[Vec::new()], 5), None);
    }

    /// Every single place more, at each WPB and each school of generated instances (scarce
    /// and ample capacity, groups): `Reach` answers as augmenting the flow does, and it
    /// answers most of them without a search.
    #[test]
    fn reach_tells_the_gain_of_a_place_more_as_augmenting_does() {
        use super::Reach;
        use crate::solve::tests::generated;
        let (mut answered, mut asked, mut gaining) = (0, 0, 0);
        for (seed, tight, groups) in [(1, true, false), (2, false, true), (5, true, true)] {
            let (inst, m) = generated(200, seed, tight, groups);
            let base = max_flow(&inst, &m);
            let reach = Reach::of(&base, &inst, &m, &base.allowed).expect("the base flow holds");
            for w in 0..inst.supervisors.len() {
                let mut changed = inst.clone();
                changed.supervisors[w].max_students += 1;
                let augmented = extra_placed(&base, &changed, &m, &base.allowed, 100);
                if let Some(quick) = reach.wpb_gain(&changed, w) {
                    assert_eq!(Some(quick), augmented, "seed {seed}, WPB {w}");
                    answered += 1;
                    gaining += quick;
                }
                asked += 1;
            }
            for c in 0..inst.schools.len() {
                let mut changed = inst.clone();
                changed.schools[c].max_students = changed.schools[c].max_students.map(|n| n + 1);
                let augmented = extra_placed(&base, &changed, &m, &base.allowed, 100);
                if let Some(quick) = reach.school_gain(&changed, c) {
                    assert_eq!(Some(quick), augmented, "seed {seed}, school {c}");
                    answered += 1;
                    gaining += quick;
                }
                asked += 1;
            }
        }
        assert!(answered * 10 >= asked * 9, "{answered} of {asked}");
        assert!(
            gaining > 0,
            "no place more gained anything: the test would not see a wrong yes"
        );
    }
}
