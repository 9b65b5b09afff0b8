//! The LP relaxation before any integer program: built whole, or for a national instance
//! priced from a first plan's schools (never built whole).

use super::types::{solve_error, SolveError};
use super::{as_start, build, core, fallback, heuristic, pricing, remaining, ProgramInputs};
use crate::domain::Placement;
use std::time::{Duration, Instant};

/// The LP relaxation and what came with it.
#[derive(Default)]
pub(super) struct Relaxation {
    /// `None` when it was not solved in time.
    pub lp: Option<core::LpCore>,
    /// A priced LP's pairs, its bound over all pairs, whether pricing completed, and the
    /// LP's pace.
    pub priced: Option<pricing::Held>,
    /// The plan whose schools seeded pricing, with its objective.
    pub seeded: Option<(Vec<Placement>, f64)>,
}

/// The share of the time left that the LP of every pair may take. An LP stopped at its
/// limit gives nothing, and the heuristic and the whole program need the rest for a plan:
/// `3000-duos --time-limit 10` on a machine where that LP took 7.6 s instead of 4 s gave
/// 862,287 (the greedy plan, no time to improve it) where 510,109 is usual.
const WHOLE_LP_SHARE: f64 = 0.65;

impl ProgramInputs<'_> {
    /// The LP of every pair, within `WHOLE_LP_SHARE` of the time left.
    pub fn whole(&self, limit: Option<f64>, started: Instant) -> Result<Relaxation, SolveError> {
        let relaxed = build(
            self.instance,
            self.model,
            self.elig,
            self.residual,
            true,
            None,
            self.ablation,
            self.prefer,
        );
        let time = remaining(limit, started).map(|l| l * WHOLE_LP_SHARE);
        let lp = core::LpCore::solve(relaxed, time).map_err(solve_error)?;
        Ok(Relaxation {
            lp,
            ..Relaxation::default()
        })
    }

    /// A lower bound on the free students' share of the objective of FORMAT.md, for a
    /// repair (its own bound counts its moves): the LP from scratch when `lp`, never below
    /// the cheapest places.
    pub fn bound_from_scratch(
        &self,
        lp: bool,
        limit: Option<f64>,
        started: Instant,
    ) -> Result<f64, SolveError> {
        let cheapest = fallback::bound_without_lp(self.instance, self.model, self.elig, None, &[]);
        if !lp {
            return Ok(cheapest);
        }
        let lp = self.whole(limit, started)?.lp;
        Ok(lp.map_or(cheapest, |lp| lp.bound.max(cheapest)))
    }

    /// A plan first (an eighth of what is left), whose schools seed the priced LP
    /// (`priced_from`) and, beside it, the parts' bound.
    pub fn first_plan_to_price(
        &self,
        wanted: Option<&[Option<usize>]>,
        limit: Option<f64>,
        started: Instant,
    ) -> Option<(Vec<Placement>, f64)> {
        let until =
            remaining(limit, started).map(|l| Instant::now() + Duration::from_secs_f64(l / 8.0));
        let (instance, model, elig, residual) =
            (self.instance, self.model, self.elig, self.residual);
        heuristic::plan(instance, model, elig, residual, None, wanted, until)
    }

    /// The priced LP (half of what is left), its pricing seeded with the schools of `first`
    /// (`first_plan_to_price`).
    pub fn priced_from(
        &self,
        first: Option<(Vec<Placement>, f64)>,
        limit: Option<f64>,
        started: Instant,
    ) -> Result<Relaxation, SolveError> {
        let (instance, model, elig, residual) =
            (self.instance, self.model, self.elig, self.residual);
        let seed = first.as_ref().map(|(plan, _)| as_start(instance, plan));
        let until =
            remaining(limit, started).map(|l| Instant::now() + Duration::from_secs_f64(l / 2.0));
        let solve_lp = |pairs: &[Vec<bool>], left: Option<f64>| {
            let program = build(
                instance,
                model,
                elig,
                residual,
                true,
                Some(pairs),
                self.ablation,
                self.prefer,
            );
            core::LpCore::solve(program, left)
        };
        let result = pricing::priced_lp(
            instance,
            model,
            elig,
            residual,
            pricing::START_SCHOOLS,
            seed.as_deref(),
            0.0,
            until,
            solve_lp,
        )
        .map_err(solve_error)?;
        Ok(match result {
            Some(p) => Relaxation {
                lp: Some(p.lp),
                priced: Some(p.held),
                seeded: first,
            },
            None => Relaxation {
                seeded: first,
                ..Relaxation::default()
            },
        })
    }
}
