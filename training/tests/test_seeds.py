"""Seed spread and seed averaging from finished CV runs (no torch needed)."""
import json

import pytest

from radlabel_train import seeds
from radlabel_train.labels import KEYS, NOT_MENTIONED

CM = KEYS.index('CM')


def row(cm_positive: float):
    """One report's 14 heads: NF negative-ish, CM positive with the given probability (the rest
    of its mass on negative), every other head not mentioned."""
    heads = [[0.0, 0.0, 0.0, 1.0] for _ in KEYS]
    heads[0] = [0.1, 0.0, 0.0, 0.9]
    heads[CM] = [cm_positive, 1.0 - cm_positive, 0.0, 0.0]
    return heads


def write_run(path, seed, folds, probs_by_fold):
    path.mkdir()
    (path / 'fold0.json').write_text(json.dumps({'settings': {'seed': seed, 'folds': folds}}))
    for i, probs in probs_by_fold.items():
        (path / f'fold{i}_probs.json').write_text(json.dumps(probs))


def test_decide_is_argmax_then_the_no_finding_rule():
    assert seeds.decide(row(0.9))[CM] == 0
    assert seeds.decide(row(0.9))[0] == NOT_MENTIONED, 'a positive finding blocks No Finding'
    assert seeds.decide(row(0.1))[CM] == 1


def test_averaging_two_seeds_is_scored_per_fold_beside_each_seed(tmp_path):
    # Report a has cardiomegaly (gold and teacher), b does not. Seed 7 is sure about a but
    # calls b positive too; seed 13 is right on b but just misses a. The average (a 0.6, b 0.45)
    # gets both right: a paired comparison on the same held-out reports.
    teacher = {'a': seeds.decide(row(1.0)), 'b': seeds.decide(row(0.0))}
    write_run(tmp_path / 's7', 7, 2, {0: {'a': row(0.8), 'b': row(0.7)}})
    write_run(tmp_path / 's13', 13, 2, {0: {'a': row(0.4), 'b': row(0.2)}})
    out = seeds.compare([tmp_path / 's7', tmp_path / 's13'], teacher, lambda uids: {'a': {'CM'}, 'b': set()})
    assert out['seeds'] == [7, 13] and out['folds_scored'] == [0] and out['folds_skipped'] == [1]
    f = out['per_fold'][0]
    cm_f1 = {'s7': 2 / 3, 's13': 0.0, 'average': 1.0}   # strict positive F1 of the CM head
    # macro over 14 heads: the other heads have no gold and no prediction (F1 0 by the scorer's rule)
    assert f['runs'][0]['strict_positive_macro_f1'] == pytest.approx(cm_f1['s7'] / 14)
    assert f['runs'][1]['strict_positive_macro_f1'] == pytest.approx(0.0)
    assert f['average']['strict_positive_macro_f1'] == pytest.approx(cm_f1['average'] / 14)
    assert f['average']['four_class_macro_f1'] == pytest.approx(1.0), 'the average agrees with the teacher'
    assert out['strict_positive_macro_f1']['average_minus_single_mean'] == pytest.approx((1.0 - 1 / 3) / 14)


def test_runs_that_hold_out_different_reports_are_refused(tmp_path):
    write_run(tmp_path / 'x', 7, 1, {0: {'a': row(0.8)}})
    write_run(tmp_path / 'y', 13, 1, {0: {'b': row(0.8)}})
    with pytest.raises(ValueError, match='not the same folds'):
        seeds.compare([tmp_path / 'x', tmp_path / 'y'], {}, lambda uids: {})


def test_the_nested_bias_is_chosen_on_the_other_folds_only(tmp_path):
    # Folds 1 and 2 each hold a true cardiomegaly at p = 0.4 that the argmax misses and a bias
    # of +0.5 recovers; fold 0 is decided right by the argmax and the bias adds a false
    # positive there. Fold 0 still gets +0.5 (its own reports never choose its bias) and pays
    # for it, which is what makes the nested figure honest.
    probs = {0: {'a0': row(0.9), 'b0': row(0.4)}, 1: {'a1': row(0.4)}, 2: {'a2': row(0.4)}}
    write_run(tmp_path / 'r', 7, 3, probs)
    gold = {'a0': {'CM'}, 'b0': set(), 'a1': {'CM'}, 'a2': {'CM'}}
    teacher = {u: seeds.decide(row(1.0 if gold[u] else 0.0)) for u in gold}
    out = seeds.nested_bias(tmp_path / 'r', teacher, lambda uids: {u: gold[u] for u in uids})
    by_fold = {r['fold']: r for r in out['per_fold']}
    assert [by_fold[i]['chosen_bias'] for i in range(3)] == [0.5, 0.5, 0.5]
    pos = lambda r, k: r[k]['strict_positive_macro_f1'] * 14   # the CM head's F1
    assert pos(by_fold[0], 'argmax') == pytest.approx(1.0) and pos(by_fold[0], 'nested') == pytest.approx(2 / 3)
    assert pos(by_fold[1], 'argmax') == pytest.approx(0.0) and pos(by_fold[1], 'nested') == pytest.approx(1.0)


def test_sentence_reading_averages_each_sentence_then_combines_by_precedence(tmp_path):
    # Report b's second sentence is where the seeds disagree (0.7 and 0.2: the average, 0.45,
    # says negative); its first sentence says nothing. Read whole, nothing would be averaged
    # per sentence, so this fails if the sentence tables are not the ones scored. The second
    # run finished only fold 1 (a screen): its settings come from that fold's file.
    quiet = [[0.0, 0.0, 0.0, 1.0] for _ in KEYS]
    rows = {'s7': {'a': [quiet, row(0.9)], 'b': [quiet, row(0.7)]},
            's13': {'a': [quiet, row(0.6)], 'b': [quiet, row(0.2)]}}
    for name, seed in (('s7', 7), ('s13', 13)):
        (tmp_path / name).mkdir()
        (tmp_path / name / 'fold1.json').write_text(json.dumps({'settings': {'seed': seed, 'folds': 2}}))
        (tmp_path / name / 'fold1_probs.json').write_text(json.dumps({'a': row(0.0), 'b': row(0.0)}))
    teacher = {'a': seeds.decide(row(1.0)), 'b': seeds.decide(row(0.0))}
    out = seeds.compare([tmp_path / 's7', tmp_path / 's13'], teacher, lambda uids: {'a': {'CM'}, 'b': set()},
                        rows_of=lambda run, fold: rows[run.name])
    assert out['reading'] == 'sentences' and out['seeds'] == [7, 13] and out['folds_scored'] == [1]
    f = out['per_fold'][0]
    assert f['runs'][0]['strict_positive_macro_f1'] * 14 == pytest.approx(2 / 3), 'seed 7 calls b positive'
    assert f['runs'][1]['strict_positive_macro_f1'] * 14 == pytest.approx(1.0)
    assert f['average']['strict_positive_macro_f1'] * 14 == pytest.approx(1.0)
    assert f['average']['four_class_macro_f1'] == pytest.approx(1.0)


def test_sentence_tables_that_differ_between_runs_are_refused():
    with pytest.raises(ValueError, match='not the same folds'):
        seeds.average_rows([{'a': [row(0.1)]}, {'a': [row(0.1), row(0.2)]}])
