"""A known name right after معسكر is the camp's name, unless an armed body owns the camp ("معسكرات
الحوثيين"); arrests a raid is made for are the raiders' even where the raid itself is no event. Sentences
written for the test."""

from __future__ import annotations

from marsad.api import analyze


def _events(text: str, root: str) -> list:
    return [e for e in analyze(text, published="2015-07-23").events if e.cameo_code.startswith(root)]


def test_a_camp_named_al_manar_is_not_the_lebanese_channel() -> None:
    strikes = _events("وقصفت مقاتلات التحالف بغارتين جويتين معسكر المنار في مديرية الحيمة الخارجية في اليمن.", "19")
    assert strikes, strikes
    assert all(e.target is None or e.target.country_iso3 != "LBN" for e in strikes), strikes


def test_an_armed_group_after_camps_still_owns_them() -> None:
    strikes = _events("وقصفت مقاتلات التحالف معسكرات الحوثيين في صعدة.", "19")
    assert strikes and strikes[0].target is not None and strikes[0].target.actor_code == "YEMREB", strikes


def test_arrests_a_raid_was_made_for_are_the_raiders() -> None:
    arrests = _events("وقال شاهد فلسطيني لرويترز إن القوات الإسرائيلية دخلت قرية برقين جنوب غربي مدينة جنين في الضفة "
                      "الغربية للقيام بحملة اعتقالات وأن السكان ألقوا حجارة على الجنود.", "17")
    assert arrests and arrests[0].source is not None and arrests[0].source.country_iso3 == "ISR", arrests
