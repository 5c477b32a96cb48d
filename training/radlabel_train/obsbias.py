"""Would a per-observation decision threshold close the gap to the teacher? Cross-fitted, so
no fold is scored with a threshold chosen on it.

    python -m radlabel_train.obsbias --run training/runs/cv/NAME [--out training/results/cv/NAME/obsbias.json]

The held-out errors of the sentence-reading student are often low-confidence positives where the
teacher says nothing (a "prominent paratracheal density" read as Enlarged Cardiomediastinum at
p = 0.5) or hedges that the MeSH gold counts as present ("probable pneumonia"). A bias on each
observation's positive log-probability moves those decisions one head at a time, where
`seeds --nested-bias` moved every head together. For each fold, each observation's bias is chosen
from a grid by that observation's strict positive F1 (the shared scorer's rule) on the *other*
folds' held-out reports, read sentence by sentence by their own fold models and combined by
precedence (what the runtime does); a bias that gains less than `--margin` there stays 0. The
fold is then scored with those biases and with none. The per-fold probabilities are cached beside
the run (`fold<i>_sentence_probs.json`), so a rerun costs seconds."""
from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path

from . import metrics
from .compose import combine
from .gold import load_gold
from .labels import KEYS, decide

GRID = [-2.0, -1.5, -1.0, -0.5, -0.25, 0.0, 0.25, 0.5, 1.0, 1.5, 2.0]


def fold_rows(run: Path, fold: int, shared: Path, folds: int) -> dict:
    """uid -> the teacher's labels and the fold model's probabilities for each sentence (or, for a
    report without a labelled sentence, for the report read whole: the runtime's fallback)."""
    cache = run / f'fold{fold}_sentence_probs.json'
    if cache.exists():
        return json.loads(cache.read_text())
    from .sentvote import held_out_sentences
    _, held, report_probs, rows, _ = held_out_sentences(run, fold, shared, folds)
    out = {e.uid: {'teacher': e.labels, 'rows': r or [report_probs[e.uid]]} for e, r in zip(held, rows)}
    cache.write_text(json.dumps(out))
    return out


def predict(reports: dict, bias: list[float]) -> dict:
    return {u: combine([decide(p, bias) for p in r['rows']]) for u, r in reports.items()}


def head_counts(reports: dict, gold: dict, k: int, value: float) -> tuple[int, int, int]:
    """(tp, fp, fn) of head k against the gold with only that head biased."""
    bias = [0.0] * len(KEYS)
    bias[k] = value
    pred = predict(reports, bias)
    tp = fp = fn = 0
    for u, g in gold.items():
        p, t = u in pred and pred[u][k] == 0, KEYS[k] in g
        tp, fp, fn = tp + (p and t), fp + (p and not t), fn + (t and not p)
    return tp, fp, fn


def cross_fit(data: list[dict], golds: list[dict], margin: float) -> dict:
    folds = len(data)
    table = {(i, k, v): head_counts(data[i], golds[i], k, v)
             for i in range(folds) for k in range(1, len(KEYS)) for v in GRID}
    per_fold = []
    for i in range(folds):
        others = [j for j in range(folds) if j != i]

        def f1(k, v):
            return metrics.f1(*(sum(table[(j, k, v)][n] for j in others) for n in range(3)))
        bias = [0.0] * len(KEYS)
        for k in range(1, len(KEYS)):
            best = max(GRID, key=lambda v: (f1(k, v), -abs(v)))
            if f1(k, best) - f1(k, 0.0) > margin:
                bias[k] = best
        row = {'fold': i, 'bias': {KEYS[k]: b for k, b in enumerate(bias) if b}}
        for name, b in (('argmax', [0.0] * len(KEYS)), ('biased', bias)):
            pred = predict(data[i], b)
            pos, per = metrics.positive_vs_gold(golds[i], pred)
            four, _ = metrics.four_class([data[i][u]['teacher'] for u in pred], list(pred.values()))
            row[name] = {'strict_positive_macro_f1': round(pos, 4), 'four_class_macro_f1': round(four, 4),
                         'strict_positive_per_observation': {key: round(x, 3) for key, x in per.items()}}
        per_fold.append(row)
    change = {f: [r['biased'][f] - r['argmax'][f] for r in per_fold]
              for f in ('strict_positive_macro_f1', 'four_class_macro_f1')}
    return {'grid': GRID, 'margin': margin, 'per_fold': per_fold,
            'change': {f: {'mean': round(statistics.mean(v), 4), 'per_fold': [round(x, 4) for x in v]}
                       for f, v in change.items()}}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--run', type=Path, required=True, help='a finished cv.py run directory (fold<i>.pt kept)')
    ap.add_argument('--shared', type=Path, default=Path('../shared'))
    ap.add_argument('--folds', type=int, default=3)
    ap.add_argument('--margin', type=float, action='append',
                    help='gain on the other folds a bias must beat (repeat to compare; default 0 and 0.01)')
    ap.add_argument('--out', type=Path)
    a = ap.parse_args(argv)
    data = [fold_rows(a.run, i, a.shared, a.folds) for i in range(a.folds)]
    golds = [load_gold(a.shared, set(d)) for d in data]
    out = {'run': str(a.run), 'reading': 'sentences', 'by_margin': []}
    for margin in a.margin or [0.0, 0.01]:
        r = cross_fit(data, golds, margin)
        out['by_margin'].append(r)
        for f in r['per_fold']:
            print(f"margin {margin}: fold {f['fold']} bias {f['bias']}: strict positive "
                  f"{f['argmax']['strict_positive_macro_f1']:.4f} -> {f['biased']['strict_positive_macro_f1']:.4f}, "
                  f"4-class {f['argmax']['four_class_macro_f1']:.4f} -> {f['biased']['four_class_macro_f1']:.4f}")
        print(f"margin {margin}: mean change {r['change']}")
    if a.out:
        a.out.write_text(json.dumps(out, indent=1))


if __name__ == '__main__':
    main()
