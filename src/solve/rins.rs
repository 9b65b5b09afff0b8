//! RINS under a short time limit: the students the LP places whole at one school stay
//! there, the others keep every school. That smaller program, started from the heuristic
//! plan, finds a plan near the optimum where the whole program has no time to (3,000
//! students, --time-limit 20: within 0.23 % of the LP bound instead of 6.6 %).

use super::attempt::attempt;
use super::types::SolveError;
use super::{as_start, core, ProgramInputs};
use crate::domain::Placement;

/// RINS runs when less than this is left of a time limit: with a minute or more left the
/// whole program does better on its own (3000-duos at --time-limit 120: 2.06 % with RINS,
/// optimal without; without a limit 135 s against 123 s).
pub(super) const BELOW_SECONDS: f64 = 60.0;

/// The better of `heuristic` and the RINS program's plan within 80 % of `left` seconds.
pub(super) fn rins(
    at: &ProgramInputs,
    lp: &core::LpCore,
    heuristic: Option<(Vec<Placement>, f64)>,
    left: f64,
) -> Result<Option<(Vec<Placement>, f64)>, SolveError> {
    let start = heuristic
        .as_ref()
        .map(|(plan, _)| as_start(at.instance, plan));
    let pairs = lp.pairs_the_lp_fixes();
    let sub = attempt(
        at.instance,
        at.model,
        at.elig,
        at.residual,
        Some(&pairs),
        start.as_deref(),
        None,
        Some(left * 0.8),
        at.ablation,
    )?;
    Ok(match (sub.placements, heuristic) {
        (Some(plan), Some(h)) if sub.objective < h.1 - 1e-9 => Some((plan, sub.objective)),
        (Some(plan), None) => Some((plan, sub.objective)),
        (_, h) => h,
    })
}
