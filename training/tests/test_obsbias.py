"""Per-observation decision biases, chosen on the other folds only (no torch needed)."""
from radlabel_train import obsbias
from radlabel_train.labels import KEYS

CM = KEYS.index('CM')
ED = KEYS.index('ED')


def heads(cm_positive: float, ed_positive: float = 0.0):
    """One sentence's 14 heads: CM and ED positive with the given probabilities (the rest of
    their mass on uncertain), every other head not mentioned."""
    h = [[0.0, 0.0, 0.0, 1.0] for _ in KEYS]
    h[CM] = [cm_positive, 0.0, 1.0 - cm_positive, 0.0]
    h[ED] = [ed_positive, 0.0, 1.0 - ed_positive, 0.0]
    return h


def fold(cm_probs):
    """Reports r0, r1, ... each one sentence; the teacher's labels do not matter here."""
    return {f'r{i}': {'teacher': [3] * len(KEYS), 'rows': [heads(p)]} for i, p in enumerate(cm_probs)}


def test_per_head_bias_moves_only_its_head():
    from radlabel_train.labels import decide
    bias = [0.0] * len(KEYS)
    bias[CM] = 1.0   # exp(1) lifts 0.4 above 0.6
    out = decide(heads(0.4, 0.4), bias)
    assert out[CM] == 0 and out[ED] == 2


def test_each_fold_gets_the_bias_its_other_folds_prefer():
    # Folds 1 and 2: every report has cardiomegaly in the gold, the model says 0.4 (uncertain by
    # argmax), so a positive bias on CM gains there. Fold 0: nobody has it and the model says 0.4
    # too, so the bias would hurt fold 0 itself: it must still get the bias (chosen elsewhere),
    # and folds 1 and 2 must get it as well (each has one other fold preferring it, one neutral).
    data = [fold([0.4, 0.4]), fold([0.4, 0.4]), fold([0.4, 0.4])]
    golds = [{'r0': set(), 'r1': set()}, {'r0': {'CM'}, 'r1': {'CM'}}, {'r0': {'CM'}, 'r1': {'CM'}}]
    out = obsbias.cross_fit(data, golds, margin=0.0)
    by_fold = {f['fold']: f for f in out['per_fold']}
    assert by_fold[0]['bias'].get('CM', 0) > 0, 'chosen on folds 1 and 2'
    assert by_fold[0]['biased']['strict_positive_macro_f1'] == 0.0
    assert by_fold[1]['bias'].get('CM', 0) > 0
    assert by_fold[1]['biased']['strict_positive_per_observation']['CM'] == 1.0
    assert by_fold[1]['argmax']['strict_positive_per_observation']['CM'] == 0.0
    assert 'ED' not in by_fold[1]['bias'], 'no head moves without a gain'


def test_a_gain_below_the_margin_keeps_the_argmax():
    data = [fold([0.4] * 20), fold([0.4] * 20), fold([0.4] * 20)]
    # One report in twenty has cardiomegaly: calling all positive gains F1 0 -> 2/21 on the others.
    golds = [{f'r{i}': ({'CM'} if i == 0 else set()) for i in range(20)} for _ in range(3)]
    assert all(f['bias'] for f in obsbias.cross_fit(data, golds, margin=0.0)['per_fold'])
    assert not any(f['bias'] for f in obsbias.cross_fit(data, golds, margin=0.2)['per_fold'])
