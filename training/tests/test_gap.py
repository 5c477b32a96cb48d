"""The gap split (no torch, no shared data)."""
from radlabel_train.gap import split
from radlabel_train.labels import KEYS


def test_gap_splits_by_gold_positives():
    student = {k: 0.9 for k in KEYS}
    teacher = {k: 0.9 for k in KEYS}
    positives = {k: 50 for k in KEYS}
    student['PTX'], teacher['PTX'], positives['PTX'] = 0.82, 1.0, 8   # one rare head behind
    student['CM'], teacher['CM'] = 0.95, 0.93                         # one common head ahead
    out = split(student, teacher, positives, 10)
    assert out['few_positive_heads'] == ['PTX']
    assert abs(out['gap_on_few'] - (-0.18 / 14)) < 1e-12
    assert abs(out['gap_on_rest'] - (0.02 / 14)) < 1e-12
    # the two parts add up to the macro difference
    macro = sum(student.values()) / 14 - sum(teacher.values()) / 14
    assert abs(out['gap_on_few'] + out['gap_on_rest'] - macro) < 1e-12


def test_threshold_moves_heads_between_parts():
    student = {k: 0.5 for k in KEYS}
    teacher = {k: 0.6 for k in KEYS}
    positives = {k: i for i, k in enumerate(KEYS)}
    assert split(student, teacher, positives, 0)['few_positive_heads'] == []
    assert len(split(student, teacher, positives, 100)['few_positive_heads']) == 14
