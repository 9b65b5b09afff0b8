//! What a solve produced: a plan the independent checker accepted, and what it changed
//! against a published plan. It knows nothing of how it is explained or written.

use crate::checker::Verdict;
use crate::repair::Change;
use crate::solve::Solved;
use serde::Serialize;

/// A plan that passed the checker.
#[derive(Clone)]
pub struct Outcome {
    pub solved: Solved,
    pub verdict: Verdict,
    /// With a published plan: every student whose school or WPB differs from it.
    pub changes: Option<Vec<Change>>,
    /// For a repair: how many stayed and moved.
    pub repair: Option<RepairSummary>,
}

/// What a repair (`solve --baseline-plan`) did. The summary's `bound` and `gap` are those
/// of the objective of FORMAT.md against any plan from scratch; `repair_bound` and
/// `repair_gap` those of `repair_objective`, the objective it minimised.
#[derive(Serialize, Debug, Clone)]
pub struct RepairSummary {
    pub moved_student_weight: f64,
    /// Students placed in the published plan.
    pub baseline_placed: usize,
    pub kept: usize,
    pub moved: usize,
    /// Moved students by reason code (see changes.csv).
    pub moved_by_reason: std::collections::BTreeMap<String, usize>,
    pub newly_placed: usize,
    /// objective + moved_student_weight x moved.
    pub repair_objective: f64,
    /// Proven lower bound on `repair_objective` over every repair of this published plan.
    pub repair_bound: f64,
    /// Relative, 0 when the repair is optimal.
    pub repair_gap: f64,
}

/// `x` rounded to `digits` decimals, as the outputs state figures.
pub fn round(x: f64, digits: i32) -> f64 {
    let f = 10f64.powi(digits);
    (x * f).round() / f
}

/// A proven bound as every output states it: never above the plan's objective, since a
/// bound a hair above the plan is solver tolerance, not information.
pub fn stated_bound(bound: f64, objective: f64) -> f64 {
    bound.min(objective)
}

/// The relative gap between a plan's objective and a proven bound.
pub fn gap(objective: f64, bound: f64) -> f64 {
    if objective.abs() < 1e-9 {
        return 0.0;
    }
    round(((objective - bound) / objective.abs()).max(0.0), 9)
}

#[cfg(test)]
mod tests {
    use super::{gap, stated_bound};

    #[test]
    fn a_bound_is_stated_at_most_the_objective_and_its_gap_is_then_never_negative() {
        // HiGHS's tolerance can leave its bound a hair above the plan it proves.
        assert_eq!(stated_bound(100.000_000_1, 100.0), 100.0);
        assert_eq!(stated_bound(90.0, 100.0), 90.0);
        assert_eq!(gap(100.0, stated_bound(100.000_000_1, 100.0)), 0.0);
        assert_eq!(gap(100.0, stated_bound(90.0, 100.0)), 0.1);
    }
}
