"""Countries and capitals whose Arabic names are also ordinary words (`weak_ar` in country_extra.tsv):
مالي "financial", مالية/ماليه "finance", بنين "boys", العيون "the eyes". Sentences written for the test."""

from __future__ import annotations

import pytest

from marsad.api import analyze

DATE = "2024-05-14"


def _linked(text: str) -> list[tuple[str, str | None]]:
    doc = analyze(text, published=DATE)
    return [(m.text, m.entity_id) for m in doc.mentions if m.type == "GPE"]


@pytest.mark.parametrize("text", [
    "أعلنت الحكومة عن دعم مالي جديد للمزارعين.",
    "وسجلت الميزانية أول عجز مالي منذ سنوات.",
    "تعاني الشركة من أزمة مالية حادة.",
    "افتتحت مدارس بنين وبنات في الحي الجديد.",
    "ونقل المصاب إلى مستشفى العيون.",
])
def test_ordinary_words_are_not_countries(text: str) -> None:
    assert _linked(text) == []


@pytest.mark.parametrize("text, form, entity", [
    ("وقتل جنديان في مالي أمس.", "مالي", "gpe.MLI"),
    ("واستقبل الوزير رئيس جمهورية بنين.", "بنين", "gpe.BEN"),
    ("وأرسلت نيجيريا وتشاد وبنين قوات إلى المنطقة.", "بنين", "gpe.BEN"),
    ("واجتمعت دول الحوض (مالي، والسنغال، وغينيا) أمس.", "مالي", "gpe.MLI"),
    ("وتقدمت القوات نحو شمال مالي.", "مالي", "gpe.MLI"),
])
def test_the_country_where_it_stands_as_states_do(text: str, form: str, entity: str) -> None:
    assert (form, entity) in _linked(text)
