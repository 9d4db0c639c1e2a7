#!/usr/bin/env bash
# Builds the libFuzzer targets with clang-14 (ASan + UBSan) and runs each for N seconds
# (default 60) on a seed corpus made from the dev pages at run time, one core at a time.
#   fuzz/run.sh [SECONDS]          short runs, as ./dev test does
#   fuzz/run.sh 3600               a long run; findings land in build/fuzz/findings
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
build="$root/build/fuzz"
shared="${GALLEY_SHARED_DIR:-$root/../shared}"
utf8proc=$(compgen -G "$root/build/cache/utf8proc/utf8proc-*/utf8proc.c" | head -1 | xargs dirname)
CC=clang-14 CXX=clang++-14 cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGALLEY_FUZZERS=ON \
  -DGALLEY_TESTING=OFF -DGALLEY_CLI=OFF -DGALLEY_UTF8PROC_DIR="$utf8proc" > /dev/null
cmake --build "$build" -j "${GALLEY_JOBS:-2}" --target reflow_fuzzer options_fuzzer > /dev/null

seeds="$build/seeds"
mkdir -p "$seeds" "$build/findings"
# Seeds: the dev pages whole and in slices, so mutations start from real layouts.
if [ -d "$shared/corpus/dev" ]; then
  for page in "$shared"/corpus/dev/*.raw.txt; do
    cp "$page" "$seeds/"
    split -b 1024 "$page" "$seeds/$(basename "$page" .raw.txt)-part-"
  done
fi
printf '标题\n\n正文第一行，\n第二行。\n' > "$seeds/tiny.txt"

total=0
for target in reflow_fuzzer options_fuzzer; do
  corpus="$build/corpus-$target"
  mkdir -p "$corpus"
  log="$build/$target.log"
  if ! "$build/fuzz/$target" "$corpus" "$seeds" -dict="$root/fuzz/galley.dict" -max_total_time="$seconds" \
       -max_len="${GALLEY_FUZZ_MAX_LEN:-4096}" -timeout=10 -rss_limit_mb=4096 -artifact_prefix="$build/findings/" -print_final_stats=1 > "$log" 2>&1; then
    tail -30 "$log"
    echo "fuzz: $target found a failure (see $build/findings)"
    echo "0 passed, 1 failed"
    exit 1
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  echo "fuzz: $target ran $runs inputs in ${seconds}s, no finding"
  total=$((total + runs))
done
echo "fuzz: $total executions in total"
echo "2 passed, 0 failed"
