#!/usr/bin/env bash
# The main job on embedded defaults, on a fresh machine: sets up (ONNX Runtime library, the
# tansu test broker, release build), starts a local broker, `radlabel run` and the HL7 gateway
# `radlabel mllp`, publishes the bundled sample reports (self-written, no patient data) as
# report events, sends the bundled HL7 messages over MLLP, and prints the findings as they
# arrive. Everything it started is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
PORT="${RADLABEL_DEMO_PORT:-19092}"
BROKERS="127.0.0.1:$PORT"
mkdir -p demo-out
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

vendor/tansu/tansu broker --listener-url "tcp://$BROKERS" --advertised-listener-url "tcp://$BROKERS" \
  --storage-engine memory://tansu/ > demo-out/broker.log 2>&1 &
pids+=($!)
for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break; sleep 0.1; done
echo "== broker (tansu) on $BROKERS"

RADLABEL_LOG=info target/release/radlabel run --brokers "$BROKERS" > demo-out/connector.log 2>&1 &
connector=$!
pids+=($connector)
echo "== connector started (log: demo-out/connector.log)"

MLLP="127.0.0.1:${RADLABEL_DEMO_MLLP_PORT:-12575}"
RADLABEL_LOG=info target/release/radlabel mllp --listen "$MLLP" --brokers "$BROKERS" > demo-out/mllp.log 2>&1 &
gateway=$!
pids+=($gateway)
for _ in $(seq 100); do grep -q "MLLP gateway listening" demo-out/mllp.log && break; sleep 0.1; done
echo "== HL7 gateway on $MLLP (log: demo-out/mllp.log)"

target/release/radlabel produce examples/sample_reports.csv --brokers "$BROKERS"
echo "== HL7 messages over MLLP (control id, ACK code); the preliminary one is acknowledged, not labelled:"
target/release/radlabel hl7 send examples/sample_messages.hl7 --to "$MLLP"
# 10 CSV reports + 4 final/corrected HL7 reports (one message carries two orders).
n=$(($(wc -l < examples/sample_reports.csv) - 1 + 4))
echo "== findings (radiology.findings), positives per report:"
target/release/radlabel consume --brokers "$BROKERS" --topic radiology.findings --count "$n" --timeout-s 180 \
  | python3 scripts/show_findings.py
kill -TERM "$connector"; wait "$connector" && echo "== connector stopped cleanly (exit 0)"
kill -TERM "$gateway"; wait "$gateway" && echo "== HL7 gateway stopped cleanly (exit 0)"
echo "== uncertain cases for the teacher: $(target/release/radlabel consume --brokers "$BROKERS" --topic radiology.uncertain --count 1000 --timeout-s 3 2>/dev/null | wc -l)"
