"""Reads findings records (JSON lines) on stdin, prints one line per report: the positive
and uncertain observations, or No Finding."""
import json
import sys

for line in sys.stdin:
    r = json.loads(line)
    labels = r['labels']
    found = [f'{k} ({v})' for k, v in labels.items() if v in ('positive', 'uncertain') and k != 'No Finding']
    shown = ', '.join(found) or ('No Finding' if labels['No Finding'] == 'positive' else '-')
    print(f"  {r['report_id']:>9}  confidence {r['confidence']:.2f}  {shown}")
