//! Verifying a change by re-solving the changed input with `pipeline::solve_and_check`.
//!
//! Up to `DiagnoseOptions::full_resolve_students` students (100 by default) the whole
//! changed input is re-solved: the gain and the objective are those of the new optimum.
//! Larger inputs are re-solved locally,
//! so that a diagnosis costs less than the solve: only the students at the schools the
//! change touches (for a group's split: at the WPBs its members may go to), and the
//! unplaced students who may go there, are free; every other
//! placed student keeps their WPB (pinned for the re-solve) and every other unplaced
//! student stays unplaced. The gain found is then achievable but may be less than the
//! optimum's. Either way the plan is re-checked against the changed input without those
//! pins, and when it reaches the changed input's flow bound no plan places more. A plan
//! that places more but holds without the change too is not credited to the change.

use super::change::Change;
use super::flow::Flow;
use super::local::Local;
use crate::checker;
use crate::domain::{Instance, Model};
use crate::outcome::Outcome;
use crate::pipeline;
use crate::solve::{SolveOptions, SolveStatus};
use std::collections::BTreeSet;

/// The plan the suggestions improve on.
pub struct Base<'a> {
    /// (student, WPB) of each placement, and the plan's objective.
    pub placed: &'a [(usize, usize)],
    pub objective: f64,
    /// Allowed WPBs per student before any change (the base flow's).
    pub allowed: &'a [Vec<usize>],
    /// The model before any change, to tell whether a re-solved plan needs the change.
    pub model: &'a Model,
}

/// What verifying needs of the changed input's maximum flow: its pairs, and how many
/// students it places. A change that only adds a place has the base flow's pairs, and its
/// gain is known without a flow (`augment::Reach`).
pub struct FlowAfter<'a> {
    pub allowed: &'a [Vec<usize>],
    pub placed: u64,
}

impl<'a> From<&'a Flow> for FlowAfter<'a> {
    fn from(flow: &'a Flow) -> FlowAfter<'a> {
        FlowAfter {
            allowed: &flow.allowed,
            placed: flow.placed,
        }
    }
}

/// A change, verified by re-solving.
#[derive(Debug, Clone)]
pub struct Suggestion {
    /// The change, as data.
    pub change: Change,
    /// Extra students the changed input's flow places: an upper bound when hours and groups do not bind.
    pub estimate: u64,
    /// Extra students placed in the re-solved, re-checked plan.
    pub gain: i64,
    /// Students placed by the re-solved plan that the base plan left unplaced.
    pub newly_placed: Vec<usize>,
    /// Students the base plan placed that the re-solved plan leaves unplaced.
    pub no_longer_placed: Vec<usize>,
    /// The objective of the re-solved plan.
    pub objective_after: f64,
    /// True when the gain reaches the flow bound: no plan with this change places more.
    pub proven_best: bool,
}

/// What verifying one change came to.
pub enum Verified {
    /// Re-solved and re-checked: the suggestion with its gain (which may be 0 or less).
    Gain(Suggestion),
    /// The changed input gave no checked plan (a bug, or pins the change breaks).
    NoPlan,
    /// The re-solve did not finish within the time the diagnosis had left.
    OutOfTime,
    /// The re-solved plan places more but holds without the change too, so the change is
    /// not what places them.
    NotNeeded,
}

impl Verified {
    /// For the developers' log.
    pub fn describe(&self) -> String {
        match self {
            Verified::Gain(s) => format!("gain {}", s.gain),
            Verified::NoPlan => "no plan".into(),
            Verified::OutOfTime => "out of time".into(),
            Verified::NotNeeded => "places more, but holds without the change".into(),
        }
    }
}

/// Re-solves the changed input (`changed`, with its flow `after`) and measures the gain,
/// within `seconds` when given. The re-solve starts from the base plan: a change only adds
/// room, so most of the plan still holds and HiGHS starts with a good plan in hand.
#[allow(clippy::too_many_arguments)]
pub fn verify(
    instance: &Instance,
    changed: (&Instance, &Model),
    base: &Base,
    after: &FlowAfter,
    change: &Change,
    estimate: u64,
    full: bool,
    seconds: Option<f64>,
) -> Verified {
    let (inst, m) = changed;
    let mut kept = inst.clone();
    if !full {
        let free = Local::new(instance, inst, base, after, change).free_students();
        let placed: BTreeSet<usize> = base.placed.iter().map(|&(s, _)| s).collect();
        for &(s, w) in base.placed {
            if !free.contains(&s) {
                kept.students[s].pinned_wpb = Some(w);
            }
        }
        // Unplaced students far from the change stay unplaced: no school is open to them.
        let every_school: Vec<usize> = (0..inst.schools.len()).collect();
        for s in (0..inst.students.len()).filter(|s| !placed.contains(s) && !free.contains(s)) {
            kept.students[s].excluded_schools = every_school.clone();
        }
    }
    let start = crate::solve::start_of(inst, base.placed);
    let options = SolveOptions {
        time_limit_seconds: seconds,
        start: Some(start),
        without_flow: true,
        ..SolveOptions::default()
    };
    let outcome = match pipeline::solve_and_check(&kept, m, &options) {
        Ok(o) if o.solved.status == SolveStatus::Optimal => o,
        Ok(_) => return Verified::OutOfTime,
        Err(_) => return Verified::NoPlan,
    };
    // The pins and exclusions were ours: the plan must hold every rule of the changed input.
    let verdict = checker::check_plan(inst, m, &pipeline::plan_rows(inst, &outcome.solved));
    if !verdict.violations.is_empty() {
        return Verified::NoPlan;
    }
    let before: BTreeSet<usize> = base.placed.iter().map(|&(s, _)| s).collect();
    let now: BTreeSet<usize> = verdict.placed.iter().map(|&(s, _)| s).collect();
    if now.len() > before.len() && holds_without_the_change(instance, base.model, inst, &outcome) {
        return Verified::NotNeeded;
    }
    Verified::Gain(Suggestion {
        change: change.clone(),
        estimate,
        gain: now.len() as i64 - before.len() as i64,
        newly_placed: now.difference(&before).copied().collect(),
        no_longer_placed: before.difference(&now).copied().collect(),
        objective_after: verdict.objective,
        proven_best: now.len() as u64 >= after.placed,
    })
}

/// True when the re-solved plan also holds every rule of the input without the change:
/// then its gain is the re-solve's, not the change's. A base plan found under a time limit
/// may leave room that a re-solve then finds.
fn holds_without_the_change(
    instance: &Instance,
    model: &Model,
    changed: &Instance,
    outcome: &Outcome,
) -> bool {
    let rows = pipeline::plan_rows(changed, &outcome.solved);
    checker::check_plan(instance, model, &rows)
        .violations
        .is_empty()
}

#[cfg(test)]
mod tests {
    use super::{verify, Base, FlowAfter, Local, Verified};
    use crate::domain::{Instance, Model};
    use crate::explain::change::Change;
    use crate::explain::flow;
    use crate::explain::local::MOST_FREE;
    use crate::testkit::{instance, model, school, student, wpb};

    /// Runs `f` with the base of `placed` (under the test model) and the input `change`
    /// makes, with its flow.
    fn against<T>(
        inst: &Instance,
        change: &Change,
        placed: &[(usize, usize)],
        f: impl FnOnce(&Base, (&Instance, &Model), &FlowAfter) -> T,
    ) -> T {
        let m = model();
        let (changed, m2) = change.apply(inst, &m);
        let before = flow::max_flow(inst, &m);
        let after = flow::max_flow(&changed, &m2);
        let base = Base {
            placed,
            objective: 0.0,
            allowed: &before.allowed,
            model: &m,
        };
        f(&base, (&changed, &m2), &(&after).into())
    }

    /// The students a local re-solve of `change` frees when `placed` is the plan.
    fn freed(inst: &Instance, change: &Change, placed: &[(usize, usize)]) -> Vec<usize> {
        against(inst, change, placed, |base, (changed, _), after| {
            Local::new(inst, changed, base, after, change)
                .free_students()
                .into_iter()
                .collect()
        })
    }

    /// Verifies one more place for W1 (1 place) from `placed`, by a full re-solve: S1 and
    /// S2 both want W1, and W2 (engels) has room for no one of them.
    fn one_more_place_for_w1(max_students: u32, placed: &[(usize, usize)]) -> Verified {
        let mut inst = instance(
            vec![school("A", &["havo"])],
            vec![
                wpb("W1", 0, &["biologie"], "ma|wo"),
                wpb("W2", 0, &["engels"], "ma|wo"),
            ],
            vec![student("S1", 0, "biologie"), student("S2", 0, "biologie")],
            30.0,
        );
        inst.supervisors[0].max_students = max_students;
        let change = Change::WpbPlace {
            wpb: 0,
            place: true,
            hours: 0.0,
        };
        against(&inst, &change, placed, |base, changed, after| {
            verify(&inst, changed, base, after, &change, 1, true, None)
        })
    }

    #[test]
    fn a_gain_the_input_allows_without_the_change_is_not_the_changes() {
        // W1 has its one place taken by S1: the second place is what lets S2 in.
        match one_more_place_for_w1(1, &[(0, 0)]) {
            Verified::Gain(s) => assert_eq!((s.gain, s.newly_placed), (1, vec![1])),
            other => panic!("expected a gain, got {}", other.describe()),
        }
        // W1 has room for both already (a plan found under a time limit can leave room):
        // the re-solve places S2, but not because of the change.
        assert!(matches!(
            one_more_place_for_w1(2, &[(0, 0)]),
            Verified::NotNeeded
        ));
    }

    #[test]
    fn a_split_group_frees_the_students_of_its_wpbs_not_of_its_schools() {
        // At A: W1 teaches biologie, W2 engels and W3 biologie. The group G (S1, S2) is
        // unplaced; S3 is with W1, S4 (engels) with W2.
        let mut inst = instance(
            vec![school("A", &["havo"])],
            vec![
                wpb("W1", 0, &["biologie"], "ma|wo"),
                wpb("W2", 0, &["engels"], "ma|wo"),
                wpb("W3", 0, &["biologie"], "ma|wo"),
            ],
            vec![
                student("S1", 0, "biologie"),
                student("S2", 0, "biologie"),
                student("S3", 0, "biologie"),
                student("S4", 0, "engels"),
            ],
            30.0,
        );
        for s in [0, 1] {
            inst.students[s].group = Some("G".into());
        }
        let change = Change::SplitGroup { group: "G".into() };
        assert_eq!(freed(&inst, &change, &[(2, 0), (3, 1)]), vec![0, 1, 2]);
    }

    /// A group G (S0, S1) unplaced, and `others` biologie students placed with W1 (room for
    /// all), at one school.
    fn split_beside(others: usize) -> Vec<usize> {
        let students = (0..others + 2)
            .map(|i| student(&format!("S{i}"), 0, "biologie"))
            .collect();
        let mut inst = instance(
            vec![school("A", &["havo"])],
            vec![wpb("W1", 0, &["biologie"], "ma|wo")],
            students,
            30.0,
        );
        inst.supervisors[0].max_students = 1_000;
        for s in [0, 1] {
            inst.students[s].group = Some("G".into());
        }
        let placed: Vec<(usize, usize)> = (2..others + 2).map(|s| (s, 0)).collect();
        freed(&inst, &Change::SplitGroup { group: "G".into() }, &placed)
    }

    #[test]
    fn a_local_re_solve_larger_than_its_cap_frees_only_the_students_the_change_concerns() {
        // Up to the cap, the students of the WPBs the members may go to are free too.
        assert_eq!(split_beside(MOST_FREE - 2).len(), MOST_FREE);
        // One more, and only the split group's members are.
        assert_eq!(split_beside(MOST_FREE - 1), vec![0, 1]);
    }

    #[test]
    fn a_track_with_new_days_frees_the_students_of_the_wpbs_it_may_go_to_not_of_its_schools() {
        // At A: W1 teaches biologie on ma|wo, W2 biologie on di, W3 engels on ma|wo. Track P
        // (di) has S1 with W2 and S4 unplaced; track T (ma|wo) has S2 with W1 and S3 with W3.
        let inst = instance(
            vec![school("A", &["havo"])],
            vec![
                wpb("W1", 0, &["biologie"], "ma|wo"),
                wpb("W2", 0, &["biologie"], "di"),
                wpb("W3", 0, &["engels"], "ma|wo"),
            ],
            vec![
                student("S1", 1, "biologie"),
                student("S2", 0, "biologie"),
                student("S3", 0, "engels"),
                student("S4", 1, "biologie"),
            ],
            30.0,
        );
        // P on Monday instead: its students may go to W1 only, where S2 is.
        let change = Change::TrackDays {
            track: 1,
            drop: crate::domain::Weekday::Tue,
            add: crate::domain::Weekday::Mon,
        };
        assert_eq!(
            freed(&inst, &change, &[(0, 1), (1, 0), (2, 2)]),
            vec![0, 1, 3]
        );
    }
}
