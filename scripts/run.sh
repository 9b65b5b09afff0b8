#!/usr/bin/env bash
# Sets up, builds, and runs stageplan with the given arguments.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo build --release --quiet
exec ./target/release/stageplan "$@"
