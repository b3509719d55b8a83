"""A word that names one place whole and another after a proclitic (وجدة: Oujda, or و + جدة, Jeddah) is
read by the country its sentence, then its article, names. Sentences written for the test."""

from __future__ import annotations

import pytest

from marsad.api import analyze


def _places(text: str) -> list[tuple[str, str | None]]:
    doc = analyze(text, published="2024-05-14")
    for m in doc.mentions:
        assert doc.text[m.start:m.end] == m.text
    return [(m.text, m.entity_id) for m in doc.mentions if m.type in ("GPE", "LOC")]


@pytest.mark.parametrize("text, expected", [
    ("زار الوزير الرياض وجدة أمس.", ("جدة", "gpe.jeddah")),
    ("أعلنت السعودية خطة جديدة للسياحة. وجدة من أهم المدن على البحر الأحمر.", ("جدة", "gpe.jeddah")),
    ("وصل الوفد إلى مدينة وجدة المغربية.", ("وجدة", "gpe.oujda-ma")),
    ("وشهدت وجدة والناظور احتجاجات في المغرب.", ("وجدة", "gpe.oujda-ma")),
    ("وجدة مدينة حدودية.", ("وجدة", "gpe.oujda-ma")),
])
def test_reading_follows_the_country_in_context(text: str, expected: tuple[str, str]) -> None:
    assert expected in _places(text)
