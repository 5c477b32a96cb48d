"""Writes tests/behaviour/cases.jsonl: the behavioural suite of the student.

Every phrase here was written for this project (no labeller's phrase list, no report text). For
each of the 13 observations that a sentence can state (the 12 pathologies and Support Devices):
affirmed sentences, negations in seven forms and hedges in seven forms; each one alone as a
one-sentence report and inside a longer normal report. Then the guideline's exclusions and
rulings (pericardial effusion, calcified granulomas, hilar enlargement, tortuous aorta, removed
devices, R1-R9), also in both contexts.

Each case names the probed observation and its expected status, and the expected status of
every other observation (not mentioned unless the sentence or the normal context states it;
No Finding by the CheXpert rule). `radlabel eval PRED tests/behaviour/cases.jsonl` scores it.

    python3 tests/behaviour/make_cases.py      # rewrites cases.jsonl (deterministic)"""
import json
from pathlib import Path

NAMES = {'NF': 'No Finding', 'ECM': 'Enlarged Cardiomediastinum', 'CM': 'Cardiomegaly', 'LO': 'Lung Opacity',
         'LL': 'Lung Lesion', 'ED': 'Edema', 'CO': 'Consolidation', 'PNA': 'Pneumonia', 'AT': 'Atelectasis',
         'PTX': 'Pneumothorax', 'EFF': 'Pleural Effusion', 'PO': 'Pleural Other', 'FX': 'Fracture',
         'SD': 'Support Devices'}
PATHOLOGY = ['ECM', 'CM', 'LO', 'LL', 'ED', 'CO', 'PNA', 'AT', 'PTX', 'EFF', 'PO', 'FX']
STATUS = {'+': 'positive', '-': 'negative', '?': 'uncertain'}
RANK = {'+': 3, '?': 2, '-': 1}

# Per observation: affirmed sentences; noun phrases to negate; noun phrases to hedge; and a
# "versus" sentence with every observation it leaves uncertain.
OBS = {
    'ECM': dict(
        affirmed=['The mediastinum is widened.', 'The cardiomediastinal silhouette is enlarged.',
                  'There is widening of the superior mediastinum.'],
        neg=['mediastinal widening', 'widening of the mediastinum'],
        hedge=['mediastinal widening', 'enlargement of the cardiomediastinal silhouette'],
        versus=('Mediastinal widening versus projection from patient rotation.', ['ECM'])),
    'CM': dict(
        affirmed=['The heart is enlarged.', 'There is moderate cardiomegaly.', 'Marked enlargement of the cardiac silhouette.'],
        neg=['cardiomegaly', 'enlargement of the cardiac silhouette'],
        hedge=['cardiomegaly', 'mild enlargement of the cardiac silhouette'],
        versus=('Cardiomegaly versus pericardial effusion.', ['CM'])),
    'LO': dict(
        affirmed=['There is a patchy opacity in the right lower lobe.', 'Increased interstitial markings are seen in both lungs.',
                  'Hazy airspace disease is present in the left mid lung.'],
        neg=['focal airspace opacity', 'airspace disease'],
        hedge=['airspace opacity in the right lower lobe', 'a subtle left basilar opacity'],
        versus=('Right basilar opacity versus overlapping soft tissue.', ['LO'])),
    'LL': dict(
        affirmed=['A 2 cm nodule is seen in the left upper lobe.', 'There is a spiculated mass in the right upper lobe.',
                  'Multiple pulmonary nodules are compatible with metastases.'],
        neg=['pulmonary nodule', 'lung mass'],
        hedge=['a pulmonary nodule in the right lower lobe', 'a small left upper lobe mass'],
        versus=('Right lower lung nodule versus nipple shadow.', ['LL'])),
    'ED': dict(
        affirmed=['There is mild pulmonary edema.', 'Findings are compatible with interstitial edema.',
                  'Diffuse alveolar edema is present.'],
        neg=['pulmonary edema', 'interstitial edema'],
        hedge=['mild pulmonary edema', 'interstitial edema'],
        versus=('Interstitial edema versus atypical pneumonia.', ['ED', 'PNA'])),
    'CO': dict(
        affirmed=['There is consolidation in the left lower lobe.', 'Dense right upper lobe consolidation is present.',
                  'Consolidation of the lingula is seen.'],
        neg=['consolidation', 'focal consolidation'],
        hedge=['consolidation in the right middle lobe', 'early left lower lobe consolidation'],
        versus=('Left lower lobe consolidation versus atelectasis.', ['CO', 'AT'])),
    'PNA': dict(
        affirmed=['Right lower lobe pneumonia.', 'The findings are compatible with pneumonia.',
                  'There is pneumonia in the left lower lobe.'],
        neg=['pneumonia', 'an infectious process'],
        hedge=['pneumonia', 'an early infectious process'],
        versus=('Pneumonia versus aspiration in the right lower lobe.', ['PNA'])),
    'AT': dict(
        affirmed=['There is bibasilar atelectasis.', 'Plate-like atelectasis is seen at the left base.',
                  'The right middle lobe has collapsed.'],
        neg=['atelectasis', 'focal atelectasis'],
        hedge=['atelectasis at the right base', 'subsegmental atelectasis'],
        versus=('Atelectasis versus pneumonia at the right base.', ['AT', 'PNA'])),
    'PTX': dict(
        affirmed=['There is a small right apical pneumothorax.', 'A large left pneumothorax is present.',
                  'Tension pneumothorax on the right.'],
        neg=['pneumothorax', 'apical pneumothorax'],
        hedge=['a small left apical pneumothorax', 'a tiny right pneumothorax'],
        versus=('Thin pneumothorax versus skin fold at the left apex.', ['PTX'])),
    'EFF': dict(
        affirmed=['There is a small left pleural effusion.', 'Moderate bilateral pleural effusions are present.',
                  'A layering right pleural effusion is seen.'],
        neg=['pleural effusion', 'pleural fluid'],
        hedge=['a small right pleural effusion', 'a trace left pleural effusion'],
        versus=('Small pleural effusion versus pleural thickening on the left.', ['EFF', 'PO'])),
    'PO': dict(
        affirmed=['There is apical pleural thickening on the right.', 'Calcified pleural plaques are present bilaterally.',
                  'Pleural thickening is seen along the left lateral chest wall.'],
        neg=['pleural thickening', 'pleural plaque'],
        hedge=['pleural thickening at the left base', 'a pleural plaque on the right'],
        versus=('Pleural thickening versus a small loculated effusion on the right.', ['PO', 'EFF'])),
    'FX': dict(
        affirmed=['There is an acute fracture of the left seventh rib.', 'A displaced fracture of the right clavicle is seen.',
                  'Fractures of the right fifth and sixth ribs are present.'],
        neg=['rib fracture', 'acute fracture'],
        hedge=['a nondisplaced left rib fracture', 'a fracture of the right sixth rib'],
        versus=('Left eighth rib fracture versus overlapping vessel.', ['FX'])),
    'SD': dict(
        affirmed=['A right PICC terminates in the superior vena cava.', 'An endotracheal tube is in place above the carina.',
                  'A left chest wall pacemaker with leads in the right heart.'],
        neg=['endotracheal tube', 'central venous catheter'],
        hedge=['a retained catheter fragment', 'a nasogastric tube in the distal esophagus'],
        versus=('Retained catheter fragment versus calcification over the right hilum.', ['SD'])),
}


def cap(s):
    return s[0].upper() + s[1:]


NEGATIONS = [
    ('no', lambda np: f'No {np}.'),
    ('there is no', lambda np: f'There is no {np}.'),
    ('no evidence of', lambda np: f'No evidence of {np}.'),
    ('negative for', lambda np: f'Negative for {np}.'),
    ('is not seen', lambda np: f'No {np} is seen.'),
    ('without', lambda np: f'Unremarkable chest radiograph without {np}.'),
]
RESOLVED = {  # "X has resolved": the guideline's negative; devices: removed (R3)
    'SD': 'The endotracheal tube has been removed.',
}
HEDGES = [
    ('possible', lambda np: f'Possible {np}.'),
    ('cannot be excluded', lambda np: f'{cap(np)} cannot be excluded.'),
    ('may represent', lambda np: f'The findings may represent {np}.'),
    ('questionable', lambda np: f'Questionable {np}.'),
    ('suspicious for', lambda np: f'The appearance is suspicious for {np}.'),
    ('likely', lambda np: f'This likely represents {np}.'),
]

# Exclusions and rulings of the guideline: (sentence, {key: mark or None for "not mentioned"}),
# the first key is the probed one.
EXCLUSIONS = [
    ('A small pericardial effusion is present.', {'EFF': None}),
    ('Moderate pericardial effusion.', {'EFF': None}),
    ('Calcified granuloma in the right upper lobe.', {'LL': None, 'NF': '+'}),
    ('Several calcified nodules are consistent with prior granulomatous disease.', {'LL': None, 'NF': '+'}),
    ('A calcified nodule is seen in the left lower lobe.', {'LL': None, 'NF': '+'}),
    ('Nodular density at the right apex consistent with a calcified granuloma.', {'LL': None, 'LO': None}),
    ('Bilateral hilar enlargement.', {'ECM': None}),
    ('The hila are prominent.', {'ECM': None}),
    ('The thoracic aorta is tortuous.', {'ECM': None, 'NF': '+'}),
    ('Tortuous and calcified aorta.', {'ECM': None, 'NF': '+'}),
    ('Heart size is at the upper limits of normal.', {'CM': '?'}),
    ('The heart is top normal in size.', {'CM': '?'}),
    ('Borderline cardiomegaly.', {'CM': '?'}),
    ('Median sternotomy wires are present.', {'SD': '+', 'NF': '+'}),
    ('Surgical clips in the left axilla.', {'SD': '+', 'NF': '+'}),
    ('External monitoring leads overlie the chest.', {'SD': '+', 'NF': '+'}),
    ('Cholecystectomy clips in the right upper quadrant.', {'SD': None, 'NF': '+'}),
    ('The right PICC has been removed.', {'SD': '-'}),
    ('The previously seen left chest tube has been removed.', {'SD': '-'}),
    ('Mild compression deformity of a midthoracic vertebral body.', {'FX': '?'}),
    ('Wedge deformity of T8 with loss of vertebral body height.', {'FX': '?'}),
    ('Healed right rib fractures.', {'FX': '+'}),
    ('Old healed fracture of the left clavicle.', {'FX': '+'}),
    ('Nodular opacity in the left lower lobe.', {'LL': '+', 'LO': '+'}),
    ('Left basilar atelectasis or scarring.', {'AT': '?', 'LO': '?'}),
    ('Linear opacity at the right base, atelectasis versus scarring.', {'AT': '?', 'LO': '+'}),
    ('Biapical pleural-parenchymal scarring.', {'PO': '+'}),
    ('Interstitial fibrosis in both lower lobes.', {'LO': '+'}),
    ('Pulmonary vascular congestion.', {'ED': '+'}),
    ('Cephalization of the pulmonary vessels.', {'ED': '+'}),
    ('Prominent pulmonary vascularity.', {'ED': '?'}),
    ('Normal pulmonary vascularity.', {'ED': None, 'NF': '+'}),
    ('Paratracheal adenopathy widens the mediastinum.', {'ECM': '+'}),
    ('Blunting of the left costophrenic angle.', {'EFF': '?'}),
    ('Right hydropneumothorax.', {'PTX': '+', 'EFF': '+'}),
    ('Degenerative changes of the thoracic spine.', {'NF': '+'}),
    ('Hyperinflation consistent with emphysema.', {'NF': '+', 'LO': None}),
    ('Mild thoracic scoliosis.', {'NF': '+'}),
    ('Small hiatal hernia.', {'NF': '+'}),
    ('Normal heart size.', {'CM': '-'}),
    ('The cardiomediastinal silhouette is within normal limits.', {'CM': '-', 'ECM': '-'}),
]

# Normal report context: sentences with what they state. A case uses those that state nothing
# about the observations it probes.
CONTEXT = [
    ('The heart is normal in size.', {'CM': '-'}),
    ('The mediastinum is unremarkable.', {'ECM': '-'}),
    ('The lungs are clear.', {'LO': '-'}),
    ('There is no pleural effusion.', {'EFF': '-'}),
    ('No pneumothorax.', {'PTX': '-'}),
    ('Degenerative changes of the spine.', {}),
]
IMPRESSION_NORMAL = 'No acute cardiopulmonary process.'


def expected(marks: dict) -> dict:
    """Full 14-status expectation: given marks, not mentioned elsewhere, No Finding by the rule."""
    out = {NAMES[k]: 'not_mentioned' for k in NAMES}
    for k, m in marks.items():
        if k != 'NF' and m is not None:
            out[NAMES[k]] = STATUS[m]
    blocked = any(out[NAMES[k]] in ('positive', 'uncertain') for k in PATHOLOGY)
    out['No Finding'] = 'not_mentioned' if blocked else 'positive'
    return out


def combine(*marks):
    out = {}
    for m in marks:
        for k, v in m.items():
            if v is None:
                out.setdefault(k, None)
            elif out.get(k) is None or RANK[v] > RANK[out[k]]:
                out[k] = v
    return out


def cases():
    rows = []

    def add(category, form, key, sentence, marks):
        probe = NAMES[key]
        one = expected(marks)
        rows.append({'category': category, 'form': form, 'observation': probe, 'context': 'sentence',
                     'findings': sentence, 'impression': '', 'expect': one})
        ctx = [(s, m) for s, m in CONTEXT if not set(m) & set(marks)]
        body = [s for s, _ in ctx[:2]] + [sentence] + [s for s, _ in ctx[2:4]]
        ctx_marks = combine(*[m for _, m in ctx[:4]])
        pathology_stated = any(marks.get(k) in ('+', '?') for k in PATHOLOGY)
        impression = '' if pathology_stated else IMPRESSION_NORMAL
        full = expected(combine(ctx_marks, marks))
        rows.append({'category': category, 'form': form, 'observation': probe, 'context': 'report',
                     'findings': ' '.join(body), 'impression': impression, 'expect': full})

    for key, o in OBS.items():
        for i, s in enumerate(o['affirmed']):
            add('affirmed', f'affirmed {i + 1}', key, s, {key: '+'})
        for i, (form, t) in enumerate(NEGATIONS):
            add('negated', form, key, t(o['neg'][i % 2]), {key: '-'})
        resolved = RESOLVED.get(key, f'The previously seen {o["neg"][0]} has resolved.')
        add('negated', 'has resolved', key, resolved, {key: '-'})
        for i, (form, t) in enumerate(HEDGES):
            add('hedged', form, key, t(o['hedge'][i % 2]), {key: '?'})
        sentence, keys = o['versus']
        add('hedged', 'versus', key, sentence, {k: '?' for k in keys})
    for sentence, marks in EXCLUSIONS:
        key = next(iter(marks))
        add('exclusion', 'guideline', key, sentence, marks)
    for n, r in enumerate(rows, 1):
        r['id'] = f'b{n:04d}'
    return rows


if __name__ == '__main__':
    out = Path(__file__).with_name('cases.jsonl')
    rows = cases()
    with open(out, 'w') as f:
        for r in rows:
            f.write(json.dumps({'id': r.pop('id'), **r}) + '\n')
    by = {}
    for r in rows:
        by[r['category']] = by.get(r['category'], 0) + 1
    print(f'{len(rows)} cases written to {out}: {by}')
