"""Schema Registry end to end with Confluent's own Python client on the other side.

A scripted registry (the Confluent REST calls both sides make: register under a subject, read
by id) runs in the test on loopback, the broker is the local tansu, and the real binary runs
the connector and the HL7 gateway. confluent-kafka's AvroSerializer produces report events
(registering report_event.avsc under radiology.reports-value itself); the connector labels
them and writes findings in Avro under ids it registered; confluent-kafka's AvroDeserializer
reads them back. Also: an outage at start is waited out, a 409 stops the start with the
registry's words, and the gateway's Avro events read back with Confluent's deserializer.
"""
import json
import os
import queue
import re
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from confluent_kafka import DeserializingConsumer, SerializingProducer
from confluent_kafka.schema_registry import SchemaRegistryClient
from confluent_kafka.schema_registry.avro import AvroDeserializer, AvroSerializer
from confluent_kafka.serialization import StringDeserializer, StringSerializer

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / 'scripts'))
import openai_stub  # noqa: E402  (the scripted teacher server, shared with scripts/measure_loop.py)

BIN = ROOT / 'target/release/radlabel'
TANSU = ROOT / 'vendor/tansu/tansu'
TINY = ROOT / 'tests/fixtures/deberta-tiny'


class ScriptedRegistry:
    """Subjects -> schema ids (same text, same id), ids -> schema; `down` first requests get
    503; subjects in `incompatible` get 409."""

    def __init__(self, down=0, incompatible=()):
        self.schemas, self.subjects, self.down, self.incompatible = [], {}, down, set(incompatible)
        self.get_down = False  # reads by id answer 503 while set (registration still works)
        self.lock = threading.Lock()
        registry = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def reply(self, code, body):
                data = json.dumps(body).encode()
                self.send_response(code)
                self.send_header('Content-Type', 'application/vnd.schemaregistry.v1+json')
                self.send_header('Content-Length', str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers['Content-Length'])))
                with registry.lock:
                    if registry.down > 0:
                        registry.down -= 1
                        return self.reply(503, {'error_code': 50302, 'message': 'scripted outage'})
                    m = re.match(r'^/subjects/([^/?]+)/versions', self.path)
                    if not m:
                        return self.reply(404, {'error_code': 404, 'message': 'no route'})
                    subject = m.group(1)
                    if subject in registry.incompatible:
                        return self.reply(409, {'error_code': 409, 'message': 'Schema being registered is incompatible with an earlier schema for subject "%s"' % subject})
                    if body['schema'] not in registry.schemas:
                        registry.schemas.append(body['schema'])
                    sid = registry.schemas.index(body['schema']) + 1
                    registry.subjects.setdefault(subject, []).append(sid)
                    return self.reply(200, {'id': sid})

            def do_GET(self):
                with registry.lock:
                    if registry.get_down:
                        return self.reply(503, {'error_code': 50302, 'message': 'scripted outage'})
                    if registry.down > 0:
                        registry.down -= 1
                        return self.reply(503, {'error_code': 50302, 'message': 'scripted outage'})
                    m = re.match(r'^/schemas/ids/(\d+)', self.path)
                    if m and 0 < int(m.group(1)) <= len(registry.schemas):
                        return self.reply(200, {'schema': registry.schemas[int(m.group(1)) - 1]})
                    return self.reply(404, {'error_code': 40403, 'message': 'Schema not found'})

        self.server = ThreadingHTTPServer(('127.0.0.1', 0), Handler)
        self.url = 'http://127.0.0.1:%d' % self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()


def free_port():
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


@pytest.fixture
def broker():
    assert TANSU.exists() and BIN.exists(), 'run scripts/setup.sh first'
    port = free_port()
    url = 'tcp://127.0.0.1:%d' % port
    p = subprocess.Popen([str(TANSU), 'broker', '--listener-url', url, '--advertised-listener-url', url, '--storage-engine', 'memory://tansu/'],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 20
    while True:
        try:
            socket.create_connection(('127.0.0.1', port), timeout=1).close()
            break
        except OSError:
            assert time.time() < deadline, 'tansu did not start'
            time.sleep(0.05)
    yield '127.0.0.1:%d' % port
    p.kill()
    p.wait()


class Role:
    """A radlabel role as a child process; its log lines on a queue."""

    def __init__(self, args, env):
        full = dict(os.environ, RADLABEL_LOG='info', NO_COLOR='1', **env)
        self.p = subprocess.Popen([str(BIN)] + args, env=full, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        self.lines = queue.Queue()
        self.seen = []
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self):
        for line in self.p.stderr:
            self.lines.put(line.rstrip('\n'))
        self.lines.put(None)

    def wait_for(self, needle, timeout=90):
        end = time.time() + timeout
        while time.time() < end:
            try:
                line = self.lines.get(timeout=max(0.01, end - time.time()))
            except queue.Empty:
                break
            if line is None:
                break
            self.seen.append(line)
            if needle in line:
                return line
        raise AssertionError('no %r; saw:\n%s' % (needle, '\n'.join(self.seen[-30:])))

    def stop(self):
        self.p.terminate()
        return self.p.wait(timeout=60)


def avro_env(brokers, registry):
    return {'RADLABEL_KAFKA_BROKERS': brokers, 'RADLABEL_INPUT_FORMAT': 'avro', 'RADLABEL_INPUT_SCHEMA_REGISTRY_URL': registry.url,
            'RADLABEL_OUTPUT_FORMAT': 'avro', 'RADLABEL_MODEL_DIR': str(TINY), 'RADLABEL_MODEL_THREADS': '1',
            'RADLABEL_KAFKA_SESSION_TIMEOUT_MS': '6000'}


def read(brokers, registry, topic, n, timeout=90):
    sr = SchemaRegistryClient({'url': registry.url})
    c = DeserializingConsumer({'bootstrap.servers': brokers, 'group.id': 'reader-%d' % free_port(), 'auto.offset.reset': 'earliest',
                               'key.deserializer': StringDeserializer('utf_8'), 'value.deserializer': AvroDeserializer(sr)})
    c.subscribe([topic])
    out, end = [], time.time() + timeout
    while len(out) < n and time.time() < end:
        m = c.poll(0.5)
        if m is not None and m.error() is None:
            out.append((m.key(), m.value()))
    c.close()
    return out


def test_confluent_producer_to_connector_to_confluent_consumer(broker):
    registry = ScriptedRegistry(down=3)  # the connector's start waits out an outage
    run = Role(['run', '--group', 'g-registry'], avro_env(broker, registry))
    try:
        run.wait_for('output schemas registered')
        run.wait_for('partitions assigned')
        sr = SchemaRegistryClient({'url': registry.url})
        schema = (ROOT / 'schemas/report_event.avsc').read_text()
        p = SerializingProducer({'bootstrap.servers': broker, 'key.serializer': StringSerializer('utf_8'),
                                 'value.serializer': AvroSerializer(sr, schema, lambda obj, ctx: obj)})
        reports = {'SR-1': 'FINDINGS: Enlarged cardiac silhouette. IMPRESSION: Cardiomegaly.',
                   'SR-2': 'IMPRESSION: No acute cardiopulmonary process.',
                   'SR-3': 'FINDINGS: Small right pleural effusion.'}
        for rid, text in reports.items():
            p.produce('radiology.reports', key=rid, value={'report_id': rid, 'text': text, 'status': 'final', 'modality': 'CR'})
        assert p.flush(30) == 0
        got = read(broker, registry, 'radiology.findings', 3)
        assert sorted(k for k, _ in got) == sorted(reports)
        for key, v in got:
            assert v['report_id'] == key and len(v['labels']) == 14
            assert set(v['labels'].values()) <= {'positive', 'negative', 'uncertain', 'not_mentioned'}
            assert v['model']['name'] and v['source']['topic'] == 'radiology.reports'
        assert set(registry.subjects) >= {'radiology.reports-value', 'radiology.findings-value', 'radiology.uncertain-value'}
        assert run.stop() == 0
    finally:
        run.p.kill()
        registry.close()


def test_an_incompatible_output_schema_stops_the_start_with_the_registrys_words(broker):
    registry = ScriptedRegistry(incompatible={'radiology.findings-value'})
    run = Role(['run', '--group', 'g-409'], avro_env(broker, registry))
    try:
        code = run.p.wait(timeout=90)
        err = '\n'.join(l for l in iter(run.lines.get, None))
        assert code == 1, err
        assert 'HTTP 409' in err and 'radiology.findings-value' in err and 'incompatible with an earlier schema' in err, err
    finally:
        run.p.kill()
        registry.close()


def test_gateway_events_in_avro_read_with_confluents_deserializer(broker, tmp_path):
    registry = ScriptedRegistry()
    gw = Role(['mllp', '--listen', '127.0.0.1:0'], {'RADLABEL_KAFKA_BROKERS': broker, 'RADLABEL_INPUT_FORMAT': 'avro',
                                                    'RADLABEL_INPUT_SCHEMA_REGISTRY_URL': registry.url})
    try:
        gw.wait_for('report event schema registered')
        addr = re.search(r'addr=(\S+)', gw.wait_for('MLLP gateway listening')).group(1)
        msg = '\r'.join([
            'MSH|^~\\&|RIS|TESTHOSP|RADLABEL|TESTHOSP|20261130080000||ORU^R01^ORU_R01|SR-HL7-1|P|2.5.1',
            'PID|1||MRN-SR1^^^TESTHOSP^MR',
            'OBR|1||ACC-SR1|71046^XR CHEST 2 VIEWS^CPT|||20261130071500||||||||||||||||||F',
            'OBX|1|TX|18782-3^Radiology Study observation^LN|1|IMPRESSION: Clear lungs.||||||F',
        ]) + '\r'
        f = tmp_path / 'm.hl7'
        f.write_text(msg)
        sent = subprocess.run([str(BIN), 'hl7', 'send', str(f), '--to', addr], capture_output=True, text=True, timeout=60)
        assert sent.returncode == 0 and '\tAA\t' in sent.stdout, sent.stdout + sent.stderr
        got = read(broker, registry, 'radiology.reports', 1)
        assert got[0][1]['report_id'] == 'ACC-SR1' and got[0][1]['hl7_control_id'] == 'SR-HL7-1'
        assert registry.subjects['radiology.reports-value']
        assert gw.stop() == 0
    finally:
        gw.p.kill()
        registry.close()


def test_a_registry_outage_pauses_consumption_in_order_without_blocking_shutdown(broker):
    """A new writer schema id during a registry outage: the message waits (and everything after
    it), nothing is dead-lettered, acknowledgements go on; when the registry is back it is
    labelled before what came after it; SIGTERM during an outage is not held by the fetch, and
    the waiting message is not committed."""
    from confluent_kafka import Consumer, TopicPartition
    registry = ScriptedRegistry()
    env = avro_env(broker, registry)
    del env['RADLABEL_OUTPUT_FORMAT']  # JSON findings: read them without the registry
    env['RADLABEL_KAFKA_DRAIN_TIMEOUT_MS'] = '60000'
    run = Role(['run', '--group', 'g-outage'], env)
    sr = SchemaRegistryClient({'url': registry.url})
    base = json.loads((ROOT / 'schemas/report_event.avsc').read_text())

    from confluent_kafka import Producer
    from confluent_kafka.serialization import MessageField, SerializationContext
    raw = Producer({'bootstrap.servers': broker})

    def serialized(extra_field, rid):
        """The Avro bytes of a report under the schema (base + extra_field), registered now
        (while the registry answers) by Confluent's serializer."""
        schema = json.loads(json.dumps(base))
        if extra_field:
            schema['fields'].append({'name': extra_field, 'type': ['null', 'string'], 'default': None})
        ser = AvroSerializer(sr, json.dumps(schema), lambda obj, ctx: obj)
        return ser({'report_id': rid, 'text': 'IMPRESSION: Clear lungs.'}, SerializationContext('radiology.reports', MessageField.VALUE))

    def send(value):
        raw.produce('radiology.reports', key=b'one-partition', value=value)
        assert raw.flush(30) == 0

    def findings(n):
        c = Consumer({'bootstrap.servers': broker, 'group.id': 'reader-%d' % free_port(), 'auto.offset.reset': 'earliest'})
        c.subscribe(['radiology.findings'])
        out, end = [], time.time() + 90
        while len(out) < n and time.time() < end:
            m = c.poll(0.5)
            if m is not None and m.error() is None:
                out.append((json.loads(m.value())['report_id'], m.timestamp()[1]))
        c.close()
        return dict(out)

    try:
        run.wait_for('partitions assigned')
        out1, out2, out3, out4 = serialized(None, 'OUT-1'), serialized('extra_a', 'OUT-2'), serialized(None, 'OUT-3'), serialized('extra_b', 'OUT-4')
        send(out1)
        assert list(findings(1)) == ['OUT-1']
        registry.get_down = True
        send(out2)  # a new schema id: fetched while the registry is down
        run.wait_for('consumption paused')
        send(out3)  # a known id, but behind the waiting message
        registry.get_down = False
        got = findings(3)
        assert sorted(got) == ['OUT-1', 'OUT-2', 'OUT-3'], 'nothing lost'
        # Findings are keyed by report id (other partitions): the order shows in when they were
        # written. OUT-3's schema was known, yet it waited behind OUT-2.
        assert got['OUT-3'] >= got['OUT-2'], got
        registry.get_down = True
        send(out4)
        run.wait_for('consumption paused')
        started = time.time()
        assert run.stop() == 0
        assert time.time() - started < 20, 'SIGTERM was not held by the registry fetch (drain timeout is 60 s)'
        c = Consumer({'bootstrap.servers': broker, 'group.id': 'g-outage'})
        committed = max(tp.offset for tp in c.committed([TopicPartition('radiology.reports', p) for p in range(4)], timeout=10))
        c.close()
        assert committed == 3, 'OUT-1..3 committed, the waiting OUT-4 not (read again after a restart)'
        assert 'dead-lettered' not in '\n'.join(run.seen)
    finally:
        run.p.kill()
        registry.close()


NAMES = ['No Finding', 'Enlarged Cardiomediastinum', 'Cardiomegaly', 'Lung Opacity', 'Lung Lesion', 'Edema', 'Consolidation',
         'Pneumonia', 'Atelectasis', 'Pneumothorax', 'Pleural Effusion', 'Pleural Other', 'Fracture', 'Support Devices']


def scripted_teacher():
    """An OpenAI-compatible server that answers every case: cardiomegaly positive, the rest not mentioned."""
    answer = {n: 'not_mentioned' for n in NAMES}
    answer['Cardiomegaly'] = 'positive'
    return openai_stub.serve(lambda body: answer)


def test_avro_uncertain_cases_to_the_teacher_and_avro_labels_to_confluents_consumer(broker):
    """The connector writes Avro uncertain cases; the teacher worker reads them with their writer
    schemas and writes Avro teacher labels under an id it registered; Confluent's deserializer
    reads the labels, and `teacher export` reads them back too."""
    registry = ScriptedRegistry()
    teacher_server = scripted_teacher()
    env = dict(avro_env(broker, registry), RADLABEL_ROUTING_MIN_CONFIDENCE='0.99')
    run = Role(['run', '--group', 'g-avro-teacher'], env)
    teacher = Role(['teacher', '--url', 'http://127.0.0.1:%d/v1' % teacher_server.server_port], env)
    try:
        teacher.wait_for('teacher-label schema registered')
        run.wait_for('partitions assigned')
        sr = SchemaRegistryClient({'url': registry.url})
        p = SerializingProducer({'bootstrap.servers': broker, 'key.serializer': StringSerializer('utf_8'),
                                 'value.serializer': AvroSerializer(sr, (ROOT / 'schemas/report_event.avsc').read_text(), lambda obj, ctx: obj)})
        for rid in ('AT-1', 'AT-2', 'AT-3'):
            p.produce('radiology.reports', key=rid, value={'report_id': rid, 'text': 'FINDINGS: Enlarged heart. Seen by Dr. Okafor.'})
        assert p.flush(30) == 0
        routed = read(broker, registry, 'radiology.uncertain', 3)
        assert len(routed) == 3, 'the tiny model at min_confidence 0.99 routes every case'
        labels = read(broker, registry, 'radiology.teacher-labels', 3)
        assert sorted(k for k, _ in labels) == ['AT-1', 'AT-2', 'AT-3']
        for key, v in labels:
            assert v['report_id'] == key and v['labels']['Cardiomegaly'] == 'positive' and len(v['labels']) == 14
            assert 'Okafor' not in v['text'] and v['redaction'] == {'NAME': 1}
            assert v['student']['model']['version'] == 'test' and v['teacher']['model'] == 'scripted'
        assert 'radiology.teacher-labels-value' in registry.subjects
        assert teacher.stop() == 0 and run.stop() == 0
        out = subprocess.run([str(BIN), 'teacher', 'export'], env=dict(os.environ, **env), capture_output=True, text=True, timeout=120)
        assert out.returncode == 0, out.stderr
        rows = [json.loads(l) for l in out.stdout.splitlines()]
        assert sorted(r['report_id'] for r in rows) == ['AT-1', 'AT-2', 'AT-3'] and rows[0]['marks'] == 'CM+'
    finally:
        run.p.kill()
        teacher.p.kill()
        registry.close()
        teacher_server.shutdown()
