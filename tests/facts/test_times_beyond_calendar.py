"""A length of time reaching before year 1 or past 9999 is found with no value, and never fails the article."""

from __future__ import annotations

import pytest

from marsad.api import analyze


@pytest.mark.parametrize("phrase", ["منذ حوالى ٢٧٠٠ سنة", "قبل 5000 عام", "خلال 99999999 يوما", "بعد 9000 سنة"])
def test_a_length_past_the_calendar_has_no_value(phrase):
    text = f"قال الباحث إن السور شيد {phrase} للدفاع عن المدينة."
    doc = analyze(text, published="2015-07-23")
    times = [t for t in doc.times if t.text in phrase]
    assert times and all(t.value is None for t in times)
    assert all(doc.text[t.start:t.end] == t.text for t in doc.times)


def test_a_length_within_the_calendar_keeps_its_value():
    doc = analyze("قال الباحث إن السور شيد منذ 20 سنة.", published="2015-07-23")
    assert [t.value for t in doc.times] == ["1995"]


def test_near_the_calendars_end():
    doc = analyze("وسيكتمل المشروع بعد 10 سنوات.", published="9999-06-01")
    assert [t.value for t in doc.times] == [None]
