"""The refresh's gate, the weights read back from a graph, the symlink swap and the loop
experiment's stream (no torch needed)."""
import os

import numpy as np
import pytest

from radlabel_train import loop, refresh
from radlabel_train.labels import format_label_part, parse_label_part


def fold(cur4, new4, curp, newp):
    figs = lambda f4, fp: {'four_class_macro_f1': f4, 'strict_positive_macro_f1': fp,
                           'sentence_four_class_macro_f1': 0.9, 'teacher_strict_positive_macro_f1': 0.8}
    return {'current': figs(cur4, curp), 'refreshed': figs(new4, newp)}


def test_the_gate_publishes_only_when_no_gated_mean_drops():
    same = refresh.compare([fold(0.95, 0.95, 0.80, 0.80)] * 3, 0.0)
    assert same['publish'], 'equal is not a drop'
    up = refresh.compare([fold(0.95, 0.96, 0.80, 0.79), fold(0.95, 0.95, 0.80, 0.82)], 0.0)
    assert up['publish'], 'a fold may fall if the mean holds'
    assert up['figures']['strict_positive_macro_f1']['change']['per_fold'] == pytest.approx([-0.01, 0.02])
    down = refresh.compare([fold(0.95, 0.96, 0.80, 0.78)] * 3, 0.0)
    assert not down['publish'] and 'strict_positive_macro_f1 0.8000 -> 0.7800' in down['reason']
    assert refresh.compare([fold(0.95, 0.96, 0.80, 0.78)] * 3, 0.03)['publish'], 'within the tolerance'
    four = refresh.compare([fold(0.95, 0.94, 0.80, 0.90)] * 3, 0.0)
    assert not four['publish'], 'a better positive figure does not buy a worse 4-class one'


def control_fold(i, four, pos, labels=()):
    return {'fold': i, 'teacher_labels': list(labels), **fold(0.95, four, 0.80, pos)}


def test_against_a_control_the_labels_must_beat_more_training_alone():
    refreshed = [{'fold': i, **fold(0.95, 0.96, 0.80, 0.81)} for i in range(3)]
    assert refresh.compare(refreshed, 0.0)['publish'], 'better than the current model'
    level = [control_fold(i, 0.96, 0.81) for i in range(3)]
    ok = refresh.compare(refreshed, 0.0, level)
    assert ok['publish'] and ok['figures']['four_class_macro_f1']['control']['mean'] == pytest.approx(0.96)
    ahead = [control_fold(i, 0.965, 0.80) for i in range(3)]
    v = refresh.compare(refreshed, 0.0, ahead)
    assert not v['publish'], 'the extra epoch alone does better on 4-class: the labels add nothing'
    assert 'four_class_macro_f1 below the control refresh 0.9650 -> 0.9600' in v['reason']
    assert refresh.compare(refreshed, 0.01, ahead)['publish'], 'within the tolerance'
    # a screened refresh (one fold) is compared with the same fold of the control
    one = refresh.compare(refreshed[1:2], 0.0, ahead)
    assert not one['publish'] and one['folds'] == 1
    with pytest.raises(ValueError, match=r'not finished fold\(s\) \[2\]'):
        refresh.compare(refreshed, 0.0, ahead[:2])
    with pytest.raises(ValueError, match='not a control'):
        refresh.compare(refreshed, 0.0, [control_fold(i, 0.9, 0.7, ['export.jsonl']) for i in range(3)])


def linear_graph(path, w, b, ln):
    """What the exporter writes for a student's linear layer: an anonymous transposed weight into
    a MatMul, its output into an Add with the named bias; a LayerNorm weight kept by name."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper
    inits = [numpy_helper.from_array(w.T.copy(), 'onnx::MatMul_91'), numpy_helper.from_array(b, 'student.heads.bias'),
             numpy_helper.from_array(ln, 'student.encoder.ln.weight')]
    nodes = [helper.make_node('Mul', ['x', 'student.encoder.ln.weight'], ['n']),
             helper.make_node('MatMul', ['n', 'onnx::MatMul_91'], ['mm']),
             helper.make_node('Add', ['student.heads.bias', 'mm'], ['y'])]
    g = helper.make_graph(nodes, 'g', [helper.make_tensor_value_info('x', TensorProto.FLOAT, [1, 3])],
                          [helper.make_tensor_value_info('y', TensorProto.FLOAT, [1, 2])], inits)
    onnx.save(helper.make_model(g), str(path))


def test_weights_come_back_from_the_graph_by_name_and_by_the_linear_pattern(tmp_path):
    w = np.arange(6, dtype=np.float32).reshape(2, 3)  # torch layout: [out, in]
    b, ln = np.array([0.5, -1], dtype=np.float32), np.array([1, 2, 3], dtype=np.float32)
    linear_graph(tmp_path / 'm.onnx', w, b, ln)
    keys = {'heads.weight': (2, 3), 'heads.bias': (2,), 'encoder.ln.weight': (3,)}
    from radlabel_train.onnx_weights import RecoveryError, recover_state
    state = recover_state(keys, tmp_path / "m.onnx")
    assert np.array_equal(state['heads.weight'], w), 'transposed back to [out, in]'
    assert np.array_equal(state['heads.bias'], b) and np.array_equal(state['encoder.ln.weight'], ln)
    with pytest.raises(RecoveryError, match='encoder.other.weight'):
        recover_state({**keys, 'encoder.other.weight': (3,)}, tmp_path / 'm.onnx')
    with pytest.raises(RecoveryError, match=r'heads.bias \(3,\) \(graph has \(2,\)\)'):
        recover_state({**keys, 'heads.bias': (3,)}, tmp_path / 'm.onnx')


def test_the_link_is_repointed_in_one_step_and_a_real_directory_is_never_replaced(tmp_path):
    old, new = tmp_path / 'm-1', tmp_path / 'm-2'
    old.mkdir()
    new.mkdir()
    link = tmp_path / 'current'
    link.symlink_to('m-1')
    refresh.repoint(link, new)
    assert os.readlink(link) == 'm-2' and link.resolve() == new.resolve()
    assert sorted(p.name for p in tmp_path.iterdir()) == ['current', 'm-1', 'm-2'], 'no temporary link left'
    real = tmp_path / 'served'
    real.mkdir()
    with pytest.raises(SystemExit, match='real directory'):
        refresh.repoint(real, new)


def test_the_stream_is_a_stable_third_independent_of_the_folds():
    from radlabel_train.recipe import fold_of
    uids = [str(i) for i in range(3000)]
    stream = [u for u in uids if loop.in_stream(u)]
    assert 900 < len(stream) < 1100
    assert stream == [u for u in uids if loop.in_stream(u)]
    assert all(200 < sum(fold_of(u, 3) == f for u in stream) < 450 for f in range(3)), 'spread over every fold'


def test_export_marks_round_trip():
    labels = parse_label_part('NF+ CM- EFF? SD+')
    assert format_label_part(labels) == 'NF+ CM- EFF? SD+'
    assert parse_label_part(format_label_part(labels)) == labels


def test_the_loop_summary_pairs_each_arm_with_its_base(tmp_path):
    import json
    runs = tmp_path / 'runs'
    base = {'four_class_macro_f1': 0.90, 'strict_positive_macro_f1': 0.70, 'sentence_four_class_macro_f1': 0.80}
    for arm, gain in (('routed', 0.02), ('random', 0.01), ('control', 0.0)):
        (runs / f'loop-{arm}').mkdir(parents=True)
        (runs / f'loop-{arm}' / 'fold0.json').write_text(json.dumps(
            {'fold': 0, 'teacher_rows_trained': 0 if arm == 'control' else 150, 'current': base,
             'refreshed': {k: v + gain for k, v in base.items()}}))
    (runs / 'loop-routed' / 'fold1.json').write_text(json.dumps(
        {'fold': 1, 'teacher_rows_trained': 150, 'current': base, 'refreshed': base}))
    out = loop.summary(runs, tmp_path)
    assert out['folds_done'] == [0], 'fold 1 has one arm only'
    assert out['mean_change']['routed_minus_random']['four_class_macro_f1'] == pytest.approx(0.01)
    assert out['mean_change']['control']['strict_positive_macro_f1'] == pytest.approx(0.0)
    table = loop.markdown(out)
    assert '| 0 | ? | 0.9000 / 0.7000 | +0.0200 / +0.0200 | +0.0100 / +0.0100 | +0.0000 / +0.0000 | +0.0100 / +0.0100 |' in table
