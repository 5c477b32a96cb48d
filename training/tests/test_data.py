from radlabel_train.data import is_dev, load, model_text, splits


def test_model_text_layout_matches_the_rust_runtime():
    # The same strings are pinned in src/core/sections.rs.
    assert model_text('Heart normal.', 'No acute disease.') == 'FINDINGS: Heart normal. IMPRESSION: No acute disease.'
    assert model_text('', ' Clear lungs. ') == 'IMPRESSION: Clear lungs.'
    assert model_text(' ', '') == ''


def test_dev_split_is_fixed_by_uid():
    uids = [str(i) for i in range(2000)]
    dev = [u for u in uids if is_dev(u)]
    assert 150 < len(dev) < 250
    assert dev == [u for u in uids if is_dev(u)], 'no seed, no order dependence'


def test_load_and_split(tmp_path):
    (tmp_path / 'r.csv').write_text('uid,findings,impression\n1,Heart big.,Cardiomegaly.\n2,,\n3,Clear.,\n')
    (tmp_path / 'l.tsv').write_text('1\tCM+\n2\tNF+\n')
    ex = load(tmp_path / 'r.csv', tmp_path / 'l.tsv', 'openi')
    assert [e.uid for e in ex] == ['1'], 'no text or no label: skipped'
    synth = load(tmp_path / 'r.csv', tmp_path / 'l.tsv', 'synthetic')
    real = [type(ex[0])(str(u), 't', [3] * 14, 'openi') for u in range(300)]
    train, dev = splits(real, synth)
    assert all(e.source == 'openi' for e in dev), 'synthetic reports never judge the model'
    assert synth[0] in train
    assert not {e.uid for e in train if e.source == 'openi'} & {e.uid for e in dev}
