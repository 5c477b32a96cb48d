"""Reading reports and building the model input text.

The text layout ("FINDINGS: ... IMPRESSION: ...") must match what the Rust runtime builds
from a report (src/sections.rs); tests on both sides pin the same strings."""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass

from .labels import parse_label_part, read_teacher_tsv


@dataclass
class Example:
    uid: str
    text: str
    labels: list[int]
    source: str  # openi, synthetic, sentence or composed


def model_text(findings: str, impression: str) -> str:
    """The single string the student reads. Empty sections are left out."""
    parts = []
    f, i = (findings or '').strip(), (impression or '').strip()
    if f:
        parts.append(f'FINDINGS: {f}')
    if i:
        parts.append(f'IMPRESSION: {i}')
    return ' '.join(parts)


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


def load_teacher_export(path) -> list[Example]:
    """Rows of `radlabel teacher export` (JSON lines: report_id, redacted text, marks): the
    reports the teacher labelled from the uncertain topic, already in the model's text layout."""
    out = []
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            missing = {'report_id', 'text', 'marks'} - set(row)
            if missing:
                raise ValueError(f'{path}:{n}: missing fields {sorted(missing)}')
            if row['text'].strip():
                out.append(Example(str(row['report_id']), row['text'], parse_label_part(row['marks']), 'teacher'))
    return out
