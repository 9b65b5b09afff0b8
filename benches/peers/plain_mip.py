"""The plain model a careful user writes by hand, solved by HiGHS through highspy:
one binary per eligible (student, WPB) pair and every rule of FORMAT.md written out.

    python3 benches/peers/plain_mip.py INSTANCE [--model FILE] [--time-limit S] [--threads N]

Prints one JSON line: tool, status, objective, bound, seconds, placed, variables.
Do not import ortools in this process: both carry HiGHS and they clash.
"""

import highspy

from common import add_rules, report, start


def main():
    a, p, started = start("--threads")
    students = p["students"]
    unplaced = p["weights"]["unplaced"]
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("threads", a.threads)
    h.setOptionValue("mip_rel_gap", 0.0)
    h.setOptionValue("mip_abs_gap", 1e-7)
    h.setOptionValue("random_seed", 0)
    h.setOptionValue("time_limit", a.time_limit)
    x = {}
    for s, w, cost in p["pairs"]:
        x[(s, w)] = h.addBinary(obj=cost - unplaced)
    add_rules(p, x, h.addConstr)
    h.run()
    status = h.getModelStatus()
    info = h.getInfo()
    constant = unplaced * len(students)
    has_plan = info.primal_solution_status == 2
    values = h.getSolution().col_value if has_plan else []
    placed = sum(1 for v in values if v > 0.5)
    optimal = status == highspy.HighsModelStatus.kOptimal
    objective = info.objective_function_value + constant if has_plan else None
    bound = (objective if optimal else max(0.0, info.mip_dual_bound + constant))
    report("plain MIP (highspy)", optimal, objective, bound, started, placed, len(x))


if __name__ == "__main__":
    main()
