"""A national body named with no nationality takes the country of the scene its sentence set with في
before it ("وفي بغداد، … وزارة المالية" is Iraq's), not the article's main country. Articles written for
the test."""

from __future__ import annotations

from marsad.api import analyze

TEXT = ("واشنطن - انتقدت الولايات المتحدة قرار أوبك، وقال البيت الأبيض إن واشنطن تشعر بخيبة أمل. "
        "وأكدت الإدارة الأمريكية أن الولايات المتحدة ستتشاور مع حلفائها.\n"
        "وفي بغداد، تظاهر مئات الموظفين أمام مبنى وزارة المالية للمطالبة بصرف رواتبهم.")


def _bodies(text: str) -> dict[str, str | None]:
    doc = analyze(text, published="2025-06-05")
    return {e.canonical_ar: e.country_iso3 for e in doc.entities if e.canonical_ar == "وزارة المالية"}


def test_a_body_takes_the_country_of_the_scene_set_before_it() -> None:
    assert _bodies(TEXT) == {"وزارة المالية": "IRQ"}


def test_without_a_scene_the_article_country_stays() -> None:
    assert _bodies(TEXT.replace("وفي بغداد، ", "")) == {"وزارة المالية": "USA"}
