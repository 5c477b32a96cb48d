"""The label space shared by training, export and the Rust runtime.

Order matters: it is the order of the model's 14 heads and of `config.json`."""
from __future__ import annotations

import math
import re

KEYS = ['NF', 'ECM', 'CM', 'LO', 'LL', 'ED', 'CO', 'PNA', 'AT', 'PTX', 'EFF', 'PO', 'FX', 'SD']
NAMES = ['No Finding', 'Enlarged Cardiomediastinum', 'Cardiomegaly', 'Lung Opacity', 'Lung Lesion',
         'Edema', 'Consolidation', 'Pneumonia', 'Atelectasis', 'Pneumothorax', 'Pleural Effusion',
         'Pleural Other', 'Fracture', 'Support Devices']
# Class index order of every head. "not_mentioned" is the blank class of CheXbert.
CLASSES = ['positive', 'negative', 'uncertain', 'not_mentioned']
MARK_TO_CLASS = {'+': 0, '-': 1, '?': 2}
NOT_MENTIONED = 3
PATHOLOGY = KEYS[1:13]  # the 12 observations that can block No Finding

_TOKEN = re.compile(r'^([A-Z]+)([+\-?])$')


class LabelError(ValueError):
    """A teacher label line that does not follow the guideline's format."""


def parse_label_part(part: str) -> list[int]:
    """Parse 'NF+ CM- LO?' into 14 class indices (not mentioned where absent).

    Several marks for one key combine as the guideline says: + beats ? beats -."""
    out = [NOT_MENTIONED] * len(KEYS)
    rank = {0: 3, 2: 2, 1: 1, NOT_MENTIONED: 0}
    for tok in part.split():
        m = _TOKEN.match(tok)
        if not m or m.group(1) not in KEYS:
            raise LabelError(f'bad label token {tok!r}')
        i = KEYS.index(m.group(1))
        c = MARK_TO_CLASS[m.group(2)]
        if rank[c] > rank[out[i]]:
            out[i] = c
    return out


def format_label_part(classes: list[int]) -> str:
    """14 class indices as 'NF+ CM- LO?' (not-mentioned left out): `parse_label_part`'s inverse."""
    mark = {c: m for m, c in MARK_TO_CLASS.items()}
    return ' '.join(f'{k}{mark[c]}' for k, c in zip(KEYS, classes) if c in mark)


def read_teacher_tsv(path) -> dict[str, list[int]]:
    """uid -> 14 class indices. Raises LabelError naming the line on bad input."""
    labels: dict[str, list[int]] = {}
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip('\r\n')
            if not line.strip():
                continue
            if '\t' not in line:
                raise LabelError(f'{path}:{n}: expected "uid<TAB>labels"')
            uid, part = line.split('\t', 1)
            try:
                labels[uid.strip()] = parse_label_part(part)
            except LabelError as e:
                raise LabelError(f'{path}:{n}: {e}') from None
    return labels


def no_finding(classes: list[int]) -> int:
    """The CheXpert No Finding rule: positive only when no pathology is + or ?."""
    blocked = any(classes[KEYS.index(k)] in (0, 2) for k in PATHOLOGY)
    return NOT_MENTIONED if blocked else 0


def decide(row: list[list[float]], positive_bias=0.0) -> list[int]:
    """Argmax per head, then the No Finding rule: the runtime's decision (src/core), used by
    training, cross-validation and the seed analysis alike. `positive_bias` is added to the
    positive class's log-probability: one number for every head or one per head (0: the
    runtime's rule)."""
    bias = positive_bias if isinstance(positive_bias, (list, tuple)) else [positive_bias] * len(row)

    def score(p, k, c):
        return math.log(max(p[c], 1e-12)) + (bias[k] if c == 0 else 0.0)
    classes = [max(range(len(p)), key=lambda c: score(p, k, c)) for k, p in enumerate(row)]
    classes[0] = no_finding(classes)
    return classes
