#!/usr/bin/env bash
# Quick start, command two: install what is missing, then build and run every test —
# plain (warnings as errors), under AddressSanitizer + UndefinedBehaviorSanitizer, and
# the libFuzzer targets for a bounded time.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
cd "$root"
export QT_QPA_PLATFORM=offscreen
fuzz_seconds="${CARDBRIDGE_FUZZ_SECONDS:-60}"

"$here/setup.sh" ci
"$here/check-format.sh"
echo "== Tests: plain build"
ctest --preset ci --parallel 2

"$here/setup.sh" asan
echo "== Tests: AddressSanitizer + UndefinedBehaviorSanitizer"
ctest --preset asan --parallel 2

"$here/setup.sh" fuzz
echo "== Fuzzing, ${fuzz_seconds}s per target (ASan + UBSan)"
"$here/run-fuzzers.sh" "$root/build/fuzz" "$fuzz_seconds"
echo "== All tests passed"
