"""The same plain model solved by OR-Tools CP-SAT: one Boolean per eligible (student, WPB)
pair and every rule of FORMAT.md written out. CP-SAT needs whole numbers, so costs and
hours are scaled by 100 (exact for the minutes, weights and hours of FORMAT.md's examples).

    python3 benches/peers/cpsat.py INSTANCE [--model FILE] [--time-limit S] [--workers N]

Prints one JSON line: tool, status, objective, bound, seconds, placed, variables.
Do not import highspy in this process: both carry HiGHS and they clash.
"""

import argparse
import json
import time

from ortools.sat.python import cp_model

from common import problem

SCALE = 100


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("instance")
    ap.add_argument("--model")
    ap.add_argument("--time-limit", type=float, default=300.0)
    ap.add_argument("--workers", type=int, default=2)
    a = ap.parse_args()
    started = time.time()
    p = problem(a.instance, a.model)
    students, wpbs, schools, tracks = p["students"], p["wpbs"], p["schools"], p["tracks"]
    unplaced = p["weights"]["unplaced"]
    m = cp_model.CpModel()
    x, cost = {}, {}
    for s, w, c in p["pairs"]:
        x[(s, w)] = m.NewBoolVar(f"x{s}_{w}")
        cost[(s, w)] = round((c - unplaced) * SCALE)
    by_student, by_wpb, by_school, at_school = {}, {}, {}, {}
    for (s, w), v in x.items():
        by_student.setdefault(s, []).append(v)
        by_wpb.setdefault(w, []).append((s, v))
        by_school.setdefault(wpbs[w]["_school"], []).append((s, v))
        at_school.setdefault((s, wpbs[w]["_school"]), []).append(v)
    for s, vs in by_student.items():
        if s in p["pinned"]:
            m.Add(sum(vs) == 1)
        else:
            m.Add(sum(vs) <= 1)
    hours = lambda s, key: round(tracks[students[s]["track"]].get(key, 0.0) * SCALE)
    for w, svs in by_wpb.items():
        m.Add(sum(v for _, v in svs) <= wpbs[w]["_max"])
        if wpbs[w]["_hours"] is not None:
            m.Add(sum(hours(s, "wpb_hours") * v for s, v in svs) <= round(wpbs[w]["_hours"] * SCALE))
    for c, svs in by_school.items():
        if schools[c]["_max"] is not None:
            m.Add(sum(v for _, v in svs) <= schools[c]["_max"])
        if schools[c]["_hours"] is not None:
            m.Add(sum(hours(s, "so_hours") * v for s, v in svs) <= round(schools[c]["_hours"] * SCALE))
    for members in p["groups"]:
        for c in range(len(schools)):
            at = [at_school.get((mb, c), []) for mb in members]
            if not any(at):
                continue
            for other in at[1:]:
                m.Add(sum(other) == sum(at[0]))
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
    print(json.dumps({
        "tool": "CP-SAT (OR-Tools)",
        "status": "optimal" if status == cp_model.OPTIMAL else "time_limit",
        "objective": objective,
        "bound": objective if status == cp_model.OPTIMAL else bound,
        "seconds": round(time.time() - started, 3),
        "placed": placed,
        "variables": len(x),
    }))


if __name__ == "__main__":
    main()
