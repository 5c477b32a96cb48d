"""Where does a recipe's gap to the teacher come from? Splits each fold's student - teacher
strict positive macro-F1 into the observations with few MeSH gold positives in that fold and
the rest, from the committed fold results alone (no weights, no probabilities needed).

    python -m radlabel_train.gap --results training/results/cv/attn4k [--min-positives 10]

Why: the macro-F1 weighs every observation alike, so one report on a head with eight gold
positives moves the fold's figure by about 0.01. Knowing whether the gap sits on heads like that
or on the common ones decides whether a recipe change can close it or only a luckier fold can.
Writes `gap.json` beside the fold results."""
from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path

from . import metrics, recipe
from .gold import load_gold
from .labels import KEYS


def split(student: dict, teacher: dict, positives: dict, min_positives: int) -> dict:
    """Student minus teacher, each head's share of the macro (difference / 14), summed over the
    heads with fewer than `min_positives` gold positives and over the others."""
    few = [k for k in KEYS if positives[k] < min_positives]
    share = {k: (student[k] - teacher[k]) / len(KEYS) for k in KEYS}
    return {'few_positive_heads': few,
            'gap_on_few': sum(share[k] for k in few),
            'gap_on_rest': sum(share[k] for k in KEYS if k not in few),
            'per_observation': {k: {'student': student[k], 'teacher': teacher[k], 'gold_positives': positives[k]}
                                for k in KEYS}}


def teacher_side(corpus, shared: Path, folds: int, i: int) -> tuple[dict, dict]:
    """The teacher labels' per-head strict positive F1 on fold i's held-out reports, and each
    head's gold positives there (the reports cv.py scores the fold on)."""
    held, _ = recipe.held_out(corpus, folds, i)
    gold = load_gold(shared, {e.uid for e in held})
    _, per = metrics.positive_vs_gold(gold, {e.uid: e.labels for e in held})
    positives = {k: sum(1 for g in gold.values() if k in g) for k in KEYS}
    return per, positives


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--results', type=Path, required=True, help='training/results/cv/NAME (fold<i>.json files)')
    ap.add_argument('--shared', type=Path, default=Path('../shared'))
    ap.add_argument('--folds', type=int, default=3)
    ap.add_argument('--min-positives', type=int, default=10)
    a = ap.parse_args(argv)
    corpus = recipe.Corpus.load(a.shared)
    rows = []
    for i in range(a.folds):
        fold = json.loads((a.results / f'fold{i}.json').read_text())['final']
        teacher, positives = teacher_side(corpus, a.shared, a.folds, i)
        row = {'fold': i, **split(fold['strict_positive_per_observation'], teacher, positives, a.min_positives)}
        rows.append(row)
        print(f"fold {i}: gap on {'/'.join(row['few_positive_heads'])} {row['gap_on_few']:+.4f}, "
              f"on the other heads {row['gap_on_rest']:+.4f}")
    out = {'min_positives': a.min_positives, 'folds': rows,
           'mean_gap_on_few': statistics.mean(r['gap_on_few'] for r in rows),
           'mean_gap_on_rest': statistics.mean(r['gap_on_rest'] for r in rows)}
    print(f"mean: {out['mean_gap_on_few']:+.4f} on few-positive heads, {out['mean_gap_on_rest']:+.4f} on the rest")
    (a.results / 'gap.json').write_text(json.dumps(out, indent=1) + '\n')


if __name__ == '__main__':
    main()
