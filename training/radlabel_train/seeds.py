"""Seed spread and what averaging seeds buys, from finished cross-validation runs.

    python -m radlabel_train.seeds --run training/runs/cv/A --run training/runs/cv/B [--run C ...] \
        [--shared ../shared] [--out training/runs/cv/seeds-A.json]

The runs must be the same recipe and the same folds with different `--seed` (cv.py keeps each
fold's held-out probabilities). Per fold, each run is scored from its probabilities exactly as
cv.py scores it, and so is the mean of the runs' probabilities — what an ensemble of those seeds
(`radlabel_train.ensemble`) would output for the same held-out reports, without training anything
more. Nothing is selected: every run and the average are reported. Torch-free (CI runs its test).

    python -m radlabel_train.seeds --nested-bias --run training/runs/cv/A

asks whether the decision rule, not the model, loses positives: a bias added to every head's
positive log-probability before the argmax, chosen for each fold on the *other* folds' held-out
probabilities (by their strict positive macro-F1) and then scored on that fold, against the
plain argmax the runtime uses."""
from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path

from . import metrics
from .gold import load_gold
from .labels import decide, read_teacher_tsv


BIASES = [-1.0, -0.5, -0.25, 0.0, 0.25, 0.5, 0.75, 1.0, 1.5]


def run_settings(run: Path) -> dict:
    """A run's recipe, from whichever fold it finished (a screen may have run one fold only)."""
    done = sorted(p for p in run.glob('fold*.json') if p.stem[4:].isdigit())
    if not done:
        raise SystemExit(f'{run}: no finished fold')
    return json.loads(done[0].read_text())['settings']


def average(fold_probs: list[dict]) -> dict:
    """Mean of several runs' probabilities, per held-out report; the runs must hold out the same
    reports (the same folds), otherwise the comparison is not paired."""
    uids = set(fold_probs[0])
    for p in fold_probs[1:]:
        if set(p) != uids:
            raise ValueError('the runs do not hold out the same reports: not the same folds')
    n = len(fold_probs)
    return {u: [[sum(p[u][k][c] for p in fold_probs) / n for c in range(len(fold_probs[0][u][k]))]
                for k in range(len(fold_probs[0][u]))] for u in fold_probs[0]}


def average_rows(fold_rows: list[dict]) -> dict:
    """The same for reports read sentence by sentence: uid -> one probability table per
    sentence, averaged sentence by sentence (every run cuts the same sentences)."""
    uids = set(fold_rows[0])
    if any(set(r) != uids or any(len(r[u]) != len(fold_rows[0][u]) for u in uids) for r in fold_rows[1:]):
        raise ValueError('the runs do not hold out the same reports and sentences: not the same folds')
    return {u: [average([{0: r[u][i]} for r in fold_rows])[0] for i in range(len(fold_rows[0][u]))] for u in uids}


def figures(probs: dict, teacher: dict, gold: dict, positive_bias: float = 0.0, sentences: bool = False) -> dict:
    """`sentences`: each report's value is a list of sentence tables, combined by precedence
    after each is decided (the runtime's `reading: sentences`)."""
    if sentences:
        from .compose import combine
        pred = {u: combine([decide(row, positive_bias) for row in rows]) for u, rows in probs.items()}
    else:
        pred = {u: decide(p, positive_bias) for u, p in probs.items()}
    pos, _ = metrics.positive_vs_gold(gold, pred)
    four, _ = metrics.four_class([teacher[u] for u in pred], list(pred.values()))
    return {'strict_positive_macro_f1': pos, 'four_class_macro_f1': four}


def spread(vals: list[float]) -> dict:
    return {'mean': statistics.mean(vals), 'sd': statistics.stdev(vals) if len(vals) > 1 else 0.0}


def compare(runs: list[Path], teacher: dict, gold_of, rows_of=None) -> dict:
    """`gold_of(uids)` gives the MeSH positive sets of those reports. Folds that not every run
    has finished are skipped (and listed). `rows_of(run, fold)`, when given, reads the held-out
    reports sentence by sentence instead (uid -> sentence tables)."""
    settings = [run_settings(r) for r in runs]
    folds = settings[0]['folds']
    per_fold, skipped = [], []
    for i in range(folds):
        paths = [r / f'fold{i}_probs.json' for r in runs]
        if not all(p.exists() for p in paths):
            skipped.append(i)
            continue
        sentences = rows_of is not None
        probs = [rows_of(r, i) for r in runs] if sentences else [json.loads(p.read_text()) for p in paths]
        averaged = average_rows(probs) if sentences else average(probs)
        gold = gold_of(set(probs[0]))
        row = {'fold': i, 'runs': [figures(p, teacher, gold, sentences=sentences) for p in probs],
               'average': figures(averaged, teacher, gold, sentences=sentences)}
        row['teacher_strict_positive_macro_f1'], _ = metrics.positive_vs_gold(gold, {u: teacher[u] for u in probs[0]})
        per_fold.append(row)
    out = {'runs': [str(r) for r in runs], 'seeds': [s['seed'] for s in settings],
           'reading': 'sentences' if rows_of else 'whole',
           'folds_scored': [r['fold'] for r in per_fold], 'folds_skipped': skipped, 'per_fold': per_fold}
    if per_fold:
        for f in ('strict_positive_macro_f1', 'four_class_macro_f1'):
            singles = [run[f] for r in per_fold for run in r['runs']]
            out[f] = {'single_runs': spread(singles),
                      'single_run_mean_per_fold': [statistics.mean(run[f] for run in r['runs']) for r in per_fold],
                      'average': spread([r['average'][f] for r in per_fold]),
                      'average_minus_single_mean': statistics.mean(
                          r['average'][f] - statistics.mean(run[f] for run in r['runs']) for r in per_fold)}
        out['teacher_strict_positive_macro_f1'] = statistics.mean(r['teacher_strict_positive_macro_f1'] for r in per_fold)
    return out


def nested_bias(run: Path, teacher: dict, gold_of) -> dict:
    """Per fold: the bias the other folds prefer, and the fold's figures with it and without."""
    folds = run_settings(run)['folds']
    probs = [json.loads((run / f'fold{i}_probs.json').read_text()) for i in range(folds)]
    golds = [gold_of(set(p)) for p in probs]
    table = {(i, b): figures(probs[i], teacher, golds[i], b) for i in range(folds) for b in BIASES}
    per_fold = []
    for i in range(folds):
        others = [j for j in range(folds) if j != i]
        chosen = max(BIASES, key=lambda b: sum(table[(j, b)]['strict_positive_macro_f1'] for j in others))
        per_fold.append({'fold': i, 'chosen_bias': chosen, 'argmax': table[(i, 0.0)], 'nested': table[(i, chosen)]})
    return {'run': str(run), 'biases': BIASES, 'per_fold': per_fold,
            'change': {f: statistics.mean(r['nested'][f] - r['argmax'][f] for r in per_fold)
                       for f in ('strict_positive_macro_f1', 'four_class_macro_f1')}}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--run', type=Path, action='append', required=True, help='a finished cv.py run directory (repeat)')
    ap.add_argument('--shared', type=Path, default=Path('../shared'))
    ap.add_argument('--out', type=Path)
    ap.add_argument('--nested-bias', action='store_true', help='the decision-rule check on one run (see above)')
    ap.add_argument('--reading', choices=('whole', 'sentences'), default='whole',
                    help="sentences: each run's fold model reads the held-out reports sentence by sentence "
                         "(obsbias.fold_rows; cached beside the run after the first time, which needs torch)")
    a = ap.parse_args(argv)
    teacher = read_teacher_tsv(a.shared / 'data' / 'openi' / 'teacher_labels.tsv')
    if a.nested_bias:
        if len(a.run) != 1:
            ap.error('--nested-bias: give one --run')
        out = nested_bias(a.run[0], teacher, lambda uids: load_gold(a.shared, uids))
        for r in out['per_fold']:
            print(f"fold {r['fold']}: bias {r['chosen_bias']:+.2f} (chosen on the other folds): "
                  f"{r['nested']['strict_positive_macro_f1']:.4f} / {r['nested']['four_class_macro_f1']:.4f}"
                  f"  argmax: {r['argmax']['strict_positive_macro_f1']:.4f} / {r['argmax']['four_class_macro_f1']:.4f}")
        print('mean change, strict positive / 4-class: {strict_positive_macro_f1:+.4f} / {four_class_macro_f1:+.4f}'.format(**out['change']))
        if a.out:
            a.out.write_text(json.dumps(out, indent=1))
        return
    if len(a.run) < 2:
        ap.error('--run: give at least two runs of the same recipe with different seeds')
    rows_of = None
    if a.reading == 'sentences':
        from .obsbias import fold_rows

        def rows_of(run, fold):
            folds = run_settings(run)['folds']
            return {u: r['rows'] for u, r in fold_rows(run, fold, a.shared, folds).items()}
    out = compare(a.run, teacher, lambda uids: load_gold(a.shared, uids), rows_of)
    for r in out['per_fold']:
        singles = '  '.join(f"seed {s}: {x['strict_positive_macro_f1']:.4f} / {x['four_class_macro_f1']:.4f}"
                            for s, x in zip(out['seeds'], r['runs']))
        avg = r['average']
        print(f"fold {r['fold']}: {singles}  average: {avg['strict_positive_macro_f1']:.4f} / "
              f"{avg['four_class_macro_f1']:.4f}  teacher positive {r['teacher_strict_positive_macro_f1']:.4f}")
    if out['folds_skipped']:
        print('not finished by every run (skipped):', out['folds_skipped'])
    if a.out:
        a.out.write_text(json.dumps(out, indent=1))


if __name__ == '__main__':
    main()
