"""Re-runs the DeBERTa-path fixture generator (needs torch: skipped in the fast test run,
run it with the training environment). The Rust side is tests/deberta_path.rs."""
import json
from pathlib import Path

import pytest


def test_tiny_deberta_exports_and_matches_the_committed_fixture(tmp_path):
    pytest.importorskip('torch')
    pytest.importorskip('transformers')
    from radlabel_train import tiny_deberta
    out = tmp_path / 'deberta-tiny'
    tiny_deberta.main(['--out', str(out)])
    got = json.loads((out / 'expected.json').read_text())
    fixture = Path(__file__).resolve().parents[2] / 'tests' / 'fixtures' / 'deberta-tiny' / 'expected.json'
    want = json.loads(fixture.read_text())
    assert [g['text'] for g in got] == [w['text'] for w in want]
    assert [len(g['windows']) for g in got] == [len(w['windows']) for w in want]
    cfg = json.loads((out / 'config.json').read_text())
    assert cfg['inputs'] == ['input_ids', 'attention_mask'], 'DeBERTa-v3 style: no token types'
    assert (tmp_path / 'bad-shape' / 'model.onnx').exists()
