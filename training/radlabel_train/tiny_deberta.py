"""Proves the DeBERTa path end to end without a model hub: a small randomly initialised
DeBERTa-v2 encoder with a SentencePiece-style Unigram tokenizer, put through the same
Student/export code as the shipped model, plus the probabilities Python onnxruntime gives
for a few self-written texts. The Rust test (tests/deberta_path.rs) must reproduce them.

    python -m radlabel_train.tiny_deberta --out tests/fixtures/deberta-tiny"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

# Self-written sentences (no Open-i text): tokenizer training corpus and probe texts.
CORPUS = [
    'FINDINGS: The heart is normal in size. The lungs are clear. IMPRESSION: No acute disease.',
    'FINDINGS: Small left pleural effusion. Possible atelectasis at the left base.',
    'IMPRESSION: Cardiomegaly with mild pulmonary edema and vascular congestion.',
    'No pneumothorax. No consolidation. Endotracheal tube above the carina.',
    'A spiculated nodule in the right upper lobe is suspicious for malignancy.',
    'Healed fracture of the left seventh rib. Sternotomy wires are intact.',
    'Widened mediastinum. Pleural thickening at the apex. Patchy opacity may represent pneumonia.',
]
PROBES = [
    'FINDINGS: Heart size normal. Lungs clear. IMPRESSION: Normal chest.',
    'Possible small effusion.',
    # Longer than max_length: exercises overlapping windows.
    'FINDINGS: ' + ' '.join(CORPUS[1:5]) + ' IMPRESSION: Effusion and edema, nodule as described.',
]
MAX_LENGTH = 24
OVERLAP = 4


def build_tokenizer():
    from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, processors, trainers
    tok = Tokenizer(models.Unigram())
    tok.normalizer = normalizers.Sequence([normalizers.NFKC(), normalizers.Lowercase()])
    tok.pre_tokenizer = pre_tokenizers.Metaspace()
    tok.decoder = decoders.Metaspace()
    specials = ['[PAD]', '[CLS]', '[SEP]', '[UNK]', '[MASK]']
    tok.train_from_iterator(CORPUS * 4, trainers.UnigramTrainer(vocab_size=200, special_tokens=specials, unk_token='[UNK]'))
    cls, sep = tok.token_to_id('[CLS]'), tok.token_to_id('[SEP]')
    tok.post_processor = processors.TemplateProcessing(single='[CLS] $A [SEP]', special_tokens=[('[CLS]', cls), ('[SEP]', sep)])
    return tok


def write_bad_shape(src: Path, dst: Path):
    """A model directory whose graph answers [batch, 14, 3]: runtimes must refuse it at start."""
    import shutil

    import onnx
    from onnx import TensorProto, helper

    from .contract import sha256_file
    dst.mkdir(parents=True, exist_ok=True)
    shutil.copy(src / 'tokenizer.json', dst / 'tokenizer.json')
    ids = helper.make_tensor_value_info('input_ids', TensorProto.INT64, ['b', 's'])
    mask = helper.make_tensor_value_info('attention_mask', TensorProto.INT64, ['b', 's'])
    out = helper.make_tensor_value_info('probabilities', TensorProto.FLOAT, ['b', 14, 3])
    nodes = [
        helper.make_node('Shape', ['input_ids'], ['shp'], start=0, end=1),
        helper.make_node('Concat', ['shp', 'tail'], ['full'], axis=0),
        helper.make_node('ConstantOfShape', ['full'], ['probabilities'],
                         value=helper.make_tensor('v', TensorProto.FLOAT, [1], [1 / 3])),
        helper.make_node('Identity', ['attention_mask'], ['unused']),
    ]
    tail = helper.make_tensor('tail', TensorProto.INT64, [2], [14, 3])
    g = helper.make_graph(nodes, 'bad_shape', [ids, mask], [out], initializer=[tail])
    onnx.save(helper.make_model(g, opset_imports=[helper.make_opsetid('', 17)], ir_version=8), str(dst / 'model.onnx'))
    cfg = json.loads((src / 'config.json').read_text())
    cfg['name'] = 'bad-shape'
    cfg['variants']['fp32']['sha256'] = sha256_file(dst / 'model.onnx')
    (dst / 'config.json').write_text(json.dumps(cfg, indent=2) + '\n')


def main(argv=None):
    import numpy as np
    import onnxruntime as ort
    import torch
    from transformers import DebertaV2Config, DebertaV2Model

    from .contract import check_model_dir
    from .export import export_onnx, write_config
    from .model import Student

    ap = argparse.ArgumentParser()
    ap.add_argument('--out', type=Path, default=Path('tests/fixtures/deberta-tiny'))
    a = ap.parse_args(argv)
    a.out.mkdir(parents=True, exist_ok=True)
    tok = build_tokenizer()
    tok.save(str(a.out / 'tokenizer.json'))
    torch.manual_seed(0)
    cfg = DebertaV2Config(vocab_size=tok.get_vocab_size(), hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                          intermediate_size=64, max_position_embeddings=128, relative_attention=True, position_buckets=16,
                          max_relative_positions=-1, pos_att_type=['p2c', 'c2p'], type_vocab_size=0, pad_token_id=0)
    student = Student(DebertaV2Model(cfg)).eval()
    # Peaky, input-dependent outputs (a fresh head is near-uniform): tests that route on
    # confidence and uncertainty need some confident, some unsure and some uncertain cases.
    torch.nn.init.normal_(student.heads.weight, std=3.0)
    torch.nn.init.normal_(student.heads.bias, std=1.0)
    with torch.no_grad():  # uncertain rarer than the rest, as in real reports
        student.heads.bias.view(14, 4)[:, 2] -= 7.0
    inputs = export_onnx(student, a.out / 'model.onnx')
    write_config(a.out, name='deberta-tiny-random', version='test', base='random DebertaV2Config (test only)',
                 max_length=MAX_LENGTH, inputs=inputs, variants={'fp32': 'model.onnx'}, default_variant='fp32',
                 metrics={}, window_overlap=OVERLAP, pad_id=0)
    check_model_dir(a.out)
    # Expected: Python tokenizers windows + Python onnxruntime, one window at a time.
    from tokenizers import Tokenizer
    t = Tokenizer.from_file(str(a.out / 'tokenizer.json'))
    t.enable_truncation(MAX_LENGTH, stride=OVERLAP)
    sess = ort.InferenceSession(str(a.out / 'model.onnx'), providers=['CPUExecutionProvider'])
    expected = []
    for text in PROBES:
        enc = t.encode(text)
        windows = [enc.ids] + [o.ids for o in enc.overflowing]
        probs = []
        for ids in windows:
            x = np.array([ids], dtype=np.int64)
            feed = {'input_ids': x, 'attention_mask': np.ones_like(x), 'token_type_ids': np.zeros_like(x)}
            got = sess.run(['probabilities'], {n: feed[n] for n in inputs})[0][0]
            with torch.no_grad():
                want = torch.softmax(student.logits(torch.from_numpy(x), torch.ones_like(torch.from_numpy(x))), -1)[0].numpy()
            diff = float(np.abs(got - want).max())
            if diff > 1e-4:  # the trace must not have frozen a sequence length
                raise SystemExit(f'ONNX differs from PyTorch by {diff} on a {len(ids)}-token window')
            probs.append(got.tolist())
        expected.append({'text': text, 'windows': windows, 'probabilities': probs})
    (a.out / 'expected.json').write_text(json.dumps(expected, indent=1) + '\n')
    write_bad_shape(a.out, a.out.parent / 'bad-shape')
    print(f'wrote {a.out}: {len(expected)} probes, windows {[len(e["windows"]) for e in expected]}')


if __name__ == '__main__':
    main()
