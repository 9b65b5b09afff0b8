//! What the solver is asked and what it answers: options, statuses, plans and errors.

use super::highs_run;
use crate::domain::Placement;
use std::collections::HashMap;

/// How to run the solver.
#[derive(Debug, Clone, Default)]
pub struct SolveOptions {
    /// Stop after this many seconds with the best plan found and its proven bound.
    pub time_limit_seconds: Option<f64>,
    /// A plan to start from, per student its WPB (the baseline of a sweep). Only the
    /// placements that still keep every rule are used; it changes the speed, not the optimum.
    pub start: Option<Vec<Option<usize>>>,
    /// Re-plan a published plan with as few moves as pay (see [`Repair`]).
    pub repair: Option<Repair>,
    /// Of plans of least objective, prefer those with students at these schools (see
    /// [`Prefer`]).
    pub prefer: Option<Prefer>,
    /// Techniques switched off, for tests and the bench's ablation table.
    pub ablation: Ablation,
    /// The caller has no use for the maximum flow (`Solved::capacity_flow`): it is then
    /// found only where it bounds the plan, not beside every solve (a suggestion's re-solve).
    pub without_flow: bool,
}

/// The solver's techniques, each of which may be switched off to measure what it buys
/// (`stageplan bench --ablation`). None of them changes the optimum, only the time.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Ablation {
    /// No reduced-cost core: one program over every (student, school) pair.
    pub no_core: bool,
    /// No seat cuts: a class's seats at a school are not forced to hold whole groups.
    pub no_seat_cuts: bool,
    /// No WPB group cuts: a WPB's seats are not limited to its own seats of each group.
    pub no_wpb_group_cuts: bool,
    /// No LP-guided heuristic plan before HiGHS (HiGHS starts from nothing).
    pub no_heuristic: bool,
    /// No pricing: a national instance's program is built over every pair.
    pub no_pricing: bool,
    /// No RINS sub-program (the LP's whole placements kept) before the whole program.
    pub no_rins: bool,
    /// No chains of moves re-planned for the heuristic plan's unplaced (`chains`).
    pub no_chains: bool,
}

impl Ablation {
    /// The names `--without` takes, each with the switch it sets.
    pub const NAMES: [&'static str; 7] = [
        "core",
        "seat-cuts",
        "wpb-group-cuts",
        "heuristic",
        "rins",
        "chains",
        "pricing",
    ];

    /// Parses a comma-separated list of `NAMES`; the unknown name on failure.
    pub fn parse(list: &str) -> Result<Ablation, String> {
        let mut ablation = Ablation::default();
        for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            match name {
                "core" => ablation.no_core = true,
                "seat-cuts" => ablation.no_seat_cuts = true,
                "wpb-group-cuts" => ablation.no_wpb_group_cuts = true,
                "heuristic" => ablation.no_heuristic = true,
                "pricing" => ablation.no_pricing = true,
                "rins" => ablation.no_rins = true,
                "chains" => ablation.no_chains = true,
                other => return Err(other.to_string()),
            }
        }
        Ok(ablation)
    }
}

/// Where a student was in the published plan that a repair starts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Before {
    /// Not placed in it (or not in it at all): nothing to keep.
    Unplaced,
    /// With this WPB, which still exists.
    With(usize),
    /// With a WPB that is no longer in supervisors.csv: the student must move.
    WpbGone,
}

/// Minimal-disruption repair: the objective of FORMAT.md plus `moved_weight` for every
/// student of the published plan who does not stay with their WPB.
#[derive(Debug, Clone)]
pub struct Repair {
    /// Per student of the instance.
    pub before: Vec<Before>,
    pub moved_weight: f64,
    /// Whether `Solved::bound` must bound the objective of FORMAT.md (a repair a user
    /// reads): the repair's own bound counts its moves, so the LP from scratch is solved
    /// beside it. A repair used inside a solve (the tie-break's WPB pass) needs no bound.
    pub bound_from_scratch: bool,
}

impl Repair {
    /// Students of the published plan who are not with their WPB of then.
    pub fn moved(&self, placements: &[Placement]) -> usize {
        let now: HashMap<usize, usize> = placements.iter().map(|p| (p.student, p.wpb)).collect();
        self.before
            .iter()
            .enumerate()
            .filter(|&(s, b)| match b {
                Before::Unplaced => false,
                Before::With(w) => now.get(&s) != Some(w),
                Before::WpbGone => true,
            })
            .count()
    }
}

/// A tie-break: each student away from the school given here (unplaced included) costs
/// `weight` more. The caller keeps all of it below the objective's step
/// (`pipeline::tie_break`), so that it only chooses among plans of least objective. Unlike
/// [`Repair`] it adds no column or row: a cost per (student, school) column.
#[derive(Debug, Clone, PartialEq)]
pub struct Prefer {
    /// Per student of the instance, the school to prefer, if any.
    pub school: Vec<Option<usize>>,
    pub weight: f64,
}

impl Prefer {
    /// What student `s` costs at `school` (`None`: unplaced).
    pub fn cost(&self, s: usize, school: Option<usize>) -> f64 {
        match self.school[s] {
            Some(c) if Some(c) != school => self.weight,
            _ => 0.0,
        }
    }

    /// What the students `who` selects cost where `placements` has them.
    pub fn cost_of(
        &self,
        instance: &crate::domain::Instance,
        placements: &[Placement],
        who: impl Fn(usize) -> bool,
    ) -> f64 {
        let mut school = vec![None; self.school.len()];
        for p in placements {
            school[p.student] = Some(instance.supervisors[p.wpb].school);
        }
        (0..self.school.len())
            .filter(|&s| who(s))
            .map(|s| self.cost(s, school[s]))
            .sum()
    }
}

/// Whether the plan is proven optimal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SolveStatus {
    Optimal,
    TimeLimit,
}

impl SolveStatus {
    /// The name used in summary.json.
    pub fn as_str(self) -> &'static str {
        match self {
            SolveStatus::Optimal => "optimal",
            SolveStatus::TimeLimit => "time_limit",
        }
    }
}

/// A plan with the solver's status and its proven lower bound on the objective.
#[derive(Debug, Clone)]
pub struct Solved {
    pub placements: Vec<Placement>,
    pub status: SolveStatus,
    /// Proven lower bound on the objective of FORMAT.md section 3, also in a repair.
    pub bound: f64,
    /// A repair only: proven lower bound on what it minimised, the objective plus its moves.
    pub repair_bound: Option<f64>,
    /// The objective as the solver computed it, to compare with the checker's.
    pub solver_objective: f64,
    pub seconds: f64,
    pub variables: usize,
    pub constraints: usize,
    /// The maximum flow of the capacity bound, when the solve needed one (no LP bound in
    /// time, or a national instance): the diagnosis reuses it instead of computing it again.
    pub capacity_flow: Option<crate::capacity::flow::Flow>,
}

/// Why the pins and groups admit no plan (rendered into words by `lang::solve`).
#[derive(Debug, Clone, PartialEq)]
pub enum Infeasibility {
    /// A member of a group with a pinned member has no fitting WPB at the pinned school
    /// (rules 8 and 9 together): ids of the student, the group and the school.
    MemberCannotFollowPin {
        student: String,
        group: String,
        school: String,
    },
    /// The pinned students and their groups cannot all be placed within the capacities.
    PinsExceedCapacity,
}

impl Infeasibility {
    /// The reason in `lang`.
    pub fn say(&self, lang: crate::lang::Lang) -> String {
        use crate::lang::solve as say;
        match self {
            Infeasibility::MemberCannotFollowPin {
                student,
                group,
                school,
            } => say::MEMBER_CANNOT_FOLLOW_PIN.with_lang(
                lang,
                &[
                    ("student", student.clone()),
                    ("group", group.clone()),
                    ("school", school.clone()),
                ],
            ),
            Infeasibility::PinsExceedCapacity => say::PINS_EXCEED_CAPACITY.of(lang).to_string(),
        }
    }
}

/// Why no plan could be made.
#[derive(Debug, Clone, PartialEq)]
pub enum SolveError {
    /// The pins and groups together cannot be satisfied, for each of these reasons.
    Infeasible(Vec<Infeasibility>),
    /// No plan was found within the time limit, and leaving everyone free unplaced is no
    /// plan either (a pinned group must be placed).
    NoPlanInTime,
    /// The solver failed; a bug or a resource problem, not the user's input.
    Solver(String),
}

pub(super) fn solve_error(e: highs_run::RunError) -> SolveError {
    match e {
        highs_run::RunError::Infeasible => {
            SolveError::Infeasible(vec![Infeasibility::PinsExceedCapacity])
        }
        highs_run::RunError::Solver(why) => SolveError::Solver(why),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_technique_name_switches_its_own_technique_off() {
        let each: Vec<Ablation> = Ablation::NAMES
            .iter()
            .map(|n| Ablation::parse(n).expect("known"))
            .collect();
        for (i, a) in each.iter().enumerate() {
            assert_ne!(*a, Ablation::default(), "{}", Ablation::NAMES[i]);
            for b in &each[i + 1..] {
                assert_ne!(a, b);
            }
        }
        assert_eq!(Ablation::parse(""), Ok(Ablation::default()));
        assert_eq!(Ablation::parse("core, typo"), Err("typo".to_string()));
    }
}
