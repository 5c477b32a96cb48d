"""MeSH-derived positive gold, loaded from the shared scorer so both use the same rules."""
from __future__ import annotations

import importlib.util
from pathlib import Path


def load_gold(shared: Path, uids=None) -> dict[str, set]:
    spec = importlib.util.spec_from_file_location('iu_gold', shared / 'tools' / 'iu_gold.py')
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.load(str(shared / 'data' / 'openi' / 'reports.csv'), uids)
