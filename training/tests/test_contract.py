"""The export contract, checked on the committed tiny DeBERTa fixture (no torch needed)."""
import json
import shutil
from pathlib import Path

import pytest

from radlabel_train.contract import ContractError, check_config, check_model_dir
from radlabel_train.metrics import four_class, positive_vs_gold

FIXTURE = Path(__file__).resolve().parents[2] / 'tests' / 'fixtures' / 'deberta-tiny'


@pytest.fixture
def model_dir(tmp_path):
    d = tmp_path / 'm'
    shutil.copytree(FIXTURE, d)
    return d


def test_fixture_satisfies_the_contract(model_dir):
    cfg = check_model_dir(model_dir)
    assert cfg['inputs'] == ['input_ids', 'attention_mask']


def test_checksum_mismatch_is_caught(model_dir):
    with open(model_dir / 'model.onnx', 'ab') as f:
        f.write(b'\0')
    with pytest.raises(ContractError, match='sha256'):
        check_model_dir(model_dir, run_model=False)


def test_wrong_output_shape_is_caught():
    with pytest.raises(ContractError, match='output shape'):
        check_model_dir(FIXTURE.parent / 'bad-shape')


@pytest.mark.parametrize('key,value', [
    ('format_version', 2), ('classes', ['a']), ('max_length', 4), ('window_overlap', 100),
    ('inputs', ['input_ids']), ('default_variant', 'int8'), ('reading', 'paragraphs'),
    ('mention_gate', {'NF': ['normal']}), ('mention_gate', {'CO': ['Consolidation']}), ('mention_gate', {'PTX': []})])
def test_config_errors_name_the_key(key, value):
    cfg = json.loads((FIXTURE / 'config.json').read_text())
    cfg[key] = value
    with pytest.raises(ContractError, match=f'^{key}'):
        check_config(cfg)


def test_metrics():
    gold = [[0, 1, 3] + [3] * 11, [3, 2, 0] + [3] * 11]
    pooled, per_obs = four_class(gold, gold)
    assert pooled == 1.0 and per_obs['NF'] == 1.0
    pred = [[0, 1, 3] + [3] * 11, [3, 1, 0] + [3] * 11]
    assert four_class(gold, pred)[1]['ECM'] < 1.0
    macro, per = positive_vs_gold({'a': {'CM'}, 'b': {'NF'}}, {'a': [3, 3, 0] + [3] * 11, 'b': [0] + [3] * 13})
    assert per['CM'] == 1.0 and per['NF'] == 1.0 and per['EFF'] == 0.0


def test_reading_may_be_absent_or_either_mode(model_dir):
    cfg = json.loads((model_dir / 'config.json').read_text())
    cfg.pop('reading', None)
    check_config(cfg)
    for mode in ('report', 'sentences'):
        check_config(dict(cfg, reading=mode))
