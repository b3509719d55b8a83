"""An appeal or a demand whose addressee no actor names gets no guessed counterpart; an appeal whose object
is God is a prayer, unless الله is part of a cleric's title (آية الله). Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def _appeals(text: str) -> list:
    return [e for e in analyze(text, published="2015-07-23").events if e.cameo_code[:2] in ("02", "10")]


def test_an_appeal_to_unnamed_elders_guesses_no_foreign_addressee() -> None:
    appeals = _appeals("وأعلنت تشاد إغلاق حدودها مع ليبيا. وقالت تشاد إن الوضع في الجنوب الليبي خطير. وناشدت الحكومة "
                       "الليبية الحكماء والعقلاء في مدينة سبها التدخل لوقف إطلاق النار.")
    assert appeals, appeals
    assert all(e.target is None or e.target.country_iso3 != "TCD" for e in appeals), appeals


def test_praying_to_god_is_no_appeal() -> None:
    assert not _appeals("ودعت الخارجية العراقية الله عز وجل أن يتقبل المتوفين في الشهداء ويشفي الجرحى في السعودية.")


def test_an_ayatollahs_call_is_still_an_appeal() -> None:
    appeals = _appeals("وجاء الإعلان بعدما دعا آية الله علي السيستاني الحكومة إلى اتخاذ خطوات إصلاحية في العراق.")
    assert appeals and appeals[0].target is not None and appeals[0].target.country_iso3 == "IRQ", appeals
