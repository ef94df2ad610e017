#!/usr/bin/env bash
# Time and peak memory of claimkit at 1x, 10x and 100x the primary fixture and
# at the full hostile sizes of issue 5. Needs the Rust toolchain and GNU time
# (/usr/bin/time, Debian package `time`). Prints a table for BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
CLAIMKIT_BENCH_FULL=1 cargo bench --bench scale
cargo build --release --quiet
echo
printf '%-22s %10s %10s %12s %10s %12s\n' input MB extract_s extract_MiB check_s check_MiB
measure=$(mktemp)
for input in target/bench-inputs/*.txt; do
  name=$(basename "$input" .txt)
  mb=$(awk -v b="$(stat -c %s "$input")" 'BEGIN { printf "%.2f", b / 1e6 }')
  /usr/bin/time -o "$measure" -f '%e %M' ./target/release/claimkit extract "$input" > /dev/null
  read -r es ek < "$measure"
  /usr/bin/time -o "$measure" -f '%e %M' ./target/release/claimkit check --format concise --fail-on never "$input" > /dev/null 2>&1
  read -r cs ck < "$measure"
  printf '%-22s %10s %10s %12d %10s %12d\n' "$name" "$mb" "$es" $((ek / 1024)) "$cs" $((ck / 1024))
done
rm -f "$measure"
