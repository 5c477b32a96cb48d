#!/usr/bin/env bash
# Prints the speed and quality figures of the shipped model on this machine:
#  - quality on the fixed dev split (real Open-i reports never trained on) through `radlabel label`
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

# The dev split, written outside the repository's tracked files (bench-out/ is ignored).
PYTHONPATH=training "$py" - "$SHARED" "$OUT" <<'PY'
import csv, sys
from radlabel_train.data import is_dev
shared, out = sys.argv[1], sys.argv[2]
everything = list(csv.DictReader(open(f'{shared}/data/openi/reports.csv', newline='')))
rows = [r for r in everything if is_dev(r['uid'])]
for name, subset in (('dev', rows), ('all', everything)):
    with open(f'{out}/{name}.csv', 'w', newline='') as f:
        w = csv.DictWriter(f, fieldnames=['uid', 'findings', 'impression'], extrasaction='ignore')
        w.writeheader(); w.writerows(subset)
open(f'{out}/dev_uids.txt', 'w').write('\n'.join(r['uid'] for r in rows) + '\n')
PY
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); threads=$THREADS; dev reports: $(($(wc -l < "$OUT/dev_uids.txt"))); speed on all Open-i reports"
# int8 figures even when the shipped model has no int8 variant (it did not pass the quality
# bar): quantize the fp32 graph here, the same way the exporter does, into bench-out/.
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
  echo "(int8 is not shipped: quantized here for its figures)"
fi
for run in $runs; do
  v="${run%%:*}" MODEL="${run#*:}"
  echo "== variant $v"
  "$bin" label "$OUT/dev.csv" --model "$MODEL" --variant "$v" --threads "$THREADS" -q -o "$OUT/pred_$v.jsonl" 2>/dev/null || true
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
print(f"  -> radlabel / python: {rust / py['reports_per_s']:.2f}x")
print(f"in-process pipeline (tokenize+batch+infer): {b['end_to_end_reports_per_s']:7.1f} reports/s")
print(f"model-only ceiling (pre-tokenized batches): {b['model_only_reports_per_s']:7.1f} reports/s")
print(f"  -> pipeline / ceiling: {b['end_to_end_vs_ceiling']:.3f}")
PY
  echo "-- quality (dev split)"
  "$bin" eval "$OUT/pred_$v.jsonl" "$SHARED/data/openi/teacher_labels.tsv" "$SHARED/data/openi/reports.csv" --uids "$OUT/dev_uids.txt" \
    | grep -E "macro-F1|^== " || true
  awk -F'\t' 'NR==FNR{u[$1]=1;next} ($1 in u)' "$OUT/dev_uids.txt" "$SHARED/data/openi/teacher_labels.tsv" > "$OUT/teacher_dev.tsv"
  echo "-- teacher labels on the same reports vs MeSH (shared scorer):"
  "$py" "$SHARED/tools/score.py" "$SHARED/data/openi/reports.csv" "$OUT/teacher_dev.tsv" "$OUT/dev_uids.txt" | grep macro_f1_strict
  echo "-- student vs MeSH (shared scorer):"
  "$py" "$SHARED/tools/score.py" "$SHARED/data/openi/reports.csv" "$OUT/pred_$v.jsonl" "$OUT/dev_uids.txt" | grep macro_f1_strict
done
