#!/usr/bin/env bash
# Runs every libFuzzer target in a fuzz build for a bounded time, from its seed corpus.
# A crash fails the run; the reproducer is left in build/fuzz/crashes/ — turn it into a
# regression test under tests/core/.
set -euo pipefail
build="$1"
seconds="${2:-60}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rm -rf "$build/crashes"
mkdir -p "$build/crashes"
shopt -s nullglob
targets=("$build"/tests/fuzz/*_fuzzer)
if ((${#targets[@]} == 0)); then
  echo "no fuzz targets were built in $build" >&2
  exit 1
fi
for target in "${targets[@]}"; do
  name="$(basename "$target")"
  corpus="$build/corpus/$name"
  mkdir -p "$corpus"
  # Seeds live in tests/fuzz/corpus/<name> or tests/fuzz/corpus/<name without _fuzzer>.
  seeds=()
  for dir in "$root/tests/fuzz/corpus/$name" "$root/tests/fuzz/corpus/${name%_fuzzer}"; do
    if [[ -d "$dir" ]]; then seeds+=("$dir"); fi
  done
  # Workbook seeds (.xlsx, a zip) are larger than the 4 KiB that suits the other targets.
  max_len=4096
  if [[ "$name" == import_fuzzer ]]; then max_len=16384; fi
  echo "-- $name for ${seconds}s"
  # -timeout: an input that runs over 25 s is a hang, reported as a failure at once rather
  # than after libFuzzer's default of 20 minutes.
  ASAN_OPTIONS=detect_leaks=0 "$target" -max_total_time="$seconds" -max_len="$max_len" -timeout=25 \
    -artifact_prefix="$build/crashes/$name-" -print_final_stats=1 \
    "$corpus" "${seeds[@]}" 2>&1 | grep -E "^(stat::number_of_executed_units|stat::peak_rss|==.*ERROR|SUMMARY|#[0-9]+ +DONE)" || true
  if compgen -G "$build/crashes/$name-*" >/dev/null; then
    echo "$name found a crash: $(ls "$build/crashes/$name-"*)" >&2
    exit 1
  fi
done
