//! Bottlenecks: the saturated sets of the minimum cut that keep students out.
//!
//! The source side of the smallest minimum cut holds every student the flow cannot
//! place, the WPBs and schools they could reach, and the students those compete with.
//! Split into connected parts, each part is one bottleneck: its students compete for
//! the places of its full WPBs (whose school still had room) and its full schools.

use super::flow::{Capacity, Flow, Limit};
use crate::domain::{Instance, Model};
use crate::lang::explain::Text;
use crate::lang::{fill, Lang};
use std::collections::{BTreeMap, BTreeSet};

/// One set of students competing for too few places.
#[derive(Debug, Clone, PartialEq)]
pub struct Bottleneck {
    /// 1-based, in the order of each bottleneck's first student.
    pub id: usize,
    /// Every student in the set, placed by the flow or not, ascending.
    pub students: Vec<usize>,
    /// Students the flow cannot place: `students.len() - places`.
    pub blocked: usize,
    /// Places all of them share.
    pub places: u64,
    /// Full WPBs at schools that still had room, with what fills them.
    pub full_wpbs: Vec<(usize, Capacity)>,
    /// Full schools, with what fills them.
    pub full_schools: Vec<(usize, Capacity)>,
}

struct Parts(Vec<usize>);

impl Parts {
    fn find(&mut self, x: usize) -> usize {
        let mut r = x;
        while self.0[r] != r {
            r = self.0[r];
        }
        let mut y = x;
        while self.0[y] != r {
            let next = self.0[y];
            self.0[y] = r;
            y = next;
        }
        r
    }

    fn join(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.0[ra.max(rb)] = ra.min(rb);
        }
    }
}

/// The bottlenecks of a maximum flow, each with at least one student it keeps out.
pub fn bottlenecks(instance: &Instance, flow: &Flow) -> Vec<Bottleneck> {
    let (ns, nw) = (instance.students.len(), instance.supervisors.len());
    // One index space: students, then WPBs, then schools.
    let wpb_at = |w: usize| ns + w;
    let school_at = |c: usize| ns + nw + c;
    let mut parts = Parts((0..ns + nw + instance.schools.len()).collect());
    for s in (0..ns).filter(|&s| flow.student_cut[s]) {
        for &w in flow.allowed[s].iter().filter(|&&w| flow.wpb_cut[w]) {
            parts.join(s, wpb_at(w));
        }
    }
    for (w, wpb) in instance.supervisors.iter().enumerate() {
        if flow.wpb_cut[w] && flow.school_cut[wpb.school] {
            parts.join(wpb_at(w), school_at(wpb.school));
        }
    }
    let mut by_root: BTreeMap<usize, Bottleneck> = BTreeMap::new();
    for s in (0..ns).filter(|&s| flow.student_cut[s] && !flow.allowed[s].is_empty()) {
        let b = by_root.entry(parts.find(s)).or_insert_with(empty);
        b.students.push(s);
        if flow.wpb_of[s].is_none() {
            b.blocked += 1;
        }
    }
    for (w, wpb) in instance.supervisors.iter().enumerate() {
        // A WPB on the source side whose school is not: its edge to the school is cut.
        if flow.wpb_cut[w] && !flow.school_cut[wpb.school] {
            if let Some(b) = by_root.get_mut(&parts.find(wpb_at(w))) {
                b.places += flow.wpb_capacity[w].places;
                b.full_wpbs.push((w, flow.wpb_capacity[w]));
            }
        }
    }
    for c in (0..instance.schools.len()).filter(|&c| flow.school_cut[c]) {
        if let Some(b) = by_root.get_mut(&parts.find(school_at(c))) {
            b.places += flow.school_capacity[c].places;
            b.full_schools.push((c, flow.school_capacity[c]));
        }
    }
    let mut out: Vec<Bottleneck> = by_root.into_values().filter(|b| b.blocked > 0).collect();
    out.sort_by_key(|b| b.students[0]);
    for (i, b) in out.iter_mut().enumerate() {
        b.id = i + 1;
    }
    out
}

fn empty() -> Bottleneck {
    Bottleneck {
        id: 0,
        students: Vec::new(),
        blocked: 0,
        places: 0,
        full_wpbs: Vec::new(),
        full_schools: Vec::new(),
    }
}

/// The bottleneck that holds student `s`, if any.
pub fn holding(bottlenecks: &[Bottleneck], s: usize) -> Option<&Bottleneck> {
    Some(&bottlenecks[holding_at(bottlenecks, s)?])
}

/// The position of the bottleneck that holds student `s`, if any.
fn holding_at(bottlenecks: &[Bottleneck], s: usize) -> Option<usize> {
    bottlenecks
        .iter()
        .position(|b| b.students.binary_search(&s).is_ok())
}

/// The bottlenecks with their descriptions, written once: each student a bottleneck holds
/// names it (20,000 students: hundreds of unplaced students held by one bottleneck).
pub struct Described<'a> {
    bottlenecks: &'a [Bottleneck],
    texts: Vec<String>,
}

impl<'a> Described<'a> {
    pub fn of(
        bottlenecks: &'a [Bottleneck],
        instance: &Instance,
        model: &Model,
        lang: Lang,
    ) -> Self {
        let texts = bottlenecks
            .iter()
            .map(|b| b.describe(instance, model, lang))
            .collect();
        Described { bottlenecks, texts }
    }

    /// The bottleneck that holds student `s`, and its description.
    pub fn holding(&self, s: usize) -> Option<(&'a Bottleneck, &str)> {
        let i = holding_at(self.bottlenecks, s)?;
        Some((&self.bottlenecks[i], &self.texts[i]))
    }
}

/// A number as text without needless decimals.
pub fn num(x: f64) -> String {
    crate::lang::number(x)
}

impl Bottleneck {
    /// "14 students (biologie HR-VT2 ma|wo: 14) compete for 9 places at WPB A (...), ...".
    pub fn describe(&self, instance: &Instance, model: &Model, lang: Lang) -> String {
        let t = lang.text();
        let mut classes: BTreeMap<(&str, usize), usize> = BTreeMap::new();
        for &s in &self.students {
            let st = &instance.students[s];
            *classes.entry((st.subject.as_str(), st.track)).or_default() += 1;
        }
        let mut classes: Vec<((&str, usize), usize)> = classes.into_iter().collect();
        classes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let classes: Vec<String> = classes
            .iter()
            .map(|((subject, track), n)| {
                let tr = &model.tracks[*track];
                format!("{subject} {} {}: {n}", tr.id, tr.days)
            })
            .collect();
        let mut resources: Vec<String> = self
            .full_wpbs
            .iter()
            .map(|&(w, cap)| resource(t, true, &instance.supervisors[w].id, cap))
            .collect();
        resources.extend(
            self.full_schools
                .iter()
                .map(|&(c, cap)| resource(t, false, &instance.schools[c].id, cap)),
        );
        fill(
            t.bottleneck,
            &[
                ("students", self.students.len().to_string()),
                ("classes", shorten(&classes, 6, lang)),
                ("places", self.places.to_string()),
                ("resources", shorten(&resources, 8, lang)),
            ],
        )
    }
}

impl Bottleneck {
    /// The full WPBs and schools of this bottleneck that student `s` may use, each once, in
    /// the order of the student's WPBs. (`full_wpbs` and `full_schools` are in index order;
    /// a national student may use hundreds of WPBs, so each is looked up, not searched.)
    pub fn full_for(&self, instance: &Instance, flow: &Flow, s: usize) -> Vec<Full> {
        let full = |list: &[(usize, Capacity)], i: usize| {
            let at = list.binary_search_by_key(&i, |p| p.0).ok()?;
            Some(list[at].1)
        };
        let mut schools: BTreeSet<usize> = BTreeSet::new();
        let mut out = Vec::new();
        for &w in &flow.allowed[s] {
            let c = instance.supervisors[w].school;
            if let Some(cap) = full(&self.full_wpbs, w) {
                out.push(Full::Wpb(w, cap));
            } else if let Some(cap) = full(&self.full_schools, c) {
                if schools.insert(c) {
                    out.push(Full::School(c, cap));
                }
            }
        }
        out
    }
}

/// A full WPB or school of a bottleneck, with the limit that fills it.
#[derive(Debug, Clone, Copy)]
pub enum Full {
    Wpb(usize, Capacity),
    School(usize, Capacity),
}

impl Full {
    pub fn text(self, instance: &Instance, lang: Lang) -> String {
        let t = lang.text();
        match self {
            Full::Wpb(w, cap) => resource(t, true, &instance.supervisors[w].id, cap),
            Full::School(c, cap) => resource(t, false, &instance.schools[c].id, cap),
        }
    }
}

fn resource(t: &Text, is_wpb: bool, id: &str, cap: Capacity) -> String {
    let (students, hours) = if is_wpb {
        (t.wpb_students, t.wpb_hours)
    } else {
        (t.school_students, t.school_hours)
    };
    match cap.limit {
        Limit::Hours {
            hours: h,
            per_student,
        } => fill(
            hours,
            &[
                ("id", id.to_string()),
                ("hours", num(h)),
                ("per", num(per_student)),
            ],
        ),
        Limit::Students(n) => fill(students, &[("id", id.to_string()), ("n", n.to_string())]),
        Limit::Unlimited => fill(
            students,
            &[("id", id.to_string()), ("n", cap.places.to_string())],
        ),
    }
}

/// At most `keep` items joined by ", ", then "and N more".
pub fn shorten(items: &[String], keep: usize, lang: Lang) -> String {
    shorten_counted(&items[..items.len().min(keep)], items.len(), lang)
}

/// As `shorten`, for a long list of which only the `shown` first are written out.
pub fn shorten_counted(shown: &[String], total: usize, lang: Lang) -> String {
    if total <= shown.len() {
        return shown.join(", ");
    }
    let more = fill(
        lang.text().more,
        &[("n", (total - shown.len()).to_string())],
    );
    format!("{} {more}", shown.join(", "))
}
