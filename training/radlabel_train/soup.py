"""Weight averaging of seeds (a "model soup"): one student whose weights are the mean of fold
models trained by the same recipe with different seeds, scored on the fold as cv.py scores.

    python -m radlabel_train.soup --run training/runs/cv/A --run training/runs/cv/B --name soup-A-B

Averaging probabilities (seeds.py, ensemble.py) costs one forward pass per seed, which halves
the runtime's speed; a soup costs one, so it would ship at the single model's speed if it kept
the ensemble's gain. Whether it does is what this measures: per fold, beside each seed's own
figures. The members start from the same pretrained encoder, but their heads start from
different random weights, so the average may also be worse than either: nothing here assumes it
helps. Writes training/runs/cv/NAME/fold<i>.json and fold<i>_probs.json (the cv.py layout, so
seeds.py can compare it); resumable per fold."""
from __future__ import annotations

import argparse
import json
from pathlib import Path
from types import SimpleNamespace


def average_states(states: list[dict]) -> dict:
    """The mean of each floating-point tensor; other tensors (integer buffers such as position
    ids) must be equal in every member and are taken as they are."""
    import torch
    keys = set(states[0])
    if any(set(s) != keys for s in states[1:]):
        raise ValueError('the members do not have the same parameters: not the same architecture')
    out = {}
    for k, v in states[0].items():
        if v.is_floating_point():
            out[k] = torch.stack([s[k].to(torch.float64) for s in states]).mean(0).to(v.dtype)
        elif all(torch.equal(v, s[k]) for s in states[1:]):
            out[k] = v
        else:
            raise ValueError(f'{k}: a non-float tensor differs between members')
    return out


def main(argv=None):
    import torch
    from transformers import AutoTokenizer

    from . import recipe
    from .base import resolve
    from .cv import FIGURES, score, write_probs
    from .gold import load_gold
    from .model import Student

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--run', type=Path, action='append', required=True, help='a cv.py run directory (repeat; same recipe, other seeds)')
    ap.add_argument('--name', required=True, help='results go to training/runs/cv/NAME/')
    ap.add_argument('--runs', type=Path, default=Path('training/runs/cv'))
    ap.add_argument('--shared', type=Path, default=Path('../shared'))
    ap.add_argument('--threads', type=int, default=2)
    a = ap.parse_args(argv)
    if len(a.run) < 2:
        ap.error('--run: give at least two runs')
    torch.set_num_threads(a.threads)
    settings = json.loads((a.run[0] / 'fold0.json').read_text())['settings']
    member_seeds = [json.loads((r / 'fold0.json').read_text())['settings']['seed'] for r in a.run]
    s = SimpleNamespace(**settings)
    out = a.runs / a.name
    out.mkdir(parents=True, exist_ok=True)
    base = resolve(s.base)
    tok = AutoTokenizer.from_pretrained(base)
    corpus = recipe.Corpus.load(a.shared, [])
    unseen = recipe.read_uids(s.exclude_uids)
    for i in range(s.folds):
        paths = [r / f'fold{i}.pt' for r in a.run]
        if (out / f'fold{i}.json').exists() or not all(p.exists() for p in paths):
            continue
        model = Student.from_checkpoint(base, average_states([torch.load(p) for p in paths]))
        model.eval()
        held, held_sentences = recipe.held_out(corpus, s.folds, i, unseen)
        final, probs = score(model, tok, s, held, load_gold(a.shared, {e.uid for e in held}), held_sentences)
        members = [json.loads((r / f'fold{i}.json').read_text())['final'] for r in a.run]
        write_probs(out / f'fold{i}_probs.json', held, probs)
        (out / f'fold{i}.json').write_text(json.dumps({
            'fold': i, 'settings': {**settings, 'name': a.name, 'seed': 'soup ' + '+'.join(str(m) for m in member_seeds),
                                    'soup_of': [str(r) for r in a.run]},
            'held_out_reports': len(held), 'members': [{k: m[k] for k in FIGURES} for m in members], 'final': final}, indent=1))
        line = '  '.join(f"member {n}: {m['strict_positive_macro_f1']:.4f} / {m['four_class_macro_f1']:.4f}" for n, m in enumerate(members))
        print(f"fold {i}: {line}  soup: {final['strict_positive_macro_f1']:.4f} / {final['four_class_macro_f1']:.4f}", flush=True)


if __name__ == '__main__':
    main()
