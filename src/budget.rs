//! One time budget for a whole run: `--time-limit` bounds reading, solving, the diagnosis
//! and writing together, because the user's clock is the whole run.
//!
//! The solver gets what is left after reading, minus a share for the diagnosis and the
//! time writing the outputs takes; the diagnosis gets what the solver leaves. The share is
//! a part of the time left, but never more than the diagnosis takes at that size: what it
//! would not use is the solver's. Without a
//! limit the solver runs to optimality and the diagnosis's suggestions take at most a
//! quarter of the solve time or two seconds, whichever is larger.

use std::time::{Duration, Instant};

/// Seconds the diagnosis's suggestions may always take without a time limit.
pub const DIAGNOSIS_FLOOR_SECONDS: f64 = 2.0;

/// The share of the time left after reading that a time limit keeps for the diagnosis, at
/// most `diagnosis_need`.
const DIAGNOSIS_SHARE: f64 = 0.15;

/// The clock of one run and its limit, if any.
#[derive(Debug, Clone, Copy)]
pub struct Budget {
    started: Instant,
    limit: Option<f64>,
}

impl Budget {
    /// Starts the clock now; `limit` in seconds bounds the whole run.
    pub fn start(limit: Option<f64>) -> Budget {
        Budget {
            started: Instant::now(),
            limit,
        }
    }

    /// A budget without a limit.
    pub fn unlimited() -> Budget {
        Budget::start(None)
    }

    /// The limit of the whole run, in seconds.
    pub fn limit(&self) -> Option<f64> {
        self.limit
    }

    /// Seconds since the run started.
    pub fn elapsed(&self) -> f64 {
        self.started.elapsed().as_secs_f64()
    }

    /// Seconds left of the limit (never negative); `None` without a limit.
    pub fn left(&self) -> Option<f64> {
        self.limit.map(|l| (l - self.elapsed()).max(0.0))
    }

    /// The moment the run must be done, if it has a limit.
    pub fn deadline(&self) -> Option<Instant> {
        self.limit
            .map(|l| self.started + Duration::from_secs_f64(l.max(0.0)))
    }

    /// Seconds the solver may take for an instance of `students` students and `wpbs`
    /// WPBs: what is left, less the diagnosis's share, its reasons and the writing, and
    /// the maximum flow when the solve does not find it beside itself (`flow_in_solve`).
    /// At least a little, so that the solver can hand back the plan it starts from.
    pub fn solve_seconds(&self, students: usize, wpbs: usize, flow_in_solve: bool) -> Option<f64> {
        let left = self.left()?;
        let mut after = writing_seconds(students) + reasons_seconds(students);
        if !flow_in_solve {
            after += flow_seconds(students, wpbs);
        }
        let diagnosis = (DIAGNOSIS_SHARE * left).min(diagnosis_need(students, wpbs));
        Some((left - after - diagnosis).max(0.2))
    }

    /// Seconds the diagnosis's suggestions may take after a solve of `solve_seconds`:
    /// `asked` (`--diagnosis-seconds`) or a quarter of the solve, at least
    /// `DIAGNOSIS_FLOOR_SECONDS`, and never past what a time limit leaves after writing.
    pub fn diagnosis_seconds(
        &self,
        students: usize,
        solve_seconds: f64,
        asked: Option<f64>,
    ) -> f64 {
        let wanted = asked.unwrap_or((solve_seconds / 4.0).max(DIAGNOSIS_FLOOR_SECONDS));
        match self.left() {
            Some(left) => wanted.min((left - writing_seconds(students)).max(0.0)),
            None => wanted,
        }
    }
}

/// What the diagnosis takes to rank every candidate and verify five, with a margin: the
/// floor it always has, and a few flows' time, which its ranking and local re-solves grow
/// with (`explain::suggest`). Measured single runs with `--time-limit 30` and 120: 0.21 s
/// at `1000-tight`, 1.82 s at `3000`, 8.8 s at `20000-coords` (a flow 2.6 s); the flat
/// share gave them 4.7, 4.6 and 19 s.
pub fn diagnosis_need(students: usize, wpbs: usize) -> f64 {
    DIAGNOSIS_FLOOR_SECONDS + 2.2 * flow_seconds(students, wpbs)
}

/// What writing every output takes (plan.xlsx and report.html grow with the students):
/// measured on this project's bench instances with a margin.
pub fn writing_seconds(students: usize) -> f64 {
    0.3 + 60e-6 * students as f64
}

/// What the unplaced reasons take once the maximum flow is known, with a margin
/// (20,000 students: 0.13 s).
pub fn reasons_seconds(students: usize) -> f64 {
    0.2 + 50e-6 * students as f64
}

/// What the maximum flow takes, with a margin: it grows with students x WPBs (20,000 x
/// 17,000: 3.5 s here, through hubs and from a greedy start). A solve finds it on a second
/// core beside everything else; a repair leaves it to the diagnosis.
pub fn flow_seconds(students: usize, wpbs: usize) -> f64 {
    1.2e-8 * (students * wpbs) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_a_limit_the_solver_is_unbounded_and_the_diagnosis_takes_a_quarter() {
        let b = Budget::unlimited();
        assert_eq!(b.solve_seconds(300, 30, true), None);
        assert_eq!(b.diagnosis_seconds(300, 40.0, None), 10.0);
        assert_eq!(b.diagnosis_seconds(300, 1.0, None), DIAGNOSIS_FLOOR_SECONDS);
        assert_eq!(b.diagnosis_seconds(300, 1.0, Some(7.0)), 7.0);
    }

    #[test]
    fn a_limit_is_shared_by_solve_diagnosis_and_writing() {
        let b = Budget::start(Some(10.0));
        let solve = b.solve_seconds(3000, 300, false).unwrap();
        let writing = writing_seconds(3000) + reasons_seconds(3000) + flow_seconds(3000, 300);
        assert!(solve < 10.0 - writing - 1.0, "{solve}");
        assert!(solve > 7.0, "{solve}");
        let diagnosis = b.diagnosis_seconds(3000, solve, None);
        assert!(diagnosis <= 10.0 - writing_seconds(3000), "{diagnosis}");
    }

    #[test]
    fn a_long_limit_keeps_for_the_diagnosis_only_what_it_needs() {
        let b = Budget::start(Some(120.0));
        let after = writing_seconds(1000) + reasons_seconds(1000);
        let solve = b.solve_seconds(1000, 600, true).unwrap();
        let kept = 120.0 - after - solve;
        assert!((kept - diagnosis_need(1000, 600)).abs() < 0.05, "{kept}");
        assert!(kept < DIAGNOSIS_SHARE * 120.0 / 4.0, "{kept}");
        // A short limit keeps its share, which is less than the need.
        let b = Budget::start(Some(5.0));
        let solve = b.solve_seconds(1000, 600, true).unwrap();
        let kept = 5.0 - after - solve;
        assert!(kept < diagnosis_need(1000, 600) / 2.0, "{kept}");
        assert!(kept > 0.5, "{kept}");
    }

    #[test]
    fn a_flow_found_beside_the_solve_leaves_the_solve_its_time() {
        let b = Budget::start(Some(10.0));
        let beside = b.solve_seconds(20_000, 17_000, true).unwrap();
        let after = b.solve_seconds(20_000, 17_000, false).unwrap();
        assert!(beside > after + 3.0, "{beside} {after}");
        assert!(beside < 10.0 - writing_seconds(20_000) - reasons_seconds(20_000));
    }

    #[test]
    fn a_spent_limit_leaves_the_solver_a_moment_and_the_diagnosis_nothing() {
        let b = Budget::start(Some(0.0));
        assert_eq!(b.solve_seconds(10, 1, true), Some(0.2));
        assert_eq!(b.diagnosis_seconds(10, 5.0, None), 0.0);
    }
}
