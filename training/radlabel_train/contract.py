"""The model-directory contract, checked the same way the Rust runtime checks it at start."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from .labels import CLASSES, KEYS, NAMES

FORMAT_VERSION = 1


class ContractError(ValueError):
    pass


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, 'rb') as f:
        for chunk in iter(lambda: f.read(1 << 20), b''):
            h.update(chunk)
    return h.hexdigest()


# How the runtime may read a report (src/model/config.rs `Reading`); absent means 'report'.
READINGS = ('report', 'sentences')


def check_config(cfg: dict) -> None:
    """Raise ContractError naming the first key that is wrong."""
    if cfg.get('format_version') != FORMAT_VERSION:
        raise ContractError(f'format_version: expected {FORMAT_VERSION}')
    obs = cfg.get('observations')
    if not isinstance(obs, list) or [o.get('key') for o in obs] != KEYS or [o.get('name') for o in obs] != NAMES:
        raise ContractError('observations: must be the 14 CheXpert observations in order')
    if cfg.get('classes') != CLASSES:
        raise ContractError(f'classes: must be {CLASSES}')
    ml = cfg.get('max_length')
    if not isinstance(ml, int) or ml < 8:
        raise ContractError('max_length: must be an integer >= 8')
    ov = cfg.get('window_overlap')
    if not isinstance(ov, int) or not 0 <= ov < ml // 2:
        raise ContractError('window_overlap: must be an integer in [0, max_length/2)')
    if cfg.get('reading', 'report') not in READINGS:
        raise ContractError(f'reading: must be one of {READINGS}')
    if not set(cfg.get('inputs') or []) >= {'input_ids', 'attention_mask'}:
        raise ContractError('inputs: must include input_ids and attention_mask')
    for name, t in (cfg.get('thresholds') or {}).items():
        if name not in NAMES:
            raise ContractError(f'thresholds.{name}: unknown observation')
        for cls, v in t.items():
            if cls not in ('positive', 'uncertain') or not (isinstance(v, (int, float)) and 0 < v <= 1):
                raise ContractError(f'thresholds.{name}.{cls}: must be positive|uncertain in (0, 1]')
    for key, stems in (cfg.get('mention_gate') or {}).items():
        if key not in KEYS or key == 'NF':
            raise ContractError(f'mention_gate.{key}: unknown or ungated observation')
        if not stems or any(not isinstance(s, str) or not s.strip() or s != s.lower() for s in stems):
            raise ContractError(f'mention_gate.{key}: needs lower-case, non-empty stems')
    variants = cfg.get('variants') or {}
    if cfg.get('default_variant') not in variants:
        raise ContractError('default_variant: must name one of variants')
    for v, spec in variants.items():
        if not isinstance(spec.get('file'), str) or len(spec.get('sha256', '')) != 64:
            raise ContractError(f'variants.{v}: needs file and sha256')


def check_model_dir(d: Path, run_model: bool = True) -> dict:
    """Config valid, files present with matching sha256, and each graph answers [batch, 14, 4]."""
    cfg = json.loads((d / 'config.json').read_text())
    check_config(cfg)
    if not (d / 'tokenizer.json').exists():
        raise ContractError('tokenizer.json: missing')
    for v, spec in cfg['variants'].items():
        f = d / spec['file']
        if not f.exists():
            raise ContractError(f'variants.{v}.file: {f} missing')
        if sha256_file(f) != spec['sha256']:
            raise ContractError(f'variants.{v}.sha256: does not match {f}')
        if run_model:
            import numpy as np
            import onnxruntime as ort
            sess = ort.InferenceSession(str(f), providers=['CPUExecutionProvider'])
            names = [i.name for i in sess.get_inputs()]
            if sorted(names) != sorted(cfg['inputs']):
                raise ContractError(f'inputs: graph takes {names}, config says {cfg["inputs"]}')
            ids = np.full((3, 11), 5, dtype=np.int64)
            feed = {'input_ids': ids, 'attention_mask': np.ones_like(ids), 'token_type_ids': np.zeros_like(ids)}
            out = sess.run([cfg['output']], {n: feed[n] for n in names})[0]
            if out.shape != (3, len(KEYS), len(CLASSES)):
                raise ContractError(f'variants.{v}: output shape {out.shape}, expected (3, 14, 4)')
            if not np.allclose(out.sum(-1), 1.0, atol=1e-4):
                raise ContractError(f'variants.{v}: output rows are not probabilities')
    return cfg
