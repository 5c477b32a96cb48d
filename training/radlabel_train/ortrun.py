"""The exported graph through onnxruntime as the Rust runtime drives it, without torch: the
parity check of the exporter and the int8 variant's fidelity check both read through it."""
from __future__ import annotations

from pathlib import Path

import numpy as np

from .labels import CLASSES, KEYS

# Probe texts for the export parity check (self-written, not from any data set).
PARITY_TEXTS = ['FINDINGS: The heart is normal in size. No pneumothorax. IMPRESSION: No acute disease.',
                'Possible small left pleural effusion.',
                'FINDINGS: Right internal jugular catheter tip in the SVC. Bibasilar atelectasis.']


def ort_probs(onnx_path: Path, tokenizer_json: Path, texts, max_length, inputs, threads=2, batch_tokens=8192,
              max_batch=10**9, chunk=None):
    """Probabilities [n, 14, 4] through onnxruntime, truncating at max_length, in length-sorted
    token-budget batches (within chunks of `chunk` reports in input order, as the runtime does)."""
    import onnxruntime as ort
    from tokenizers import Tokenizer
    so = ort.SessionOptions()
    so.intra_op_num_threads = threads
    sess = ort.InferenceSession(str(onnx_path), so, providers=['CPUExecutionProvider'])
    tok = Tokenizer.from_file(str(tokenizer_json))
    tok.no_padding()
    tok.enable_truncation(max_length)
    enc = [e.ids for e in tok.encode_batch(list(texts))]
    chunk = chunk or max(len(enc), 1)
    order = [i for c in range(0, len(enc), chunk) for i in sorted(range(c, min(c + chunk, len(enc))), key=lambda i: len(enc[i]))]
    out = np.zeros((len(enc), len(KEYS), len(CLASSES)), dtype=np.float32)
    i = 0
    while i < len(order):
        j = i + 1
        while (j < len(order) and j // chunk == i // chunk and j - i < max_batch
               and len(enc[order[j]]) * (j - i + 1) <= batch_tokens):
            j += 1
        idx = order[i:j]
        L = len(enc[idx[-1]])
        ids = np.zeros((len(idx), L), dtype=np.int64)
        mask = np.zeros((len(idx), L), dtype=np.int64)
        for r, k in enumerate(idx):
            ids[r, :len(enc[k])] = enc[k]
            mask[r, :len(enc[k])] = 1
        feed = {'input_ids': ids, 'attention_mask': mask, 'token_type_ids': np.zeros_like(ids)}
        out[idx] = sess.run(['probabilities'], {n: feed[n] for n in inputs})[0]
        i = j
    return out
