#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 30: the smoke run) and prints one line
# per target: executions, peak memory and crashes (the whole log: fuzz/logs/<target>.log).
# Crash inputs land in fuzz/artifacts/<target>/.
# Memory counts: a run that holds more than 1 GB, or asks for more than 1 GB at once,
# is a crash (-rss_limit_mb, -malloc_limit_mb). The workbook target is seeded with the
# hostile workbooks of tests/hostile_workbooks.rs, written here (not kept in git).
#   bash scripts/fuzz.sh                 smoke run, 30 s per target
#   bash scripts/fuzz.sh 1800            the 30-minute run recorded in the README
#   bash scripts/fuzz.sh 1800 workbook   one target
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
only="${2:-}"
bash scripts/setup.sh
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
STAGEPLAN_FUZZ_SEEDS="$PWD/fuzz/seeds/workbook" \
  cargo test --release --test hostile_workbooks write_fuzz_seeds -- --ignored --quiet >/dev/null
cd fuzz
# cargo-fuzz needs nightly flags; this machine has one stable toolchain.
export RUSTC_BOOTSTRAP=1
cargo fuzz build -O -s none
status=0
for target in $(cargo fuzz list); do
  if [ -n "$only" ] && [ "$target" != "$only" ]; then continue; fi
  mkdir -p "corpus/$target" logs
  log="logs/$target.log"
  # A workbook is a zip of some kilobytes; the text formats stay small.
  max_len=4096
  [ "$target" = workbook ] && max_len=65536
  if cargo fuzz run -O -s none "$target" "corpus/$target" "seeds/$target" -- \
      -max_total_time="$seconds" -max_len="$max_len" -timeout=60 \
      -rss_limit_mb=1024 -malloc_limit_mb=1024 >"$log" 2>&1; then
    crashes=0
  else
    crashes=1
    status=1
  fi
  runs="$(grep -o 'Done [0-9]* runs' "$log" | tail -1 | grep -o '[0-9]*' || echo '?')"
  rss="$(grep -o 'rss: [0-9]*Mb' "$log" | tail -1 | grep -o '[0-9]*' || echo '?')"
  echo "$target: ${seconds} s, ${runs} executions, peak rss ${rss} MB, ${crashes} crash(es)"
  if [ "$crashes" != 0 ]; then tail -40 "$log"; fi
done
exit "$status"
