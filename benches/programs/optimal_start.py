"""What a plan found at once would save: each program from its own start plan and from
its optimal plan, twice each.

    python3 benches/programs/optimal_start.py PROGRAM.mps [PROGRAM.mps ...]

The optimal plan is the one HiGHS ends with from the program's own start (PROGRAM.start,
written beside it by STAGEPLAN_WRITE_MPS; without it, from no start).
"""

import sys
import time

import highspy


def solve(path, start):
    h = highspy.Highs()
    h.silent()
    h.readModel(path)
    h.setOptionValue("threads", 1)
    h.setOptionValue("random_seed", 0)
    h.setOptionValue("mip_rel_gap", 0.0)
    h.setOptionValue("mip_abs_gap", 1e-7)
    if start is not None:
        solution = highspy.HighsSolution()
        solution.col_value = start
        solution.value_valid = True
        h.setSolution(solution)
    began = time.time()
    h.run()
    seconds = time.time() - began
    return seconds, h.getInfo().objective_function_value, list(h.getSolution().col_value)


def own_start(path):
    try:
        with open(path[: -len(".mps")] + ".start") as f:
            return [float(line) for line in f]
    except OSError:
        return None


def main():
    total_own = total_optimal = 0.0
    for path in sys.argv[1:]:
        own = own_start(path)
        first, objective, optimal = solve(path, own)
        again = solve(path, own)[0]
        from_optimal = [solve(path, optimal)[0] for _ in range(2)]
        total_own += (first + again) / 2
        total_optimal += sum(from_optimal) / 2
        print(
            f"{path}: own start {first:.2f} {again:.2f} s, optimal start "
            f"{from_optimal[0]:.2f} {from_optimal[1]:.2f} s, objective {objective}",
            flush=True,
        )
    print(f"mean of the two runs, summed: own start {total_own:.1f} s, optimal start {total_optimal:.1f} s")


if __name__ == "__main__":
    main()
