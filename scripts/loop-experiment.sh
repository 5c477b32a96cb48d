#!/usr/bin/env bash
# Does uncertainty routing pick the reports worth labelling? The loop, measured as production would
# run it, fold by fold (resumable: every step's output is a file under training/runs/, and a rerun
# skips what exists). Long: ~45 min a fold on 2 cores. Not in CI.
#
#   bash scripts/loop-experiment.sh [FOLDS...]      (default: 0 1 2; after scripts/setup.sh)
#
# Per fold i of the 3-fold cross-validation over the shared reports minus the stream (a fixed third
# of the reports, `radlabel_train.loop stream`):
#   1. base: the shipped recipe trained without fold i and without the stream (cv --exclude-uids)
#   2. the stream goes through the real path with that base serving (scripts/measure_loop.py:
#      tansu -> radlabel run -> radiology.uncertain -> radlabel teacher -> replay teacher -> export)
#   3. random: as many stream reports, chosen at random, labelled the same way
#   4. three refreshes of the base (refresh.py, one more epoch at a quarter of the learning rate):
#      with the routed labels, with the random ones, and with none (the control: what the extra
#      epoch alone does); each scored on fold i like the base.
# Summary: python3 -m radlabel_train.loop summary  (training/runs/loop/summary.json)
set -euo pipefail
cd "$(dirname "$0")/.."
export PYTHONPATH=training HF_HUB_OFFLINE=1
py="$(bash scripts/python-env.sh .venv-train training/requirements.txt)"
test_py="$(bash scripts/python-env.sh .venv-test training/requirements-test.txt)"
[[ -x target/release/radlabel && -x vendor/tansu/tansu ]] || bash scripts/setup.sh
dir=training/runs/loop
mkdir -p "$dir"
[[ -s $dir/stream.txt ]] || "$py" -m radlabel_train.loop stream --out "$dir/stream.txt"
for i in "${@:-0 1 2}"; do
  for f in $i; do
    "$py" -m radlabel_train.cv --folds 3 --name loop-base --exclude-uids "$dir/stream.txt" --only "$f"
    model="$dir/base$f-model"
    [[ -s $model/config.json ]] || "$py" -m radlabel_train.export --checkpoint "training/runs/cv/loop-base/fold$f.pt" --out "$model"
    if [[ ! -s $dir/routed-f$f.jsonl ]]; then
      "$test_py" scripts/measure_loop.py --uids "$dir/stream.txt" --model "$model" --export "$dir/routed-f$f.tmp" \
        | tee "$dir/stream-f$f.json"
      mv "$dir/routed-f$f.tmp" "$dir/routed-f$f.jsonl"
    fi
    [[ -s $dir/random-f$f.jsonl ]] || "$py" -m radlabel_train.loop random --stream "$dir/stream.txt" \
      --like "$dir/routed-f$f.jsonl" --out "$dir/random-f$f.jsonl" --seed "$((7 + f))"
    cv=(--cv-run training/runs/cv/loop-base --only "$f")
    "$py" -m radlabel_train.refresh "${cv[@]}" --name loop-routed --teacher-labels "$dir/routed-f$f.jsonl"
    "$py" -m radlabel_train.refresh "${cv[@]}" --name loop-random --teacher-labels "$dir/random-f$f.jsonl"
    "$py" -m radlabel_train.refresh "${cv[@]}" --name loop-control
  done
done
"$py" -m radlabel_train.loop summary
