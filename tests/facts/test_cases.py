"""Table-driven checks of quantities and time expressions (rows in cases_*.tsv, one per expectation).

The tables are data so they can grow (the next milestone wants 300+ rows) without touching code.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.doc import Document
from marsad.facts.quantities import find_quantities
from marsad.facts.times import find_times
from marsad.text.normalize import normalize
from marsad.text.sentences import split_sentences
from marsad.text.tokens import tokenize

HERE = Path(__file__).resolve().parent
PUBLISHED = "2019-10-24"  # a Thursday


def _rows(name: str, width: int) -> list[list[str]]:
    rows = []
    for line in (HERE / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = (line.split("\t") + [""] * width)[:width]
        rows.append(cells)
    return rows


def _doc(text: str, published: str | None = PUBLISHED) -> Document:
    doc = Document(text, published=published)
    doc.norm = normalize(text)
    doc.sentences = split_sentences(text)
    doc.tokens = tokenize(text, doc.sentences)
    return doc


QUANTITY_ROWS = _rows("cases_quantities.tsv", 6)
TIME_ROWS = _rows("cases_times.tsv", 6)


def test_tables_are_big_enough():
    assert len(QUANTITY_ROWS) + len(TIME_ROWS) >= 300


@pytest.mark.parametrize("sentence,span,value,unit,extra,about", QUANTITY_ROWS)
def test_quantity_case(sentence, span, value, unit, extra, about):
    doc = _doc(sentence)
    doc.times = find_times(doc)
    found = find_quantities(doc)
    for q in found:
        assert doc.text[q.start:q.end] == q.text
    if span == "-":
        assert found == [], [q.text for q in found]
        return
    match = next((q for q in found if q.text == span), None)
    assert match is not None, f"{span!r} not in {[q.text for q in found]}"
    assert match.unit == (unit or None)
    assert match.currency == (extra or None)
    if about:
        assert match.about == about
    if ".." in value:  # an exact range: من 10 إلى 20، بين 10 و20
        low, high = (float(x) for x in value.split(".."))
        assert (match.value, match.low, match.high) == (None, pytest.approx(low), pytest.approx(high))
    elif value.startswith(">="):  # a lower bound: أكثر من 35، 14 على الأقل
        assert (match.value, match.low, match.approximate) == (float(value[2:]), float(value[2:]), True)
    elif "-" in value:
        low, high = (float(x) for x in value.split("-"))
        assert (match.value, match.low, match.high, match.approximate) == (None, low, high, True)
    else:
        assert match.value == pytest.approx(float(value))


@pytest.mark.parametrize("sentence,span,kind,value,granularity,published", TIME_ROWS)
def test_time_case(sentence, span, kind, value, granularity, published):
    ref = None if published == "-" else (published or PUBLISHED)
    doc = _doc(sentence, ref)
    found = find_times(doc)
    for t in found:
        assert doc.text[t.start:t.end] == t.text
    if span == "-":
        assert found == [], [t.text for t in found]
        return
    match = next((t for t in found if t.text == span), None)
    assert match is not None, f"{span!r} not in {[t.text for t in found]}"
    assert (match.kind, match.value, match.granularity) == (kind, value or None, granularity)
    assert match.resolved is bool(value)
