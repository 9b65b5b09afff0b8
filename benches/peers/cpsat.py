"""The same plain model solved by OR-Tools CP-SAT: one Boolean per eligible (student, WPB)
pair and every rule of FORMAT.md written out. CP-SAT needs whole numbers, so costs and
hours are scaled by 100 (exact for the minutes, weights and hours of FORMAT.md's examples).

    python3 benches/peers/cpsat.py INSTANCE [--model FILE] [--time-limit S] [--workers N]

Prints one JSON line: tool, status, objective, bound, seconds, placed, variables.
Do not import highspy in this process: both carry HiGHS and they clash.
"""

from ortools.sat.python import cp_model

from common import add_rules, report, start

SCALE = 100


def main():
    a, p, started = start("--workers")
    students = p["students"]
    unplaced = p["weights"]["unplaced"]
    m = cp_model.CpModel()
    x, cost = {}, {}
    for s, w, c in p["pairs"]:
        x[(s, w)] = m.NewBoolVar(f"x{s}_{w}")
        cost[(s, w)] = round((c - unplaced) * SCALE)
    add_rules(p, x, m.Add, lambda v: round(v * SCALE))
    m.Minimize(sum(cost[k] * v for k, v in x.items()))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = a.time_limit
    solver.parameters.num_workers = a.workers
    solver.parameters.random_seed = 0
    status = solver.Solve(m)
    constant = unplaced * len(students)
    has_plan = status in (cp_model.OPTIMAL, cp_model.FEASIBLE)
    objective = solver.ObjectiveValue() / SCALE + constant if has_plan else None
    bound = max(0.0, solver.BestObjectiveBound() / SCALE + constant)
    placed = sum(1 for v in x.values() if solver.Value(v)) if has_plan else 0
    optimal = status == cp_model.OPTIMAL
    bound = objective if optimal else bound
    report("CP-SAT (OR-Tools)", optimal, objective, bound, started, placed, len(x))


if __name__ == "__main__":
    main()
