"""The int8 variant of an exported student: static quantisation, calibrated once.

Why static and not dynamic: dynamic int8 scales activations per tensor at run time, over the
whole batch, so a report's probabilities depend on what it is batched with (up to 0.19 apart on
the 2026.12.02 student, measured with `radlabel label --max-batch-size 1` against its default
batching). Static quantisation fixes every activation scale from calibration texts: a report
reads the same alone or in any batch, as the fp32 model does.

What is quantised: the weight MatMuls of the encoder (per output channel, int8 holding 7-bit
values: on CPUs without VNNI the u8 x s8 kernels add pairs of products in 16 bits and saturate
with full-range weights, so a report would read differently on an older machine), nothing else —
the attention products, softmax, layer norms, embeddings and the observation heads stay fp32.
The calibration texts are training texts (the model saw them already; nothing to score on is
spent). The variant is accepted only if it labels the check texts as the fp32 graph does on at
least `min_agreement` of the cells and reads the probe texts alike alone and batched.

    python -m radlabel_train.quantize MODEL_DIR [--calibration CSV] [--default]
"""
from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np

from . import contract

INT8_FILE = 'model.int8.onnx'


class Rejected(Exception):
    """The int8 graph reads differently from the fp32 one; the directory is left as it was."""


def weight_matmuls(model) -> list[str]:
    """Names of the MatMul nodes whose second input is a stored weight, outside the heads."""
    inits = {i.name for i in model.graph.initializer}
    return [n.name for n in model.graph.node if n.op_type == 'MatMul' and n.input[1] in inits and 'heads' not in n.name]


def quantize_dir(out: Path, calibration: list[str], check: list[str], *, n_calibration: int = 200, seed: int = 0,
                 make_default: bool = False, min_agreement: float = 0.995, threads: int = 2) -> dict:
    """Write OUT/model.int8.onnx from OUT/model.onnx and register it in config.json.
    Returns the fidelity figures written into the config (`int8_fidelity`)."""
    import onnx
    from onnxruntime.quantization import CalibrationDataReader, CalibrationMethod, QuantFormat, QuantType, quantize_static
    from tokenizers import Tokenizer

    from .ortrun import PARITY_TEXTS, ort_probs
    cfg = json.loads((out / 'config.json').read_text())
    tok = Tokenizer.from_file(str(out / 'tokenizer.json'))
    tok.no_padding()
    tok.enable_truncation(cfg['max_length'])
    texts = random.Random(seed).sample(calibration, min(n_calibration, len(calibration)))

    class Reader(CalibrationDataReader):
        """One text at a time, unpadded: the ranges are those of real tokens only."""
        def __init__(self):
            self.it = iter(texts)

        def get_next(self):
            t = next(self.it, None)
            if t is None:
                return None
            ids = np.array([tok.encode(t).ids], dtype=np.int64)
            feed = {'input_ids': ids, 'attention_mask': np.ones_like(ids), 'token_type_ids': np.zeros_like(ids)}
            return {n: feed[n] for n in cfg['inputs']}

    src, dst = out / 'model.onnx', out / INT8_FILE
    nodes = weight_matmuls(onnx.load(str(src)))
    quantize_static(str(src), str(dst), Reader(), quant_format=QuantFormat.QDQ, per_channel=True,
                    activation_type=QuantType.QUInt8, weight_type=QuantType.QInt8, nodes_to_quantize=nodes,
                    calibrate_method=CalibrationMethod.MinMax, reduce_range=True)
    fp = ort_probs(src, out / 'tokenizer.json', check, cfg['max_length'], cfg['inputs'], threads=threads)
    q = ort_probs(dst, out / 'tokenizer.json', check, cfg['max_length'], cfg['inputs'], threads=threads)
    # The runtime's decision at the shipped thresholds (0.5 everywhere) is the argmax.
    agreement = float((fp.argmax(-1) == q.argmax(-1)).mean())
    alone = np.concatenate([ort_probs(dst, out / 'tokenizer.json', [t], cfg['max_length'], cfg['inputs'], threads=threads) for t in PARITY_TEXTS])
    batched = ort_probs(dst, out / 'tokenizer.json', PARITY_TEXTS, cfg['max_length'], cfg['inputs'], threads=threads)
    batch_diff = float(abs(alone - batched).max())
    fidelity = {'method': 'static QDQ, per-channel 7-bit weights in int8 MatMuls, MinMax calibration', 'calibration_texts': len(texts),
                'check_texts': len(check), 'cell_agreement_with_fp32': round(agreement, 5),
                'max_prob_diff_vs_fp32': round(float(abs(fp - q).max()), 4), 'batch_vs_alone_max_diff': round(batch_diff, 6)}
    if agreement < min_agreement or batch_diff > 1e-3:
        dst.unlink()
        raise Rejected(f'int8 rejected, {fidelity}')
    cfg['variants']['int8'] = {'file': INT8_FILE, 'sha256': contract.sha256_file(dst)}
    if make_default:
        cfg['default_variant'] = 'int8'
    cfg['int8_fidelity'] = fidelity
    (out / 'config.json').write_text(json.dumps(cfg, indent=2) + '\n')
    write_card_section(out, fidelity, cfg['default_variant'])
    contract.check_model_dir(out)
    return fidelity


CARD_HEADING = '## int8 variant'


def write_card_section(out: Path, f: dict, default: str):
    """The card's int8 section (replaced, never appended twice): how it was made and how closely
    it reads as the fp32 graph. The cross-validated figures above are the fp32 fold models'."""
    card = out / 'MODEL_CARD.md'
    text = card.read_text() if card.exists() else ''
    text = text.split('\n' + CARD_HEADING)[0].rstrip('\n')
    text += (f'\n\n{CARD_HEADING}\n\n`{INT8_FILE}` ({"the default" if default == "int8" else "opt-in: --variant int8"}): '
             f'{f["method"]}, {f["calibration_texts"]} calibration texts from the training reports. On '
             f'{f["check_texts"]} other training reports it gives the fp32 graph\'s label on '
             f'{f["cell_agreement_with_fp32"]:.2%} of cells (largest probability difference {f["max_prob_diff_vs_fp32"]}); '
             f'a report reads the same alone or batched (largest difference {f["batch_vs_alone_max_diff"]}). '
             'The cross-validated figures above were measured with fp32 fold models; `--variant fp32` serves the '
             'graph they describe.\n')
    card.write_text(text)


def report_texts(csv_path: Path) -> list[str]:
    import csv

    from .data import model_text
    return [t for r in csv.DictReader(open(csv_path, newline='')) if (t := model_text(r.get('findings', ''), r.get('impression', '')))]


def main(argv=None):
    import argparse
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('model_dir', type=Path)
    ap.add_argument('--calibration', type=Path, default=Path('../shared/data/openi/reports.csv'),
                    help='reports the model was trained on: calibration ranges from a sample, fidelity checked on the rest')
    ap.add_argument('--n', type=int, default=200, help='calibration texts')
    ap.add_argument('--default', action='store_true', help='make int8 the default variant')
    x = ap.parse_args(argv)
    texts = report_texts(x.calibration)
    random.Random(1).shuffle(texts)
    calib, check = texts[:x.n], texts[x.n:]
    try:
        print(json.dumps(quantize_dir(x.model_dir, calib, check, n_calibration=x.n, make_default=x.default), indent=1))
    except Rejected as e:
        raise SystemExit(f'quantize: {e}')


if __name__ == '__main__':
    main()
