#!/usr/bin/env python3
"""The learning loop as it runs in production, on this machine, with a replay teacher.

The shared Open-i reports go through the real path: `radlabel produce` -> local tansu broker ->
`radlabel run` (the shipped student, default settings) -> radiology.uncertain -> `radlabel
teacher` -> a *replay teacher* (an OpenAI-compatible server on loopback that answers each case
with the shared teacher labels of the report it is asked about: the stand-in for a strong LLM)
-> radiology.teacher-labels -> `radlabel teacher export`. Prints what share of the reports the
student routes, and checks that every routed report came back labelled once, with exactly the
labels the replay teacher gave (so nothing was lost, duplicated or garbled on the way).

    .venv-test/bin/python scripts/measure_loop.py [--limit N] [--uids FILE] [--model DIR] [--export OUT]

--uids streams only those reports (the loop experiment's stream, `radlabel_train.loop stream`),
--model serves another model directory (a student that never saw them), --export keeps what
the worker exported: the refresh's data (`radlabel_train.refresh --teacher-labels OUT`)."""
import argparse
import csv
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from openai_stub import serve

ROOT = Path(__file__).resolve().parents[1]
# The label space of the training package (torch-free module), not a second copy of it.
sys.path.insert(0, str(ROOT / 'training'))
from radlabel_train.labels import CLASSES, KEYS, MARK_TO_CLASS, NAMES  # noqa: E402

BIN = ROOT / 'target/release/radlabel'
TANSU = ROOT / 'vendor/tansu/tansu'
SHARED = ROOT.parent / 'shared/data/openi'
STATUS = {mark: CLASSES[c] for mark, c in MARK_TO_CLASS.items()}


def free_port():
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


def model_text(f, i):
    """What the connector reads (src/core/sections.rs: whitespace collapsed, empty sections out)."""
    f, i = ' '.join(f.split()), ' '.join(i.split())
    return ' '.join(p for p in ('FINDINGS: ' + f if f else '', 'IMPRESSION: ' + i if i else '') if p)


def replay_teacher(index):
    """Answers with the shared teacher labels of the report whose (redacted) text it is sent."""
    seen = {'asked': 0, 'unknown': 0}

    def answer(body):
        seen['asked'] += 1
        marks = index.get(body['messages'][-1]['content'])
        if marks is None:
            seen['unknown'] += 1
            marks = ''
        out = {n: 'not_mentioned' for n in NAMES}
        for m in marks.split():
            out[NAMES[KEYS.index(m[:-1])]] = STATUS[m[-1]]
        return out

    return serve(answer, model='replay-teacher'), seen


def count(env, topic, n_max, timeout):
    out = subprocess.run([str(BIN), 'consume', '--topic', topic, '--count', str(n_max), '--timeout-s', str(timeout)], env=env, capture_output=True, text=True)
    return [json.loads(l) for l in out.stdout.splitlines() if l.strip()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--limit', type=int, default=0, help='first N reports only (0: all)')
    ap.add_argument('--uids', type=Path, help='stream only these reports (uids, one per line)')
    ap.add_argument('--model', type=Path, help='model directory for `radlabel run` (default: the shipped one)')
    ap.add_argument('--export', type=Path, help="write the worker's export (JSON lines) here")
    a = ap.parse_args()
    rows = [r for r in csv.DictReader(open(SHARED / 'reports.csv')) if r['findings'].strip() or r['impression'].strip()]
    if a.uids:
        keep = {l.strip() for l in a.uids.read_text().splitlines() if l.strip()}
        rows = [r for r in rows if r['uid'] in keep]
    if a.limit:
        rows = rows[:a.limit]
    teacher = {}
    for line in open(SHARED / 'teacher_labels.tsv'):
        uid, _, marks = line.rstrip('\n').partition('\t')
        teacher[uid] = marks
    tmp = Path(tempfile.mkdtemp())
    # The text the worker sends: the connector's model text, redacted by the same code.
    src = '\n'.join(json.dumps({'id': r['uid'], 'text': model_text(r['findings'], r['impression'])}) for r in rows) + '\n'
    red = subprocess.run([str(BIN), 'redact', '-'], input=src, capture_output=True, text=True, check=True).stdout
    index = {}
    for line in red.splitlines():
        o = json.loads(line)
        index[o['text']] = teacher.get(str(o['id']), '')
    with open(tmp / 'reports.csv', 'w', newline='') as f:
        w = csv.DictWriter(f, fieldnames=['uid', 'findings', 'impression'])
        w.writeheader()
        for r in rows:
            w.writerow({'uid': r['uid'], 'findings': r['findings'], 'impression': r['impression']})

    port = free_port()
    url = 'tcp://127.0.0.1:%d' % port
    broker = subprocess.Popen([str(TANSU), 'broker', '--listener-url', url, '--advertised-listener-url', url, '--storage-engine', 'memory://tansu/'],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    server, seen = replay_teacher(index)
    env = dict(os.environ, RADLABEL_KAFKA_BROKERS='127.0.0.1:%d' % port, RADLABEL_LOG='warn', RADLABEL_KAFKA_SESSION_TIMEOUT_MS='6000')
    if a.model:
        env['RADLABEL_MODEL_DIR'] = str(a.model.resolve())
    procs = []
    try:
        time.sleep(1)
        t0 = time.time()
        procs.append(subprocess.Popen([str(BIN), 'run'], env=env, stderr=subprocess.DEVNULL))
        procs.append(subprocess.Popen([str(BIN), 'teacher', '--url', 'http://127.0.0.1:%d/v1' % server.server_port], env=dict(env, RADLABEL_TEACHER_CONCURRENCY='8'), stderr=subprocess.DEVNULL))
        subprocess.run([str(BIN), 'produce', str(tmp / 'reports.csv')], env=env, check=True, capture_output=True)
        findings = []
        while len(findings) < len(rows) and time.time() - t0 < 900:
            findings = count(env, 'radiology.findings', len(rows), 20)
        uncertain = count(env, 'radiology.uncertain', len(rows), 20)
        labels = []
        while len(labels) < len(uncertain) and time.time() - t0 < 900:
            labels = count(env, 'radiology.teacher-labels', len(uncertain), 20)
        for p in procs:
            p.terminate()
            p.wait(timeout=60)
        export = subprocess.run([str(BIN), 'teacher', 'export'], env=env, capture_output=True, text=True, check=True).stdout
        rows_out = [json.loads(l) for l in export.splitlines()]
        if a.export:
            a.export.write_text(export)
        by_id = {r['report_id']: r for r in rows_out}
        routed = {u['report_id'] for u in uncertain}
        mismatched = [rid for rid in routed if rid in by_id and set(by_id[rid]['marks'].split()) - {'NF+'} != set(teacher.get(rid, '').split()) - {'NF+'}]
        unc = {r['uid'] for r in rows if '?' in teacher.get(r['uid'], '')}
        reasons = {}
        for u in uncertain:
            reasons[u['reason_kind']] = reasons.get(u['reason_kind'], 0) + 1
        print(json.dumps({
            'reports': len(rows), 'findings': len(findings), 'routed_to_teacher': len(routed),
            'routed_share': round(len(routed) / max(len(rows), 1), 4), 'routed_by_reason': reasons,
            'teacher_requests': seen['asked'], 'texts_unknown_to_the_replay_teacher': seen['unknown'],
            'labels_on_topic': len(labels), 'exported_reports': len(rows_out),
            'exported_label_mismatches_besides_no_finding': len(mismatched), 'seconds': round(time.time() - t0, 1),
            'teacher_uncertain_reports': len(unc), 'teacher_uncertain_routed_share': round(len(unc & routed) / max(len(unc), 1), 4),
        }, indent=1))
    finally:
        for p in procs:
            p.kill()
        broker.kill()
        server.shutdown()


if __name__ == '__main__':
    sys.exit(main())
