#!/usr/bin/env bash
# Runs every test on a fresh machine: installs what they need (ONNX Runtime library, the
# Python test environment), then the Python contract tests and the Rust unit + integration
# tests. Training itself (torch) is not part of it: see training/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# tests/secrets.rs encrypts a test key with the openssl command (Debian package openssl).
if ! command -v openssl >/dev/null; then
  echo "test: installing openssl (Debian) for the secret-leak test"
  apt-get update -qq && apt-get install -y -qq openssl
fi
py="$(bash scripts/python-env.sh .venv-test training/requirements-test.txt)"
echo "== Python tests (training data, labels, export contract; public HL7 messages through hl7 convert; deploy/ validated offline; Avro topics with Confluent's client; the PHI redactor gate)"
"$py" -m pytest -q training/tests tests/hl7_corpus tests/deploy tests/registry tests/redact
echo "== Rust tests"
cargo test --release --locked
