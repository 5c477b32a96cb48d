"""Offline validation of deploy/: no container engine or cluster runs here, so each file is
checked against what its consumer would check first.

- Kubernetes manifests: the Kubernetes OpenAPI schemas (kubernetes-validate, strict: unknown
  fields fail), and the kustomizations' references (files, patch targets).
- KEDA ScaledObject: KEDA's CRD schema, through the compiled validators of the npm package
  @kubernetes-models/keda (installed into target/deploy-npm at test time).
- Compose file: the Compose specification's JSON schema, from the docker-compose 1.29.2 wheel
  (downloaded into target/deploy-schemas at test time; the 2021 spec, which has no top-level
  `name`), plus the references it makes (build context, Dockerfile, mounted files).
- Prometheus alert rules and the Grafana dashboard: every expression parses as PromQL
  (promql-parser, the Rust parser's Python binding) and every radlabel_* series they use is a
  metric the code registers.
- Dockerfiles: every COPY source exists in the repository and is not excluded by
  .dockerignore; the setup flags they call exist.
"""
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import kubernetes_validate
import promql_parser
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / 'deploy'
K8S_VERSION = '1.33'
CACHE = ROOT / 'target'


def docs(path):
    return [d for d in yaml.safe_load_all(path.read_text()) if d]


def manifests():
    """The base's resources; the ScaledObject is a CRD (checked below), the GPU overlay's patch a
    fragment (checked merged into its target)."""
    for p in sorted((DEPLOY / 'k8s/base').glob('*.yaml')):
        for d in docs(p):
            if d['kind'] not in ('Kustomization', 'ScaledObject'):
                yield p, d


@pytest.mark.parametrize('path,doc', list(manifests()), ids=lambda x: x.name if isinstance(x, Path) else x['kind'] + '/' + x['metadata']['name'])
def test_kubernetes_manifest_is_valid(path, doc):
    kubernetes_validate.validate(doc, K8S_VERSION, strict=True)


def test_every_base_resource_is_validated_and_patches_hit_real_targets():
    base = DEPLOY / 'k8s/base'
    k = yaml.safe_load((base / 'kustomization.yaml').read_text())
    kinds = {}
    for r in k['resources']:
        assert (base / r).is_file(), r
        for d in docs(base / r):
            kinds[(d['kind'], d['metadata']['name'])] = d
    assert {('Deployment', 'radlabel-run'), ('Deployment', 'radlabel-mllp'), ('ScaledObject', 'radlabel-run')} <= set(kinds)
    for g in k['configMapGenerator']:
        for f in g['files']:
            assert (base / f.split('=', 1)[1]).resolve().is_file(), f
    gpu = DEPLOY / 'k8s/gpu'
    kg = yaml.safe_load((gpu / 'kustomization.yaml').read_text())
    for patch in kg['patches']:
        p = yaml.safe_load((gpu / patch['path']).read_text())
        target = kinds[(p['kind'], p['metadata']['name'])]
        names = {c['name'] for c in target['spec']['template']['spec']['containers']}
        assert {c['name'] for c in p['spec']['template']['spec']['containers']} <= names
        merged = json.loads(json.dumps(target))
        merged['spec']['template']['spec']['tolerations'] = p['spec']['template']['spec']['tolerations']
        c = merged['spec']['template']['spec']['containers'][0]
        c['resources'] = p['spec']['template']['spec']['containers'][0]['resources']
        assert c['resources']['limits']['nvidia.com/gpu'] == 1
        kubernetes_validate.validate(merged, K8S_VERSION, strict=True)
    # Probes point at the endpoints the roles serve, on the port they listen on.
    for name in ('radlabel-run', 'radlabel-mllp'):
        c = kinds[('Deployment', name)]['spec']['template']['spec']['containers'][0]
        assert c['livenessProbe']['httpGet']['path'] == '/healthz' and c['readinessProbe']['httpGet']['path'] == '/readyz'
        port = next(e['value'] for e in c['env'] if e['name'] == 'RADLABEL_METRICS_LISTEN').rsplit(':', 1)[1]
        assert str(next(p['containerPort'] for p in c['ports'] if p['name'] == 'metrics')) == port
        assert not any('value' in e and re.search('PASSWORD|SECRET|TOKEN', e['name']) for e in c['env']), 'secrets come from Secrets'


def npm_keda():
    prefix = CACHE / 'deploy-npm'
    if not (prefix / 'node_modules/@kubernetes-models/keda').is_dir():
        prefix.mkdir(parents=True, exist_ok=True)
        subprocess.run(['npm', 'install', '--silent', '--no-audit', '--no-fund', '--prefix', str(prefix), '@kubernetes-models/keda@2.0.0'], check=True)
    return prefix


def keda_check(obj, tmp_path):
    prefix = npm_keda()
    script = tmp_path / 'check.mjs'
    script.write_text(
        "import { ScaledObject } from '@kubernetes-models/keda/keda.sh/v1alpha1/ScaledObject';\n"
        "import { readFileSync } from 'node:fs';\n"
        "try { new ScaledObject(JSON.parse(readFileSync(process.argv[2], 'utf8'))).validate(); console.log('valid'); }\n"
        "catch (e) { console.log('invalid: ' + e.message); process.exit(1); }\n")
    (tmp_path / 'obj.json').write_text(json.dumps(obj))
    # Resolve the package from the cache's node_modules.
    link = tmp_path / 'node_modules'
    if not link.exists():
        link.symlink_to(prefix / 'node_modules')
    return subprocess.run(['node', str(script), str(tmp_path / 'obj.json')], capture_output=True, text=True)


def test_keda_scaledobject_matches_the_crd_schema(tmp_path):
    obj = docs(DEPLOY / 'k8s/base/scaledobject.yaml')[0]
    r = keda_check(obj, tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    t = obj['spec']['triggers'][0]['metadata']
    run = docs(DEPLOY / 'k8s/base/deployment-run.yaml')[0]
    assert obj['spec']['scaleTargetRef']['name'] == run['metadata']['name']
    cfg = (ROOT / 'config/radlabel.toml').read_text()
    assert f'group_id = "{t["consumerGroup"]}"' in cfg and f'reports_topic = "{t["topic"]}"' in cfg
    # The validator is not a rubber stamp: a wrong type is refused.
    bad = json.loads(json.dumps(obj))
    bad['spec']['maxReplicaCount'] = 'twelve'
    assert keda_check(bad, tmp_path).returncode == 1


def compose_schema():
    d = CACHE / 'deploy-schemas'
    wheel = d / 'docker_compose-1.29.2-py2.py3-none-any.whl'
    if not wheel.exists():
        d.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, '-m', 'pip', 'download', '--quiet', '--no-deps', '--only-binary=:all:', '-d', str(d), 'docker-compose==1.29.2'], check=True)
    with zipfile.ZipFile(wheel) as z:
        return json.loads(z.read('compose/config/compose_spec.json'))


def test_compose_file_matches_the_compose_spec():
    import jsonschema
    path = DEPLOY / 'compose/compose.yaml'
    doc = yaml.safe_load(path.read_text())
    schema = compose_schema()
    jsonschema.Draft201909Validator(schema).validate(doc)
    for name, svc in doc['services'].items():
        if 'build' in svc:
            ctx = (path.parent / svc['build']['context']).resolve()
            assert (ctx / svc['build']['dockerfile']).is_file(), name
        for v in svc.get('volumes', []):
            src = (path.parent / v.split(':')[0]).resolve()
            if src.is_relative_to(ROOT / 'vendor'):
                # Made by a setup script (the teacher's model: scripts/local-teacher.sh).
                assert 'scripts/local-teacher.sh' in path.read_text(), v
                continue
            assert src.is_file(), v
    prom = yaml.safe_load((DEPLOY / 'compose/prometheus.yml').read_text())
    mounted = {v.split(':')[1] for v in doc['services']['prometheus']['volumes']}
    assert set(prom['rule_files']) <= mounted
    bad = json.loads(json.dumps(doc))
    bad['services']['run']['stop_grace_period'] = {'seconds': 45}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft201909Validator(schema).validate(bad)


def registered_metrics():
    src = (ROOT / 'src/metrics.rs').read_text()
    return set(re.findall(r'r\.register\("(radlabel_[a-z_]+)"', src))


def radlabel_series(expr):
    return set(re.findall(r'\b(radlabel_[a-z_]+)', expr))


def known(series, metrics):
    return any(series == m or series == m + suffix for m in metrics for suffix in ('_total', '_bucket', '_sum', '_count'))


def test_alert_rules_parse_and_use_real_metrics():
    metrics = registered_metrics()
    rules = yaml.safe_load((DEPLOY / 'prometheus/alerts.yml').read_text())
    alerts = [r for g in rules['groups'] for r in g['rules']]
    assert {a['alert'] for a in alerts} >= {'RadlabelConsumerLagGrowing', 'RadlabelDeadLetterRate', 'RadlabelUncertainRateJump', 'RadlabelNoModelLoaded', 'RadlabelGatewayRetrying', 'RadlabelGatewayRejecting'}
    for a in alerts:
        promql_parser.parse(a['expr'])
        assert a['labels']['severity'] in ('warning', 'critical') and a['annotations']['summary']
        for s in radlabel_series(a['expr']):
            assert known(s, metrics), f"{a['alert']}: {s} is not a metric radlabel exports"
    with pytest.raises(Exception):
        promql_parser.parse('sum(rate(radlabel_reports_received_total[5m])')


def test_dashboard_queries_parse_and_use_real_metrics():
    metrics = registered_metrics()
    dash = json.loads((DEPLOY / 'grafana/radlabel.json').read_text())
    exprs = [t['expr'] for p in dash['panels'] for t in p['targets']]
    assert len(exprs) >= 10
    used = set()
    for e in exprs:
        promql_parser.parse(e)
        for s in radlabel_series(e):
            assert known(s, metrics), f'{s} is not a metric radlabel exports'
            used.add(s)
    assert len(used) >= 10


def dockerignored():
    return [l.strip() for l in (ROOT / '.dockerignore').read_text().splitlines() if l.strip() and not l.startswith('#')]


@pytest.mark.parametrize('name', ['Dockerfile', 'Dockerfile.cuda'])
def test_dockerfile_copies_what_exists(name):
    text = (DEPLOY / 'docker' / name).read_text()
    stages = re.findall(r'^FROM \S+ AS (\S+)$', text, re.M)
    assert stages == ['build', 'runtime'], stages
    ignored = dockerignored()
    for line in re.findall(r'^COPY (.+)$', text, re.M):
        parts = line.split()
        if parts[0].startswith('--from='):
            assert parts[0].split('=')[1] in stages
            continue
        for src in parts[:-1]:
            assert (ROOT / src).exists(), f'{name}: COPY {src}'
            assert not any(src == i or src.startswith(i + '/') for i in ignored), f'{name}: {src} is in .dockerignore'
    setup = (ROOT / 'scripts/setup.sh').read_text()
    for flag in re.findall(r'scripts/setup\.sh(?: (--\S+))?', text):
        assert not flag or flag in setup
    assert re.search(r'^ENTRYPOINT \["/opt/radlabel/radlabel"\]$', text, re.M)
