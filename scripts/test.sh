#!/usr/bin/env bash
# Sets up and runs every test. Release mode: the tests and the binary share one HiGHS build.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo test --release "$@"
