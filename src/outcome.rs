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

/// What a repair (`solve --baseline-plan`) did. Its status, bound and gap are those of
/// `repair_objective`, the objective it minimised.
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
}
