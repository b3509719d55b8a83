"""Casualty counts for events (PLOVER's `dead` and `injured`), read from the quantities of a sentence.

The event coder codes a sentence ("أسفر الهجوم عن مقتل 35 شخصا وإصابة 120 آخرين") and asks this
module what it cost: `casualties_for(doc, sentence_index)`. A count is dead or injured by its unit
(35 قتيلا) or, for a count of people, by the nearest cue word in the same clause (مقتل 35 شخصا,
12 شخصا لقوا حتفهم). Cue words live in `data/units.yaml` (`casualty_cues`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from marsad.doc import Document, Quantity
from marsad.facts.numbers import fold, load_yaml

_CLAUSE_END = re.compile(r"[.،,:؛;!?؟\n]")
_WINDOW = 40  # characters either side of a count searched for a cue


@dataclass(slots=True)
class Casualties:
    """What one sentence reports: the largest dead and injured counts and the quantities behind them.

    `dead` / `injured` are None when the sentence gives no such count; for a range (بين 10 و20 قتيلا)
    or a vague count (عشرات القتلى) the lower bound is used, as PLOVER records a number."""

    dead: float | None = None
    injured: float | None = None
    quantities: list[Quantity] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Cues:
    dead: re.Pattern[str]
    injured: re.Pattern[str]
    people: frozenset[str]


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    data = load_yaml("units.yaml")

    def alt(words: list[str]) -> re.Pattern[str]:
        forms = sorted({fold(w) for w in words}, key=len, reverse=True)
        joined = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
        return re.compile(rf"(?<!\w)[وفبل]?(?:{joined})(?!\w)")

    cues = data["casualty_cues"]
    return _Cues(alt(cues["dead"]), alt(cues["injured"]), frozenset(data["casualty_people"]))


def casualty_kind(doc: Document, q: Quantity) -> str | None:
    """"dead", "injured" or None for one quantity of `doc`."""
    if q.unit == "killed":
        return "dead"
    if q.unit == "injured":
        return "injured"
    cues = _cues()
    if q.unit is not None and q.unit not in cues.people:
        return None
    before = _CLAUSE_END.split(doc.text[max(0, q.start - _WINDOW):q.start])[-1]
    after = _CLAUSE_END.split(doc.text[q.end:q.end + _WINDOW])[0]
    return _nearest(fold(before), fold(after), cues)


def _nearest(before: str, after: str, cues: _Cues) -> str | None:
    """The kind of the cue closest to the count (before it, or after it when none is before)."""
    best: tuple[int, str] | None = None
    for kind, pattern in (("dead", cues.dead), ("injured", cues.injured)):
        for m in pattern.finditer(before):
            gap = len(before) - m.end()
            if best is None or gap < best[0]:
                best = (gap, kind)
        m = pattern.search(after)
        if m is not None and (best is None or m.start() + _WINDOW < best[0]):
            best = (m.start() + _WINDOW, kind)  # a cue after counts only when none is before
    return best[1] if best else None


def casualties_for(doc: Document, sentence_index: int) -> Casualties:
    """Dead and injured counts reported in one sentence of an analysed document."""
    out = Casualties()
    for q in doc.quantities:
        if q.sentence_index != sentence_index:
            continue
        kind = casualty_kind(doc, q)
        count = q.value if q.value is not None else q.low
        if kind is None or count is None:
            continue
        out.quantities.append(q)
        current = getattr(out, kind)
        setattr(out, kind, count if current is None else max(current, count))
    return out
