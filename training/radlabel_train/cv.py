"""K-fold cross-validation of a training recipe over the shared Open-i reports.

    python -m radlabel_train.cv --shared ../shared --folds 3 --name main [recipe options]

Folds are fixed by a hash of the report uid. Fold i trains on every other fold's reports (plus
the synthetic data and every sentence that occurs in none of fold i's reports) and is scored on
fold i's reports only: 4-class macro-F1 against the teacher, strict positive macro-F1 against the
MeSH gold, the teacher's own strict positive macro-F1 on the same reports, and 4-class agreement
on the sentences that occur only in fold i. Each fold writes `fold<i>.json` (and its weights and
held-out probabilities) under training/runs/cv/<name>/ as soon as it ends, so a run killed by a
session limit resumes where it stopped; `summary.json` holds mean and spread once all are done.
The figures (fold<i>.json, summary.json: kilobytes, no weights, no text) are also written to
training/results/cv/<name>/, which git tracks: a session's machine can be cut off and its runs/
lost, but committed figures let the next one compare against them without retraining, and a fold
whose figures are there counts as done (its routing probabilities do not travel: the summary then
says routing was not computed).
Recipes are compared by the mean over folds; nothing inside a fold is selected on its scores."""
from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

import torch
from transformers import AutoTokenizer

from . import metrics, recipe
from .metrics import FIGURES, summarize
from .base import resolve
from .gold import load_gold
from .train import decide, describe, evaluate, fit, predict

def score(model, tok, a, held, gold, held_sentences):
    """Held-out figures of one fold's model, and its probabilities per held-out report."""
    enc = tok([e.text for e in held], truncation=True, max_length=a.max_length)['input_ids']
    probs = predict(model, held, enc, tok.pad_token_id)
    m = evaluate(held, decide(probs), gold)
    enc_s = tok([e.text for e in held_sentences], truncation=True, max_length=a.max_length)['input_ids']
    pred_s = decide(predict(model, held_sentences, enc_s, tok.pad_token_id))
    m['sentence_four_class_macro_f1'], _ = metrics.four_class([e.labels for e in held_sentences], pred_s)
    m['held_out_sentences'] = len(held_sentences)
    return m, probs


def write_probs(path: Path, held, probs) -> None:
    """A fold's held-out probabilities by report uid (what seeds.py and routing read)."""
    path.write_text(json.dumps({e.uid: [[round(float(x), 5) for x in row] for row in p] for e, p in zip(held, probs)}))


def routing(openi, probs: dict, min_confidence: float = 0.5) -> dict:
    """What the connector would route to the teacher at its defaults (`routing.min_confidence`
    0.5, thresholds 0.5), from held-out probabilities: a report goes when any observation is
    decided uncertain or any decided class (No Finding aside) is below the floor. Reported
    overall and for the reports the teacher marked with any uncertain observation."""
    teacher = {e.uid: e.labels for e in openi}
    routed, unc_total, unc_routed = 0, 0, 0
    for uid, p in probs.items():
        p = torch.tensor(p)
        decided = decide(p.unsqueeze(0))[0]
        conf = p.max(-1).values
        r = any(c == 2 for c in decided) or bool((conf[1:] < min_confidence).any())
        routed += r
        if any(c == 2 for c in teacher[uid]):
            unc_total += 1
            unc_routed += r
    return {'reports': len(probs), 'routed_share': routed / max(1, len(probs)),
            'teacher_uncertain_reports': unc_total, 'teacher_uncertain_routed_share': unc_routed / max(1, unc_total)}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--shared', type=Path, default=Path('../shared'))
    ap.add_argument('--folds', type=int, default=3)
    ap.add_argument('--only', help='comma-separated fold numbers to run now (screening; default all)')
    ap.add_argument('--name', required=True, help='results go to training/runs/cv/NAME/')
    ap.add_argument('--runs', type=Path, default=Path('training/runs/cv'))
    ap.add_argument('--results', type=Path, default=Path('training/results/cv'),
                    help='tracked copy of the figures: RESULTS/NAME/fold<i>.json and summary.json')
    ap.add_argument('--threads', type=int, default=2)
    ap.add_argument('--limit', type=int, help='smoke run: N training examples, N/4 held-out reports')
    recipe.add_args(ap)
    a = ap.parse_args(argv)
    torch.set_num_threads(a.threads)
    out = a.runs / a.name
    out.mkdir(parents=True, exist_ok=True)
    kept = a.results / a.name
    kept.mkdir(parents=True, exist_ok=True)
    base = resolve(a.base)
    tok = AutoTokenizer.from_pretrained(base)
    corpus = recipe.Corpus.load(a.shared, a.teacher_labels)
    only = [int(x) for x in a.only.split(',')] if a.only else range(a.folds)
    unseen = recipe.read_uids(a.exclude_uids)
    settings = {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(a).items() if k not in ('only', 'limit')}
    for i in only:
        done = next((d / f'fold{i}.json' for d in (out, kept) if (d / f'fold{i}.json').exists()), None)
        if done is not None:
            print(f'fold {i}: done already ({done})', flush=True)
            continue
        held, held_sentences = recipe.held_out(corpus, a.folds, i, unseen)
        held_out = {e.uid for e in held}
        gold = load_gold(a.shared, held_out)
        train = recipe.training_set(corpus, a, held_out, random.Random(a.seed + i), unseen)
        if a.limit:
            train = random.Random(a.seed).sample(train, a.limit)
            held, held_sentences = held[:a.limit // 4], held_sentences[:a.limit // 4]
        print(f'fold {i}/{a.folds}: train {len(train)} {describe(train)}, held out {len(held)} reports, '
              f'{len(held_sentences)} sentences', flush=True)
        t0 = time.time()
        model, history = fit(train, a, tok, base,
                             on_epoch=lambda ep, m: {k: v for k, v in score(m, tok, a, held, gold, held_sentences)[0].items()
                                                     if k in FIGURES})
        final, probs = score(model, tok, a, held, gold, held_sentences)
        torch.save(model.state_dict(), out / f'fold{i}.pt')
        write_probs(out / f'fold{i}_probs.json', held, probs)
        figures = json.dumps({'fold': i, 'settings': settings, 'train': describe(train),
                              'held_out_reports': len(held), 'minutes': (time.time() - t0) / 60,
                              'history': history, 'final': final}, indent=1)
        (out / f'fold{i}.json').write_text(figures)
        (kept / f'fold{i}.json').write_text(figures)
        print(f'fold {i}: ' + json.dumps({k: round(final[k], 4) for k in FIGURES}), flush=True)
    # A fold run on an earlier machine left its figures in the tracked results folder only.
    figures_of = [next((d / f'fold{i}.json' for d in (out, kept) if (d / f'fold{i}.json').exists()), None) for i in range(a.folds)]
    results = [json.loads(f.read_text()) for f in figures_of if f is not None]
    if len(results) == a.folds:
        s = summarize(results)
        # Routing needs every fold's held-out probabilities (weights-sized files under runs/, not
        # tracked): without them the summary says so instead of a figure.
        if all((out / f'fold{i}_probs.json').exists() for i in range(a.folds)):
            probs = {}
            for i in range(a.folds):
                probs.update(json.loads((out / f'fold{i}_probs.json').read_text()))
            s['routing'] = routing(corpus.openi, probs)
            print('routing at defaults:', json.dumps(s['routing']))
        else:
            s['routing_not_computed'] = 'some folds ran on another machine and their probabilities are gone'
            print('routing at defaults: not computed (some folds ran on another machine)')
        summary = json.dumps({'name': a.name, 'settings': settings, **s}, indent=1)
        (out / 'summary.json').write_text(summary)
        (kept / 'summary.json').write_text(summary)
        for f in FIGURES:
            print(f'{f}: mean {s[f]["mean"]:.4f} sd {s[f]["sd"]:.4f} folds {[round(v, 4) for v in s[f]["per_fold"]]}')


if __name__ == '__main__':
    main()
