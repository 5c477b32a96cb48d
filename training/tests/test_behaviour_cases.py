"""tests/behaviour/cases.jsonl is generated; a hand edit would drift from its generator."""
import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def load_generator():
    spec = importlib.util.spec_from_file_location('make_cases', ROOT / 'tests/behaviour/make_cases.py')
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_cases_file_matches_its_generator():
    gen = load_generator()
    want = gen.cases()
    got = [json.loads(line) for line in (ROOT / 'tests/behaviour/cases.jsonl').read_text().splitlines() if line.strip()]
    assert got == want, 'run python3 tests/behaviour/make_cases.py'


def test_expectations_follow_the_guideline_rules():
    gen = load_generator()
    e = gen.expected({'CM': '-'})
    assert e['Cardiomegaly'] == 'negative' and e['No Finding'] == 'positive'
    assert gen.expected({'EFF': '?'})['No Finding'] == 'not_mentioned', 'uncertain blocks No Finding'
    assert gen.expected({'SD': '+'})['No Finding'] == 'positive', 'devices do not block No Finding'
    assert gen.combine({'EFF': '-'}, {'EFF': '?'}) == {'EFF': '?'}, 'uncertain beats negative'
    rows = gen.cases()
    assert len(rows) >= 400
    for r in rows:
        # a normal context never states anything about the probed observation itself
        if r['context'] == 'report' and r['observation'] == 'Pleural Effusion':
            assert 'There is no pleural effusion.' not in r['findings']
        if r['context'] == 'report' and r['observation'] == 'Cardiomegaly':
            assert 'The heart is normal in size.' not in r['findings']
