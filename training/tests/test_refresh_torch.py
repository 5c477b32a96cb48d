"""A refresh end to end on a tiny schedule (needs torch and ../shared: skipped in the fast test
run, run by `.venv-train/bin/python -m pytest training/tests`): a 2-fold cross-validation, the
refresh of each fold from its weights, the gate, and publishing from the serving model's graph
(weights read back from models/default/model.onnx) with the symlink repointed; a gate set to
refuse publishes nothing."""
import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / 'shared'


@pytest.mark.skipif(not (SHARED / 'data').exists(), reason='../shared not present')
def test_refresh_publishes_a_versioned_directory_only_through_the_gate(tmp_path):
    pytest.importorskip('torch')
    from radlabel_train import contract, cv, refresh
    export = tmp_path / 'export.jsonl'
    export.write_text(json.dumps({'report_id': 'new-1', 'text': 'FINDINGS: Possible small left effusion. Dr. [NAME] informed.',
                                  'marks': 'EFF?'}) + '\n')
    runs = tmp_path / 'runs'
    # The folds are trained with the serving model's pooling: a refresh continues that model.
    from radlabel_train.onnx_weights import pooling_of
    pooling = pooling_of(ROOT / 'models/default/model.onnx')
    cv.main(['--shared', str(SHARED), '--folds', '2', '--name', 'tiny', '--runs', str(runs / 'cv'), '--limit', '24', '--epochs', '1',
             '--results', str(tmp_path / 'results'), '--pooling', pooling])
    # The figures are kept where git tracks them too, identical to the run's.
    for f in ('fold0.json', 'fold1.json', 'summary.json'):
        assert (tmp_path / 'results/tiny' / f).read_text() == (runs / 'cv/tiny' / f).read_text()
    # A cross-validation of another architecture than the serving model's is refused up front.
    other = runs / 'cv/other'
    other.mkdir(parents=True)
    settings = json.loads((runs / 'cv/tiny/fold0.json').read_text())['settings']
    (other / 'fold0.json').write_text(json.dumps({'settings': {**settings, 'pooling': 'mean' if pooling == 'attention' else 'attention'}}))
    assert refresh.main(['--shared', str(SHARED), '--cv-run', str(other), '--teacher-labels', str(export), '--runs', str(runs / 'refresh'),
                         '--current', str(ROOT / 'models/default'), '--name', 'mixed']) == 2
    common = ['--shared', str(SHARED), '--cv-run', str(runs / 'cv/tiny'), '--teacher-labels', str(export),
              '--runs', str(runs / 'refresh'), '--limit', '24', '--current', str(ROOT / 'models/default'),
              '--publish-root', str(tmp_path / 'models')]
    (tmp_path / 'models').mkdir()
    link = tmp_path / 'current'
    link.symlink_to(ROOT / 'models/default')
    # A tolerance of -1 asks the refresh to gain a whole point: refused, nothing published.
    assert refresh.main(common + ['--name', 'refused', '--tolerance', '-1', '--link', str(link)]) == 3
    assert list((tmp_path / 'models').iterdir()) == [] and link.resolve() == (ROOT / 'models/default').resolve()
    assert refresh.main(common + ['--name', 'taken', '--tolerance', '1', '--link', str(link), '--model-version', '9.9.9']) == 0
    out = tmp_path / 'models/radlabel-minilm-9.9.9'
    contract.check_model_dir(out)
    assert link.resolve() == out.resolve() and os.readlink(link) == 'models/radlabel-minilm-9.9.9'
    card = (out / 'MODEL_CARD.md').read_text()
    assert '## Refresh (from ' in card and 'current (CV mean)' in card
    folds = [json.loads((runs / f'refresh/taken/fold{i}.json').read_text()) for i in range(2)]
    assert all(f['teacher_rows_trained'] == 1 for f in folds), 'the new report is in no fold: it trains both'
    cfg = json.loads((out / 'config.json').read_text())
    assert cfg['version'] == '9.9.9'
    # The refreshed student serves its static int8 variant, checked against its own fp32 graph.
    assert cfg['default_variant'] == 'int8' and set(cfg['variants']) == {'fp32', 'int8'}
    assert cfg['int8_fidelity']['batch_vs_alone_max_diff'] <= 1e-3 and '## int8 variant' in card
