"""A saying quoted in «» after a word of citing is no event told; "بارك أوباما" (a spelling of Barack) is the
president, not "blessed"; an arrest word before a service ("لتوقيف الخدمات الجوية") stops it. Sentences written
for these tests."""

from __future__ import annotations

from marsad.api import analyze


def _codes(text: str) -> list[str]:
    return [e.cameo_code for e in analyze(text, published="2015-08-09").events]


def test_a_quoted_saying_after_its_citation() -> None:
    assert _codes("وختم الخطيب بقوله: قال رسول الله صلى الله عليه وسلم: «قتل المؤمن أعظم عند الله من زوال "
                  "الدنيا».") == []


def test_barack_spelled_without_alif_is_no_blessing() -> None:
    doc = analyze("وقال إن الرئيس الأميركي بارك أوباما يتطلع للقائه في سبتمبر المقبل.", published="2015-07-23")
    assert not any(e.cameo_code.startswith("05") for e in doc.events)
    assert any(m.entity_id == "per.barack-obama" for m in doc.mentions)


def test_stopping_air_services_is_no_arrest() -> None:
    assert "173" not in _codes("وهي محاولة من شركات الطيران الكبرى لتوقيف الخدمات الجوية المنافسة.")


def test_stopping_people_still_is() -> None:
    assert "173" in _codes("وأعلنت الشرطة الأردنية توقيف ثلاثة أشخاص.")
