"""The counted members of a named group killed by a strike ("مقتل ثلاثة من عناصر تنظيم داعش بضربة جوية")
are what the strike hit; the strike's doer is the aircraft's country, a model designation between the
aircraft and its nationality included ("طائرات إف-16 العراقية"). Sentences written for the test."""

from __future__ import annotations

import pytest

from marsad.api import analyze


@pytest.mark.parametrize("doer", ["للطيران العراقي", "نفذتها الطائرات العراقية", "نفذتها طائرات إف-16 العراقية"],
                         ids=["genitive", "relative", "model"])
def test_a_strike_hits_the_counted_members(doer: str) -> None:
    doc = analyze(f"أعلنت خلية الإعلام الأمني مقتل ثلاثة من عناصر تنظيم داعش بضربة جوية {doer} في وادي حوران.",
                  published="2025-08-10")
    sides = [(e.source.actor_code, e.target.entity_id if e.target else None) for e in doc.events
             if e.cameo_root in {"18", "19"}]
    assert sides == [("IRQMIL", "org.isis")], sides
