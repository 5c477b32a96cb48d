"""The Python baseline for `radlabel label`: the same ONNX model driven the usual way from
Python (Hugging Face tokenizers + onnxruntime), batches of 32 in input order, padded to the
longest, same thread count. Prints one JSON line.

    python scripts/bench_python.py MODEL_DIR VARIANT INPUT_CSV THREADS"""
import csv
import json
import resource
import sys
import time

import numpy as np
import onnxruntime as ort
from tokenizers import Tokenizer


def text(row):
    f, i = (row.get('findings') or '').strip(), (row.get('impression') or '').strip()
    return ' '.join(p for p in (f'FINDINGS: {f}' if f else '', f'IMPRESSION: {i}' if i else '') if p)


def main():
    model_dir, variant, path, threads = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    cfg = json.load(open(f'{model_dir}/config.json'))
    texts = [t for t in (text(r) for r in csv.DictReader(open(path, newline=''))) if t]
    so = ort.SessionOptions()
    so.intra_op_num_threads = threads
    so.inter_op_num_threads = 1
    sess = ort.InferenceSession(f'{model_dir}/{cfg["variants"][variant]["file"]}', so, providers=['CPUExecutionProvider'])
    tok = Tokenizer.from_file(f'{model_dir}/tokenizer.json')
    tok.enable_truncation(cfg['max_length'])
    tok.enable_padding(pad_id=cfg.get('pad_id', 0))
    start = time.perf_counter()
    n = 0
    for b in range(0, len(texts), 32):
        enc = tok.encode_batch(texts[b:b + 32])
        ids = np.array([e.ids for e in enc], dtype=np.int64)
        feed = {'input_ids': ids, 'attention_mask': np.array([e.attention_mask for e in enc], dtype=np.int64),
                'token_type_ids': np.zeros_like(ids)}
        probs = sess.run([cfg['output']], {k: feed[k] for k in cfg['inputs']})[0]
        n += probs.shape[0]
    seconds = time.perf_counter() - start
    print(json.dumps({'reports': n, 'seconds': round(seconds, 3), 'reports_per_s': round(n / seconds, 2),
                      'peak_rss_mb': round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}))


if __name__ == '__main__':
    main()
