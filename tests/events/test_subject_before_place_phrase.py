"""A subject-first clause may put a place phrase between the subject and its verb (clause_subject_before)."""

from __future__ import annotations

import pytest

from marsad.api import analyze


@pytest.mark.parametrize("place", ["في مدينة قعطبة", "في تعز"])
def test_the_resistance_in_a_town_took_the_camp(place):
    doc = analyze(f"وأضاف أن المقاومة الشعبية {place} سيطرت أمس على معسكر الصدرين.", published="2015-08-09")
    assert [(e.cameo_code, e.source.actor_code) for e in doc.events] == [("192", "YEMREB")]


def test_a_lists_last_item_before_a_place_is_no_subject():
    text = ("ودارت مواجهات عنيفة بين عناصر المقاومة الشعبية من جهة، والمسلحين الحوثيين والقوات الموالية للرئيس "
            "المخلوع علي عبدالله صالح في تعز جنوب اليمن وقطع طرق إمداد الحوثيين بين لحج وتعز.")
    doc = analyze(text, published="2015-07-23")
    cut = [e for e in doc.events if e.cameo_code == "191"]
    assert all(e.source is None or e.source.span is None or "الحوثيين" not in e.source.span.text for e in cut)
