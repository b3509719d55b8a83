""""X وقوات Y"، "X والموالون لـY": the forces or loyalists of a second actor joined by و are a second doer,
never the target. Sentences written for the test."""

from __future__ import annotations

import pytest

from marsad.api import analyze


@pytest.mark.parametrize("text", [
    "ورفضت ميليشيات الحوثيين وقوات المخلوع علي عبدالله صالح الهدنة.",
    "ورفضت ميليشيات الحوثيين الانقلابية والموالون للمخلوع علي عبدالله صالح الهدنة.",
    "وعاد المواطنون الذين نزحوا بسبب قصف الميليشيات الحوثية وقوات الرئيس السابق علي عبد الله صالح لمنازلهم.",
])
def test_the_second_side_of_the_subject_is_no_target(text: str) -> None:
    doc = analyze(text, published="2015-08-01")
    assert doc.events, text
    assert all(e.source is not None and e.source.entity_id == "org.houthis" for e in doc.events), doc.events
    assert not any(e.target is not None and e.target.entity_id == "per.ali-abdullah-saleh" for e in doc.events), \
        [(e.cameo_code, e.source, e.target) for e in doc.events]


def test_a_target_and_the_forces_of_another_stay_targets() -> None:
    doc = analyze("وقصفت طائرات التحالف مواقع الحوثيين وقوات الرئيس المخلوع علي عبدالله صالح في صنعاء.",
                  published="2015-08-01")
    strikes = [e for e in doc.events if e.cameo_code.startswith("19")]
    assert strikes and strikes[0].target is not None and strikes[0].target.entity_id == "org.houthis", doc.events
