"""The accused stands before the charge: a state named inside what someone is accused of is not the
accused. Sentences written for these tests."""

from __future__ import annotations

from marsad.api import analyze


def _accusations(text: str) -> list:
    return [e for e in analyze(text, published="2015-08-01").events if e.cameo_code.startswith("112")]


def test_a_state_inside_the_charge_is_not_the_accused() -> None:
    text = "واتهم لافروف المجتمع الدولي بارتكاب خطأ كبير بعدم دعوة إيران إلى المؤتمر."
    for event in _accusations(text):
        assert event.target is None or event.target.span is None or event.target.span.text != "إيران"


def test_the_accused_before_the_charge_stays_the_target() -> None:
    text = "واتهم وزير الخارجية السعودي إيران بدعم الحوثيين بالسلاح."
    events = _accusations(text)
    assert events and events[0].target is not None and events[0].target.actor_code == "IRN"


def test_a_name_that_begins_with_ba_is_no_charge() -> None:
    text = "واتهم الجبير بشار الأسد بارتكاب جرائم حرب."
    events = _accusations(text)
    assert events and events[0].target is not None and events[0].target.actor_code == "SYRGOV"
