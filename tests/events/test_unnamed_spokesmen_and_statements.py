"""An unnamed spokesman speaks for the body he is named after ("رفض المتحدث باسم الخارجية الجزائرية
اتهامات المغرب": Algeria's government rejects, Morocco is the object); a statement with its issuer after
ل or "صادر عن" ("وقال بيان لوزارة الخارجية المغربية إن") is the issuer's. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze

DATE = "2025-03-04"


def test_an_unnamed_spokesman_speaks_for_his_body() -> None:
    doc = analyze("رفض المتحدث باسم الخارجية الجزائرية اتهامات المغرب.", published=DATE)
    found = [e for e in doc.events if e.cameo_code == "120"]
    assert found and found[0].source.actor_code == "DZAGOV"
    assert found[0].target is not None and found[0].target.country_iso3 == "MAR"


def test_a_named_spokesman_is_still_the_person() -> None:
    doc = analyze("وانتقد المتحدث باسم الخارجية الأمريكية ماثيو ميلر القرار الإيراني.", published=DATE)
    found = [e for e in doc.events if e.cameo_code == "111"]
    assert found and found[0].source.entity_id == "per.matthew-miller"


def test_a_statement_speaks_for_its_issuer() -> None:
    doc = analyze('وقال بيان لوزارة الخارجية المغربية إن "هذه التصريحات تمثل تدخلا سافرا".', published=DATE)
    assert doc.quotes and doc.quotes[0].speaker is not None
    assert doc.quotes[0].speaker.actor_code == "MARGOV"


def test_a_statement_issued_by_a_body() -> None:
    doc = analyze('وقال بيان صادر عن الديوان الملكي السعودي إن "خادم الحرمين يتابع حالته".', published=DATE)
    assert doc.quotes and doc.quotes[0].speaker is not None
    assert doc.quotes[0].speaker.country_iso3 == "SAU"
