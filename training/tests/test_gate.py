"""The mention gate as training scores it (the runtime's twin is src/core/mention.rs)."""
import json

from radlabel_train import gate, labels
from radlabel_train.contract import check_config

from test_contract import FIXTURE

K = labels.KEYS.index


def classes(**marks):
    out = [labels.NOT_MENTIONED] * len(labels.KEYS)
    for key, c in marks.items():
        out[K(key)] = c
    out[0] = labels.no_finding(out)
    return out


def test_an_affirmed_finding_the_report_never_names_is_taken_away():
    got = gate.gate('Loculated pleural fluid collection at the right base.', classes(PTX=0, EFF=0))
    assert got[K('PTX')] == labels.NOT_MENTIONED
    assert got[K('EFF')] == 0, 'fluid names an effusion'
    got = gate.gate('Possible   PNEUMOTHORAX.', classes(PTX=2))
    assert got[K('PTX')] == 2, 'case and whitespace do not matter'


def test_negatives_stay_unless_asked_and_no_finding_follows():
    text = 'No acute cardiopulmonary process.'
    got = gate.gate(text, classes(PTX=1, CO=0))
    assert got[K('PTX')] == 1 and got[K('CO')] == labels.NOT_MENTIONED
    assert got[0] == 0, 'with the only finding gated away, No Finding is positive again'
    assert gate.gate(text, classes(PTX=1), gate.ALL_MARKS)[K('PTX')] == labels.NOT_MENTIONED


def test_the_term_list_satisfies_the_model_contract():
    cfg = json.loads((FIXTURE / 'config.json').read_text())
    check_config(dict(cfg, mention_gate={k: list(v) for k, v in gate.TERMS.items()}))


def test_every_guideline_example_keeps_its_finding():
    for text, key in [('A right PICC ends in the SVC.', 'SD'), ('Left chest pacemaker.', 'SD'), ('Small hydropneumothorax.', 'EFF'),
                      ('Calcified pleural plaques.', 'PO'), ('Old rib fracture.', 'FX'), ('Widened mediastinum.', 'ECM'),
                      ('Vascular congestion.', 'ED'), ('Plate-like atelectasis.', 'AT'), ('Right upper lobe mass.', 'LL')]:
        assert gate.gate(text, classes(**{key: 0}))[K(key)] == 0, text


def test_apply_gates_a_model_dir_and_replaces_its_card_section(tmp_path):
    import shutil
    d = tmp_path / 'm'
    shutil.copytree(FIXTURE, d)
    (d / 'MODEL_CARD.md').write_text('# m\n\n## Training history\n| epoch |\n')
    fold = lambda s, g: {'teacher_strict_positive_macro_f1': 0.8, 'plain': {'strict': s, 'four_class': 0.9},
                         'gated': {'strict': g, 'four_class': 0.91}, 'reports_changed': 3}
    s = {'developed_on_folds': [1], 'folds': {'0': fold(0.78, 0.79), '1': fold(0.85, 0.86), '2': fold(0.84, 0.85)}}
    g = gate.apply(d, s)
    assert abs(g['strict_positive_macro_f1']['mean'] - 0.8333) < 1e-3
    cfg = json.loads((d / 'config.json').read_text())
    assert cfg['mention_gate']['PTX'] == ['pneumothora'] and len(cfg['mention_gate']) == len(gate.TERMS) and cfg['cv_metrics']['mention_gate']['folds'] == 3
    gate.apply(d, s)
    card = (d / 'MODEL_CARD.md').read_text()
    assert card.count('## Mention gate') == 1, 'applied twice, one section'
    assert card.index('## Mention gate') < card.index('## Training history')


def test_keys_restrict_the_gate():
    text = 'Loculated pleural fluid collection.'
    got = gate.gate(text, classes(PTX=0, CO=0), keys=['PTX'])
    assert got[K('PTX')] == labels.NOT_MENTIONED and got[K('CO')] == 0
