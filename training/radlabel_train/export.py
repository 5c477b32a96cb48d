"""Export the student to a model directory the Rust runtime loads (the export contract).

model dir = model.onnx (fp32) + model.int8.onnx (static int8, the default: quantize.py) +
tokenizer.json + config.json + MODEL_CARD.md
The model's quality figures are the recipe's cross-validated ones (`cv.py`): the shipped model is
trained on every report, so nothing is left to score it on honestly. The int8 variant is static
(calibrated scales): dynamic int8 scales activations per tensor, so a report's labels depend on
what it is batched with, and it lost 0.05-0.10 positive F1 on an earlier student.
What is checked here: the exported graph gives the PyTorch model's probabilities, and the
directory passes the same contract checks the Rust runtime makes."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import torch

from . import contract
from .labels import CLASSES, KEYS, NAMES
from .ortrun import PARITY_TEXTS, ort_probs

def export_onnx(model, path: Path, opset: int = 17):
    from .model import ExportWrapper
    model.eval()
    wrapper = ExportWrapper(model).eval()
    ids = torch.ones((2, 8), dtype=torch.long)
    mask = torch.ones((2, 8), dtype=torch.long)
    names = ['input_ids', 'attention_mask']
    args = [ids, mask]
    if model.uses_token_types:
        names.append('token_type_ids')
        args.append(torch.zeros_like(ids))
    axes = {n: {0: 'batch', 1: 'sequence'} for n in names}
    axes['probabilities'] = {0: 'batch'}
    torch.onnx.export(wrapper, tuple(args), str(path), input_names=names, output_names=['probabilities'],
                      dynamic_axes=axes, opset_version=opset, dynamo=False)
    model.eval()  # the exporter can leave modules in train mode
    return names


def write_config(out: Path, *, name, version, base, max_length, inputs, variants, default_variant, metrics,
                 window_overlap=None, pad_id=0, reading='report'):
    cfg = {
        'format_version': contract.FORMAT_VERSION,
        'name': name,
        'version': version,
        'base_encoder': base,
        'observations': [{'key': k, 'name': n} for k, n in zip(KEYS, NAMES)],
        'classes': CLASSES,
        'max_length': max_length,
        'window_overlap': max_length // 4 if window_overlap is None else window_overlap,
        # Whole reports or sentence by sentence: the reading the card's figures were measured with.
        'reading': reading,
        'inputs': inputs,
        'output': 'probabilities',
        'pad_id': pad_id,
        # A class whose probability reaches its threshold wins (positive before uncertain);
        # otherwise the argmax. 0.5 everywhere is plain argmax: see MODEL_CARD.md.
        'thresholds': {n: {'positive': 0.5, 'uncertain': 0.5} for n in NAMES},
        'default_variant': default_variant,
        'variants': {v: {'file': f, 'sha256': contract.sha256_file(out / f)} for v, f in variants.items()},
        'cv_metrics': metrics,
    }
    (out / 'config.json').write_text(json.dumps(cfg, indent=2) + '\n')
    return cfg


def export_model_dir(model, hf_tokenizer, out: Path, a, *, history, cv, data, name=None, refresh=None, calibration=None):
    """Write the model directory; `cv`: the recipe's cross-validation summary (or None);
    `calibration`: training report texts, to add the int8 variant as the default (quantize.py)."""
    from .base import display_name
    from .card import write_card
    out.mkdir(parents=True, exist_ok=True)
    for stale in ('model.onnx', 'model.int8.onnx'):
        (out / stale).unlink(missing_ok=True)
    hf_tokenizer.backend_tokenizer.save(str(out / 'tokenizer.json'))
    inputs = export_onnx(model, out / 'model.onnx')
    enc = hf_tokenizer(PARITY_TEXTS, padding=True, return_tensors='pt')
    with torch.no_grad():
        want = torch.softmax(model.logits(enc['input_ids'], enc['attention_mask'], torch.zeros_like(enc['input_ids'])), -1)
    got = ort_probs(out / 'model.onnx', out / 'tokenizer.json', PARITY_TEXTS, a.max_length, inputs)
    diff = float(abs(want.numpy() - got).max())
    if diff > 1e-4:
        raise SystemExit(f'export: ONNX probabilities differ from PyTorch by {diff:.2e}')
    write_config(out, name=name or a.model_name, version=a.model_version, base=display_name(a.base),
                 max_length=a.max_length, inputs=inputs, variants={'fp32': 'model.onnx'}, default_variant='fp32',
                 pad_id=hf_tokenizer.pad_token_id or 0, metrics=cv_metrics(cv), reading=getattr(a, 'reading', 'report'))
    cfg = json.loads((out / 'config.json').read_text())
    cfg['export_parity_max_abs_diff'] = diff
    (out / 'config.json').write_text(json.dumps(cfg, indent=2) + '\n')
    write_card(out, a, cv=cv, history=history, data=data, parity=diff, refresh=refresh)
    contract.check_model_dir(out)
    if calibration:
        add_int8(out, calibration)


def add_int8(out: Path, texts: list[str], n: int = 200):
    """The int8 variant, default when it reads as the fp32 graph does; fp32 alone otherwise."""
    import random

    from .quantize import Rejected, quantize_dir
    texts = list(texts)
    random.Random(1).shuffle(texts)
    # The fidelity check needs reports calibration did not see: half of a small set at most.
    n = min(n, len(texts) // 2)
    if n == 0:
        print('export: too few reports to calibrate int8; the directory serves fp32', flush=True)
        return
    try:
        print('export: int8', quantize_dir(out, texts[:n], texts[n:], n_calibration=n, make_default=True), flush=True)
    except Rejected as e:
        print(f'export: {e}; the directory serves fp32', flush=True)


def export_checkpoint(checkpoint: Path, out: Path):
    """A fold's weights as a loadable model directory (for the behavioural suite through the
    runtime); no figures of its own."""
    from transformers import AutoTokenizer

    from .base import resolve
    from .model import Student
    base = resolve(None)
    tok = AutoTokenizer.from_pretrained(base)
    model = Student.from_checkpoint(base, torch.load(checkpoint))
    model.eval()
    out.mkdir(parents=True, exist_ok=True)
    tok.backend_tokenizer.save(str(out / 'tokenizer.json'))
    inputs = export_onnx(model, out / 'model.onnx')
    write_config(out, name=f'radlabel-minilm-{checkpoint.stem}', version=checkpoint.parent.name, base='minilm', max_length=256,
                 inputs=inputs, variants={'fp32': 'model.onnx'}, default_variant='fp32', metrics=None, pad_id=tok.pad_token_id or 0)
    contract.check_model_dir(out)


def cv_metrics(cv):
    """What config.json carries of the recipe's cross-validation (None without one)."""
    if not cv:
        return None
    return {k: cv[k] for k in ('folds', 'reading', 'four_class_macro_f1', 'strict_positive_macro_f1', 'teacher_strict_positive_macro_f1',
                               'sentence_four_class_macro_f1', 'routing') if k in cv}


def update_card(out: Path, a, *, cv, history, data):
    """Rewrite an exported directory's cross-validation figures (config.json and MODEL_CARD.md)
    without exporting again: the ONNX file, and so its checksum, stay as they are."""
    from .card import write_card
    cfg = json.loads((out / 'config.json').read_text())
    a.reading = cfg.get('reading', 'report')
    if cv and cv.get('reading', 'report') != a.reading:
        raise SystemExit(f"{out} reads {a.reading}; these figures were measured reading {cv.get('reading', 'report')}")
    cfg['cv_metrics'] = cv_metrics(cv)
    (out / 'config.json').write_text(json.dumps(cfg, indent=2) + '\n')
    write_card(out, a, cv=cv, history=history, data=data, parity=cfg.get('export_parity_max_abs_diff', float('nan')))
    contract.check_model_dir(out)


def main(argv=None):
    """Re-export a finished run (training/runs/final) without training again."""
    import argparse
    from types import SimpleNamespace

    from transformers import AutoTokenizer

    from .model import Student

    ap = argparse.ArgumentParser(description=main.__doc__)
    ap.add_argument('--run-dir', type=Path, default=Path('training/runs/final'), help='holds model.pt and train_summary.json')
    ap.add_argument('--out', type=Path, required=True)
    ap.add_argument('--cv', type=Path, help="the recipe's cross-validation summary.json")
    ap.add_argument('--card-only', action='store_true',
                    help='OUT is this run exported already: rewrite its figures from --cv, keep its ONNX file')
    ap.add_argument('--checkpoint', type=Path,
                    help='export this state dict (e.g. a cross-validation fold, training/runs/cv/NAME/fold0.pt) instead of the run')
    x = ap.parse_args(argv)
    if x.checkpoint:
        return export_checkpoint(x.checkpoint, x.out)
    summary = json.loads((x.run_dir / 'train_summary.json').read_text())
    a = SimpleNamespace(**summary['settings'])
    if x.card_only:
        a.base = summary['settings'].get('base_arg')
        update_card(x.out, a, cv=json.loads(x.cv.read_text()) if x.cv else None, history=summary['history'], data=summary['data'])
        return
    tok = AutoTokenizer.from_pretrained(a.base)
    model = Student.from_checkpoint(a.base, torch.load(x.run_dir / 'model.pt'))
    model.eval()
    a.base = summary['settings'].get('base_arg')  # the name as given, for config and card
    cv = json.loads(x.cv.read_text()) if x.cv else None
    export_model_dir(model, tok, x.out, a, history=summary['history'], cv=cv, data=summary['data'])


if __name__ == '__main__':
    main()
