"""Going out into the streets is a protest ("خرج مئات المحتجين إلى شوارع العاصمة"، "نزل آلاف العراقيين إلى
الشوارع"), by the crowd's people against its government. Sentences written for the test."""

from __future__ import annotations

import pytest

from marsad.api import analyze


@pytest.mark.parametrize(("text", "source"), [
    ("وخرج مئات المحتجين إلى شوارع العاصمة تونس للمطالبة بالإفراج عن المعتقلين.", "TUNCVL"),
    ("نزل آلاف العراقيين إلى الشوارع في بغداد احتجاجا على انقطاع الكهرباء.", "IRQCVL"),
], ids=["went-out", "came-down"])
def test_going_out_into_the_streets_is_a_protest(text: str, source: str) -> None:
    events = [e for e in analyze(text, published="2025-04-23").events if e.cameo_code == "141"]
    assert [e.source.actor_code for e in events] == [source]


def test_leaving_a_tournament_is_no_protest() -> None:
    events = analyze("خرج المنتخب التونسي من البطولة بعد خسارته أمام مصر.", published="2025-04-23").events
    assert not [e for e in events if e.cameo_code == "141"]
