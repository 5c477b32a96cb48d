"""Does labelling a report sentence by sentence, then combining by the guideline's precedence,
beat labelling it whole? Measured on a cross-validation fold's own model, on that fold's
held-out reports, so both rules are judged on reports the model never saw.

    python -m radlabel_train.sentvote --run training/runs/cv/NAME --fold 2 [--folds 3] [--out ...]
    python -m radlabel_train.sentvote --summarize training/results/cv/NAME   # every fold done

The teacher's sentence labels combined this way agree with its report labels on 99.5% of cells
(../shared/data/openi/README.md), so the rule itself loses little; what it may gain is that a
negation or a hedge stays inside its sentence. Three decisions per report are scored against the
MeSH gold (strict positive macro-F1) and the teacher (4-class macro-F1): the whole report (the runtime's
default reading), the sentence vote (`compose.combine`, the rule that labels composed training
reports), and the stronger of the two per observation. The runtime reads this way when the
model's config.json says `"reading": "sentences"` (src/core/sentences.rs cuts by the shared rule;
`radlabel label --reading sentences` on a fold's exported checkpoint reproduces these figures)."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from .metrics import summarize as summarize_folds

def summarize(results_dir: Path, folds: int) -> dict:
    """The recipe's cross-validation as the runtime reads sentence by sentence, in cv.py's
    summary shape (what the model card and config.json take): the sentence vote's figures of
    every fold (sentvote_fold<i>.json), the held-out-sentence figure from cv.py's fold<i>.json
    (sentences read alone are the same either way). Refuses while a fold is missing."""
    results = []
    for i in range(folds):
        vote, whole = results_dir / f'sentvote_fold{i}.json', results_dir / f'fold{i}.json'
        if not (vote.exists() and whole.exists()):
            raise SystemExit(f'{vote} or {whole} is missing: run cv.py and sentvote.py for fold {i} first')
        v = json.loads(vote.read_text())['sentence_vote']
        if 'four_class_per_observation' not in v:
            raise SystemExit(f'{vote} predates per-observation 4-class figures: run sentvote.py for fold {i} again')
        final = dict(v, sentence_four_class_macro_f1=json.loads(whole.read_text())['final']['sentence_four_class_macro_f1'])
        results.append({'final': final})
    summary = summarize_folds(results)
    summary['reading'] = 'sentences'
    summary['routing_not_computed'] = 'routing is measured on whole-report probabilities (cv.py), not on the sentence vote'
    return summary


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--shared', type=Path, default=Path('../shared'))
    ap.add_argument('--run', type=Path, help='a cv.py run directory (fold<i>.pt, fold<i>_probs.json)')
    ap.add_argument('--fold', type=int)
    ap.add_argument('--summarize', type=Path, metavar='RESULTS',
                    help="instead: merge RESULTS/sentvote_fold<i>.json of every fold into RESULTS/summary_sentences.json")
    ap.add_argument('--folds', type=int, default=3)
    ap.add_argument('--max-length', type=int, default=256)
    ap.add_argument('--threads', type=int, default=2)
    ap.add_argument('--out', type=Path, help='write the figures here as JSON')
    a = ap.parse_args(argv)
    if a.summarize:
        s = summarize(a.summarize, a.folds)
        (a.summarize / 'summary_sentences.json').write_text(json.dumps({'name': a.summarize.name, **s}, indent=1))
        print(json.dumps({k: s[k] for k in ('strict_positive_macro_f1', 'four_class_macro_f1')}, indent=1))
        return
    if a.run is None or a.fold is None:
        ap.error('--run and --fold are needed (or --summarize)')
    vote(a)


def vote(a):
    """One fold: its held-out reports read whole and sentence by sentence."""
    import torch
    from transformers import AutoTokenizer

    from . import labels, recipe
    from .base import resolve
    from .compose import combine
    from .gold import load_gold
    from .model import Student
    from .train import evaluate, predict
    torch.set_num_threads(a.threads)
    corpus = recipe.Corpus.load(a.shared)
    held, _ = recipe.held_out(corpus, a.folds, a.fold)
    gold = load_gold(a.shared, {e.uid for e in held})
    base = resolve(None)
    tok = AutoTokenizer.from_pretrained(base)
    model = Student.from_base(base)
    model.load_state_dict(torch.load(a.run / f'fold{a.fold}.pt', map_location='cpu'))
    model.eval()
    report_probs = json.loads((a.run / f'fold{a.fold}_probs.json').read_text())
    whole = [labels.decide(report_probs[e.uid]) for e in held]

    # Every held-out report's sentences, in one batch of short sequences.
    texts, owner = [], []
    for r, e in enumerate(held):
        findings, impression = corpus.parts.get(e.uid, ((), ()))
        for sid in list(findings) + list(impression):
            if sid in corpus.sentences:
                texts.append(corpus.sentences[sid].text)
                owner.append(r)
    enc = tok(texts, truncation=True, max_length=a.max_length)['input_ids']
    probs = predict(model, texts, enc, tok.pad_token_id)
    per_report: list[list[list[int]]] = [[] for _ in held]
    for r, row in zip(owner, probs.tolist()):
        per_report[r].append(labels.decide(row))
    # A report without a labelled sentence (an empty section) keeps its whole-report decision.
    vote = [combine(rows) if rows else w for rows, w in zip(per_report, whole)]
    # The stronger of the two decisions per observation: the same precedence over two "sentences".
    both = [combine([v, w]) for v, w in zip(vote, whole)]

    keep = ('strict_positive_macro_f1', 'four_class_macro_f1', 'teacher_strict_positive_macro_f1')
    figures = {'fold': a.fold, 'run': str(a.run), 'reports': len(held), 'sentences': len(texts),
               'reports_without_sentences': sum(1 for rows in per_report if not rows)}
    for name, pred in (('whole_report', whole), ('sentence_vote', vote), ('stronger_of_both', both)):
        m = evaluate(held, pred, gold)
        figures[name] = {k: round(m[k], 4) for k in keep}
        for per in ('strict_positive_per_observation', 'four_class_per_observation'):
            figures[name][per] = {k: round(v, 3) for k, v in m[per].items()}
    print(json.dumps(figures, indent=1))
    if a.out:
        a.out.write_text(json.dumps(figures, indent=1))


if __name__ == '__main__':
    main()
