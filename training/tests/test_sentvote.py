"""The sentence-reading summary: what a model card reading sentence by sentence states (no torch)."""
import json

import pytest

from radlabel_train.labels import KEYS
from radlabel_train.sentvote import decided_confidence, pooled_routing, routed, summarize


def write_fold(d, i, strict, four, sentence_four):
    per = {k: strict for k in KEYS}
    vote = {'strict_positive_macro_f1': strict, 'four_class_macro_f1': four, 'teacher_strict_positive_macro_f1': 0.83,
            'strict_positive_per_observation': per, 'four_class_per_observation': {k: four for k in KEYS}}
    whole = dict(vote, strict_positive_macro_f1=strict - 0.01)
    vote['routing'] = {'reports': 10, 'routed': i + 1, 'teacher_uncertain_reports': 2, 'teacher_uncertain_routed': 2}
    (d / f'sentvote_fold{i}.json').write_text(json.dumps({'whole_report': whole, 'sentence_vote': vote}))
    (d / f'fold{i}.json').write_text(json.dumps({'final': dict(whole, sentence_four_class_macro_f1=sentence_four)}))


def test_summary_takes_the_sentence_vote_and_says_so(tmp_path):
    for i, (s, f) in enumerate([(0.80, 0.95), (0.84, 0.96), (0.82, 0.94)]):
        write_fold(tmp_path, i, s, f, 0.9 + i / 100)
    out = summarize(tmp_path, 3)
    assert out['reading'] == 'sentences'
    assert out['strict_positive_macro_f1']['per_fold'] == [0.80, 0.84, 0.82], 'the vote, not the whole report'
    assert out['four_class_macro_f1']['mean'] == pytest.approx(0.95)
    assert out['sentence_four_class_macro_f1']['per_fold'] == [0.90, 0.91, 0.92], "cv.py's held-out sentences"
    assert out['positive_minus_teacher']['per_fold'] == pytest.approx([-0.03, 0.01, -0.01])
    assert out['routing'] == {'reports': 30, 'routed_share': 0.2, 'teacher_uncertain_reports': 6,
                              'teacher_uncertain_routed_share': 1.0}


def test_a_missing_fold_or_an_old_file_refuses(tmp_path):
    write_fold(tmp_path, 0, 0.8, 0.9, 0.9)
    write_fold(tmp_path, 1, 0.8, 0.9, 0.9)
    with pytest.raises(SystemExit, match='fold 2'):
        summarize(tmp_path, 3)
    write_fold(tmp_path, 2, 0.8, 0.9, 0.9)
    old = json.loads((tmp_path / 'sentvote_fold2.json').read_text())
    del old['sentence_vote']['four_class_per_observation']
    (tmp_path / 'sentvote_fold2.json').write_text(json.dumps(old))
    with pytest.raises(SystemExit, match='run sentvote.py for fold 2 again'):
        summarize(tmp_path, 3)


def row(**cls):
    """14 heads not mentioned (p 0.9) unless given: head index -> (class, p)."""
    r = [[0.0, 0.05, 0.05, 0.9] for _ in KEYS]
    for k, (c, p) in cls.items():
        r[int(k[1:])] = [(1 - p) / 3] * 4
        r[int(k[1:])][c] = p
    return r


def test_the_strongest_sentence_decides_and_lends_its_confidence():
    # Head 2 (cardiomegaly): negative in one sentence, positive (0.6) in another: positive, 0.6.
    # Head 10: uncertain at 0.7 beats negative at 0.99. Head 5: two negatives, the surer one.
    decided, conf = decided_confidence([row(h2=(1, 0.95), h10=(1, 0.99), h5=(1, 0.8)), row(h2=(0, 0.6), h10=(2, 0.7), h5=(1, 0.9))])
    assert (decided[2], conf[2]) == (0, 0.6)
    assert (decided[10], conf[10]) == (2, 0.7)
    assert (decided[5], conf[5]) == (1, 0.9)
    assert decided[0] == 3, 'No Finding by the rule: blocked by a positive'
    assert routed(decided, conf), 'an uncertain decision routes'


def test_low_confidence_routes_and_a_sure_normal_report_does_not():
    decided, conf = decided_confidence([row(h2=(1, 0.95)), row()])
    assert decided[0] == 0 and not routed(decided, conf)
    decided, conf = decided_confidence([row(h2=(1, 0.45))])
    assert routed(decided, conf)


def test_pooled_routing_is_over_all_reports():
    r = pooled_routing([{'reports': 10, 'routed': 1, 'teacher_uncertain_reports': 1, 'teacher_uncertain_routed': 1},
                        {'reports': 30, 'routed': 3, 'teacher_uncertain_reports': 3, 'teacher_uncertain_routed': 0}])
    assert r['routed_share'] == 0.1 and r['teacher_uncertain_routed_share'] == 0.25
