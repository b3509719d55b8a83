"""تل, كفر and خربة open a village's name even with no place cue before them, so the known place inside
("واسط", Iraq's province) is not that village. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def test_a_village_named_tel_wasit_is_no_iraqi_province() -> None:
    doc = analyze("وسيطرت قوات النظام الأسبوع الماضي على قرى مثل المنصورة والزيارة وتل واسط الواقعة في سهل الغاب "
                  "القريب من مدينة حماه السورية.", published="2015-08-09")
    places = [m for m in doc.mentions if m.kind == "name" and m.type in ("GPE", "LOC")]
    assert not [m for m in places if m.country_iso3 == "IRQ"], places
    village = [m for m in places if m.text == "تل واسط"]
    assert village and village[0].country_iso3 == "SYR", places
    assert all(doc.text[m.start:m.end] == m.text for m in doc.mentions)


def test_wasit_alone_is_still_the_province() -> None:
    doc = analyze("وتظاهر المئات في محافظة واسط جنوب بغداد.", published="2015-08-09")
    assert [m for m in doc.mentions if m.kind == "name" and m.country_iso3 == "IRQ" and "واسط" in m.text], doc.mentions
