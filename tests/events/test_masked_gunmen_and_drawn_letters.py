"""Masked gunmen (ملثمون) are an unidentified armed force; a masculine nationality after a feminine noun
("سيارة سعودي") is a person in its genitive; a proclitic drawn out with tatweel before a quoted name
("رحبت … بـ«إعلان القاهرة»") is the cue of the pattern. Sentences written for these tests."""

from __future__ import annotations

from marsad.api import analyze


def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = analyze(text, published="2015-08-01")
    return [(e.cameo_code, e.source and e.source.actor_code, e.target and e.target.actor_code) for e in doc.events]


def test_masked_men_shoot_at_a_saudis_car() -> None:
    assert ("193", "UAF", "SAUCVL") in _sides("أطلق ملثمون النار على سيارة سعودي داخل الأراضي الأردنية.")


def test_a_drawn_out_ba_before_a_quoted_name() -> None:
    sides = _sides("على صعيد آخر رحبت جامعة الدول العربية بـ«إعلان القاهرة» الصادر أمس.")
    assert any(code == "051" and source == "IGOARL" for code, source, _ in sides)


def test_arrested_in_a_place_written_with_ba() -> None:
    sides = _sides("وقد قتلت الغارات عشرة عناصر بمدينة المكلا، أبرزهم الوحيشي، والذي اعتقل بإيران بعد فراره من "
                   "أفغانستان.")
    assert any(code == "173" and source == "IRNCOP" for code, source, _ in sides)


def test_citizens_in_the_oblique_are_asked_not_asking() -> None:
    sides = _sides("وطالب المواطنين والمقيمين بالحيطة والحذر وعدم التحرك في مجاري الأودية.")
    assert not any((source or "").endswith("CVL") for _, source, _ in sides)
