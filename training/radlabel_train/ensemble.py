"""Average the probabilities of several trained students (same base encoder) in one ONNX
graph, exported and evaluated like a single student.

    python -m radlabel_train.ensemble --run-dir training/runs/a --run-dir training/runs/b --out DIR

Seeds disagree most on the rare heads, whose dev figures swing by a few points from run to run;
averaging their probabilities keeps what they agree on. Inference costs one forward pass per
member."""
from __future__ import annotations

import argparse
import json
from pathlib import Path
from types import SimpleNamespace

import torch
from torch import nn


class Ensemble(nn.Module):
    """Quacks like a Student for the exporter: `logits` returns log of the mean probability,
    so the exported softmax gives exactly the mean of the members' probabilities."""

    def __init__(self, members):
        super().__init__()
        self.members = nn.ModuleList(members)
        self.uses_token_types = members[0].uses_token_types

    def logits(self, input_ids, attention_mask, token_type_ids=None):
        probs = torch.stack([torch.softmax(m.logits(input_ids, attention_mask, token_type_ids), -1) for m in self.members])
        return torch.log(probs.mean(0).clamp(min=1e-12))


def main(argv=None):
    from transformers import AutoTokenizer

    from .export import export_model_dir
    from .model import Student

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--run-dir', type=Path, action='append', required=True, help='a finished run (model.pt, train_summary.json); repeat')
    ap.add_argument('--out', type=Path, required=True)
    ap.add_argument('--cv', type=Path, help="the recipe's cross-validation summary.json (same recipe, several seeds)")
    ap.add_argument('--model-name', default='radlabel-minilm-ensemble')
    x = ap.parse_args(argv)
    summaries = [json.loads((r / 'train_summary.json').read_text()) for r in x.run_dir]
    bases = {s['settings']['base'] for s in summaries}
    if len(bases) != 1:
        raise SystemExit(f'members must share a base encoder (one tokenizer): {sorted(bases)}')
    base = bases.pop()
    members = []
    for r in x.run_dir:
        m = Student.from_checkpoint(base, torch.load(r / 'model.pt'))
        members.append(m.eval())
    model = Ensemble(members).eval()
    tok = AutoTokenizer.from_pretrained(base)
    a = SimpleNamespace(**summaries[0]['settings'])
    a.base = summaries[0]['settings'].get('base_arg')
    a.seed = '+'.join(str(s['settings']['seed']) for s in summaries)
    history = [{**h, 'epoch': f'seed {s["settings"]["seed"]}: {h["epoch"]}'} for s in summaries for h in s['history']]
    cv = json.loads(x.cv.read_text()) if x.cv else None
    export_model_dir(model, tok, x.out, a, history=history, cv=cv, data=summaries[0]['data'], name=x.model_name)


if __name__ == '__main__':
    main()
