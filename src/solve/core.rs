//! Reduced-cost fixing before the integer program: a (student, school) pair whose LP
//! reduced cost exceeds the gap between a known plan and the LP bound is in no optimal
//! plan, so the program leaves its column out. Any plan that uses the pair costs at least
//! `lp + reduced cost` (LP duality), which is what makes the leaving-out exact.
//!
//! Groups are left to the whole program: the LP splits a group over schools (0.75 here,
//! 0.25 there), a gap that reduced costs cannot close, so a core would only add a solve.
//!
//! The solve first runs a small core (pairs with reduced cost at most `FIRST_CORE`); its
//! optimum proves itself when every pair left out costs more than that optimum. Otherwise
//! one more program with every pair the gap allows finds the optimum (see `mod.rs`).

use super::highs_run::{self, RunError};
use super::program::{PlacementProgram, Row};
use good_lp::SolverModel;
use std::collections::HashMap;

/// Objective units (minutes of travel, roughly) a pair's reduced cost may have and still be
/// in the first core. Small, because most pairs of an optimum have reduced cost 0; the
/// proof (or the second program) takes care of the rest.
pub const FIRST_CORE: f64 = 30.0;

/// The LP relaxation's bound and the reduced cost of every (student, school) pair,
/// aligned with `elig.schools_of`.
pub struct LpCore {
    pub bound: f64,
    reduced: Vec<Vec<f64>>,
    /// The LP value of every (student, school) pair.
    values: Vec<Vec<f64>>,
    /// Per class: the students each WPB takes in the LP solution.
    seats: Vec<Vec<(usize, f64)>>,
    /// What each row says, and its dual.
    rows: Vec<Row>,
    row_duals: Vec<f64>,
}

/// A margin for the simplex's tolerances: a pair is left out only when its reduced cost
/// exceeds the gap by more than this.
fn margin(objective: f64) -> f64 {
    1e-6 * objective.abs().max(1.0) + 1e-6
}

impl LpCore {
    /// Solves the LP relaxation; `None` when HiGHS gives no optimal LP in time (the solve
    /// then runs the whole program, as without a core).
    pub fn solve(
        program: PlacementProgram,
        time_limit_seconds: Option<f64>,
    ) -> Result<Option<LpCore>, RunError> {
        let elig = program.eligibility();
        let objective = program.objective();
        let PlacementProgram {
            vars,
            constraints,
            rows,
            at_school,
            takes,
            ..
        } = program;
        let column: HashMap<good_lp::Variable, usize> = vars
            .iter_variables_with_def()
            .enumerate()
            .map(|(i, (v, _))| (v, i))
            .collect();
        let mut problem = vars.minimise(objective).using(good_lp::highs);
        for c in constraints {
            problem.add_constraint(c);
        }
        let Some(lp) = highs_run::run_lp(problem, time_limit_seconds)? else {
            return Ok(None);
        };
        // Aligned with `elig.schools_of`: a pair the program left out has value 0 and a
        // reduced cost only pricing can tell (NaN until then).
        let aligned = |of: &dyn Fn(good_lp::Variable) -> f64, missing: f64| -> Vec<Vec<f64>> {
            at_school
                .iter()
                .enumerate()
                .map(|(s, row)| {
                    let mut kept = row.iter().peekable();
                    elig.schools_of[s]
                        .iter()
                        .map(|&c| match kept.peek() {
                            Some(&&(kc, y)) if kc == c => {
                                kept.next();
                                of(y)
                            }
                            _ => missing,
                        })
                        .collect()
                })
                .collect()
        };
        let reduced = aligned(&|y| lp.reduced_costs[column[&y]], f64::NAN);
        let values = aligned(&|y| lp.values[column[&y]], 0.0);
        let seats = takes
            .iter()
            .map(|row| {
                row.iter()
                    .map(|&(w, x)| (w, lp.values[column[&x]]))
                    .collect()
            })
            .collect();
        Ok(Some(LpCore {
            bound: lp.objective,
            reduced,
            values,
            seats,
            rows,
            row_duals: lp.row_duals,
        }))
    }

    /// The rows of the LP and their duals, for pricing the pairs it left out.
    pub fn duals(&self) -> (&[Row], &[f64]) {
        (&self.rows, &self.row_duals)
    }

    /// The reduced cost of pair `i` of student `s` (NaN when not priced).
    #[cfg(test)]
    pub fn reduced(&self, s: usize, i: usize) -> f64 {
        self.reduced[s][i]
    }

    /// Sets the reduced cost of a pair the LP left out, once pricing knows it.
    pub fn set_reduced(&mut self, s: usize, i: usize, reduced: f64) {
        self.reduced[s][i] = reduced;
    }

    /// The pairs whose reduced cost is at most `threshold` (a pair pricing did not reach
    /// has a NaN reduced cost and is kept).
    pub fn pairs_within(&self, threshold: f64) -> Vec<Vec<bool>> {
        self.reduced
            .iter()
            .map(|row| row.iter().map(|&d| d.is_nan() || d <= threshold).collect())
            .collect()
    }

    /// The LP solution as the heuristic reads it.
    pub fn guide(&self) -> super::heuristic::Guide<'_> {
        super::heuristic::Guide {
            values: &self.values,
            seats: &self.seats,
        }
    }

    /// RINS's pairs: a student whose LP value at one school is (nearly) 1 keeps only that
    /// school; every other student keeps every school.
    pub fn pairs_the_lp_fixes(&self) -> Vec<Vec<bool>> {
        self.values
            .iter()
            .map(|row| {
                let whole = row.iter().any(|&v| v >= 0.999);
                row.iter().map(|&v| !whole || v >= 0.999).collect()
            })
            .collect()
    }

    /// The least reduced cost of a pair left out (infinite when none is).
    pub fn least_left_out(&self, pairs: &[Vec<bool>]) -> f64 {
        self.reduced
            .iter()
            .flatten()
            .zip(pairs.iter().flatten())
            .filter(|(_, &kept)| !kept)
            .map(|(&d, _)| d)
            .fold(f64::INFINITY, f64::min)
    }

    /// Whether a plan of program objective `objective` is optimal over every pair, given
    /// that it is optimal over `pairs`: no left-out pair can give a plan below it.
    pub fn proves(&self, objective: f64, pairs: &[Vec<bool>]) -> bool {
        self.bound + self.least_left_out(pairs) > objective + margin(objective)
    }

    /// The threshold that keeps every pair that may be in a plan of at most `objective`.
    pub fn threshold_for(&self, objective: f64) -> f64 {
        objective - self.bound + margin(objective)
    }

    /// A lower bound over every plan, from a bound over the plans within `pairs`.
    pub fn bound_over_all(&self, within: f64, pairs: &[Vec<bool>]) -> f64 {
        within.min(self.bound + self.least_left_out(pairs))
    }
}

/// For developers (STAGEPLAN_HIGHS_LOG=1): how many pairs a program keeps.
pub fn log(what: &str, pairs: &[Vec<bool>]) {
    if std::env::var_os("STAGEPLAN_HIGHS_LOG").is_some() {
        let all: usize = pairs.iter().map(Vec::len).sum();
        let kept = pairs.iter().flatten().filter(|&&k| k).count();
        eprintln!("stageplan: {what}: {kept} of {all} (student, school) pairs");
    }
}
