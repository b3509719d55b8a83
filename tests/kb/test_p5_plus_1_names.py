"""The P5+1 by the names Arabic news gives it ("مجموعة دول الست"، "مجموعة الخمس زائد واحد"، "مجموعة 5 + 1").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from marsad.api import analyze


@pytest.mark.parametrize("name", ["مجموعة دول الست", "مجموعة الخمس زائد واحد", "مجموعة 5 + 1", "الدول الكبرى الست"])
def test_the_group_is_linked(name: str) -> None:
    doc = analyze(f"وعقدت إيران جولة مفاوضات جديدة مع {name} في فيينا.")
    assert "org.p5-plus-1" in {m.entity_id for m in doc.mentions}
    assert ("046", "IRN", "IGO") in [(e.cameo_code, e.source.actor_code, e.target and e.target.actor_code)
                                     for e in doc.events]
