//! Runs HiGHS on a built program and reads back values, status and the proven bound.
//! The only place that talks to HiGHS directly: good_lp does not expose the dual bound.

use super::highs_trace;
use good_lp::solvers::highs::HighsProblem;
use highs::{HighsModelStatus, HighsSolutionStatus};

/// What came back from the solver.
pub struct RunOutcome {
    /// Column values, by good_lp variable index; `None` when no plan was found in time.
    pub values: Option<Vec<f64>>,
    pub proven_optimal: bool,
    /// The solver's objective of the plan found.
    pub objective: f64,
    /// The solver's proven lower bound on its own objective.
    pub bound: f64,
}

/// Why the solver gave no usable answer.
pub enum RunError {
    Infeasible,
    Solver(String),
}

fn option<V: highs::HighsOptionValue>(
    model: &mut highs::Model,
    key: &str,
    value: V,
) -> Result<(), RunError> {
    model
        .try_set_option(key, value)
        .map_err(|_| RunError::Solver(format!("HiGHS refused the option {key}")))
}

/// For developers: STAGEPLAN_WRITE_MPS=PREFIX writes every program HiGHS is given to
/// PREFIX.N.mps (N counts the programs of the run), to try a formulation in highspy, and
/// its start plan, if any, to PREFIX.N.start (one column value per line).
fn write_for_developers(model: &mut highs::Model, start: Option<&[f64]>) {
    static WRITTEN: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let Some(prefix) = std::env::var_os("STAGEPLAN_WRITE_MPS") else {
        return;
    };
    let n = WRITTEN.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let path = format!("{}.{n}.mps", prefix.to_string_lossy());
    let Ok(file) = std::ffi::CString::new(path.clone()) else {
        return;
    };
    // SAFETY: the pointer is the live HiGHS instance `model` owns, and `file` outlives the call.
    let status = unsafe { highs_sys::Highs_writeModel(model.as_mut_ptr(), file.as_ptr()) };
    // HiGHS warns (1) when it names the columns itself; only an error (-1) means no file.
    if status < 0 {
        eprintln!("STAGEPLAN_WRITE_MPS: HiGHS could not write {path} (status {status})");
    }
    // The start plan beside it, one column value per line, to re-solve with the same start.
    if let Some(start) = start {
        let text: String = start.iter().map(|v| format!("{v}\n")).collect();
        let path = format!("{}.{n}.start", prefix.to_string_lossy());
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("STAGEPLAN_WRITE_MPS: could not write {path}: {e}");
        }
    }
}

/// Solves single-threaded with a fixed seed, so that runs are reproducible and safe to run
/// side by side, and with a zero gap tolerance, so that "optimal" means optimal.
pub fn run(
    problem: HighsProblem,
    time_limit_seconds: Option<f64>,
    start: Option<&[f64]>,
    costs_whole: bool,
) -> Result<RunOutcome, RunError> {
    let mut model = problem
        .try_into_inner()
        .map_err(|e| RunError::Solver(format!("HiGHS refused the model: {e}")))?;
    model.make_quiet();
    // For developers: STAGEPLAN_HIGHS_LOG=1 shows HiGHS's own log on stderr.
    if std::env::var_os("STAGEPLAN_HIGHS_LOG").is_some() {
        option(&mut model, "output_flag", true)?;
        option(&mut model, "log_to_console", true)?;
    }
    option(&mut model, "threads", 1)?;
    option(&mut model, "random_seed", 0)?;
    option(&mut model, "mip_rel_gap", 0.0)?;
    option(&mut model, "mip_abs_gap", 1e-7)?;
    if let Some(limit) = time_limit_seconds {
        option(&mut model, "time_limit", limit)?;
    }
    if let Some(start) = start {
        // A start is a hint: HiGHS refuses one for a model without columns, which is
        // solved all the same.
        let _ = model.try_set_solution(Some(start), None, None, None);
    }
    write_for_developers(&mut model, start);
    let mut trace = highs_trace::wanted().then(|| {
        // SAFETY: the pointer is the live HiGHS instance `model` owns.
        let columns = unsafe { highs_sys::Highs_getNumCol(model.as_mut_ptr()) }.max(0) as usize;
        (highs_trace::Trace::new(), columns)
    });
    if let Some((trace, _)) = trace.as_mut() {
        // SAFETY: `model` is live, and the boxed trace is dropped only after the solve.
        if !unsafe { trace.attach(model.as_mut_ptr()) } {
            eprintln!("STAGEPLAN_HIGHS_TRACE: HiGHS refused the callback");
        }
    }
    let solved = model
        .try_solve()
        .map_err(|e| RunError::Solver(format!("HiGHS failed while solving: {e:?}")))?;
    let status = solved.status();
    let proven_optimal = match status {
        HighsModelStatus::Optimal | HighsModelStatus::ModelEmpty => true,
        HighsModelStatus::ReachedTimeLimit
        | HighsModelStatus::ReachedIterationLimit
        | HighsModelStatus::ReachedSolutionLimit
        | HighsModelStatus::ReachedInterrupt => false,
        HighsModelStatus::Infeasible | HighsModelStatus::UnboundedOrInfeasible => {
            return Err(RunError::Infeasible)
        }
        other => {
            return Err(RunError::Solver(format!(
                "HiGHS stopped with status {other:?}"
            )))
        }
    };
    if status == HighsModelStatus::ModelEmpty {
        return Ok(RunOutcome {
            values: Some(Vec::new()),
            proven_optimal,
            objective: 0.0,
            bound: 0.0,
        });
    }
    let values = (solved.primal_solution_status() == HighsSolutionStatus::Feasible)
        .then(|| solved.get_solution().columns().to_vec());
    let objective = solved.objective_value();
    if let Some((trace, columns)) = &trace {
        eprintln!("{}", trace.report(objective, costs_whole, *columns));
    }
    // Proven optimal with a zero gap: the bound is the objective (HiGHS leaves the MIP bound
    // unset when presolve leaves an LP). Otherwise its dual bound, and never below 0, which
    // every plan reaches or exceeds because no cost is negative.
    let bound = if proven_optimal {
        objective
    } else {
        solved
            .double_info_value(c"mip_dual_bound")
            .ok()
            .filter(|b| b.is_finite())
            .unwrap_or(0.0)
            .max(0.0)
    };
    Ok(RunOutcome {
        values,
        proven_optimal,
        objective,
        bound,
    })
}

/// An optimal LP solution: its objective and every column's reduced cost.
pub struct LpOutcome {
    pub objective: f64,
    pub reduced_costs: Vec<f64>,
    /// Column values of the optimal LP solution.
    pub values: Vec<f64>,
    /// Row duals, aligned with the rows as added: a column's reduced cost is its cost
    /// minus the sum of its coefficients times these.
    pub row_duals: Vec<f64>,
}

/// Solves a relaxed program to optimality (simplex, so reduced costs are exact at a
/// vertex); `None` when HiGHS does not report an optimum.
pub fn run_lp(
    problem: HighsProblem,
    time_limit_seconds: Option<f64>,
) -> Result<Option<LpOutcome>, RunError> {
    let mut model = problem
        .try_into_inner()
        .map_err(|e| RunError::Solver(format!("HiGHS refused the model: {e}")))?;
    model.make_quiet();
    option(&mut model, "threads", 1)?;
    option(&mut model, "random_seed", 0)?;
    option(&mut model, "solver", "simplex")?;
    if let Some(limit) = time_limit_seconds {
        option(&mut model, "time_limit", limit)?;
    }
    write_for_developers(&mut model, None);
    let solved = model
        .try_solve()
        .map_err(|e| RunError::Solver(format!("HiGHS failed while solving: {e:?}")))?;
    match solved.status() {
        HighsModelStatus::Optimal => Ok(Some(LpOutcome {
            objective: solved.objective_value(),
            reduced_costs: solved.get_solution().dual_columns().to_vec(),
            values: solved.get_solution().columns().to_vec(),
            row_duals: solved.get_solution().dual_rows().to_vec(),
        })),
        HighsModelStatus::Infeasible => Err(RunError::Infeasible),
        _ => Ok(None),
    }
}
