#!/usr/bin/env bash
# Sets up and runs a benchmark (minutes, not part of the tests):
#   bash scripts/bench.sh            stageplan against the plain HiGHS model (target/bench/solve.md)
#   bash scripts/bench.sh hos        only the instances whose name contains "hos"
#   bash scripts/bench.sh sweep      what-if sweeps on 1 and 2 threads (target/bench/sweep.md)
#   bash scripts/bench.sh read       reading a 20,000-student instance (target/bench/read.md)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ "${1:-}" = "sweep" ] || [ "${1:-}" = "read" ]; then
  cargo bench --bench "$1"
else
  cargo bench --bench solve -- "$@"
fi
