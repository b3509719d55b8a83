"""Aircraft named without the article ("طائرات إسرائيلية"، "مسيرات أوكرانية") are that country's military,
as "الطائرات الإسرائيلية" is; and a strike whose target is not written hits the other side's armed body or
movement, never the person the article quotes most. Sentences written for the test."""

from __future__ import annotations

import pytest

from marsad.api import analyze

DATE = "2025-11-16"


def _strikes(text: str) -> list:
    return [e for e in analyze(text, published=DATE).events if e.cameo_root in {"18", "19", "20"}]


@pytest.mark.parametrize(("text", "code"), [
    ("قصفت طائرات إسرائيلية بلدات عدة في جنوب لبنان.", "ISRMIL"),
    ("شنت طائرات إسرائيلية غارات على بلدات في جنوب لبنان.", "ISRMIL"),
    ("استهدفت مسيرات أوكرانية مصفاة نفط في منطقة كراسنودار الروسية.", "UKRMIL"),
], ids=["bombed", "raids", "drones"])
def test_indefinite_aircraft_with_a_nationality_are_its_military(text: str, code: str) -> None:
    strikes = _strikes(text)
    assert strikes and strikes[0].source is not None and strikes[0].source.actor_code == code


def test_an_untargeted_strike_is_not_aimed_at_the_most_quoted_person() -> None:
    text = ("قصفت الطائرات الإسرائيلية، مساء الأحد، بلدات عدة في جنوب لبنان. وقال الجيش الإسرائيلي إنه استهدف مواقع "
            "تابعة لحزب الله. وندد رئيس الحكومة اللبنانية نواف سلام بالغارات. وأكد نواف سلام أن لبنان متمسك "
            "بوقف إطلاق النار، وقال سلام إن الحكومة ستتقدم بشكوى.")
    first = _strikes(text)[0]
    assert first.trigger.text == "قصفت"
    assert first.target is None or first.target.entity_id != "per.nawaf-salam"
