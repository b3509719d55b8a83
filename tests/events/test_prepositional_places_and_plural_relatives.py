"""A place after a place noun carrying ب or ل ("بمدينة سبها") is where, not the subject of the verb before it; a
state inside a participle's phrase ("المتحالفين مع إيران الذين") is not what a plural relative refers to.
Sentences written for these tests."""

from __future__ import annotations

from marsad.api import analyze


def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = analyze(text, published="2015-08-09")
    return [(e.cameo_code, e.source and e.source.actor_code, e.target and e.target.actor_code) for e in doc.events]


def test_a_town_after_bimadina_is_no_subject() -> None:
    sides = _sides("وأكدت اللجنة الوطنية لحقوق الإنسان تصاعد القتال، وناشدت طرفي النزاع بمدينة سبها وقف النار.")
    assert sides and not any(source == "LBY" for code, source, _ in sides if code.startswith("02"))


def test_a_town_right_after_the_verb_still_speaks() -> None:
    sides = _sides("وناشدت طرابلس الأمم المتحدة التدخل.")
    assert any(code.startswith("02") and (source or "").startswith("LBY") for code, source, _ in sides)


def test_a_plural_relative_skips_the_ally_state() -> None:
    sides = _sides("وتقاتل القوات الحكومية الحوثيين المتحالفين مع إيران الذين سيطروا على مدينة الحديدة في مارس.")
    assert ("192", "YEMREB", "YEM") in sides or any(code == "192" and source == "YEMREB" for code, source, _ in sides)
    assert not any(code == "192" and source == "IRN" for code, source, _ in sides)


def test_a_towns_branch_office_is_no_subject() -> None:
    sides = _sides("وأبدى شكره لإدارة الطوارئ بصحة بيشة على سرعة الاستجابة.")
    assert not any(source == "SAU" for _, source, _ in sides)


def test_a_mayor_written_with_baladiya_still_speaks() -> None:
    sides = _sides("وانتقد رئيس بلدية ناغازاكي الحكومة اليابانية.")
    assert any(code == "111" and (source or "").startswith("JPN") for code, source, _ in sides)
