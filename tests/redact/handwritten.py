"""The hand-written notes of handwritten.txt as {"id", "text", "spans"} documents."""
import re
from pathlib import Path

MARK = re.compile(r'\{([A-Z]+)\|([^{}]*)\}')


def load(path=Path(__file__).with_name('handwritten.txt')):
    docs = {}
    lines = [l.rstrip('\n') for l in open(path, encoding='utf-8') if l.strip() and not l.startswith('#')]
    for i, line in enumerate(lines):
        text, spans, at = '', [], 0
        for m in MARK.finditer(line):
            text += line[at:m.start()]
            spans.append({'start': len(text), 'end': len(text) + len(m.group(2)), 'type': m.group(1)})
            text += m.group(2)
            at = m.end()
        text += line[at:]
        docs[f'hw-{i:02d}'] = {'id': f'hw-{i:02d}', 'text': text, 'spans': spans}
    return docs
