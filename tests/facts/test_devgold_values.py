"""Eval gate (issue 6): at least 90 % of the development gold's numbers and dates are found with the
right value. A number counts when a system quantity overlaps its span with the same value (and unit
where the gold's is percent, ordinal or a currency, as `marsad.eval.goldmatch` compares them); a date
when a system time overlaps its span with the gold's value exactly (any value where the gold's is null:
a vague date). Skips without ../shared or the gold files.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.api import analyze
from marsad.eval.devgold import snn_text_for
from marsad.eval.goldmatch import _same_unit, _same_value

GOLD = Path(__file__).resolve().parents[2] / "gold"
FILES = ["saudinewsnet-dev-a.jsonl", "saudinewsnet-dev-b.jsonl"]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _records() -> list[dict]:
    records = []
    for name in FILES:
        path = GOLD / name
        if not path.is_file():
            pytest.skip(f"{path} not present")
        records += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return records


def _score(record: dict, shared: Path) -> tuple[int, int, list[str]]:
    doc = analyze(snn_text_for(record, shared), published=record["published"])
    hits, missed = 0, []
    for n in record.get("numbers", []):
        span = (n["start"], n["end"])
        ok = any(_overlaps((q.start, q.end), span) and _same_value(n.get("value"), q.value)
                 and _same_unit(n.get("unit"), {"unit": q.unit, "currency": q.currency})
                 for q in doc.quantities)
        hits += ok
        missed += [] if ok else [f"number {n['surface']}"]
    for d in record.get("dates", []):
        span = (d["start"], d["end"])
        ok = any(_overlaps((t.start, t.end), span) and (d.get("value") is None or t.value == d["value"])
                 for t in doc.times)
        hits += ok
        missed += [] if ok else [f"date {d['surface']}"]
    return hits, len(record.get("numbers", [])) + len(record.get("dates", [])), missed


def test_gold_numbers_and_dates_found_with_their_value(shared_dir):
    hits = total = 0
    missed: list[str] = []
    for record in _records():
        h, t, m = _score(record, shared_dir)
        hits, total, missed = hits + h, total + t, missed + m
    assert total > 100
    assert hits / total >= 0.90, f"{hits}/{total}; missed: {missed}"
