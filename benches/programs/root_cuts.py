"""HiGHS's root cuts put into a program: do they make the LP tight, and HiGHS faster?

    python3 benches/programs/root_cuts.py PROGRAM.mps

Solves the program once with presolve off and keeps the cut pool HiGHS hands its
callback at the end of the root (with presolve off the cuts are in the program's own
columns). Then prints the LP bound without the cuts, with all of them and with the cuts of
at most N nonzeros, and times the integer program with and without them (twice each, from
PROGRAM.start when it is there).
"""

import sys
import time

import highspy
import numpy as np

from common import highs, start_of, with_start


def root_cuts(path):
    """The last cut pool the callback sees: (start, index, value, upper) per cut."""
    h = highs(path)
    h.setOptionValue("presolve", "off")
    with_start(h, start_of(path))
    pools = []

    def keep(event):
        d = event.data_out
        if d.cutpool_num_cut:
            pools.append(
                (
                    np.array(d.cutpool_start),
                    np.array(d.cutpool_index),
                    np.array(d.cutpool_value),
                    np.array(d.cutpool_upper),
                )
            )

    h.cbMipGetCutPool.subscribe(keep)
    h.run()
    return pools[-1] if pools else None


def add_cuts(h, cuts, chosen):
    start, index, value, upper = cuts
    for i in chosen:
        a, b = start[i], start[i + 1]
        h.addRow(-highspy.kHighsInf, upper[i], b - a, index[a:b].astype(np.int32), value[a:b])


def lp_bound(path, cuts, chosen):
    h = highs(path)
    add_cuts(h, cuts, chosen)
    h.setOptionValue("solve_relaxation", True)
    h.run()
    return h.getInfo().objective_function_value


def mip_seconds(path, cuts, chosen):
    h = highs(path)
    add_cuts(h, cuts, chosen)
    with_start(h, start_of(path))
    began = time.time()
    h.run()
    return time.time() - began, h.getInfo().objective_function_value


def main():
    path = sys.argv[1]
    cuts = root_cuts(path)
    if cuts is None:
        print("HiGHS kept no cuts at the root of", path)
        return
    n = len(cuts[0]) - 1
    size = [cuts[0][i + 1] - cuts[0][i] for i in range(n)]
    print(f"{n} cuts at the end of the root")
    print(f"LP bound without them {lp_bound(path, cuts, []):.3f}")
    print(f"LP bound with all     {lp_bound(path, cuts, range(n)):.3f}")
    for most in (2, 10, 30, 100):
        chosen = [i for i in range(n) if size[i] <= most]
        bound = lp_bound(path, cuts, chosen)
        print(f"LP bound with the {len(chosen)} of at most {most} nonzeros {bound:.3f}")
    for _ in range(2):
        for label, chosen in (("without the cuts", []), ("with the cuts", range(n))):
            seconds, objective = mip_seconds(path, cuts, chosen)
            print(f"integer program {label}: {seconds:.2f} s, objective {objective}")


if __name__ == "__main__":
    main()
