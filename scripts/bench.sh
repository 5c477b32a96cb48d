#!/usr/bin/env bash
# Prints the speed and quality figures of the shipped model on this machine:
#  - quality: the recipe's cross-validated figures (the shipped model is trained on every shared
#    report, so its own figures on them would say nothing; `python -m radlabel_train.cv` makes
#    them), with the targets; the behavioural suite (tests/behaviour/cases.jsonl) through
#    `radlabel label` + `radlabel eval`
#  - speed on all 2,926 Open-i reports (enough that start-up cost does not dominate):
#    `radlabel label` end to end vs the same ONNX model driven from Python, one paired run
#  - the model-only ceiling (pre-tokenized, length-sorted token-budget batches through ORT)
#  - peak memory (max RSS) of each
# Needs ../shared (the data is read there and never copied into the repository).
#   bash scripts/bench.sh [THREADS]
set -euo pipefail
cd "$(dirname "$0")/.."
THREADS="${1:-2}"
SHARED="${RADLABEL_SHARED:-../shared}"
MODEL="${RADLABEL_MODEL:-models/default}"
OUT=bench-out
mkdir -p "$OUT"
bash scripts/setup.sh >/dev/null
py="$(bash scripts/python-env.sh .venv-test training/requirements-test.txt)"
bin=target/release/radlabel

# The reports' text columns, written outside the repository's tracked files (bench-out/ is ignored).
"$py" - "$SHARED" "$OUT" <<'PY'
import csv, sys
shared, out = sys.argv[1], sys.argv[2]
rows = list(csv.DictReader(open(f'{shared}/data/openi/reports.csv', newline='')))
with open(f'{out}/all.csv', 'w', newline='') as f:
    w = csv.DictWriter(f, fieldnames=['uid', 'findings', 'impression'], extrasaction='ignore')
    w.writeheader(); w.writerows(rows)
PY
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); threads=$THREADS; speed on all Open-i reports"
echo "== quality of the recipe, cross-validated (from $MODEL/config.json; targets from issue 8)"
"$py" - "$MODEL/config.json" <<'PY'
import json, sys
cfg = json.load(open(sys.argv[1]))
cv = cfg.get('cv_metrics')
print(f"reading: {cfg.get('reading', 'report')} (config.json; the figures below were measured reading {(cv or {}).get('reading', 'report')})")
if not cv:
    print('no cv_metrics in the model config (train with --cv, or export --card-only --cv SUMMARY)')
    sys.exit(0)
f = lambda k: cv[k]
pos, teach, four = f('strict_positive_macro_f1'), f('teacher_strict_positive_macro_f1'), f('four_class_macro_f1')
gaps = [p - t for p, t in zip(pos['per_fold'], teach['per_fold'])]
print(f"folds: {cv['folds']}")
print(f"strict positive macro-F1 vs MeSH: mean {pos['mean']:.4f} sd {pos['sd']:.4f} per fold {[round(v, 4) for v in pos['per_fold']]}")
print(f"teacher labels, same folds:       mean {teach['mean']:.4f} per fold {[round(v, 4) for v in teach['per_fold']]}")
print(f"  target: mean >= teacher's ({'met' if pos['mean'] >= teach['mean'] else 'NOT met'}), no fold more than 0.03 below it "
      f"(worst {min(gaps):+.4f}: {'met' if min(gaps) >= -0.03 else 'NOT met'})")
print(f"4-class macro-F1 vs teacher:      mean {four['mean']:.4f} sd {four['sd']:.4f}  target >= 0.90 ({'met' if four['mean'] >= 0.90 else 'NOT met'})")
if 'sentence_four_class_macro_f1' in cv:
    s = cv['sentence_four_class_macro_f1']
    print(f"4-class on held-out sentences:    mean {s['mean']:.4f} sd {s['sd']:.4f}")
r = cv.get('routing')
if r:
    print(f"routing at default settings (held-out predictions): {r['routed_share']:.1%} of reports routed; "
          f"{r['teacher_uncertain_routed_share']:.1%} of the {r['teacher_uncertain_reports']} reports the teacher marks uncertain")
PY
echo "== behavioural suite (targets: affirmed >= 0.95, negated >= 0.90, hedged >= 0.80, exclusions >= 0.90 probe right)"
"$bin" label tests/behaviour/cases.jsonl --model "$MODEL" --threads "$THREADS" -q -o "$OUT/behaviour.jsonl"
"$bin" eval "$OUT/behaviour.jsonl" tests/behaviour/cases.jsonl | tail -n +2
# Both variants: the shipped model carries a static int8 variant (its default, quantize.py); a
# model directory without one gets dynamic int8 quantized here into bench-out/, for its figures.
runs="fp32:$MODEL"
if "$py" -c "import json,sys;sys.exit('int8' not in json.load(open('$MODEL/config.json'))['variants'])"; then
  runs="$runs int8:$MODEL"
else
  PYTHONPATH=training "$py" - "$MODEL" "$OUT/model-int8" <<'PY'
import json, shutil, sys
from pathlib import Path
from radlabel_train.contract import sha256_file
src, dst = Path(sys.argv[1]), Path(sys.argv[2])
dst.mkdir(parents=True, exist_ok=True)
if not (dst / 'model.int8.onnx').exists():
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic
    keep = [n.name for n in onnx.load(str(src / 'model.onnx')).graph.node if 'heads' in n.name]
    quantize_dynamic(str(src / 'model.onnx'), str(dst / 'model.int8.onnx'), weight_type=QuantType.QInt8,
                     op_types_to_quantize=['MatMul', 'Gather'], nodes_to_exclude=keep)
shutil.copy(src / 'tokenizer.json', dst / 'tokenizer.json')
cfg = json.loads((src / 'config.json').read_text())
cfg['variants'] = {'int8': {'file': 'model.int8.onnx', 'sha256': sha256_file(dst / 'model.int8.onnx')}}
cfg['default_variant'] = 'int8'
(dst / 'config.json').write_text(json.dumps(cfg, indent=2))
PY
  runs="$runs int8:$OUT/model-int8"
  echo "(no int8 variant in $MODEL: dynamic int8 quantized here for its figures)"
fi
for run in $runs; do
  v="${run%%:*}" MODEL="${run#*:}"
  echo "== variant $v"
  # Speed: all reports; rows without text fail (exit 3) and are not counted.
  /usr/bin/time -f '%e %M' -o "$OUT/time_$v" "$bin" label "$OUT/all.csv" --model "$MODEL" --variant "$v" --threads "$THREADS" -q -o "$OUT/all_$v.jsonl" 2>/dev/null || true
  read -r rs_s rs_kb < "$OUT/time_$v"
  /usr/bin/time -f '%e %M' -o "$OUT/ptime_$v" "$py" scripts/bench_python.py "$MODEL" "$v" "$OUT/all.csv" "$THREADS" > "$OUT/py_$v.json"
  read -r _ py_kb < "$OUT/ptime_$v"
  n=$(wc -l < "$OUT/all_$v.jsonl")
  "$bin" bench "$OUT/all.csv" --model "$MODEL" --variant "$v" --threads "$THREADS" --rounds 1 > "$OUT/bench_$v.json"
  "$py" - "$n" "$rs_s" "$rs_kb" "$py_kb" "$OUT/py_$v.json" "$OUT/bench_$v.json" <<'PY'
import json, sys
n, rs_s, rs_kb, py_kb = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
py, b = json.load(open(sys.argv[5])), json.load(open(sys.argv[6]))
rust = n / rs_s
print(f"radlabel label (process, incl. model load): {rust:7.1f} reports/s   peak RSS {rs_kb/1024:6.0f} MB")
print(f"python tokenizers+onnxruntime (batches 32): {py['reports_per_s']:7.1f} reports/s   peak RSS {py_kb/1024:6.0f} MB")
print(f"  -> radlabel / python: {rust / py['reports_per_s']:.2f}x   (targets: >= 2x, >= 100 reports/s for the default)")
print(f"in-process pipeline (tokenize+batch+infer): {b['end_to_end_reports_per_s']:7.1f} reports/s")
print(f"model-only ceiling (pre-tokenized batches): {b['model_only_reports_per_s']:7.1f} reports/s")
print(f"  -> pipeline / ceiling: {b['end_to_end_vs_ceiling']:.3f}")
PY
done

echo "== redaction (scripts/bench_redact.sh)"
bash scripts/bench_redact.sh 1
