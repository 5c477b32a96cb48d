"""Does labelling a report sentence by sentence, then combining by the guideline's precedence,
beat labelling it whole? Measured on a cross-validation fold's own model, on that fold's
held-out reports, so both rules are judged on reports the model never saw.

    python -m radlabel_train.sentvote --run training/runs/cv/NAME --fold 2 [--folds 3]

The teacher's sentence labels combined this way agree with its report labels on 99.5% of cells
(../shared/data/openi/README.md), so the rule itself loses little; what it may gain is that a
negation or a hedge stays inside its sentence. Three decisions per report are scored against the
MeSH gold (strict positive macro-F1) and the teacher (4-class macro-F1): the whole report (what
the runtime does), the sentence vote (`compose.combine`, the rule that labels composed training
reports), and the stronger of the two per observation. The runtime does not do this: it would
need the shared splitter's rule in Rust and five times the sequences per report; this measures
whether that is worth building."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import torch
from transformers import AutoTokenizer

from . import labels, recipe
from .compose import combine
from .base import resolve
from .gold import load_gold
from .model import Student
from .train import evaluate, predict

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--shared', type=Path, default=Path('../shared'))
    ap.add_argument('--run', type=Path, required=True, help='a cv.py run directory (fold<i>.pt, fold<i>_probs.json)')
    ap.add_argument('--fold', type=int, required=True)
    ap.add_argument('--folds', type=int, default=3)
    ap.add_argument('--max-length', type=int, default=256)
    ap.add_argument('--threads', type=int, default=2)
    ap.add_argument('--out', type=Path, help='write the figures here as JSON')
    a = ap.parse_args(argv)
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
        figures[name]['strict_positive_per_observation'] = {k: round(v, 3) for k, v in m['strict_positive_per_observation'].items()}
    print(json.dumps(figures, indent=1))
    if a.out:
        a.out.write_text(json.dumps(figures, indent=1))


if __name__ == '__main__':
    main()
