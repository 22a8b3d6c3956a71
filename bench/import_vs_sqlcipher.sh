#!/usr/bin/env bash
# Issue 4's import figures: import_bench (ours in-process vs the sqlcipher shell's .import, with
# phases and peak RSS), then the same CSV through `cardbridge-cli import` under /usr/bin/time -v
# (end to end as a clerk's script runs it, with its own key derivation and JSON output).
#   bench/import_vs_sqlcipher.sh BUILD_DIR [reps=3] [rows=500000]
set -euo pipefail
build="$1"
reps="${2:-3}"
rows="${3:-500000}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${CARDBRIDGE_BENCH_DIR:-/tmp/cardbridge-bench}/import"
mkdir -p "$dir"

"$build/bench/import_bench" "$reps" "$rows"

csv="$dir/consent-$rows.csv"
store="$dir/cli.store"
pass="$dir/passphrase.txt"
printf 'benchmark passphrase\n' >"$pass"
chmod 600 "$pass"
rm -f "$store" "$store.keys" "$store-wal" "$store-shm"
cli=("$build/app/cardbridge-cli" --store "$store" --passphrase-file "$pass")
"${cli[@]}" init >/dev/null
"${cli[@]}" agreement apply "$root/docs/examples/agreement.json" >/dev/null
echo
echo "cardbridge-cli import (end to end, one run):"
# Exit 1 (some rows rejected) is a result, not a failure of the script; only counts are shown.
/usr/bin/time -v "${cli[@]}" import --json "$csv" 2>"$dir/time.txt" \
  | python3 -c 'import json,sys; d=json.load(sys.stdin); print("  " + ", ".join(f"{k} {d[k]}" for k in ("rows","accepted","rejected","created","committed")))' || true
grep -E "Elapsed \(wall clock\)|Maximum resident set size" "$dir/time.txt" | sed 's/^\s*/  /'
rm -f "$store" "$store.keys" "$store-wal" "$store-shm"
