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
