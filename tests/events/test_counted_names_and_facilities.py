"""A country's name counted in words is its people ("بينهم ثلاثون بريطانيا" as "30 بريطانيا"), and a place
named by its kind of facility (مطار، معبر، ميناء) never acts: it is what is opened, closed or shelled;
reinforcements struck are no mobilisation. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = analyze(text, published="2015-08-01")
    return [(e.cameo_code, e.source.actor_code if e.source else None, e.target.actor_code if e.target else None)
            for e in doc.events]


def test_a_country_counted_in_words_is_its_people() -> None:
    sides = _sides("وقتل 38 سائحا بينهم ثلاثون بريطانيا في هجوم شنه طالب تونسي مسلح في مدينة سوسة.")
    assert ("190", "TUNUAF", "GBRCVL") in sides, sides


def test_a_facility_is_no_doer() -> None:
    assert _sides("قررت مصر فتح معبر رفح أمام المسافرين.")[0][:2] == ("0872", "EGY")
    assert not any(source and source.startswith("YEM") for _, source, _ in _sides("أدانت الخارجية قصف مطار صنعاء."))


def test_a_facility_is_still_hit() -> None:
    assert ("195", "SAUMIL", "YEM") in _sides("قصف طيران التحالف مطار صنعاء.")  # aircraft: an air strike


def test_reinforcements_struck_are_no_mobilisation() -> None:
    text = ("وتشن طائرات التحالف بقيادة المملكة العربية السعودية غارات على مواقع الحوثيين، "
            "كما قصف الطيران تعزيزات عسكرية تتبع الحوثيين.")
    assert not [e for e in analyze(text, published="2015-07-23").events if e.cameo_code == "154"]
    sent = analyze("وأرسلت تركيا تعزيزات عسكرية إلى الحدود مع سوريا.", published="2015-07-23").events
    assert [e.cameo_code for e in sent] == ["154"]


def test_prisoners_of_a_nationality_are_its_civilians() -> None:
    sides = _sides("ويتم تعذيب السجناء السعوديين في السجون بعدة أساليب.")
    assert sides and sides[0][0] == "182" and sides[0][2] == "SAUCVL", sides


def test_a_military_convoy_is_no_civilian_property() -> None:
    assert _sides("هاجم مسلحون قافلة عسكرية تركية في ديار بكر.")[0][2] == "TURMIL"
    assert _sides("هاجم مسلحون حافلة ركاب تركية في ديار بكر.")[0][2] == "TURCVL"


def test_a_student_of_a_nationality_is_a_civilian() -> None:
    sides = _sides("أعلنت الشرطة مقتل طالب سعودي بطلق ناري.")
    assert sides and sides[0][2] == "SAUCVL", sides
    assert _sides("هاجم مسلحون قافلة عسكرية تركية في ديار بكر.")[0][2] == "TURMIL"


def test_a_verb_describing_an_attack_hits_what_follows() -> None:
    sides = _sides("مشيرا إلى موجة من الاغتيالات استهدفت ضباط شرطة وجيش عراقيين خلال عام 2013.")
    assert sides and not any((source or "").endswith("COP") for _, source, _ in sides), sides
    assert any((target or "").endswith("COP") for _, _, target in sides), sides
