"""The sentence-reading summary: what a model card reading sentence by sentence states (no torch)."""
import json

import pytest

from radlabel_train.labels import KEYS
from radlabel_train.sentvote import summarize


def write_fold(d, i, strict, four, sentence_four):
    per = {k: strict for k in KEYS}
    vote = {'strict_positive_macro_f1': strict, 'four_class_macro_f1': four, 'teacher_strict_positive_macro_f1': 0.83,
            'strict_positive_per_observation': per, 'four_class_per_observation': {k: four for k in KEYS}}
    whole = dict(vote, strict_positive_macro_f1=strict - 0.01)
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
    assert 'routing' not in out and 'routing_not_computed' in out


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
