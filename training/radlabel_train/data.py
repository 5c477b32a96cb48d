"""Reading reports and building the model input text.

The text layout ("FINDINGS: ... IMPRESSION: ...") must match what the Rust runtime builds
from a report (src/sections.rs); tests on both sides pin the same strings."""
from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass

from .labels import read_teacher_tsv


@dataclass
class Example:
    uid: str
    text: str
    labels: list[int]
    source: str  # 'openi' or 'synthetic'


def model_text(findings: str, impression: str) -> str:
    """The single string the student reads. Empty sections are left out."""
    parts = []
    f, i = (findings or '').strip(), (impression or '').strip()
    if f:
        parts.append(f'FINDINGS: {f}')
    if i:
        parts.append(f'IMPRESSION: {i}')
    return ' '.join(parts)


def is_dev(uid: str, dev_percent: int = 10) -> bool:
    """Fixed dev split by uid: a hash, so it never depends on file order or a seed."""
    h = int(hashlib.sha256(uid.encode('utf-8')).hexdigest()[:8], 16)
    return h % 100 < dev_percent


def load(reports_csv, labels_tsv, source: str) -> list[Example]:
    """Reports with text and a teacher label. Reports without text are skipped (nothing to learn)."""
    labels = read_teacher_tsv(labels_tsv)
    out = []
    with open(reports_csv, newline='', encoding='utf-8') as f:
        for row in csv.DictReader(f):
            missing = {'uid', 'findings', 'impression'} - set(row)
            if missing:
                raise ValueError(f'{reports_csv}: missing columns {sorted(missing)}')
            text = model_text(row['findings'], row['impression'])
            uid = row['uid'].strip()
            if not text or uid not in labels:
                continue
            out.append(Example(uid, text, labels[uid], source))
    return out


def splits(openi: list[Example], synthetic: list[Example], use_synthetic: bool = True):
    """(train, dev). Dev holds real reports only: synthetic text never judges a model."""
    train = [e for e in openi if not is_dev(e.uid)]
    dev = [e for e in openi if is_dev(e.uid)]
    if use_synthetic:
        train += synthetic
    return train, dev
