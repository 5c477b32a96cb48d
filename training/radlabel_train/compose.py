"""Training reports recombined from labelled sentences.

Real reports almost never say "No atelectasis." or "possible pneumothorax", and when they do the
sentence sits among five normal ones. Recombination puts such sentences into realistic reports:
a training report's own sentences (normal ones sometimes dropped, FINDINGS sometimes shuffled)
plus one or two inserted sentences that negate, hedge or affirm a rare finding. The labels
follow from the sentence labels by the guideline's precedence (positive > uncertain > negative)
and the No Finding rule, so no new teacher call is needed."""
from __future__ import annotations

import random

from .data import Example, model_text
from .labels import KEYS, NOT_MENTIONED, no_finding

POS, NEG, UNC = 0, 1, 2
_RANK = {POS: 3, UNC: 2, NEG: 1, NOT_MENTIONED: 0}
# Observations that real reports rarely affirm (rare heads) or rarely negate: the sentences that
# carry them are the ones worth placing into other reports.
RARE_POSITIVE = {'ECM', 'LL', 'ED', 'CO', 'PNA', 'PTX', 'PO', 'FX', 'AT'}
RARE_NEGATIVE = {'ECM', 'LL', 'ED', 'CO', 'PNA', 'AT', 'PO', 'FX', 'SD'}


def combine(label_lists) -> list[int]:
    """One report's labels from its sentences' labels: positive > uncertain > negative per
    observation, then No Finding by the CheXpert rule (never negative or uncertain)."""
    out = [NOT_MENTIONED] * len(KEYS)
    for labels in label_lists:
        for k, c in enumerate(labels):
            if k and _RANK[c] > _RANK[out[k]]:
                out[k] = c
    out[0] = no_finding(out)
    return out


def is_normal(labels) -> bool:
    """Nothing present or hedged (negatives only): safe to drop from a report."""
    return all(c not in (POS, UNC) for c in labels[1:])


def is_informative(labels) -> bool:
    """Hedges anything, affirms a rare finding, or negates an observation real reports rarely negate."""
    for k, c in enumerate(labels[1:], 1):
        key = KEYS[k]
        if c == UNC or (c == POS and key in RARE_POSITIVE) or (c == NEG and key in RARE_NEGATIVE):
            return True
    return False


def sentence_text(text: str, rng: random.Random) -> str:
    """A lone sentence as the runtime would present it: under FINDINGS, under IMPRESSION, or as
    headingless text (the runtime's fallback for free text)."""
    r = rng.random()
    if r < 0.5:
        return model_text(text, '')
    if r < 0.75:
        return model_text('', text)
    return text


def compose(bases, sentences, inserts, normals, n: int, rng: random.Random) -> list[Example]:
    """`n` recombined reports.

    bases: (findings sids, impression sids) of training reports; sentences: sid -> Sentence, only
    those allowed to train (so a base loses any sentence that occurs in a held-out report);
    inserts: informative sentences to place; normals: normal sentences to fill a report that
    became too short."""
    out = []
    for i in range(n):
        fnd, imp = rng.choice(bases)
        fnd = [sentences[s] for s in fnd if s in sentences]
        imp = [sentences[s] for s in imp if s in sentences]
        fnd = [s for s in fnd if not (is_normal(s.labels) and rng.random() < 0.3)]
        if rng.random() < 0.5:
            rng.shuffle(fnd)
        while len(fnd) + len(imp) < 3 and normals:
            fnd.insert(rng.randrange(len(fnd) + 1), rng.choice(normals))
        for _ in range(rng.choice((1, 1, 2))):
            s = rng.choice(inserts)
            target = fnd if rng.random() < 0.7 else imp
            target.insert(rng.randrange(len(target) + 1), s)
        text = model_text(' '.join(s.text for s in fnd), ' '.join(s.text for s in imp))
        out.append(Example(f'composed-{i}', text, combine(s.labels for s in fnd + imp), 'composed'))
    return out
