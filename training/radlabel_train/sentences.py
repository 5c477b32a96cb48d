"""Sentence-level teacher labels: thousands of short examples of negation, hedging and rare
findings that whole reports bury among normal sentences.

Open-i sentences are cut from `reports.csv` by the shared tool (`tools/openi_sentences.py`), so
no report text is ever stored a second time; each knows the reports it occurs in, which is what
keeps a held-out fold honest (a sentence of a held-out report never trains that fold)."""
from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path

from .labels import parse_label_part


@dataclass(frozen=True)
class Sentence:
    sid: str
    text: str
    labels: tuple[int, ...]
    uids: frozenset[str]  # Open-i reports containing it; empty for synthetic sentences
    source: str  # 'openi' or 'synthetic'


def shared_tool(shared: Path):
    """The shared sentence splitter/joiner, imported from ../shared/tools (never copied)."""
    spec = importlib.util.spec_from_file_location('openi_sentences', shared / 'tools' / 'openi_sentences.py')
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def load_openi(shared: Path):
    """(sentences, parts): every labelled Open-i sentence, and for each report uid the ids of its
    FINDINGS and IMPRESSION sentences in order (what report recombination starts from)."""
    import csv
    tool = shared_tool(shared)
    sentences = {sid: Sentence(sid, text, tuple(parse_label_part(marks)), frozenset(uids), 'openi')
                 for sid, text, uids, marks in tool.load()}
    parts = {}
    with open(shared / 'data' / 'openi' / 'reports.csv', newline='', encoding='utf-8') as f:
        for row in csv.DictReader(f):
            parts[row['uid'].strip()] = tuple([tool.sid(s) for s in tool.split(row[section])]
                                              for section in ('findings', 'impression'))
    return sentences, parts


def load_synthetic(shared: Path) -> list[Sentence]:
    out = []
    with open(shared / 'data' / 'synthetic' / 'sentences.tsv', encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip('\r\n')
            if not line.strip():
                continue
            parts = line.split('\t')
            if len(parts) != 3:
                raise ValueError(f'sentences.tsv:{n}: expected id<TAB>sentence<TAB>labels')
            sid, text, marks = parts
            out.append(Sentence(sid, text, tuple(parse_label_part(marks)), frozenset(), 'synthetic'))
    return out
