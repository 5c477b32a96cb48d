import pytest

from radlabel_train.labels import KEYS, NOT_MENTIONED, LabelError, no_finding, parse_label_part, read_teacher_tsv


def test_parse_marks_in_head_order():
    out = parse_label_part('NF+ CM- EFF? SD+')
    assert out[KEYS.index('NF')] == 0
    assert out[KEYS.index('CM')] == 1
    assert out[KEYS.index('EFF')] == 2
    assert out[KEYS.index('LO')] == NOT_MENTIONED


def test_repeated_marks_combine_by_precedence():
    assert parse_label_part('EFF- EFF?')[KEYS.index('EFF')] == 2
    assert parse_label_part('EFF? EFF+ EFF-')[KEYS.index('EFF')] == 0


@pytest.mark.parametrize('bad', ['XX+', 'CM', 'CM*', 'cm+'])
def test_bad_tokens_raise(bad):
    with pytest.raises(LabelError):
        parse_label_part(bad)


def test_tsv_reader_names_the_bad_line(tmp_path):
    p = tmp_path / 'labels.tsv'
    p.write_text('a\tNF+\nb\t\n\nc CM+\n')
    with pytest.raises(LabelError, match=':4:'):
        read_teacher_tsv(p)
    p.write_text('a\tNF+ CM-\nb\t\n')
    labels = read_teacher_tsv(p)
    assert labels['b'] == [NOT_MENTIONED] * 14


def test_no_finding_rule():
    row = [NOT_MENTIONED] * 14
    assert no_finding(row) == 0
    row[KEYS.index('SD')] = 0
    assert no_finding(row) == 0, 'support devices never block No Finding'
    row[KEYS.index('PTX')] = 2
    assert no_finding(row) == NOT_MENTIONED
