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

_RANK = (3, 1, 2, 0)  # positive, negative, uncertain, not mentioned: the guideline's precedence


def decided_confidence(rows: list[list[list[float]]]) -> tuple[list[int], list[float]]:
    """The runtime's combination of a report's inputs (src/core/decision.rs `label`): per
    observation, each input decided by argmax, the strongest decision by precedence wins and
    ties go to the input surest of it; that input's probability of the class is the confidence.
    No Finding (index 0) is decided by the rule and routes on nothing; its entry is left 1.0."""
    from .labels import no_finding
    decided, conf = [3] * len(rows[0]), [1.0] * len(rows[0])
    for k in range(1, len(rows[0])):
        best = None
        for row in rows:
            c = max(range(len(row[k])), key=lambda j: row[k][j])
            key = (_RANK[c], row[k][c])
            if best is None or key > best[0]:
                best = (key, c)
        decided[k], conf[k] = best[1], best[0][1]
    decided[0] = no_finding(decided)
    return decided, conf


def routed(decided: list[int], conf: list[float], min_confidence: float = 0.5) -> bool:
    """The connector's default routing (cv.py `routing`): any uncertain decision, or any
    observation (No Finding aside) decided with less than the floor."""
    return any(c == 2 for c in decided) or any(p < min_confidence for p in conf[1:])


def routing_counts(held, rows_per_report) -> dict:
    """Reports routed to the teacher, overall and among those the teacher marks uncertain."""
    out = {'reports': 0, 'routed': 0, 'teacher_uncertain_reports': 0, 'teacher_uncertain_routed': 0}
    for e, rows in zip(held, rows_per_report):
        r = routed(*decided_confidence(rows))
        out['reports'] += 1
        out['routed'] += r
        if any(c == 2 for c in e.labels):
            out['teacher_uncertain_reports'] += 1
            out['teacher_uncertain_routed'] += r
    return out


def pooled_routing(counts: list[dict]) -> dict:
    """cv.py's routing figure from every fold's counts."""
    n = sum(c['reports'] for c in counts)
    u = sum(c['teacher_uncertain_reports'] for c in counts)
    return {'reports': n, 'routed_share': sum(c['routed'] for c in counts) / max(1, n),
            'teacher_uncertain_reports': u,
            'teacher_uncertain_routed_share': sum(c['teacher_uncertain_routed'] for c in counts) / max(1, u)}


def summarize(results_dir: Path, folds: int) -> dict:
    """The recipe's cross-validation as the runtime reads sentence by sentence, in cv.py's
    summary shape (what the model card and config.json take): the sentence vote's figures of
    every fold (sentvote_fold<i>.json), the held-out-sentence figure from cv.py's fold<i>.json
    (sentences read alone are the same either way). Refuses while a fold is missing."""
    results, counts = [], []
    for i in range(folds):
        vote, whole = results_dir / f'sentvote_fold{i}.json', results_dir / f'fold{i}.json'
        if not (vote.exists() and whole.exists()):
            raise SystemExit(f'{vote} or {whole} is missing: run cv.py and sentvote.py for fold {i} first')
        v = json.loads(vote.read_text())['sentence_vote']
        if 'four_class_per_observation' not in v:
            raise SystemExit(f'{vote} predates per-observation 4-class figures: run sentvote.py for fold {i} again')
        counts.append(v.get('routing'))
        final = dict(v, sentence_four_class_macro_f1=json.loads(whole.read_text())['final']['sentence_four_class_macro_f1'])
        results.append({'final': final})
    summary = summarize_folds(results)
    summary['reading'] = 'sentences'
    if all(counts):
        summary['routing'] = pooled_routing(counts)
    else:
        summary['routing_not_computed'] = 'a fold\'s sentvote figures predate routing counts: run sentvote.py for it again'
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
    ap.add_argument('--framing', choices=('bare', 'section'), default='bare',
                    help="each sentence as cut (bare: what the runtime reads) or under its section's heading "
                         "('FINDINGS: ...', 'IMPRESSION: ...'), as most training sentences are shown")
    a = ap.parse_args(argv)
    if a.summarize:
        s = summarize(a.summarize, a.folds)
        (a.summarize / 'summary_sentences.json').write_text(json.dumps({'name': a.summarize.name, **s}, indent=1))
        print(json.dumps({k: s[k] for k in ('strict_positive_macro_f1', 'four_class_macro_f1')}, indent=1))
        return
    if a.run is None or a.fold is None:
        ap.error('--run and --fold are needed (or --summarize)')
    vote(a)


def held_out_sentences(run: Path, fold: int, shared: Path, folds: int = 3, max_length: int = 256,
                       threads: int = 2, framing: str = 'bare'):
    """One fold's held-out reports, that fold's model's whole-report probabilities for them
    (cv.py kept them) and its probabilities for each of their sentences, cut by the shared rule
    and read as the runtime reads them. Returns (corpus, held, report_probs, rows_per_report,
    sentence count)."""
    import torch
    from transformers import AutoTokenizer

    from . import recipe
    from .base import resolve
    from .model import Student
    from .train import predict
    torch.set_num_threads(threads)
    corpus = recipe.Corpus.load(shared)
    held, _ = recipe.held_out(corpus, folds, fold)
    base = resolve(None)
    tok = AutoTokenizer.from_pretrained(base)
    model = Student.from_checkpoint(base, torch.load(run / f'fold{fold}.pt', map_location='cpu'))
    model.eval()
    report_probs = json.loads((run / f'fold{fold}_probs.json').read_text())

    # Every held-out report's sentences, in one batch of short sequences.
    texts, owner = [], []
    for r, e in enumerate(held):
        findings, impression = corpus.parts.get(e.uid, ((), ()))
        for heading, sids in (('FINDINGS: ', findings), ('IMPRESSION: ', impression)):
            for sid in sids:
                if sid in corpus.sentences:
                    text = corpus.sentences[sid].text
                    texts.append(heading + text if framing == 'section' else text)
                    owner.append(r)
    enc = tok(texts, truncation=True, max_length=max_length)['input_ids']
    probs = predict(model, texts, enc, tok.pad_token_id)
    rows_per_report: list[list] = [[] for _ in held]
    for r, row in zip(owner, probs.tolist()):
        rows_per_report[r].append(row)
    return corpus, held, report_probs, rows_per_report, len(texts)


def vote(a):
    """One fold: its held-out reports read whole and sentence by sentence."""
    from . import labels
    from .compose import combine
    from .gold import load_gold
    from .train import evaluate
    corpus, held, report_probs, rows_per_report, n_sentences = held_out_sentences(
        a.run, a.fold, a.shared, a.folds, a.max_length, a.threads, a.framing)
    gold = load_gold(a.shared, {e.uid for e in held})
    whole = [labels.decide(report_probs[e.uid]) for e in held]
    per_report = [[labels.decide(row) for row in rows] for rows in rows_per_report]
    # A report without a labelled sentence (an empty section) keeps its whole-report decision.
    vote = [combine(rows) if rows else w for rows, w in zip(per_report, whole)]
    # The stronger of the two decisions per observation: the same precedence over two "sentences".
    both = [combine([v, w]) for v, w in zip(vote, whole)]

    keep = ('strict_positive_macro_f1', 'four_class_macro_f1', 'teacher_strict_positive_macro_f1')
    figures = {'fold': a.fold, 'run': str(a.run), 'framing': a.framing, 'reports': len(held), 'sentences': n_sentences,
               'reports_without_sentences': sum(1 for rows in per_report if not rows)}
    # What each reading would route: a report read whole is its one input; without a
    # labelled sentence the vote falls back to it, as the runtime does.
    whole_rows = [[report_probs[e.uid]] for e in held]
    route = {'whole_report': routing_counts(held, whole_rows),
             'sentence_vote': routing_counts(held, [rows or w for rows, w in zip(rows_per_report, whole_rows)])}
    for name, pred in (('whole_report', whole), ('sentence_vote', vote), ('stronger_of_both', both)):
        m = evaluate(held, pred, gold)
        figures[name] = {k: round(m[k], 4) for k in keep}
        for per in ('strict_positive_per_observation', 'four_class_per_observation'):
            figures[name][per] = {k: round(v, 3) for k, v in m[per].items()}
        if name in route:
            figures[name]['routing'] = route[name]
    print(json.dumps(figures, indent=1))
    if a.out:
        a.out.write_text(json.dumps(figures, indent=1))


if __name__ == '__main__':
    main()
