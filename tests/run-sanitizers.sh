#!/usr/bin/env bash
# The whole Catch2 suite built with AddressSanitizer and UndefinedBehaviorSanitizer; then
# with ThreadSanitizer, the tests that read pages on several threads.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build/sanitize"
utf8proc=$(compgen -G "$root/build/cache/utf8proc/utf8proc-*/utf8proc.c" | head -1 | xargs dirname)
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGALLEY_SANITIZE=ON -DGALLEY_UTF8PROC_DIR="$utf8proc" \
  -DGALLEY_SHARED_DIR="${GALLEY_SHARED_DIR:-$root/../shared}" > /dev/null
cmake --build "$build" -j "${GALLEY_JOBS:-2}" > /dev/null
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir "$build" -j "${GALLEY_JOBS:-2}" --output-on-failure

tsan="$root/build/sanitize-threads"
cmake -S "$root" -B "$tsan" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGALLEY_SANITIZE_THREADS=ON -DGALLEY_UTF8PROC_DIR="$utf8proc" \
  -DGALLEY_SHARED_DIR="${GALLEY_SHARED_DIR:-$root/../shared}" > /dev/null
cmake --build "$tsan" -j "${GALLEY_JOBS:-2}" --target galley_tests galley_cli > /dev/null
TSAN_OPTIONS=halt_on_error=1 "$tsan/tests/galley_tests" "[pages],[cli]"
