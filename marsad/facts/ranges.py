"""Ranges of quantities: "من 10 إلى 20 قتيلا", "بين 500 و700 مليار ريال", "3-5 سنوات".

Found after the single quantities, so each half has already been read. Two neighbours in one sentence
become one quantity with `value=None` and `low`/`high` when a range connector joins them; the unit,
currency and scale come from the second half, which is where Arabic writes them (بين 10 و20 ألف دولار
= 10,000 to 20,000 USD). "ارتفع من 10 إلى 20" is a change, not a range: both values stay.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from marsad.doc import Document, Quantity
from marsad.facts.numbers import Number, fold

if TYPE_CHECKING:
    from marsad.facts.quantities import UnitLexicon

# Between the halves (folded, proclitic و of the second half included): what joins a range.
_DASH = re.compile(r"^\s*[-–—]\s*$")
_TO = re.compile(r"^\s*(?:ال[يى]|حت[يى])\s*$")
_AND = re.compile(r"^\s*و\s*$")
# Before the first half: من for "من … إلى", بين / ما بين for "بين … و".
_FROM = re.compile(r"(?<!\w)من\s*$")
_BETWEEN = re.compile(r"(?<!\w)(?:ما\s+)?[وف]?بين\s*$")


def merge_ranges(doc: Document, quantities: list[Quantity], numbers: list[Number],
                 lx: UnitLexicon) -> list[Quantity]:
    """`quantities` with every range pair joined into one (`numbers[i]` is the number of the i-th)."""
    out: list[Quantity] = []
    i = 0
    while i < len(quantities):
        if i + 1 < len(quantities) and _is_range(doc, quantities[i], quantities[i + 1], lx):
            out.append(_join(doc, quantities[i], quantities[i + 1], numbers[i], numbers[i + 1]))
            i += 2
            continue
        out.append(quantities[i])
        i += 1
    return out


def _is_range(doc: Document, a: Quantity, b: Quantity, lx: UnitLexicon) -> bool:
    if a.sentence_index != b.sentence_index or a.value is None or b.value is None:
        return False
    if "ordinal" in (a.unit, b.unit) or (a.unit is not None and a.unit != b.unit):
        return False
    gap = fold(doc.text[a.end:b.start]) if b.start - a.end < 12 else "x"
    before = fold(doc.text[max(0, a.start - 12):a.start])
    if _DASH.match(gap):
        return a.value < b.value  # 3-5 سنوات; a falling pair is rather a score or a list
    if _TO.match(gap):
        return _FROM.search(before) is not None and not _changes(doc, a, lx)
    if _AND.match(gap):
        return _BETWEEN.search(before) is not None
    return False


def _changes(doc: Document, a: Quantity, lx: UnitLexicon) -> bool:
    """A verb or noun of change before "من X إلى Y" in the same clause (ارتفع العدد من 10 إلى 20)."""
    begin = max(0, a.start - 80)
    clause = re.split(r"[.،,:؛;!?؟\n]", doc.text[begin:a.start])[-1]
    return lx.change_re.search(fold(clause)) is not None


def _join(doc: Document, a: Quantity, b: Quantity, na: Number, nb: Number) -> Quantity:
    low = a.value or 0.0
    if nb.scaled and not na.scaled and b.value is not None and low * 1000 <= b.value:
        low *= _scale_of(nb)  # بين 500 و700 مليار: the first half shares the scale
    q = Quantity(a.start, b.end, doc.text[a.start:b.end], None, b.unit, b.about or a.about, b.currency,
                 a.approximate or b.approximate, low, b.value, a.sentence_index)
    if q.low is not None and q.high is not None and q.low > q.high:
        q.low, q.high = q.high, q.low
    return q


def _scale_of(num: Number) -> float:
    """The scale word's base in a scaled number (1e9 for 700 مليار, 1e3 for عشرين ألف)."""
    scales = [t.word.base for t in num.tokens if t.word.cls == "S"]
    return scales[-1] if scales else 1.0
