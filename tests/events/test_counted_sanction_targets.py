"""Sanctions on a count of firms or people ("عقوبات على 20 شركة وسفينة بتهمة نقل النفط الإيراني إلى
الصين") are aimed at the state the charge names first (Iran), never guessed at the article's other side
nor at the buyer the charge names later. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze

DATE = "2025-03-04"


def _sanctions(text: str) -> list:
    return [e for e in analyze(text, published=DATE).events if e.cameo_code == "163"]


def test_counted_firms_take_the_charged_states_country() -> None:
    found = _sanctions("وكانت واشنطن قد فرضت الأسبوع الماضي عقوبات جديدة على 20 شركة وسفينة بتهمة نقل النفط "
                       "الإيراني إلى الصين.")
    assert found and found[0].target is not None and found[0].target.country_iso3 == "IRN"


def test_counted_people_with_no_nationality_get_no_guessed_target() -> None:
    text = ("انتقد الرئيس الإيراني مسعود بزشكيان الرئيس الأمريكي دونالد ترامب. وقال بزشكيان إن طهران لن تخضع. "
            "وفرضت الولايات المتحدة عقوبات على 15 شخصا بتهمة غسل الأموال.")
    found = _sanctions(text)
    assert found and found[0].target is None


def test_a_count_after_the_patterns_own_preposition_is_counted_too() -> None:
    text = ("قال الرئيس المصري عبد الفتاح السيسي إن القاهرة تدعم الحوار. "
            "وأفرجت السلطات في طرابلس عن ثلاثة صحفيين كانوا محتجزين.")
    found = [e for e in analyze(text, published=DATE).events if e.cameo_code.startswith("084")]
    assert found and found[0].target is None


def test_an_unnamed_party_as_object_gets_no_guessed_target() -> None:
    text = ("وهنأت الولايات المتحدة العراق على إجراء الانتخابات. "
            "واتهم زعيم ائتلاف دولة القانون نوري المالكي جهات لم يسمها بشراء الأصوات.")
    found = [e for e in analyze(text, published=DATE).events if e.cameo_code.startswith("112")]
    assert found and found[0].target is None


def test_a_warning_is_never_aimed_at_the_speakers_own_capital() -> None:
    text = ("دعا وزير الخارجية الإيراني عباس عراقجي الدول الأوروبية إلى الوفاء بالتزاماتها، محذرا من أن طهران "
            "لن تبقى مكتوفة الأيدي.")
    found = [e for e in analyze(text, published=DATE).events if e.cameo_code == "130"]
    assert found and (found[0].target is None or found[0].target.country_iso3 != "IRN")


def test_threatening_the_snapback_is_a_threat_of_sanctions() -> None:
    text = "وكان وزراء خارجية فرنسا وبريطانيا وألمانيا قد هددوا الشهر الماضي بتفعيل آلية الزناد ضد إيران."
    found = [e for e in analyze(text, published=DATE).events if e.cameo_root == "13"]
    assert found and found[0].cameo_code == "1312"
