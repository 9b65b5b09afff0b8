"""What both scripts share: a program read into HiGHS as stageplan solves it, and its
start plan from beside it."""

import highspy


def highs(path):
    """The program at `path`, one thread, a fixed seed and a relative gap of 0."""
    h = highspy.Highs()
    h.silent()
    h.readModel(path)
    h.setOptionValue("threads", 1)
    h.setOptionValue("random_seed", 0)
    h.setOptionValue("mip_rel_gap", 0.0)
    h.setOptionValue("mip_abs_gap", 1e-7)
    return h


def start_of(path):
    """The start plan STAGEPLAN_WRITE_MPS wrote beside the program, if any."""
    try:
        with open(path[: -len(".mps")] + ".start") as f:
            return [float(line) for line in f]
    except OSError:
        return None


def with_start(h, start):
    """Gives HiGHS `start` (column values) when there is one."""
    if start is not None:
        solution = highspy.HighsSolution()
        solution.col_value = start
        solution.value_valid = True
        h.setSolution(solution)
