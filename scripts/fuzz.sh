#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 30: the smoke run) and prints one line
# per target: executions and crashes. Crash inputs land in fuzz/artifacts/<target>/.
#   bash scripts/fuzz.sh          smoke run, 30 s per target
#   bash scripts/fuzz.sh 600      the 10-minute run recorded in the README
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
bash scripts/setup.sh
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
cd fuzz
# cargo-fuzz needs nightly flags; this machine has one stable toolchain.
export RUSTC_BOOTSTRAP=1
cargo fuzz build -O -s none
status=0
for target in $(cargo fuzz list); do
  mkdir -p "corpus/$target"
  log="$(mktemp)"
  # A workbook is a zip of some kilobytes; the text formats stay small.
  max_len=4096
  [ "$target" = workbook ] && max_len=65536
  if cargo fuzz run -O -s none "$target" "corpus/$target" "seeds/$target" -- \
      -max_total_time="$seconds" -max_len="$max_len" -timeout=60 >"$log" 2>&1; then
    crashes=0
  else
    crashes=1
    status=1
  fi
  runs="$(grep -o 'Done [0-9]* runs' "$log" | tail -1 | grep -o '[0-9]*' || echo '?')"
  echo "$target: ${seconds} s, ${runs} executions, ${crashes} crash(es)"
  if [ "$crashes" != 0 ]; then tail -40 "$log"; fi
  rm -f "$log"
done
exit "$status"
