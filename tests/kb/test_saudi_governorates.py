"""Saudi governorates of places_more.yaml: known, Saudi, and weak where the name is a common word."""

from __future__ import annotations

from marsad.api import analyze


def test_a_governorate_gives_the_arrest_its_country():
    doc = analyze("ألقت الجهات الأمنية بمحافظة حفر الباطن القبض على عامل بوفيه.", published="2015-08-09")
    assert [(m.text, m.country_iso3) for m in doc.mentions if m.type == "GPE"] == [("محافظة حفر الباطن", "SAU")]
    assert [e.source.actor_code for e in doc.events if e.cameo_code == "173"] == ["SAUCOP"]


def test_a_governor_of_a_listed_town_condemns_as_a_saudi_official():
    doc = analyze("استنكر محافظ الأفلاج زيد بن محمد آل حسين الحادث الإجرامي الذي استهدف المسجد.", published="2015-08-09")
    assert [e.source.actor_code for e in doc.events if e.cameo_code == "111"] == ["SAUGOV"]


def test_a_weak_town_name_needs_its_cue():
    plain = analyze("وأضاف أن تربة المنطقة خصبة وأن بدر التمام ظهر أمس.", published="2015-08-09")
    assert not [m for m in plain.mentions if m.type == "GPE"]
    cued = analyze("وقع الحادث في محافظة تربة صباح أمس.", published="2015-08-09")
    assert [m.kb_id for m in cued.mentions if m.type == "GPE"] == ["gpe.turabah"]
