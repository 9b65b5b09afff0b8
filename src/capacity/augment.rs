//! The maximum flow of a changed network from a known one: when a change only adds room
//! (a place more, a new WPB, a longer travel limit), the known flow still holds in the
//! changed network, and the paths that augment it are exactly the extra students the
//! changed network places. One search per extra student instead of a flow from scratch:
//! ranking a diagnosis's candidate changes ran a whole flow for each (70 ms at 3,000
//! students).

use super::flow::{capacities, Flow};
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
    let mut r = Residual::of(base, instance, model, allowed)?;
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

impl<'a> Residual<'a> {
    fn of(
        base: &Flow,
        instance: &Instance,
        model: &Model,
        allowed: &'a [Vec<usize>],
    ) -> Option<Residual<'a>> {
        let (nw, nc) = (instance.supervisors.len(), instance.schools.len());
        if base.wpb_flow.len() > nw || base.school_flow.len() != nc {
            return None;
        }
        let (wpb_capacity, school_capacity) = capacities(instance, model, allowed);
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

    /// A breadth-first search of the residual network from every unplaced student to a
    /// school with a place left; returns that school with the way back in `from`.
    fn search(&self) -> Option<(usize, Vec<Option<Node>>)> {
        let ns = self.wpb_of.len();
        let nodes = ns + self.wpb_flow.len() + self.school_flow.len();
        let mut from: Vec<Option<Node>> = vec![None; nodes];
        let mut seen = vec![false; from.len()];
        let mut queue = VecDeque::new();
        for s in (0..ns).filter(|&s| self.wpb_of[s].is_none()) {
            seen[s] = true;
            queue.push_back(Node::Student(s));
        }
        let mut visit = |to: Node, at: Node, queue: &mut VecDeque<Node>| {
            let i = self.index(to);
            if !seen[i] {
                seen[i] = true;
                from[i] = Some(at);
                queue.push_back(to);
            }
        };
        while let Some(at) = queue.pop_front() {
            match at {
                Node::Student(s) => {
                    for &w in &self.allowed[s] {
                        if self.wpb_of[s] != Some(w) {
                            visit(Node::Wpb(w), at, &mut queue);
                        }
                    }
                }
                Node::Wpb(w) => {
                    if self.wpb_flow[w] < self.wpb_places[w] {
                        visit(Node::School(self.school_of[w]), at, &mut queue);
                    }
                    for &s in &self.students_at[w] {
                        visit(Node::Student(s), at, &mut queue);
                    }
                }
                Node::School(c) => {
                    if self.school_flow[c] < self.school_places[c] {
                        return Some((c, from));
                    }
                    for &w in &self.wpbs_at[c] {
                        if self.wpb_flow[w] > 0 {
                            visit(Node::Wpb(w), at, &mut queue);
                        }
                    }
                }
            }
        }
        None
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
}
