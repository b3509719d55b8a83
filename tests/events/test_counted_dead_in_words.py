"""A killing read as a passive has its counted dead after it, whether the count is written in digits or in
words ("قتل 3 جنود"، "قتل ثلاثة جنود"، "قتل خمسة عشر جنديا"، "قتل عشرات المسلحين"). Sentences written for
the test."""

from __future__ import annotations

import pytest

from marsad.api import analyze

DATE = "2025-03-12"


def _kills(text: str):
    return [e for e in analyze(text, published=DATE).events if e.cameo_code.startswith(("18", "19"))]


@pytest.mark.parametrize("count", ["3", "ثلاثة", "خمسة عشر", "عشرات"])
def test_the_counted_dead_are_never_the_doer(count: str) -> None:
    events = _kills(f"قتل {count} جنود يمنيين في هجوم شنته جماعة الحوثي على موقع عسكري.")
    assert events
    assert all((e.source is None or e.source.actor_code != "YEMMIL") for e in events)
    assert any(e.source is not None and e.source.entity_id == "org.houthis" for e in events)


def test_an_army_before_the_count_still_does_the_killing() -> None:
    events = _kills("قتل الجيش ثلاثة مسلحين في اشتباك قرب الحدود.")
    assert any(e.source is not None and (e.source.actor_code or "").endswith("MIL") for e in events)
