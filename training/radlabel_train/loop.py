"""The learning-loop experiment's data: which shared reports play the live stream.

    python -m radlabel_train.loop stream --shared ../shared --out training/runs/loop/stream.txt
    python -m radlabel_train.loop random --stream training/runs/loop/stream.txt \
        --like training/runs/loop/routed.jsonl --out training/runs/loop/random.jsonl
    python -m radlabel_train.loop summary        (what scripts/loop-experiment.sh measured so far)

The stream is a third of the Open-i reports, fixed by a salted hash of the uid (independent of
the cross-validation folds' hash). The students of the experiment are cross-validated on the other
two thirds with the stream left out (`cv --exclude-uids`), so the stream is new to them; the
stream then goes through `radlabel run` and the teacher worker (`scripts/measure_loop.py`), and
what the worker exports is the refresh's data. The comparison arm (`random`) takes as many
stream reports at random, with the texts and labels the worker would have exported for them (the
replay teacher answers with the shared teacher labels, the text is redacted by `radlabel redact`),
so the two refreshes differ only in which reports were chosen."""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import subprocess
from pathlib import Path

from .data import load
from .labels import format_label_part


def in_stream(uid: str, parts: int = 3) -> bool:
    return int(hashlib.sha256(f'stream:{uid}'.encode('utf-8')).hexdigest()[:8], 16) % parts == 0


def random_arm(stream: list[str], like: Path, shared: Path, seed: int, radlabel: Path) -> list[dict]:
    """As many stream reports as `like` holds, drawn at random, as export rows."""
    n = sum(1 for l in like.read_text().splitlines() if l.strip())
    chosen = set(random.Random(seed).sample(sorted(stream), n))
    d = shared / 'data/openi'
    reports = {e.uid: e for e in load(d / 'reports.csv', d / 'teacher_labels.tsv', 'openi') if e.uid in chosen}
    src = ''.join(json.dumps({'id': u, 'text': ' '.join(reports[u].text.split())}) + '\n' for u in sorted(reports))
    red = subprocess.run([str(radlabel), 'redact', '-'], input=src, capture_output=True, text=True, check=True).stdout
    rows = []
    for line in red.splitlines():
        o = json.loads(line)
        rows.append({'report_id': str(o['id']), 'text': o['text'], 'marks': format_label_part(reports[str(o['id'])].labels),
                     'teacher_model': 'replay-teacher', 'chosen': 'random'})
    return rows


ARMS = ('routed', 'random', 'control')
FIGS = ('four_class_macro_f1', 'strict_positive_macro_f1', 'sentence_four_class_macro_f1')


def summary(runs: Path, loop_dir: Path) -> dict:
    """Per fold: the base's held-out figures, each refresh arm's change from them, routed minus
    random; the mean over the folds finished so far."""
    import statistics
    folds = {}
    for arm in ARMS:
        for p in sorted((runs / f'loop-{arm}').glob('fold*.json')):
            r = json.loads(p.read_text())
            f = folds.setdefault(r['fold'], {'base': r['current']})
            f[arm] = {'teacher_rows': r['teacher_rows_trained'],
                      **{k: r['refreshed'][k] - r['current'][k] for k in FIGS}}
            stream = loop_dir / f"stream-f{r['fold']}.json"
            if stream.exists():
                f['stream'] = json.loads(stream.read_text())
    done = {i: f for i, f in folds.items() if all(arm in f for arm in ARMS)}
    for f in done.values():
        f['routed_minus_random'] = {k: f['routed'][k] - f['random'][k] for k in FIGS}
    out = {'folds_done': sorted(done), 'per_fold': folds}
    if done:
        out['mean_change'] = {arm: {k: statistics.mean(f[arm][k] for f in done.values()) for k in FIGS}
                              for arm in ARMS + ('routed_minus_random',)}
    return out


def markdown(out: dict) -> str:
    """The summary as the training README's table: per fold and mean, the base's held-out
    figures, each arm's change from them, routed minus random."""
    rows = ['| fold | stream routed | base 4-class / positive | routed | random | control | routed − random |',
            '|---|---|---|---|---|---|---|']
    cell = lambda d: f"{d['four_class_macro_f1']:+.4f} / {d['strict_positive_macro_f1']:+.4f}"
    for i in out['folds_done']:
        f = out['per_fold'][i]
        st = f.get('stream', {})
        routed = f"{st.get('routed_to_teacher', '?')} of {st.get('reports', '?')}" if st else '?'
        rows.append(f"| {i} | {routed} | {f['base']['four_class_macro_f1']:.4f} / {f['base']['strict_positive_macro_f1']:.4f} | "
                    + ' | '.join(cell(f[a]) for a in ARMS + ('routed_minus_random',)) + ' |')
    if out.get('mean_change'):
        m = out['mean_change']
        rows.append(f"| **mean of {len(out['folds_done'])}** | | | " + ' | '.join(f'**{cell(m[a])}**' for a in ARMS + ('routed_minus_random',)) + ' |')
    return '\n'.join(rows)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest='cmd', required=True)
    s = sub.add_parser('stream', help='write the stream uids')
    s.add_argument('--shared', type=Path, default=Path('../shared'))
    s.add_argument('--out', type=Path, required=True)
    r = sub.add_parser('random', help='the random arm: as many stream reports as LIKE holds, as export rows')
    r.add_argument('--shared', type=Path, default=Path('../shared'))
    r.add_argument('--stream', type=Path, required=True)
    r.add_argument('--like', type=Path, required=True, help='the routed export whose size to match')
    r.add_argument('--out', type=Path, required=True)
    r.add_argument('--seed', type=int, default=7)
    r.add_argument('--radlabel', type=Path, default=Path('target/release/radlabel'))
    m = sub.add_parser('summary', help='the experiment so far, from the refresh runs')
    m.add_argument('--runs', type=Path, default=Path('training/runs/refresh'))
    m.add_argument('--dir', type=Path, default=Path('training/runs/loop'))
    a = ap.parse_args(argv)
    if a.cmd == 'summary':
        out = summary(a.runs, a.dir)
        (a.dir / 'summary.json').write_text(json.dumps(out, indent=1))
        print(markdown(out))
        return
    if a.cmd == 'stream':
        d = a.shared / 'data/openi'
        uids = sorted(e.uid for e in load(d / 'reports.csv', d / 'teacher_labels.tsv', 'openi') if in_stream(e.uid))
        a.out.parent.mkdir(parents=True, exist_ok=True)
        a.out.write_text(''.join(u + '\n' for u in uids))
        print(f'{len(uids)} stream reports -> {a.out}')
    else:
        stream = [l.strip() for l in a.stream.read_text().splitlines() if l.strip()]
        rows = random_arm(stream, a.like, a.shared, a.seed, a.radlabel)
        a.out.write_text(''.join(json.dumps(r) + '\n' for r in rows))
        print(f'{len(rows)} random stream reports -> {a.out}')


if __name__ == '__main__':
    main()
