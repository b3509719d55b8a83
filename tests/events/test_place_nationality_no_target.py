""""ثمنت المقاومة الشعبية في محافظة إب اليمنية، جهود …": a nationality adjective right after a named place is
the place's country, not whom the act is done to. Sentences written for these tests."""

from __future__ import annotations

from marsad.api import analyze


def _targets(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.target and e.target.actor_code, e.target and e.target.span and e.target.span.text)
            for e in analyze(text, published="2015-08-09").events if e.cameo_code == "051"]


def test_the_adjective_of_a_place_is_no_target() -> None:
    text = "ثمّنت المقاومة الشعبية في محافظة إب اليمنية، جهود خادم الحرمين الشريفين في دعم الشعب اليمني."
    assert ("YEMGOV", "اليمنية") not in _targets(text)


def test_a_nationality_after_a_place_and_an_object_is_still_the_target() -> None:
    assert ("SAUGOV", "السعودي") in _targets("وثمن الرئيس المصري في القاهرة الموقف السعودي.")
