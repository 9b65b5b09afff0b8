//! For developers: `STAGEPLAN_HIGHS_TRACE=1` says, after every integer program, when HiGHS
//! found the plan it ends with and when its bound proved that plan optimal. On
//! `data/hos`-sized programs the bound gets there at a third to two thirds of the run and
//! the plan at its end: that split says whether a faster proof or an earlier plan is what
//! would shorten a run.

use std::ffi::c_void;
use std::os::raw::{c_char, c_int};
use std::time::Instant;

/// Whether the trace is asked for.
pub(super) fn wanted() -> bool {
    std::env::var_os("STAGEPLAN_HIGHS_TRACE").is_some()
}

/// What HiGHS reported at each of its limit checks and improved plans.
pub(super) struct Trace {
    started: Instant,
    /// (seconds since the start, primal bound, dual bound)
    events: Vec<(f64, f64, f64)>,
}

impl Trace {
    pub(super) fn new() -> Box<Trace> {
        Box::new(Trace {
            started: Instant::now(),
            events: Vec::new(),
        })
    }

    /// Registers the trace with HiGHS; false when HiGHS refuses.
    ///
    /// # Safety
    /// `highs` is a live HiGHS instance, and `self` stays in place (boxed, not dropped)
    /// until that instance's solve has returned.
    pub(super) unsafe fn attach(&mut self, highs: *mut c_void) -> bool {
        self.started = Instant::now();
        let data: *mut Trace = self;
        // SAFETY: as the caller promises.
        unsafe {
            highs_sys::Highs_setCallback(highs, Some(record), data.cast()) >= 0
                && highs_sys::Highs_startCallback(highs, highs_sys::kHighsCallbackMipInterrupt) >= 0
                && highs_sys::Highs_startCallback(
                    highs,
                    highs_sys::kHighsCallbackMipImprovingSolution,
                ) >= 0
        }
    }

    /// One line: when the plan of `objective` was found and when the bound proved it.
    /// `whole`: every cost is a whole number, so a bound above `objective - 1` proves it.
    pub(super) fn report(&self, objective: f64, whole: bool, columns: usize) -> String {
        let total = self.started.elapsed().as_secs_f64();
        let share = |t: f64| 100.0 * t / total.max(1e-9);
        let at = |found: Option<&(f64, f64, f64)>| match found {
            Some(&(t, _, _)) => format!("{t:.2} s ({:.0} %)", share(t)),
            None => "the end".to_string(),
        };
        let plan = self
            .events
            .iter()
            .find(|&&(_, primal, _)| primal <= objective + 1e-6);
        let proof = self
            .events
            .iter()
            .find(|&&(_, _, dual)| proves(dual, objective, whole));
        // A whole objective as a whole number, not as HiGHS's sum of its costs.
        let shown = if (objective - objective.round()).abs() < 1e-6 {
            format!("{}", objective.round())
        } else {
            format!("{objective:.4}")
        };
        format!(
            "HiGHS trace: {columns} columns, {total:.2} s; the plan of {shown} found at {}, \
             proved by the bound at {}",
            at(plan),
            at(proof)
        )
    }
}

/// Whether a dual bound proves a plan of `objective` optimal.
fn proves(dual: f64, objective: f64, whole: bool) -> bool {
    dual.is_finite()
        && if whole {
            (dual - 1e-6).ceil() >= objective - 1e-6
        } else {
            dual >= objective - 1e-7
        }
}

unsafe extern "C" fn record(
    _kind: c_int,
    _message: *const c_char,
    out: *const highs_sys::HighsCallbackDataOut,
    _input: *mut highs_sys::HighsCallbackDataIn,
    trace: *mut c_void,
) {
    if out.is_null() || trace.is_null() {
        return;
    }
    // SAFETY: HiGHS passes its live output data for this call, and `trace` is the `Trace`
    // that `attach` registered, alive until the solve returns.
    let (out, trace) = unsafe { (&*out, &mut *trace.cast::<Trace>()) };
    let seconds = trace.started.elapsed().as_secs_f64();
    trace
        .events
        .push((seconds, out.mip_primal_bound, out.mip_dual_bound));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bound_proves_a_whole_objective_once_it_is_above_one_less() {
        assert!(proves(122_728.2, 122_729.0, true));
        assert!(!proves(122_727.9, 122_729.0, true));
        assert!(!proves(122_728.2, 122_729.0, false));
        assert!(proves(122_729.0, 122_729.0, false));
        assert!(!proves(f64::NEG_INFINITY, 1.0, true));
    }

    #[test]
    fn the_report_names_when_the_plan_came_and_when_the_bound_proved_it() {
        let mut trace = Trace::new();
        trace.events = vec![
            (0.1, f64::INFINITY, 100.0),
            (0.5, 130.0, 119.5),
            (0.9, 120.0, 119.5),
        ];
        let line = trace.report(120.000_000_000_1, true, 7);
        assert!(line.contains("7 columns"), "{line}");
        assert!(line.contains("the plan of 120 found"), "{line}");
        assert!(line.contains("found at 0.90 s"), "{line}");
        assert!(line.contains("by the bound at 0.50 s"), "{line}");
        let line = trace.report(120.0, false, 7);
        assert!(line.contains("by the bound at the end"), "{line}");
    }
}
