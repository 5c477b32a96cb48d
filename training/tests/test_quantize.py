"""The int8 variant (static quantisation) on the committed tiny DeBERTa fixture (no torch)."""
import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from radlabel_train.contract import check_model_dir
from radlabel_train.ortrun import ort_probs
from radlabel_train.quantize import INT8_FILE, Rejected, quantize_dir, weight_matmuls

FIXTURE = Path(__file__).resolve().parents[2] / 'tests' / 'fixtures' / 'deberta-tiny'
# Self-written report lines, of several lengths.
TEXTS = ['No acute cardiopulmonary process.', 'Heart size is mildly enlarged. Small right pleural effusion.',
         'FINDINGS: Left subclavian catheter tip at the cavoatrial junction. No pneumothorax. Bibasilar atelectasis. '
         'IMPRESSION: Line in good position.', 'Possible early right lower lobe pneumonia.',
         'Stable calcified granuloma in the left upper lobe. Lungs otherwise clear.', 'Cardiomegaly with mild interstitial edema.']


@pytest.fixture
def model_dir(tmp_path):
    d = tmp_path / 'm'
    shutil.copytree(FIXTURE, d)
    (d / 'MODEL_CARD.md').write_text('# tiny\n')
    return d


def test_int8_variant_is_registered_and_reads_a_report_alike_in_any_batch(model_dir):
    import onnx
    f = quantize_dir(model_dir, TEXTS, TEXTS, n_calibration=6, make_default=True, min_agreement=0.5)
    cfg = check_model_dir(model_dir)
    assert cfg['default_variant'] == 'int8' and cfg['variants']['int8']['file'] == INT8_FILE
    assert cfg['variants']['fp32']['file'] == 'model.onnx'
    assert cfg['int8_fidelity'] == f and f['batch_vs_alone_max_diff'] <= 1e-3
    # The weight MatMuls are quantised (a QDQ graph): the file is no copy of the fp32 one.
    ops = {n.op_type for n in onnx.load(str(model_dir / INT8_FILE)).graph.node}
    assert {'QuantizeLinear', 'DequantizeLinear'} <= ops
    assert weight_matmuls(onnx.load(str(model_dir / 'model.onnx')))
    # Batched with texts of other lengths, each reads as it does alone.
    q = model_dir / INT8_FILE
    alone = np.concatenate([ort_probs(q, model_dir / 'tokenizer.json', [t], cfg['max_length'], cfg['inputs']) for t in TEXTS])
    batched = ort_probs(q, model_dir / 'tokenizer.json', TEXTS, cfg['max_length'], cfg['inputs'])
    assert abs(alone - batched).max() <= 1e-3
    card = (model_dir / 'MODEL_CARD.md').read_text()
    assert card.count('## int8 variant') == 1 and 'the default' in card
    quantize_dir(model_dir, TEXTS, TEXTS, n_calibration=6, min_agreement=0.5)
    assert (model_dir / 'MODEL_CARD.md').read_text().count('## int8 variant') == 1


def test_an_int8_graph_that_reads_differently_is_rejected(model_dir):
    before = json.loads((model_dir / 'config.json').read_text())
    with pytest.raises(Rejected, match='int8 rejected'):
        quantize_dir(model_dir, TEXTS, TEXTS, n_calibration=6, min_agreement=1.01)
    assert not (model_dir / INT8_FILE).exists()
    assert json.loads((model_dir / 'config.json').read_text()) == before
