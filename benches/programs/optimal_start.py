"""What a plan found at once would save: each program from its own start plan and from
its optimal plan, twice each.

    python3 benches/programs/optimal_start.py PROGRAM.mps [PROGRAM.mps ...]

The optimal plan is the one HiGHS ends with from the program's own start (PROGRAM.start,
written beside it by STAGEPLAN_WRITE_MPS; without it, from no start).
"""

import sys
import time

from common import highs, start_of, with_start


def solve(path, start):
    h = highs(path)
    with_start(h, start)
    began = time.time()
    h.run()
    seconds = time.time() - began
    return seconds, h.getInfo().objective_function_value, list(h.getSolution().col_value)


def main():
    total_own = total_optimal = 0.0
    for path in sys.argv[1:]:
        own = start_of(path)
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
