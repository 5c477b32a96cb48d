"""A distillation refresh: the serving student trained on with the teacher's new labels, published
only if cross-validation says it is not worse.

    python -m radlabel_train.refresh --shared ../shared --cv-run training/runs/cv/main \\
        --teacher-labels export.jsonl --name 2026-12-01 \\
        --current models/default --publish-root models --link models/current

1. Cross-validation against the current model, fold by fold: the current recipe's fold model
   (`cv-run/fold<i>.pt`, trained without fold i) is trained on for `--epochs` more on what fold i
   may see (the recipe's data plus the teacher's rows whose report is not in fold i) and scored on
   fold i exactly as `cv.py` scores; the current figure of the fold is the recipe's own
   (`cv-run/fold<i>.json`). Paired folds, so the change is the refresh's, not the split's. Each
   finished fold is a file under training/runs/refresh/NAME/ (resumable).
2. The gate: the refreshed mean must not fall below the current mean (minus `--tolerance`) for
   4-class macro-F1 against the teacher and for strict positive macro-F1 against the MeSH gold.
   One more epoch improves the 4-class figure by itself (the loop experiment's control arm), so
   this gate credits the extra training to the labels. `--against-control NAME` makes it
   stricter: the refresh must also not fall below a finished *control* refresh (the same
   schedule with no teacher labels, `--name NAME` without `--teacher-labels`) on either figure,
   i.e. the labels must add something beyond the extra epoch.
3. Publishing (all folds done, gate passed, `--current` given): the serving student (its weights
   read back from its ONNX graph, checked against it) is trained on the same way with nothing held
   out and exported as a new versioned directory under `--publish-root`; its card carries both
   cross-validated figures. `--link` then repoints a symlink at it atomically, which a running
   `radlabel run` picks up (hot reload).

Exit status: 0 published or screened (`--only`), 3 the gate refused, 2 bad input."""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

# The figures the gate holds the refresh to; the others are reported.
GATED = ('four_class_macro_f1', 'strict_positive_macro_f1')
REPORTED = GATED + ('sentence_four_class_macro_f1', 'teacher_strict_positive_macro_f1')


def compare(folds: list[dict], tolerance: float, control: list[dict] | None = None) -> dict:
    """Current vs refreshed over the folds, and the gate's verdict (pure: no torch). `control`:
    the folds of a control refresh (no teacher labels), which the refresh must also not fall
    below."""
    out = {'folds': len(folds), 'tolerance': tolerance, 'figures': {}}
    for f in REPORTED:
        cur = [r['current'][f] for r in folds]
        new = [r['refreshed'][f] for r in folds]
        change = [n - c for c, n in zip(cur, new)]
        out['figures'][f] = {
            'current': {'mean': statistics.mean(cur), 'per_fold': cur},
            'refreshed': {'mean': statistics.mean(new), 'per_fold': new},
            'change': {'mean': statistics.mean(change), 'min': min(change), 'max': max(change), 'per_fold': change}}
    figs = out['figures']
    drops = [f"{f} {figs[f]['current']['mean']:.4f} -> {figs[f]['refreshed']['mean']:.4f}"
             for f in GATED if figs[f]['refreshed']['mean'] < figs[f]['current']['mean'] - tolerance]
    if control is not None:
        by_fold = {r['fold']: r for r in control}
        missing = [r['fold'] for r in folds if r['fold'] not in by_fold]
        if missing:
            raise ValueError(f'the control refresh has not finished fold(s) {missing}')
        control = [by_fold[r['fold']] for r in folds]
        if any(r.get('teacher_labels') for r in control):
            raise ValueError('the control refresh was trained with teacher labels: not a control')
        for f in REPORTED:
            figs[f]['control'] = {'mean': statistics.mean(r['refreshed'][f] for r in control)}
        drops += [f"{f} below the control refresh {figs[f]['control']['mean']:.4f} -> {figs[f]['refreshed']['mean']:.4f}"
                  for f in GATED if figs[f]['refreshed']['mean'] < figs[f]['control']['mean'] - tolerance]
    out['publish'] = not drops
    out['reason'] = ('the cross-validated mean did not drop' + (' and is not below the control' if control is not None else '')
                     if not drops else 'the cross-validated mean dropped: ' + ', '.join(drops))
    return out


def recipe_of(settings: dict, a) -> argparse.Namespace:
    """The data recipe the current fold model was trained with (its `cv.py` settings), the
    refresh's schedule on top."""
    r = argparse.Namespace(**settings)
    r.epochs, r.lr, r.head_lr, r.seed = a.epochs, a.lr, a.head_lr, a.seed
    r.teacher_labels = a.teacher_labels
    r.exclude_uids = settings.get('exclude_uids')
    return r


def refresh_fold(i: int, a, corpus, tok, base) -> dict:
    import random

    import torch

    from . import recipe
    from .cv import FIGURES, score
    from .gold import load_gold
    from .train import describe, fit
    current = json.loads((a.cv_run / f'fold{i}.json').read_text())
    r = recipe_of(current['settings'], a)
    folds = r.folds
    unseen = recipe.read_uids(r.exclude_uids)
    held, held_sentences = recipe.held_out(corpus, folds, i, unseen)
    held_out = {e.uid for e in held}
    train = recipe.training_set(corpus, r, held_out, random.Random(a.seed + 1000 + i), unseen)
    if a.limit:
        train = random.Random(a.seed).sample(train, a.limit)
        held, held_sentences = held[:a.limit // 4], held_sentences[:a.limit // 4]
    teacher_rows = sum(1 for e in corpus.teacher if e.uid not in held_out)
    print(f'refresh fold {i}/{folds}: train {len(train)} {describe(train)}, {teacher_rows} teacher rows, '
          f'held out {len(held)} reports', flush=True)
    t0 = time.time()
    state = torch.load(a.cv_run / f'fold{i}.pt')
    model, history = fit(train, r, tok, base, init_state=state)
    final, _ = score(model, tok, r, held, load_gold(a.shared, held_out), held_sentences)
    current = current['final']
    return {'fold': i, 'teacher_labels': [str(p) for p in a.teacher_labels], 'teacher_rows_trained': teacher_rows, 'train': describe(train), 'held_out_reports': len(held),
            'minutes': (time.time() - t0) / 60, 'history': history,
            'current': {k: current[k] for k in FIGURES}, 'refreshed': {k: final[k] for k in FIGURES},
            'refreshed_per_observation': {k: final[k] for k in ('strict_positive_per_observation',
                                                                 'four_class_per_observation')}}


def publish(a, corpus, tok, base, verdict, settings: dict, folds: list[dict]) -> Path:
    """Train the serving student on with everything and write the new versioned directory."""
    import random

    import torch

    from . import recipe
    from .export import export_model_dir
    from .onnx_weights import load_current
    from .train import describe, fit
    r = recipe_of(settings, a)
    cfg = json.loads((a.current / 'config.json').read_text())
    current = load_current(a.current, base, cfg['max_length'])
    train = recipe.training_set(corpus, r, set(), random.Random(a.seed), recipe.read_uids(r.exclude_uids))
    if a.limit:
        train = random.Random(a.seed).sample(train, a.limit)
    print(f'publish: train {len(train)} {describe(train)} from {a.current} ({cfg["version"]})', flush=True)
    model, history = fit(train, r, tok, base, init_state=current.state_dict())
    r.model_name = cfg['name']
    r.model_version = a.model_version
    out = a.publish_root / f'{cfg["name"]}-{a.model_version}'
    if out.exists():
        raise SystemExit(f'refresh: {out} exists already; pass another --model-version')
    tmp = out.with_name(out.name + '.partial')
    export_model_dir(model, tok, tmp, r, history=history, cv=refreshed_cv(folds), data=describe(train),
                     refresh={'from': cfg['version'], **verdict}, calibration=[e.text for e in train if e.source == 'openi'])
    torch.save(model.state_dict(), a.runs / a.name / 'published.pt')
    os.replace(tmp, out)
    if a.link:
        repoint(a.link, out)
    return out


def refreshed_cv(folds: list[dict]) -> dict:
    """The refreshed folds in the shape of a cv.py summary (for config.json and the card)."""
    from .metrics import summarize
    results = [{'final': {**r['refreshed'], **r['refreshed_per_observation']}} for r in folds]
    return summarize(results)


def repoint(link: Path, target: Path):
    """Swap a symlink to `target` in one rename, so a watcher sees the old or the new directory."""
    if link.exists() and not link.is_symlink():
        raise SystemExit(f'refresh: --link {link} is a real directory, not a symlink; not replacing it')
    tmp = link.with_name(f'.{link.name}.{os.getpid()}')
    tmp.unlink(missing_ok=True)
    tmp.symlink_to(os.path.relpath(target.resolve(), link.parent.resolve()))
    os.replace(tmp, link)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--shared', type=Path, default=Path('../shared'))
    ap.add_argument('--cv-run', type=Path, required=True,
                    help="the current recipe's cross-validation (cv.py): fold<i>.pt weights and fold<i>.json figures")
    ap.add_argument('--teacher-labels', type=Path, action='append', default=[],
                    help='`radlabel teacher export` JSON lines (repeatable); none: a control refresh (more training only)')
    ap.add_argument('--name', required=True, help='results go to training/runs/refresh/NAME/')
    ap.add_argument('--runs', type=Path, default=Path('training/runs/refresh'))
    ap.add_argument('--only', help='comma-separated folds to run now (screening: never publishes)')
    ap.add_argument('--epochs', type=int, default=1, help='epochs of further training')
    ap.add_argument('--lr', type=float, default=2e-5, help='encoder learning rate (a quarter of the recipe\'s)')
    ap.add_argument('--head-lr', type=float, default=2.5e-4)
    ap.add_argument('--seed', type=int, default=7)
    ap.add_argument('--tolerance', type=float, default=0.0, help='how far a gated mean may fall and still publish')
    ap.add_argument('--against-control', metavar='NAME',
                    help='also gate against a finished control refresh (runs/NAME, no teacher labels): the labels must beat more training alone')
    ap.add_argument('--current', type=Path, help='the serving model directory to refresh (publishing needs it)')
    ap.add_argument('--publish-root', type=Path, default=Path('models'))
    ap.add_argument('--model-version', default=time.strftime('%Y.%m.%d.%H%M'))
    ap.add_argument('--link', type=Path, help='a symlink to repoint at the published directory (the connector\'s model.dir)')
    ap.add_argument('--threads', type=int, default=2)
    ap.add_argument('--limit', type=int, help='smoke run: N training examples, N/4 held-out reports')
    a = ap.parse_args(argv)
    if not (a.cv_run / 'fold0.json').exists():
        print(f'refresh: {a.cv_run} holds no cross-validation (fold0.json); run radlabel_train.cv first', file=sys.stderr)
        return 2
    settings = json.loads((a.cv_run / 'fold0.json').read_text())['settings']
    folds_total = settings['folds']
    if a.current and (a.current / 'model.onnx').exists():
        # The gate's evidence is the cross-validation run's folds; the published model continues
        # the serving one. Both must be the same architecture, or the evidence is about another.
        from .onnx_weights import pooling_of
        serving, judged = pooling_of(a.current / 'model.onnx'), settings.get('pooling', 'mean')
        if serving != judged:
            print(f'refresh: {a.current} pools by {serving}, the cross-validation run {a.cv_run} by {judged}: '
                  'refresh with the cross-validation of the serving recipe', file=sys.stderr)
            return 2
    for p in a.teacher_labels:
        if not p.exists():
            print(f'refresh: --teacher-labels {p} does not exist', file=sys.stderr)
            return 2
    import torch
    from transformers import AutoTokenizer

    from . import recipe
    from .base import resolve
    torch.set_num_threads(a.threads)
    base = resolve(settings.get('base'))
    tok = AutoTokenizer.from_pretrained(base)
    corpus = recipe.Corpus.load(a.shared, a.teacher_labels)
    out = a.runs / a.name
    out.mkdir(parents=True, exist_ok=True)
    only = [int(x) for x in a.only.split(',')] if a.only else range(folds_total)
    for i in only:
        done = out / f'fold{i}.json'
        if done.exists():
            print(f'refresh fold {i}: done already ({done})', flush=True)
            continue
        if not (a.cv_run / f'fold{i}.pt').exists():
            print(f'refresh: {a.cv_run}/fold{i}.pt missing: finish the cross-validation first', file=sys.stderr)
            return 2
        result = refresh_fold(i, a, corpus, tok, base)
        done.write_text(json.dumps(result, indent=1))
        print(f'refresh fold {i}: ' + json.dumps({k: [round(result['current'][k], 4), round(result['refreshed'][k], 4)]
                                                  for k in GATED}), flush=True)
    folds = [json.loads(p.read_text()) for p in sorted(out.glob('fold*.json'))]
    control = None
    if a.against_control:
        control = [json.loads(p.read_text()) for p in sorted((a.runs / a.against_control).glob('fold*.json'))]
        if not control:
            print(f'refresh: --against-control {a.against_control}: no finished control folds under {a.runs}', file=sys.stderr)
            return 2
    try:
        verdict = compare(folds, a.tolerance, control)
    except ValueError as e:
        print(f'refresh: --against-control {a.against_control}: {e}', file=sys.stderr)
        return 2
    (out / 'summary.json').write_text(json.dumps({'name': a.name, 'teacher_labels': [str(p) for p in a.teacher_labels],
                                                   **verdict}, indent=1))
    for f, v in verdict['figures'].items():
        control = f" control {v['control']['mean']:.4f}" if 'control' in v else ''
        print(f"{f}: current {v['current']['mean']:.4f} refreshed {v['refreshed']['mean']:.4f}{control} "
              f"change {v['change']['mean']:+.4f} per fold {[round(x, 4) for x in v['change']['per_fold']]}")
    if a.only or len(folds) < folds_total:
        print(f'screening: {len(folds)} of {folds_total} folds; nothing is published')
        return 0
    if not verdict['publish']:
        print(f'not published: {verdict["reason"]}')
        return 3
    if not a.current:
        print('gate passed; no --current given, so nothing is published')
        return 0
    print(f'published {publish(a, corpus, tok, base, verdict, settings, folds)}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
