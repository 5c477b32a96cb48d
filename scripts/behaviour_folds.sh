#!/usr/bin/env bash
# The behavioural suite on each fold model of a cross-validation run: each fold's weights are
# exported to a model directory under bench-out/ and labelled through the runtime, so the
# suite judges models that never saw that fold's reports (nor, like the shipped one, the suite).
#   bash scripts/behaviour_folds.sh [CV_NAME] [report|sentences]   (needs .venv-train; see training/README.md)
set -euo pipefail
cd "$(dirname "$0")/.."
NAME="${1:-main}"
READING="${2:-report}"
bin=target/release/radlabel
for ckpt in training/runs/cv/"$NAME"/fold*.pt; do
  fold="$(basename "$ckpt" .pt)"
  out="bench-out/cv-$NAME-$fold"
  [[ -f "$out/model.onnx" ]] || PYTHONPATH=training HF_HUB_OFFLINE=1 .venv-train/bin/python -m radlabel_train.export --checkpoint "$ckpt" --out "$out" >/dev/null 2>&1
  "$bin" label tests/behaviour/cases.jsonl --model "$out" --reading "$READING" -q -o "$out/behaviour.jsonl"
  echo "== $NAME $fold (reading $READING)"
  "$bin" eval "$out/behaviour.jsonl" tests/behaviour/cases.jsonl | sed -n '3,8p'
done
