//! The student–WPB–school network and its maximum flow (Dinic, `dinic`).
//!
//! source -> student (1) -> WPB (1 per allowed pair) -> school (the WPB's places) -> sink
//! (the school's places). It is a relaxation of the plan, so its unplaced count is a
//! lower bound on the optimiser's:
//! - groups (rule 9) are ignored: members flow on their own;
//! - an hour limit becomes a count, `floor(hours / lightest hours per student)`, where the
//!   lightest is over the tracks of the students that may use that WPB or school. With
//!   one track per WPB or school this is exact; with mixed tracks it allows more;
//! - a pinned student may use only its pinned WPB (the pin's rule breaks are allowed).
//!
//! Dinic starts from a greedy flow (`Seed`): the network it runs on has the room the seed
//! leaves and an edge back along each seeded edge, so it can undo what the greedy chose.

use crate::domain::{Instance, Model};
use crate::rules;
use petgraph::graph::{DiGraph, EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;
use petgraph::Direction;
use std::collections::{HashMap, VecDeque};

/// What limits a WPB's or a school's places in the network.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Limit {
    /// No limit given.
    Unlimited,
    /// The `max_students` count.
    Students(u32),
    /// The hours, divided by the lightest hours per student of the tracks that may come.
    Hours { hours: f64, per_student: f64 },
}

/// Places and the limit that sets them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Capacity {
    pub places: u64,
    pub limit: Limit,
}

/// The network with its maximum flow and the source side of the minimum cut.
#[derive(Debug, Clone)]
pub struct Flow {
    /// Students the flow places: a lower bound on the optimiser's unplaced is the rest.
    pub placed: u64,
    /// For each student: the WPB the flow sends it to.
    pub wpb_of: Vec<Option<usize>>,
    /// Allowed WPBs per student (the network's student -> WPB edges).
    pub allowed: Vec<Vec<usize>>,
    /// Places per WPB and per school in the network, with what sets them.
    pub wpb_capacity: Vec<Capacity>,
    pub school_capacity: Vec<Capacity>,
    /// Nodes reachable from the source in the residual network: the smallest minimum cut.
    pub student_cut: Vec<bool>,
    pub wpb_cut: Vec<bool>,
    pub school_cut: Vec<bool>,
    /// Flow on each WPB -> school edge and each school -> sink edge.
    pub wpb_flow: Vec<u64>,
    pub school_flow: Vec<u64>,
    /// Seconds the maximum flow took: what every candidate change's estimate costs again.
    pub seconds: f64,
}

impl Flow {
    /// The flow bound on the number of unplaced students.
    pub fn unplaced_bound(&self) -> usize {
        self.wpb_of.len() - self.placed as usize
    }
}

/// WPBs each student may be placed with by rules 1-4 and 7; only its WPB when pinned.
/// Rules 1 and 2 are decided once per subject and track, rules 3, 4 and 7 once per
/// student and school: a national instance has millions of (student, WPB) pairs.
pub fn allowed_wpbs(instance: &Instance, model: &Model) -> Vec<Vec<usize>> {
    allowed_by_class(instance, model).0
}

/// `allowed_wpbs`, with each student's class: students of one class (subject and track)
/// have at each school all of the class's WPBs there or none. `None` for a pinned student.
fn allowed_by_class(instance: &Instance, model: &Model) -> (Vec<Vec<usize>>, Vec<Option<usize>>) {
    let mut by_class: HashMap<(&str, usize), (usize, Vec<usize>)> = HashMap::new();
    (0..instance.students.len())
        .map(|s| {
            let student = &instance.students[s];
            if let Some(w) = student.pinned_wpb {
                return (vec![w], None);
            }
            let classes = by_class.len();
            let (class, wpbs) = by_class
                .entry((student.subject.as_str(), student.track))
                .or_insert_with(|| {
                    let track = &model.tracks[student.track];
                    let wpbs = (0..instance.supervisors.len())
                        .filter(|&w| {
                            rules::wpb_exclusion(&student.subject, track, &instance.supervisors[w])
                                .is_none()
                        })
                        .collect();
                    (classes, wpbs)
                });
            let mut open: Vec<Option<bool>> = vec![None; instance.schools.len()];
            let allowed = wpbs
                .iter()
                .copied()
                .filter(|&w| {
                    let c = instance.supervisors[w].school;
                    *open[c].get_or_insert_with(|| {
                        rules::school_exclusion(instance, model, s, c).is_none()
                    })
                })
                .collect();
            (allowed, Some(*class))
        })
        .unzip()
}

/// Places from a count and an hour limit, with the lightest hours per student.
fn capacity(count: Option<u32>, hours: Option<f64>, lightest: Option<f64>, most: u64) -> Capacity {
    let mut cap = Capacity {
        places: most,
        limit: Limit::Unlimited,
    };
    if let Some(n) = count {
        if u64::from(n) < cap.places {
            cap = Capacity {
                places: u64::from(n),
                limit: Limit::Students(n),
            };
        }
    }
    if let (Some(h), Some(per)) = (hours, lightest.filter(|&p| p > 0.0)) {
        let places = (h / per + 1e-9).floor().max(0.0) as u64;
        if places < cap.places {
            cap = Capacity {
                places,
                limit: Limit::Hours {
                    hours: h,
                    per_student: per,
                },
            };
        }
    }
    cap
}

/// The places of a WPB or school with `count` and `hours` (see `capacities`): `lightest`
/// from `lightest_hours`, `students` the instance's.
pub fn places(
    count: Option<u32>,
    hours: Option<f64>,
    lightest: Option<f64>,
    students: usize,
) -> u64 {
    capacity(count, hours, lightest, students as u64).places
}

fn lighter(slot: &mut Option<f64>, hours: f64) {
    *slot = Some(slot.map_or(hours, |h: f64| h.min(hours)));
}

/// Per WPB and per school, the lightest hours per student of the tracks that may come
/// by the `allowed` pairs (`None`: no one may come).
pub fn lightest_hours(
    instance: &Instance,
    model: &Model,
    allowed: &[Vec<usize>],
) -> (Vec<Option<f64>>, Vec<Option<f64>>) {
    let mut wpb_light = vec![None; instance.supervisors.len()];
    let mut school_light = vec![None; instance.schools.len()];
    for (s, list) in allowed.iter().enumerate() {
        let track = &model.tracks[instance.students[s].track];
        for &w in list {
            lighter(&mut wpb_light[w], track.wpb_hours);
            lighter(
                &mut school_light[instance.supervisors[w].school],
                track.so_hours,
            );
        }
    }
    (wpb_light, school_light)
}

/// The places of each WPB and each school in the network of the `allowed` pairs: an hour
/// limit counts by the lightest track that may come.
pub fn capacities(
    instance: &Instance,
    model: &Model,
    allowed: &[Vec<usize>],
) -> (Vec<Capacity>, Vec<Capacity>) {
    capacities_with(instance, &lightest_hours(instance, model, allowed))
}

/// `capacities` with the lightest hours per WPB and per school already known.
pub fn capacities_with(
    instance: &Instance,
    (wpb_light, school_light): &(Vec<Option<f64>>, Vec<Option<f64>>),
) -> (Vec<Capacity>, Vec<Capacity>) {
    let most = instance.students.len() as u64;
    let wpb_capacity = instance
        .supervisors
        .iter()
        .zip(wpb_light)
        .map(|(w, &light)| capacity(Some(w.max_students), w.max_hours, light, most))
        .collect();
    let school_capacity = instance
        .schools
        .iter()
        .zip(school_light)
        .map(|(c, &light)| capacity(c.max_students, c.so_hours, light, most))
        .collect();
    (wpb_capacity, school_capacity)
}

/// Builds the network, runs the maximum flow, and finds the smallest minimum cut.
pub fn max_flow(instance: &Instance, model: &Model) -> Flow {
    let (allowed, classes) = allowed_by_class(instance, model);
    max_flow_of(instance, model, allowed, Some(&classes))
}

/// As `max_flow`, with the allowed pairs already known.
pub fn max_flow_with(instance: &Instance, model: &Model, allowed: Vec<Vec<usize>>) -> Flow {
    max_flow_of(instance, model, allowed, None)
}

/// The maximum flow over `allowed`; `classes` as `allowed_by_class` gives them, when known.
fn max_flow_of(
    instance: &Instance,
    model: &Model,
    allowed: Vec<Vec<usize>>,
    classes: Option<&[Option<usize>]>,
) -> Flow {
    let started = std::time::Instant::now();
    let (ns, nw, nc) = (
        instance.students.len(),
        instance.supervisors.len(),
        instance.schools.len(),
    );
    let most = ns as u64;
    let (wpb_capacity, school_capacity) = capacities(instance, model, &allowed);

    let hubs = Hubs::of(instance, &allowed, classes);
    let seed = Seed::greedy(instance, &hubs, &wpb_capacity, &school_capacity);
    let mut g: DiGraph<(), u64> = DiGraph::with_capacity(
        ns + nw + nc + hubs.wpbs.len() + 2,
        ns + hubs.edge_count() + nw + nc + 5 * seed.placed as usize,
    );
    // Each edge gets the room the seed leaves; `seeded` keeps the seed's flow per edge, to
    // add an edge back along it (Dinic may undo the seed) and to add it to Dinic's flow.
    let mut seeded: Vec<(EdgeIndex, u64)> = Vec::new();
    let mut edge = |g: &mut DiGraph<(), u64>, from, to, capacity: u64, seed: u64| {
        let e = g.add_edge(from, to, capacity - seed);
        if seed > 0 {
            seeded.push((e, seed));
        }
        e
    };
    let source = g.add_node(());
    let sink = g.add_node(());
    let student: Vec<NodeIndex> = (0..ns).map(|_| g.add_node(())).collect();
    let wpb: Vec<NodeIndex> = (0..nw).map(|_| g.add_node(())).collect();
    let school: Vec<NodeIndex> = (0..nc).map(|_| g.add_node(())).collect();
    let hub: Vec<NodeIndex> = hubs.wpbs.iter().map(|_| g.add_node(())).collect();
    let mut hub_edges: Vec<Vec<(usize, EdgeIndex)>> = Vec::with_capacity(hub.len());
    for (h, wpbs) in hubs.wpbs.iter().enumerate() {
        let edges = wpbs
            .iter()
            .zip(&seed.hub_wpb[h])
            .map(|(&w, &n)| (w, edge(&mut g, hub[h], wpb[w], most, n)));
        hub_edges.push(edges.collect());
    }
    let mut student_edges: Vec<Vec<(usize, EdgeIndex)>> = Vec::with_capacity(ns);
    for ((&node, &at), hubs_of) in student.iter().zip(&seed.student).zip(&hubs.of_student) {
        edge(&mut g, source, node, 1, u64::from(at.is_some()));
        let edges = hubs_of.iter().enumerate().map(|(i, &h)| {
            let n = u64::from(at.is_some_and(|(hub, _)| hub == i));
            (h, edge(&mut g, node, hub[h], 1, n))
        });
        student_edges.push(edges.collect());
    }
    let wpb_edge: Vec<EdgeIndex> = (0..nw)
        .map(|w| {
            let c = instance.supervisors[w].school;
            edge(
                &mut g,
                wpb[w],
                school[c],
                wpb_capacity[w].places,
                seed.wpb[w],
            )
        })
        .collect();
    let school_edge: Vec<EdgeIndex> = (0..nc)
        .map(|c| {
            edge(
                &mut g,
                school[c],
                sink,
                school_capacity[c].places,
                seed.school[c],
            )
        })
        .collect();
    let edges = g.edge_count();
    let back: Vec<EdgeIndex> = seeded
        .iter()
        .map(|&(e, n)| {
            let (from, to) = g.edge_endpoints(e).expect("an edge just added");
            g.add_edge(to, from, n)
        })
        .collect();

    let (more, residual_flows) = super::dinic::max_flow(&g, source, sink);
    let placed = seed.placed + more;
    // The reachable nodes of this network are those of the network without the seed:
    // an edge has room here when it has room there, or when Dinic undid seed along it.
    let reach = residual_reach(&g, &residual_flows, source);
    let mut flows = residual_flows[..edges].to_vec();
    for (&(e, n), b) in seeded.iter().zip(&back) {
        flows[e.index()] = flows[e.index()] + n - residual_flows[b.index()];
    }
    let wpb_of = hubs.wpb_of(&student_edges, &hub_edges, &flows);
    Flow {
        placed,
        wpb_of,
        allowed,
        wpb_capacity,
        school_capacity,
        student_cut: student.iter().map(|n| reach[n.index()]).collect(),
        wpb_cut: wpb.iter().map(|n| reach[n.index()]).collect(),
        school_cut: school.iter().map(|n| reach[n.index()]).collect(),
        wpb_flow: wpb_edge.iter().map(|e| flows[e.index()]).collect(),
        school_flow: school_edge.iter().map(|e| flows[e.index()]).collect(),
        seconds: started.elapsed().as_secs_f64(),
    }
}

/// A first flow that Dinic starts from: each student in turn, with the first WPB of its
/// hubs that still has a place at a school that still has one. It places nearly everyone
/// the maximum flow places, so Dinic only has the rest to find (20,000 students: the seed
/// places 19,588 of 19,744; petgraph's Dinic then took 2.0 s, against 3.4 s from an empty
/// flow).
struct Seed {
    placed: u64,
    /// Per student: (the position of its hub among its hubs, of the WPB among the hub's).
    student: Vec<Option<(usize, usize)>>,
    /// Per hub, aligned with its WPBs: the students it sends to each.
    hub_wpb: Vec<Vec<u64>>,
    wpb: Vec<u64>,
    school: Vec<u64>,
}

impl Seed {
    fn greedy(
        instance: &Instance,
        hubs: &Hubs,
        wpb_capacity: &[Capacity],
        school_capacity: &[Capacity],
    ) -> Seed {
        let mut seed = Seed {
            placed: 0,
            student: vec![None; hubs.of_student.len()],
            hub_wpb: hubs.wpbs.iter().map(|w| vec![0; w.len()]).collect(),
            wpb: vec![0; wpb_capacity.len()],
            school: vec![0; school_capacity.len()],
        };
        for (s, of) in hubs.of_student.iter().enumerate() {
            let room = |w: usize| {
                let c = instance.supervisors[w].school;
                (wpb_capacity[w].places - seed.wpb[w])
                    .min(school_capacity[c].places - seed.school[c])
            };
            let found = of.iter().enumerate().find_map(|(i, &h)| {
                hubs.wpbs[h]
                    .iter()
                    .position(|&w| room(w) > 0)
                    .map(|j| (i, j))
            });
            if let Some((i, j)) = found {
                let h = of[i];
                let w = hubs.wpbs[h][j];
                seed.placed += 1;
                seed.student[s] = Some((i, j));
                seed.hub_wpb[h][j] += 1;
                seed.wpb[w] += 1;
                seed.school[instance.supervisors[w].school] += 1;
            }
        }
        seed
    }
}

/// The pairs of the network by school: a student's allowed WPBs at one school are those
/// of its subject and track there, which many students share. A hub per such set of WPBs
/// (student -> hub (1) -> each WPB of the set) carries the same flows and cuts as one
/// edge per (student, WPB) pair, with far fewer edges: a national instance has 20 million
/// pairs. (A student reachable in the residual network reaches every WPB of its hubs
/// either way, and a WPB reaches back exactly the students whose flow it carries.)
struct Hubs {
    /// Per hub: its WPBs, ascending.
    wpbs: Vec<Vec<usize>>,
    /// Per student: its hubs.
    of_student: Vec<Vec<usize>>,
}

impl Hubs {
    /// The hubs of `allowed`. With `classes`, a student's hub at a school is looked up
    /// once per (class, school) instead of once per (student, school): the same hubs, in
    /// the same order, without sorting and hashing every student's list (1.15 of the
    /// 20,000-student flow's 4 s).
    fn of(instance: &Instance, allowed: &[Vec<usize>], classes: Option<&[Option<usize>]>) -> Hubs {
        let nc = instance.schools.len();
        let school = |w: usize| instance.supervisors[w].school;
        // Keyed by [school, WPBs...] and looked up by slice: one key built per hub, not
        // one per (student, school).
        let mut index: HashMap<Vec<usize>, usize> = HashMap::new();
        let mut wpbs: Vec<Vec<usize>> = Vec::new();
        let mut hub_of = |key: &[usize], wpbs: &mut Vec<Vec<usize>>| {
            if let Some(&h) = index.get(key) {
                return h;
            }
            wpbs.push(key[1..].to_vec());
            index.insert(key.to_vec(), wpbs.len() - 1);
            wpbs.len() - 1
        };
        let class_count = classes.map_or(0, |c| c.iter().flatten().max().map_or(0, |&k| k + 1));
        let mut known: Vec<Option<usize>> = vec![None; class_count * nc];
        let mut seen = vec![false; nc];
        let mut schools: Vec<usize> = Vec::new();
        let mut by_school: Vec<(usize, usize)> = Vec::new();
        let mut key: Vec<usize> = Vec::new();
        let of_student = allowed
            .iter()
            .enumerate()
            .map(|(s, list)| {
                if let Some(k) = classes.and_then(|c| c[s]) {
                    // The list ascends by WPB, so a school's WPBs in it ascend too.
                    schools.clear();
                    for &w in list {
                        if !std::mem::replace(&mut seen[school(w)], true) {
                            schools.push(school(w));
                        }
                    }
                    schools.sort_unstable();
                    return schools
                        .iter()
                        .map(|&c| {
                            seen[c] = false;
                            *known[k * nc + c].get_or_insert_with(|| {
                                key.clear();
                                key.push(c);
                                key.extend(list.iter().copied().filter(|&w| school(w) == c));
                                hub_of(&key, &mut wpbs)
                            })
                        })
                        .collect();
                }
                by_school.clear();
                by_school.extend(list.iter().map(|&w| (school(w), w)));
                by_school.sort_unstable();
                by_school
                    .chunk_by(|a, b| a.0 == b.0)
                    .map(|run| {
                        key.clear();
                        key.push(run[0].0);
                        key.extend(run.iter().map(|&(_, w)| w));
                        hub_of(&key, &mut wpbs)
                    })
                    .collect()
            })
            .collect();
        Hubs { wpbs, of_student }
    }

    fn edge_count(&self) -> usize {
        self.wpbs.iter().map(Vec::len).sum::<usize>()
            + self.of_student.iter().map(Vec::len).sum::<usize>()
    }

    /// Per student, the WPB its unit of flow reaches: a hub's incoming units, students in
    /// ascending order, go to its WPBs in ascending order as far as each WPB's flow goes.
    fn wpb_of(
        &self,
        student_edges: &[Vec<(usize, EdgeIndex)>],
        hub_edges: &[Vec<(usize, EdgeIndex)>],
        flows: &[u64],
    ) -> Vec<Option<usize>> {
        let mut left: Vec<Vec<(usize, u64)>> = hub_edges
            .iter()
            .map(|edges| edges.iter().map(|&(w, e)| (w, flows[e.index()])).collect())
            .collect();
        let mut next = vec![0usize; hub_edges.len()];
        student_edges
            .iter()
            .map(|edges| {
                let &(h, _) = edges.iter().find(|(_, e)| flows[e.index()] > 0)?;
                let slots = &mut left[h];
                while slots[next[h]].1 == 0 {
                    next[h] += 1;
                }
                slots[next[h]].1 -= 1;
                Some(slots[next[h]].0)
            })
            .collect()
    }
}

/// Nodes reachable from `source` along edges with room left or flow to send back. For any
/// maximum flow this is the same set: the source side of the smallest minimum cut.
pub fn residual_reach(g: &DiGraph<(), u64>, flows: &[u64], source: NodeIndex) -> Vec<bool> {
    let mut seen = vec![false; g.node_count()];
    let mut queue = VecDeque::from([source]);
    seen[source.index()] = true;
    while let Some(n) = queue.pop_front() {
        let forward = g
            .edges_directed(n, Direction::Outgoing)
            .filter(|e| flows[e.id().index()] < *e.weight())
            .map(|e| e.target());
        let backward = g
            .edges_directed(n, Direction::Incoming)
            .filter(|e| flows[e.id().index()] > 0)
            .map(|e| e.source());
        let next: Vec<NodeIndex> = forward.chain(backward).collect();
        for m in next {
            if !seen[m.index()] {
                seen[m.index()] = true;
                queue.push_back(m);
            }
        }
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::{allowed_by_class, max_flow, Hubs};
    use crate::testkit::*;

    /// Hubs looked up per (class, school) are those of every student's own list, in the
    /// same order, with a pinned student among them.
    #[test]
    fn hubs_by_class_are_the_hubs_of_each_list() {
        for (seed, tight) in [(1, true), (2, false)] {
            let options = crate::generate::GenerateOptions {
                students: 300,
                schools: 8,
                seed,
                tight,
                coordinates_only: false,
                group_share: None,
            };
            let mut loaded = load_generated(&options, |_, text| text, None);
            loaded.instance.students[5].pinned_wpb = Some(3);
            let (inst, m) = (&loaded.instance, &loaded.model);
            let (allowed, classes) = allowed_by_class(inst, m);
            assert_eq!(classes[5], None);
            let by_class = Hubs::of(inst, &allowed, Some(&classes));
            let by_list = Hubs::of(inst, &allowed, None);
            assert!(by_list.wpbs.len() > inst.schools.len(), "seed {seed}");
            assert_eq!(by_class.wpbs, by_list.wpbs, "seed {seed}");
            assert_eq!(by_class.of_student, by_list.of_student, "seed {seed}");
        }
    }

    /// The first seat the seed finds for A is the only seat B has: the maximum flow must
    /// move A away from it, so Dinic undoes part of the seed.
    #[test]
    fn the_maximum_flow_undoes_a_seed_that_blocks_a_student() {
        let schools = vec![school("X", &["havo"]), school("Y", &["havo"])];
        let wpbs = vec![
            wpb("W1", 0, &["biologie", "engels"], "ma|wo"),
            wpb("W2", 1, &["biologie"], "ma|wo"),
        ];
        let students = vec![student("A", 0, "biologie"), student("B", 0, "engels")];
        let inst = instance(schools, wpbs, students, 10.0);
        let flow = max_flow(&inst, &model());
        assert_eq!(flow.placed, 2);
        assert_eq!(flow.wpb_of, vec![Some(1), Some(0)]);
        assert_eq!(flow.wpb_flow, vec![1, 1]);
        assert_eq!(flow.school_flow, vec![1, 1]);
        assert_eq!(flow.student_cut, vec![false, false]);
    }
}
