#!/usr/bin/env bash
# Sets up and runs the solve benchmark (minutes, not part of the tests).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo bench --bench solve -- "$@"
