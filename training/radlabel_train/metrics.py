"""Dev metrics: 4-class agreement with the teacher, and positive F1 against MeSH gold.

4-class macro-F1 ("pooled"): every (report, observation) pair is one 4-class sample; F1 per
class over all pairs, then the mean over the classes that occur. Per-observation figures are printed
beside it so a rare head that collapses cannot hide in the pooled number."""
from __future__ import annotations

import statistics

from .labels import KEYS

# The figures of one cross-validation fold that summaries average.
FIGURES = ('four_class_macro_f1', 'strict_positive_macro_f1', 'teacher_strict_positive_macro_f1',
           'sentence_four_class_macro_f1')


def f1(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def four_class(gold: list[list[int]], pred: list[list[int]]):
    """(pooled macro-F1, {key: per-observation macro-F1 over classes seen in gold or pred})."""
    pooled = []
    for c in range(4):
        tp = fp = fn = 0
        for g, p in zip(gold, pred):
            for gi, pi in zip(g, p):
                tp += gi == c and pi == c
                fp += gi != c and pi == c
                fn += gi == c and pi != c
        if tp + fp + fn:  # a class absent from gold and prediction is not scored
            pooled.append(f1(tp, fp, fn))
    per_obs = {}
    for k, key in enumerate(KEYS):
        scores = []
        for c in range(4):
            tp = sum(1 for g, p in zip(gold, pred) if g[k] == c and p[k] == c)
            fp = sum(1 for g, p in zip(gold, pred) if g[k] != c and p[k] == c)
            fn = sum(1 for g, p in zip(gold, pred) if g[k] == c and p[k] != c)
            if tp + fp + fn:
                scores.append(f1(tp, fp, fn))
        per_obs[key] = sum(scores) / len(scores) if scores else 1.0
    return (sum(pooled) / len(pooled) if pooled else 1.0), per_obs


def positive_vs_gold(gold_sets: dict[str, set], pred: dict[str, list[int]]):
    """Strict positive macro-F1 over the 14 observations (the shared score.py rules)."""
    per = {}
    for k, key in enumerate(KEYS):
        tp = fp = fn = 0
        for uid, g in gold_sets.items():
            p = uid in pred and pred[uid][k] == 0
            t = key in g
            tp += p and t
            fp += p and not t
            fn += t and not p
        per[key] = f1(tp, fp, fn)
    return sum(per.values()) / len(per), per


def summarize(results: list[dict]) -> dict:
    """Mean, spread and per-fold values of each fold's `final` figures (cv.py, sentvote.py)."""
    out = {'folds': len(results)}
    for f in FIGURES:
        vals = [r['final'][f] for r in results]
        out[f] = {'mean': statistics.mean(vals), 'sd': statistics.stdev(vals) if len(vals) > 1 else 0.0,
                  'min': min(vals), 'max': max(vals), 'per_fold': vals}
    gaps = [r['final']['strict_positive_macro_f1'] - r['final']['teacher_strict_positive_macro_f1'] for r in results]
    out['positive_minus_teacher'] = {'mean': statistics.mean(gaps), 'min': min(gaps), 'per_fold': gaps}
    keys = results[0]['final']['strict_positive_per_observation']
    out['strict_positive_per_observation'] = {
        k: statistics.mean(r['final']['strict_positive_per_observation'][k] for r in results) for k in keys}
    out['four_class_per_observation'] = {
        k: statistics.mean(r['final']['four_class_per_observation'][k] for r in results) for k in keys}
    return out
