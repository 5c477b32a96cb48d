#!/usr/bin/env bash
# Creates (once) a virtual environment from a requirements file and prints its python.
#   scripts/python-env.sh .venv-test training/requirements-test.txt
set -euo pipefail
cd "$(dirname "$0")/.."
venv="$1" req="$2"
stamp="$venv/.requirements.sha256"
want="$(sha256sum "$req" training/requirements-test.txt | sha256sum | cut -d' ' -f1)"
if [[ ! -x "$venv/bin/python" || "$(cat "$stamp" 2>/dev/null)" != "$want" ]]; then
  python3 -m venv "$venv" >&2
  "$venv/bin/python" -m pip install --quiet -r "$req" >&2
  echo "$want" > "$stamp"
fi
echo "$venv/bin/python"
