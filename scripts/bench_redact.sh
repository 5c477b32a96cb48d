#!/usr/bin/env bash
# Prints the redactor's speed and peak memory on the 3,426 shared de-identified reports (Open-i
# and synthetic, the same records as the test command's shared-report check), RUNS times.
# Why a separate benchmark: the rules run as one RegexSet whose lazy DFA has a fixed cache
# (src/redact/patterns/mod.rs); when new rules outgrow it, regex falls back to a slower engine
# with the same spans, so every test stays green while redaction gets ten times slower (session
# thirty-seven: 45 s instead of 3.6 s). Run this after any rule change; a figure far under the
# target is that fallback. Also prints the output's md5, which a rule change that only means to
# touch other text must leave alone.
# Needs ../shared (read there, written only under bench-out/, which git ignores).
#   bash scripts/bench_redact.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-3}"
SHARED="${RADLABEL_SHARED:-../shared}"
OUT=bench-out
mkdir -p "$OUT"
bin=target/release/radlabel
# Always through setup: after a rule change the binary must be rebuilt, or this times the old one.
bash scripts/setup.sh >/dev/null
python3 - "$SHARED/data" "$OUT/redact_in.jsonl" <<'PY'
import json, sys
sys.path.insert(0, 'tests/redact')
from score import shared_records
with open(sys.argv[2], 'w') as o:
    o.writelines(json.dumps(r) + "\n" for r in shared_records(sys.argv[1]))
PY
n=$(wc -l < "$OUT/redact_in.jsonl")
head -n 1 "$OUT/redact_in.jsonl" > "$OUT/redact_one.jsonl"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); radlabel redact on $n shared reports"
echo "(one process per run; start-up, mostly compiling the rules, is timed on one report and taken off)"
for i in $(seq 1 "$RUNS"); do
  /usr/bin/time -f '%e %M' -o "$OUT/redact_time1" "$bin" redact "$OUT/redact_one.jsonl" > /dev/null 2>&1
  /usr/bin/time -f '%e %M' -o "$OUT/redact_time" "$bin" redact "$OUT/redact_in.jsonl" > "$OUT/redact_out.jsonl" 2>/dev/null
  read -r s1 _ < "$OUT/redact_time1"
  read -r s kb < "$OUT/redact_time"
  awk -v n="$n" -v s="$s" -v s1="$s1" -v kb="$kb" -v i="$i" 'BEGIN {
    rate = (s > s1) ? (n - 1) / (s - s1) : 0
    printf "run %d: %.2f s in all, start-up %.2f s, %.0f reports/s after it, peak RSS %.0f MB  (target >= 1,000 reports/s: %s)\n",
      i, s, s1, rate, kb / 1024, (rate >= 1000 ? "met" : "NOT met")
  }'
done
echo "output md5 $(md5sum < "$OUT/redact_out.jsonl" | cut -d' ' -f1)"
