#!/usr/bin/env bash
# Sets up and runs a benchmark (minutes, not part of the tests):
#   bash scripts/bench.sh [INSTANCES] [SECONDS] [ablation]
#                                    `stageplan bench`: stageplan, greedy, the LP bound and the
#                                    two Python peers on hos, 1000-tight, 3000, 3000-duos,
#                                    20000-coords (or the comma-separated INSTANCES), SECONDS per
#                                    tool (default 300); with `ablation` also stageplan with each
#                                    technique switched off in turn; writes target/bench/bench.md
#                                    and bench.csv
#   bash scripts/bench.sh solve [F]  stageplan against a plain HiGHS model built in Rust, on the
#                                    instances whose name contains F (target/bench/solve.md)
#   bash scripts/bench.sh sweep      what-if sweeps on 1 and 2 threads (target/bench/sweep.md)
#   bash scripts/bench.sh read       reading a 20,000-student instance (target/bench/read.md)
#   bash scripts/bench.sh travel     travel times from the synthetic GTFS feed, HOS size and
#                                    20,000 students x 400 schools (target/bench/travel.md)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
case "${1:-}" in
  sweep|read|travel) cargo bench --bench "$1" ;;
  solve) shift; cargo bench --bench solve -- "$@" ;;
  *)
    # The peers: highspy and ortools from PyPI, each only when missing.
    for module in highspy ortools; do
      python3 -c "import $module" 2>/dev/null || python3 -m pip install -q "$module"
    done
    cargo build --release
    ablation=()
    [ "${3:-}" = ablation ] && ablation=(--ablation)
    ./target/release/stageplan bench --only "${1:-hos,1000-tight,3000,3000-duos,20000-coords}" \
      --time-limit "${2:-300}" "${ablation[@]}"
    ;;
esac
