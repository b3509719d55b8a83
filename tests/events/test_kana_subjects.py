"""كان and its forms put the subject between them and the verb: "وكان عراقجي قد التقى البوسعيدي" is Araghchi
meeting Albusaidi, a title included ("وكان وزير الخارجية عباس عراقجي قد التقى"). Sentences written for the test."""

from __future__ import annotations

import pytest

from marsad.api import analyze


def _sides(text: str, code: str) -> tuple[str | None, str | None]:
    events = [e for e in analyze(text, published="2025-06-02").events if e.cameo_code == code]
    assert events, text
    return tuple(a.entity_id if a is not None else None for a in (events[0].source, events[0].target))


@pytest.mark.parametrize("subject", ["عراقجي", "وزير الخارجية عباس عراقجي", "وزير الخارجية الإيراني عباس عراقجي"],
                         ids=["name", "title", "long-title"])
def test_the_subject_after_kana_meets_the_object(subject: str) -> None:
    text = f"وكان {subject} قد التقى نظيره العماني بدر البوسعيدي في مسقط أواخر الشهر الماضي."
    assert _sides(text, "040") == ("per.abbas-araghchi", "per.badr-albusaidi")


def test_a_feminine_kana_and_a_state() -> None:
    source, _ = _sides("وكانت السعودية قد استضافت القمة العربية الطارئة في الرياض.", "043")
    assert source == "gpe.SAU"
