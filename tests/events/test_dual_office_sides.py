""""مباحثات وزيري خارجية روسيا والولايات المتحدة": a dual office right after a two-sided noun, then two states
joined by و, are the noun's two sides. Sentences written for these tests."""

from __future__ import annotations

from marsad.api import analyze


def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo_code, e.source and e.source.country_iso3, e.target and e.target.country_iso3)
            for e in analyze(text, published="2015-07-23").events]


def test_talks_of_two_foreign_ministers() -> None:
    text = ("وأكد التحالف أن المبادرة تصدرت مباحثات وزيري خارجية روسيا والولايات المتحدة مطلع هذا الأسبوع في "
            "فيينا.")
    assert ("046", "RUS", "USA") in _sides(text)


def test_a_meeting_of_two_prime_ministers() -> None:
    assert ("040", "IND", "PAK") in _sides("وتناول لقاء رئيسي وزراء الهند وباكستان ملف كشمير.")
