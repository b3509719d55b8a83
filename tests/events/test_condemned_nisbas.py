"""A reaction to a violent act named by its nationality adjective ("أدانت مصر الغارات الإسرائيلية على جنوب
لبنان") targets that country's forces, not the place the act hit. Sentences written for the test."""

from __future__ import annotations

import pytest

from marsad.api import analyze


@pytest.mark.parametrize(("text", "code"), [
    ("أدانت مصر بشدة الغارات الإسرائيلية على جنوب لبنان.", "ISRMIL"),
    ("ندد الاتحاد الأوروبي بالهجمات الروسية على البنية التحتية الأوكرانية.", "RUSMIL"),
    ("وأكدت الرياض إدانة المملكة العربية السعودية للاعتداءات الإسرائيلية على الأراضي السورية.", "ISRMIL"),
], ids=["verb", "bi-object", "verbal-noun"])
def test_the_condemned_act_s_country_is_the_target(text: str, code: str) -> None:
    events = [e for e in analyze(text, published="2025-08-12").events if e.cameo_code == "111"]
    assert [e.target.actor_code if e.target else None for e in events] == [code]
