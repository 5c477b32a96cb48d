"""Recipe data: recombined reports, their labels, and the fold rule (no torch needed)."""
import argparse
import random

from radlabel_train import compose, recipe
from radlabel_train.data import Example
from radlabel_train.labels import KEYS, NOT_MENTIONED, parse_label_part
from radlabel_train.sentences import Sentence

NM = NOT_MENTIONED


def lab(marks):
    return tuple(parse_label_part(marks))


def test_combine_follows_precedence_and_the_no_finding_rule():
    out = compose.combine([lab('NF+ EFF-'), lab('EFF?'), lab('NF+ CM-')])
    assert out[KEYS.index('EFF')] == 2, 'uncertain beats negative'
    assert out[KEYS.index('CM')] == 1
    assert out[0] == NM, 'an uncertain pathology blocks No Finding'
    assert compose.combine([lab('NF+ PTX-'), lab('SD+')])[0] == 0, 'devices do not block No Finding'
    assert compose.combine([lab('CO+'), lab('CO-')])[KEYS.index('CO')] == 0, 'positive beats negative'


def test_informative_and_normal_sentences():
    assert compose.is_normal(lab('NF+ PTX- EFF-'))
    assert not compose.is_normal(lab('EFF?'))
    assert compose.is_informative(lab('NF+ AT-')), 'real reports almost never negate atelectasis'
    assert compose.is_informative(lab('CM?'))
    assert not compose.is_informative(lab('NF+ PTX-')), 'negated pneumothorax is everywhere already'


def corpus():
    s = {
        'a1': Sentence('a1', 'Heart normal.', lab('NF+ CM-'), frozenset({'r1', 'r2'}), 'openi'),
        'a2': Sentence('a2', 'Small left effusion.', lab('EFF+'), frozenset({'r1'}), 'openi'),
        'b1': Sentence('b1', 'Lungs clear.', lab('NF+ LO-'), frozenset({'r2'}), 'openi'),
        'b2': Sentence('b2', 'Possible pneumothorax.', lab('PTX?'), frozenset({'r2'}), 'openi'),
    }
    parts = {'r1': (['a1', 'a2'], []), 'r2': (['a1', 'b1'], ['b2'])}
    openi = [Example('r1', 'FINDINGS: Heart normal. Small left effusion.', list(lab('CM- EFF+')), 'openi'),
             Example('r2', 'FINDINGS: Heart normal. Lungs clear. IMPRESSION: Possible pneumothorax.', list(lab('CM- LO- PTX?')), 'openi')]
    syn = [Sentence('syn-s-1', 'No atelectasis.', lab('NF+ AT-'), frozenset(), 'synthetic')]
    return recipe.Corpus(openi, [], s, parts, syn)


def args(**kw):
    ap = argparse.ArgumentParser()
    recipe.add_args(ap)
    a = ap.parse_args([])
    for k, v in kw.items():
        setattr(a, k, v)
    return a


def test_a_held_out_reports_sentences_never_train_its_fold():
    c = corpus()
    train = recipe.training_set(c, args(composed=50, oversample_rare=1), {'r2'}, random.Random(1))
    texts = ' '.join(e.text for e in train)
    assert 'r2' not in {e.uid for e in train}
    assert 'Lungs clear.' not in texts and 'Possible pneumothorax.' not in texts, 'sentences of the held-out report'
    assert 'Heart normal.' in texts, 'r1 trains'
    assert 'Heart normal.' not in {e.text for e in train if e.source == 'sentence'}, 'a1 also occurs in held-out r2'
    assert any('No atelectasis.' in e.text for e in train if e.source == 'composed'), 'informative sentences are placed'
    for e in train:
        if e.source == 'composed':
            assert len(e.labels) == len(KEYS)
            if 'Small left effusion.' in e.text:
                assert e.labels[KEYS.index('EFF')] == 0


def test_a_fold_is_judged_on_its_reports_and_the_sentences_only_they_contain():
    c = corpus()
    assert (recipe.fold_of('r1', 2), recipe.fold_of('r2', 2)) == (1, 0), 'the hash puts them apart'
    i = 0
    held, sentences = recipe.held_out(c, 2, i)
    assert [e.uid for e in held] == ['r2']
    assert {e.uid for e in sentences} == {'b1', 'b2'}, 'a1 also occurs in r1, which trains this fold'
    held, sentences = recipe.held_out(c, 2, i, unseen={'r2'})
    assert 'r2' not in {e.uid for e in held} and not {'b1', 'b2'} & {e.uid for e in sentences}, 'the stream is never judged on'


def test_nothing_held_out_uses_everything_and_is_deterministic():
    c = corpus()
    a = args(composed=20)
    one = recipe.training_set(c, a, set(), random.Random(3))
    two = recipe.training_set(c, a, set(), random.Random(3))
    assert [e.text for e in one] == [e.text for e in two]
    assert {'r1', 'r2'} <= {e.uid for e in one}
    assert sum(e.source == 'sentence' for e in one) == 4 + a.synthetic_sentences


def test_folds_are_fixed_by_uid():
    uids = [str(i) for i in range(3000)]
    folds = [recipe.fold_of(u, 3) for u in uids]
    assert all(800 < folds.count(f) < 1200 for f in range(3))
    assert folds == [recipe.fold_of(u, 3) for u in uids]


def test_teacher_exports_train_every_fold_that_does_not_hold_their_report_out(tmp_path):
    """A refresh: rows of `radlabel teacher export` join the training set, except in the fold
    that judges the same report."""
    import json
    from radlabel_train import data
    p = tmp_path / 'export.jsonl'
    p.write_text(json.dumps({'report_id': 'r2', 'text': 'FINDINGS: Possible effusion. Dr. [NAME] informed.', 'marks': 'EFF?'}) + '\n'
                 + json.dumps({'report_id': 't9', 'text': 'IMPRESSION: Small pneumothorax.', 'marks': 'PTX+'}) + '\n')
    rows = data.load_teacher_export(p)
    assert [(e.uid, e.source) for e in rows] == [('r2', 'teacher'), ('t9', 'teacher')]
    assert rows[0].labels[KEYS.index('EFF')] == 2 and rows[1].labels[KEYS.index('PTX')] == 0
    c = corpus()
    c.teacher = rows
    train = recipe.training_set(c, args(composed=0, oversample_rare=1), {'r2'}, random.Random(1))
    assert {e.uid for e in train if e.source == 'teacher'} == {'t9'}, 'held-out r2 does not train its fold'
    train = recipe.training_set(c, args(composed=0, oversample_rare=1), set(), random.Random(1))
    assert {e.uid for e in train if e.source == 'teacher'} == {'r2', 't9'}
    bad = tmp_path / 'bad.jsonl'
    bad.write_text('{"report_id": "x", "text": "y"}\n')
    import pytest
    with pytest.raises(ValueError, match='marks'):
        data.load_teacher_export(bad)


def test_unseen_reports_and_their_sentences_stay_out_but_their_teacher_rows_train():
    """A loop experiment's stream has not arrived when the student is trained: its reports and
    every sentence they hold are out of the base data; once the teacher has labelled them they
    are the refresh's new rows."""
    from radlabel_train.data import Example as Ex
    c = corpus()
    a = args(composed=30, oversample_rare=1)
    base = recipe.training_set(c, a, set(), random.Random(2), unseen={'r2'})
    texts = ' '.join(e.text for e in base)
    assert 'r2' not in {e.uid for e in base}
    assert 'Lungs clear.' not in texts and 'Possible pneumothorax.' not in texts
    assert 'Small left effusion.' in texts
    c.teacher = [Ex('r2', 'FINDINGS: Lungs clear. IMPRESSION: Possible pneumothorax.', list(lab('LO- PTX?')), 'teacher')]
    refresh = recipe.training_set(c, a, set(), random.Random(2), unseen={'r2'})
    assert [e.uid for e in refresh if e.source == 'teacher'] == ['r2']
    assert not any(e.source == 'sentence' and e.text.endswith('Lungs clear.') for e in refresh)


def test_read_uids(tmp_path):
    p = tmp_path / 'u.txt'
    p.write_text('# stream\n12\n\n7 \n')
    assert recipe.read_uids(p) == {'12', '7'}
    assert recipe.read_uids(None) == set()
