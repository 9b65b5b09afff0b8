#!/usr/bin/env bash
# Sets up and runs a benchmark (minutes, not part of the tests):
#   bash scripts/bench.sh            stageplan against the plain HiGHS model (target/bench/solve.md)
#   bash scripts/bench.sh hos        only the instances whose name contains "hos"
#   bash scripts/bench.sh sweep      what-if sweeps on 1 and 2 threads (target/bench/sweep.md)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ "${1:-}" = "sweep" ]; then
  cargo bench --bench sweep
else
  cargo bench --bench solve -- "$@"
fi
