"""Distil a student from teacher labels.

    python -m radlabel_train.cv --shared ../shared --folds 3          # judge the recipe (resumable)
    python -m radlabel_train.train --shared ../shared --out models/default   # train it on everything, export

`fit` is the one training loop; cross-validation (`cv.py`) calls it once per fold and this entry
point once on all the data, with the same recipe (`recipe.py`), so the shipped model is what
cross-validation measured. No epoch or seed is selected on held-out data: the last epoch ships.

Loss: per-head cross-entropy on soft targets (label smoothing, because teacher labels are
noisy pseudo-labels) with per-head class weights (inverse square root of class frequency,
normalised so the head's most frequent class weighs 1 and capped, so a class with two examples
cannot dominate a head whose common class is a real finding)."""
from __future__ import annotations

import argparse
import json
import math
import random
import time
from pathlib import Path

import torch
from transformers import AutoTokenizer

from . import metrics, recipe
from .base import resolve
from .contract import READINGS
from . import labels
from .labels import CLASSES, KEYS
from .model import Student


def class_weights(train, cap: float) -> torch.Tensor:
    counts = torch.ones(len(KEYS), len(CLASSES))  # add-one: no division by zero
    for e in train:
        for k, c in enumerate(e.labels):
            counts[k, c] += 1
    w = (counts.max(dim=1, keepdim=True).values / counts).sqrt()
    return w.clamp(max=cap)


def batches(examples, enc, batch_size, shuffle, rng):
    """Length-bucketed batches: sort by token length, cut, shuffle the batches."""
    order = sorted(range(len(examples)), key=lambda i: len(enc[i]))
    chunks = [order[i:i + batch_size] for i in range(0, len(order), batch_size)]
    if shuffle:
        rng.shuffle(chunks)
    return chunks


def collate(idx, enc, examples, pad_id, with_labels=True):
    L = max(len(enc[i]) for i in idx)
    ids = torch.full((len(idx), L), pad_id, dtype=torch.long)
    mask = torch.zeros((len(idx), L), dtype=torch.long)
    for r, i in enumerate(idx):
        ids[r, :len(enc[i])] = torch.tensor(enc[i])
        mask[r, :len(enc[i])] = 1
    y = torch.tensor([examples[i].labels for i in idx]) if with_labels else None
    return ids, mask, torch.zeros_like(ids), y


@torch.no_grad()
def predict(model, examples, enc, pad_id, batch_size=64):
    model.eval()
    probs = [None] * len(examples)
    for idx in batches(examples, enc, batch_size, False, None):
        ids, mask, tt, _ = collate(idx, enc, examples, pad_id, with_labels=False)
        p = torch.softmax(model.logits(ids, mask, tt), -1)
        for r, i in enumerate(idx):
            probs[i] = p[r]
    return torch.stack(probs)


def decide(probs: torch.Tensor) -> list[list[int]]:
    """The runtime's decision (labels.decide) for each report of a batch of probabilities."""
    return [labels.decide(row) for row in probs.tolist()]


def evaluate(dev, pred, gold):
    four, per_obs = metrics.four_class([e.labels for e in dev], pred)
    pos, per_pos = metrics.positive_vs_gold(gold, {e.uid: p for e, p in zip(dev, pred)})
    teacher_pos, _ = metrics.positive_vs_gold(gold, {e.uid: e.labels for e in dev})
    return {'four_class_macro_f1': four, 'four_class_per_observation': per_obs,
            'strict_positive_macro_f1': pos, 'strict_positive_per_observation': per_pos,
            'teacher_strict_positive_macro_f1': teacher_pos, 'dev_reports': len(dev),
            'dev_reports_with_gold': len(gold)}


def fit(train, a, tok, base, on_epoch=None, init_state=None, checkpoint=None):
    """Train a student on `train` for `a.epochs` epochs; `on_epoch(epoch, model)` may return
    figures to record (cross-validation scores its held-out fold there; nothing is selected on
    them). `init_state`: a trained student's weights to continue from (a refresh) instead of the
    bare encoder and fresh heads. `checkpoint`: a file written after every epoch and resumed
    from when present, because a full training outlives a working session on 2 cores (the
    resumed run is the same run: weights, optimiser, schedule and both random streams are kept).
    Returns (model in eval mode, history)."""
    torch.manual_seed(a.seed)
    rng = random.Random(a.seed)
    enc = tok([e.text for e in train], truncation=True, max_length=a.max_length)['input_ids']
    model = Student.from_base(base, getattr(a, 'pooling', 'mean'))
    if init_state is not None:
        model.load_state_dict(init_state)
    weights = class_weights(train, a.weight_cap)
    opt = torch.optim.AdamW([
        {'params': model.encoder.parameters(), 'lr': a.lr},
        {'params': model.head_parameters(), 'lr': a.head_lr}], weight_decay=0.01)
    steps = a.epochs * math.ceil(len(train) / a.batch_size)
    warm = max(1, steps // 20)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / (steps - warm))))
    history, first = [], 1
    if checkpoint is not None and checkpoint.exists():
        state = torch.load(checkpoint, weights_only=False)
        if state['examples'] != len(train) or state['epochs'] != a.epochs:
            raise SystemExit(f'{checkpoint} belongs to another run ({state["examples"]} examples, '
                             f'{state["epochs"]} epochs): remove it or choose another --run-dir')
        model.load_state_dict(state['model'])
        opt.load_state_dict(state['opt'])
        sched.load_state_dict(state['sched'])
        rng.setstate(state['rng'])
        torch.set_rng_state(state['torch_rng'])
        history, first = state['history'], len(state['history']) + 1
        print(f'resumed from {checkpoint} after epoch {first - 1}', flush=True)
    for epoch in range(first, a.epochs + 1):
        model.train()
        t0, total = time.time(), 0.0
        for idx in batches(train, enc, a.batch_size, True, rng):
            ids, mask, tt, y = collate(idx, enc, train, tok.pad_token_id)
            logits = model.logits(ids, mask, tt)
            loss = 0.0
            for k in range(len(KEYS)):
                loss = loss + torch.nn.functional.cross_entropy(
                    logits[:, k], y[:, k], weight=weights[k], label_smoothing=a.label_smoothing)
            loss = loss / len(KEYS)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            total += loss.item() * len(idx)
        history.append({'epoch': epoch, 'loss': total / len(train), 'seconds': time.time() - t0})
        if on_epoch:
            history[-1].update(on_epoch(epoch, model) or {})
        print(json.dumps(history[-1]), flush=True)
        if checkpoint is not None:
            tmp = checkpoint.with_suffix('.tmp')
            torch.save({'model': model.state_dict(), 'opt': opt.state_dict(), 'sched': sched.state_dict(),
                        'rng': rng.getstate(), 'torch_rng': torch.get_rng_state(), 'history': history,
                        'examples': len(train), 'epochs': a.epochs}, tmp)
            tmp.replace(checkpoint)
    model.eval()
    return model, history


def describe(train) -> dict:
    """How many examples of each kind a training set holds (for logs and the card)."""
    out = {}
    for e in train:
        out[e.source] = out.get(e.source, 0) + 1
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--shared', type=Path, default=Path('../shared'), help='folder holding data/ and tools/')
    ap.add_argument('--out', type=Path, default=Path('models/default'))
    ap.add_argument('--run-dir', type=Path, default=Path('training/runs/final'), help='checkpoint (never committed)')
    ap.add_argument('--cv', type=Path, help="the recipe's cross-validation summary (cv.py) for the model card")
    ap.add_argument('--threads', type=int, default=2)
    ap.add_argument('--limit', type=int, help='train on the first N examples only (smoke runs)')
    ap.add_argument('--model-name', default='radlabel-minilm')
    ap.add_argument('--model-version', default=time.strftime('%Y.%m.%d'))
    ap.add_argument('--reading', choices=READINGS, default='report',
                    help="how the runtime reads a report (config.json `reading`): the one the --cv figures were measured with")
    recipe.add_args(ap)
    a = ap.parse_args(argv)
    cv = json.loads(a.cv.read_text()) if a.cv else None
    if cv and cv.get('reading', 'report') != a.reading:
        ap.error(f"--cv figures were measured reading {cv.get('reading', 'report')}, not {a.reading}: the card would misstate them")
    torch.set_num_threads(a.threads)
    base = resolve(a.base)
    tok = AutoTokenizer.from_pretrained(base)
    corpus = recipe.Corpus.load(a.shared, a.teacher_labels)
    train = recipe.training_set(corpus, a, set(), random.Random(a.seed))
    if a.limit:
        train = random.Random(a.seed).sample(train, a.limit)
    print(f'train {len(train)}: {describe(train)}', flush=True)
    a.run_dir.mkdir(parents=True, exist_ok=True)
    model, history = fit(train, a, tok, base, checkpoint=a.run_dir / 'checkpoint.pt')
    torch.save(model.state_dict(), a.run_dir / 'model.pt')
    settings = {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(a).items()}
    settings['base'] = base
    settings['base_arg'] = a.base
    (a.run_dir / 'train_summary.json').write_text(json.dumps(
        {'settings': settings, 'history': history, 'data': describe(train)}, indent=1))
    from .export import export_model_dir
    export_model_dir(model, tok, a.out, a, history=history, cv=cv, data=describe(train),
                     calibration=[e.text for e in train if e.source == 'openi'])


if __name__ == '__main__':
    main()
