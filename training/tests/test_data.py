from radlabel_train.data import load, model_text


def test_model_text_layout_matches_the_rust_runtime():
    # The same strings are pinned in src/core/sections.rs.
    assert model_text('Heart normal.', 'No acute disease.') == 'FINDINGS: Heart normal. IMPRESSION: No acute disease.'
    assert model_text('', ' Clear lungs. ') == 'IMPRESSION: Clear lungs.'
    assert model_text(' ', '') == ''


def test_load(tmp_path):
    (tmp_path / 'r.csv').write_text('uid,findings,impression\n1,Heart big.,Cardiomegaly.\n2,,\n3,Clear.,\n')
    (tmp_path / 'l.tsv').write_text('1\tCM+\n2\tNF+\n')
    ex = load(tmp_path / 'r.csv', tmp_path / 'l.tsv', 'openi')
    assert [e.uid for e in ex] == ['1'], 'no text or no label: skipped'
