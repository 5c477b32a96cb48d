#!/usr/bin/env bash
# Regenerates the golden outputs of the bundled model on the self-written sample reports.
# Run it after replacing models/default, review the diff, commit it with the model.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
target/release/radlabel label examples/sample_reports.csv -q --threads 1 -o tests/golden/sample_reports.jsonl
target/release/radlabel label examples/sample_reports.jsonl -q --threads 1 -o tests/golden/sample_reports_jsonl.jsonl
echo "wrote tests/golden/*.jsonl for $(python3 -c "import json;c=json.load(open('models/default/config.json'));print(c['name'], c['version'], c['default_variant'])")"
