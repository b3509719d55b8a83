""""من دون أن يتسبب سقوطها بمقتل أحد": a death of nobody is no killing; "مقتل أحد الجنود" still is.
Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def _killings(text: str) -> list:
    return [e for e in analyze(text, published="2015-08-01").events if e.cameo_code.startswith(("18", "19"))]


def test_a_crash_that_killed_nobody_is_no_killing() -> None:
    assert not _killings("وهوت الطائرة على منطقة مزاد السيارات في لندن من دون أن يتسبب سقوطها بمقتل أحد على الأرض.")


def test_one_of_the_soldiers_killed_is_still_told() -> None:
    assert _killings("وأسفر الهجوم عن مقتل أحد الجنود العراقيين في الرمادي.")
