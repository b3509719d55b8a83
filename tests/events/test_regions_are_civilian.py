"""A nationality on "المناطق" after an attack's على is the country's people, as on cities and villages."""

from __future__ import annotations

from marsad.api import analyze


def test_an_attack_on_yemeni_regions_hits_civilians_not_forces():
    doc = analyze("شن الحوثيون هجوما على المناطق اليمنية الجنوبية.", published="2015-08-01")
    assert [(e.source.actor_code, e.target.actor_code) for e in doc.events] == [("YEMREB", "YEMCVL")]
