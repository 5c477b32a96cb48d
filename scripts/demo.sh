#!/usr/bin/env bash
# Sets up (ONNX Runtime library + release build) and labels the bundled sample reports
# (self-written, no patient data) with the default model.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
target/release/radlabel label examples/sample_reports.csv -o examples/sample_labels.jsonl
echo "== first record (examples/sample_labels.jsonl):"
head -n 1 examples/sample_labels.jsonl
