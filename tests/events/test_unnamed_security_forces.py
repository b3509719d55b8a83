"""Security forces and the gendarmerie named with no country are the place's police (cues.yaml
unnamed_actors COP); the police holding suspects are not the victims of what the suspects did."""

from __future__ import annotations

import pytest

from marsad.api import analyze


@pytest.mark.parametrize("subject", ["قوات الأمن", "قوات الدرك", "الدرك", "سلطات الأمن", "دوريات الأمن"])
def test_the_forces_arrest_the_suspects(subject):
    doc = analyze(f"وفي وسط المغرب، اعتقلت {subject} أربعة مشتبه بهم جددا متورطين في قتل الرجل.", published="2015-07-23")
    arrest = [e for e in doc.events if e.cameo_code == "173"]
    assert arrest and arrest[0].source.actor_code == "MARCOP"
    assert arrest[0].target is not None and arrest[0].target.actor_code == "UAF"
    killing = [e for e in doc.events if e.cameo_code == "190"]
    assert all(e.target is None or not (e.target.actor_code or "").endswith("COP") for e in killing)


def test_a_nationality_after_security_forces_still_counts():
    doc = analyze("واعتقلت قوات الأمن العراقية أربعة مشتبه بهم.", published="2015-07-23")
    assert [e.source.actor_code for e in doc.events if e.cameo_code == "173"] == ["IRQCOP"]
