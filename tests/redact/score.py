#!/usr/bin/env python3
"""Scores `radlabel redact` output against gold spans.

- recall: share of identifier characters (gold spans, whitespace excluded) inside a
  predicted span — a partly redacted identifier counts only for what was removed;
- precision: share of predicted characters inside a gold span;
- finding words kept: occurrences of clinical finding words (outside gold spans) that no
  predicted span touches.

    python3 tests/redact/score.py GOLD.jsonl PRED.jsonl
"""
import csv
import json
import re
import sys
from collections import defaultdict

FINDING_WORDS = ["cardiomegaly", "cardiomediastinal", "mediastinum", "mediastinal", "silhouette", "effusion", "effusions",
                 "pneumothorax", "opacity", "opacities", "atelectasis", "pneumonia", "edema", "nodule", "nodules", "granuloma",
                 "consolidation", "fracture", "fractures", "catheter", "pacemaker", "tube", "emphysema", "scarring",
                 "thickening", "kerley", "swan-ganz", "hodgkin", "hampton", "westermark", "dobhoff", "picc", "lesion", "mass",
                 "infiltrate", "hernia", "heart", "lung", "lungs", "pleural", "rib", "lobe", "sternotomy", "granulomas",
                 "calcified", "degenerative", "spine", "aorta", "hyperinflated", "normal", "acute", "stable", "unchanged"]
WORD_RE = re.compile(r"\b(" + "|".join(re.escape(w) for w in FINDING_WORDS) + r")\b", re.IGNORECASE)


def shared_records(data_dir):
    """The shared de-identified reports (Open-i, then synthetic) as redactor input, each report's
    sections in one text: the records the test command's shared-report check and
    `scripts/bench_redact.sh` both redact, built in one place so the two stay the same."""
    records = []
    for name in ("openi", "synthetic"):
        with open(f"{data_dir}/{name}/reports.csv", newline="") as f:
            for r in csv.DictReader(f):
                text = " ".join(f"{k.upper()}: {r[k]}" for k in ("indication", "comparison", "findings", "impression") if r.get(k))
                records.append({"id": f"{name}-{r['uid']}", "text": text})
    return records


def load(path):
    with open(path) as f:
        return {str(o["id"]): o for o in map(json.loads, f) if o}


def covered(spans, n):
    mask = [False] * n
    for s in spans:
        for i in range(s["start"], min(s["end"], n)):
            mask[i] = True
    return mask


def finding_words(text, gold_mask, pred_mask):
    total = kept = 0
    for m in WORD_RE.finditer(text):
        if gold_mask and any(gold_mask[m.start():m.end()]):
            continue
        total += 1
        kept += not any(pred_mask[m.start():m.end()])
    return total, kept


def score(gold, pred):
    g_chars = hit = p_chars = p_in = 0
    words_total = words_kept = 0
    per_type = defaultdict(lambda: [0, 0])
    missed = []
    for id_, g in gold.items():
        text = g["text"]
        p = pred.get(id_)
        if p is None:
            raise SystemExit(f"no prediction for {id_}")
        gm = covered(g["spans"], len(text))
        pm = covered(p["spans"], len(text))
        for s in g["spans"]:
            n = sum(1 for i in range(s["start"], s["end"]) if not text[i].isspace())
            h = sum(1 for i in range(s["start"], s["end"]) if not text[i].isspace() and pm[i])
            g_chars += n
            hit += h
            per_type[s["type"]][0] += n
            per_type[s["type"]][1] += h
            if h < n:
                missed.append((id_, s["type"], text[s["start"]:s["end"]]))
        for s in p["spans"]:
            for i in range(s["start"], s["end"]):
                if text[i].isspace():
                    continue
                p_chars += 1
                p_in += gm[i]
        t, k = finding_words(text, gm, pm)
        words_total += t
        words_kept += k
    return {
        "documents": len(gold),
        "recall": hit / max(g_chars, 1),
        "precision": p_in / max(p_chars, 1),
        "finding_words_kept": words_kept / max(words_total, 1),
        "finding_words": words_total,
        "per_type_recall": {k: round(v[1] / max(v[0], 1), 4) for k, v in sorted(per_type.items())},
        "missed": missed,
    }


def main():
    s = score(load(sys.argv[1]), load(sys.argv[2]))
    missed = s.pop("missed")
    print(json.dumps(s, indent=1))
    for m in missed[:40]:
        print("missed", m)


if __name__ == "__main__":
    main()
