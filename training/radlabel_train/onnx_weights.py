"""The current student's weights, read back from its ONNX graph.

A refresh starts from the student that serves. What ships (and what git keeps) is its model
directory: ONNX only, no PyTorch checkpoint. The exporter keeps most parameter names as
initializer names, but folds every linear layer's weight into an anonymous transposed constant
feeding a MatMul, whose result goes into an Add with the layer's named bias; that pattern gives
the weight its name back. Nothing is guessed: a parameter that is not found is an error, and the
caller checks that the rebuilt model gives the graph's probabilities (`check_parity`)."""
from __future__ import annotations

from pathlib import Path

import numpy as np


class RecoveryError(ValueError):
    """The graph does not hold every parameter of the student it should be."""


def _named_initializers(path: Path) -> tuple[dict, list]:
    import onnx
    from onnx import numpy_helper
    graph = onnx.load(str(path)).graph
    return {i.name: numpy_helper.to_array(i) for i in graph.initializer}, list(graph.node)


def recover_state(state_keys: dict, onnx_path: Path, prefix: str = 'student.') -> dict:
    """{parameter name: numpy array} for every key of `state_keys` (name -> shape), from the graph
    written by `export.export_onnx` (which wraps the student, hence the prefix)."""
    inits, nodes = _named_initializers(onnx_path)
    producer = {out: n for n in nodes for out in n.output}
    found = {}
    for name, arr in inits.items():
        if name.startswith(prefix):
            found[name[len(prefix):]] = arr
    for n in nodes:
        if n.op_type != 'Add':
            continue
        bias = [x for x in n.input if x in inits and x.startswith(prefix) and x.endswith('.bias')]
        other = [x for x in n.input if x not in inits]
        if len(bias) != 1 or len(other) != 1 or other[0] not in producer:
            continue
        mm = producer[other[0]]
        if mm.op_type != 'MatMul' or len(mm.input) != 2 or mm.input[1] not in inits:
            continue
        weight = bias[0][len(prefix):-len('.bias')] + '.weight'
        if weight not in found:
            found[weight] = inits[mm.input[1]].T
    # An attention-pooled student applies its heads per observation: the exporter folds their
    # weight's view [14, 4, hidden] into the Einsum "bkh,kch->bkc" and the bias's [14, 4] into
    # the Add after it, both anonymous; they are the heads' parameters, reshaped.
    consumers = {}
    for n in nodes:
        for x in n.input:
            consumers.setdefault(x, []).append(n)
    for n in nodes:
        eq = next((a.s for a in n.attribute if a.name == 'equation'), b'')
        if n.op_type != 'Einsum' or eq.replace(b' ', b'') != b'bkh,kch->bkc' or n.input[1] not in inits:
            continue
        w = inits[n.input[1]]
        found.setdefault('heads.weight', w.reshape(-1, w.shape[-1]))
        for add in consumers.get(n.output[0], []):
            bias = [x for x in add.input if x in inits and inits[x].shape == w.shape[:2]]
            if add.op_type == 'Add' and len(bias) == 1:
                found.setdefault('heads.bias', inits[bias[0]].reshape(-1))
    state, missing = {}, []
    for key, shape in state_keys.items():
        arr = found.get(key)
        if arr is None or tuple(arr.shape) != tuple(shape):
            missing.append(f'{key} {tuple(shape)}' + ('' if arr is None else f' (graph has {tuple(arr.shape)})'))
            continue
        state[key] = np.array(arr, copy=True)
    if missing:
        raise RecoveryError(f'{onnx_path}: {len(missing)} parameter(s) not in the graph: ' + ', '.join(missing[:5]))
    return state


def pooling_of(onnx_path: Path, prefix: str = 'student.') -> str:
    """'attention' when the graph holds the per-observation scoring layer, else 'mean'."""
    inits, _ = _named_initializers(onnx_path)
    return 'attention' if prefix + 'attn.bias' in inits else 'mean'


def load_current(model_dir: Path, base: str, max_length: int):
    """The student of a model directory as a PyTorch model, checked against its graph."""
    import torch

    from .model import Student
    # The pooling follows from the graph: an attention-pooled student carries its scoring layer's
    # bias by name. Had a layer been missed, the parity check below would refuse the result.
    model = Student.from_base(base, pooling_of(model_dir / 'model.onnx'))
    # The encoder's pooler is never read (the student pools its own way), so the exporter drops
    # it and it keeps the base's values, as it did in training.
    keys = {k: tuple(v.shape) for k, v in model.state_dict().items()
            if not k.endswith('position_ids') and not k.startswith('encoder.pooler.')}
    state = recover_state(keys, model_dir / 'model.onnx')
    result = model.load_state_dict({k: torch.from_numpy(v) for k, v in state.items()}, strict=False)
    left = [k for k in result.missing_keys if k not in keys and not k.startswith('encoder.pooler.')
            and not k.endswith('position_ids')]
    if left or result.unexpected_keys:
        raise RecoveryError(f'{model_dir}: not loaded: {left + list(result.unexpected_keys)}')
    model.eval()
    check_parity(model, model_dir, max_length)
    return model


def check_parity(model, model_dir: Path, max_length: int, tolerance: float = 1e-4) -> float:
    """Largest difference between the PyTorch model's and the graph's probabilities on the
    export's probe texts; above `tolerance` the recovery is refused."""
    import json

    import torch
    from tokenizers import Tokenizer

    from .ortrun import PARITY_TEXTS, ort_probs
    cfg = json.loads((model_dir / 'config.json').read_text())
    got = ort_probs(model_dir / 'model.onnx', model_dir / 'tokenizer.json', PARITY_TEXTS, max_length, cfg['inputs'])
    tok = Tokenizer.from_file(str(model_dir / 'tokenizer.json'))
    tok.no_padding()
    tok.enable_truncation(max_length)
    want = []
    with torch.no_grad():
        for text in PARITY_TEXTS:
            ids = torch.tensor([tok.encode(text).ids])
            want.append(torch.softmax(model.logits(ids, torch.ones_like(ids), torch.zeros_like(ids)), -1)[0].numpy())
    diff = float(np.abs(np.stack(want) - got).max())
    if diff > tolerance:
        raise RecoveryError(f'{model_dir}: the rebuilt student differs from its graph by {diff:.2e}')
    return diff
