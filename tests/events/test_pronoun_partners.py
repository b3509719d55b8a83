""""وبحث معه" talks with the one the sentence (or the exchange told last) named as the other side, not with
a place in the topic; other prepositions with a pronoun (عليها) are left alone. Sentences written for the test."""

from __future__ import annotations

import pytest

from marsad.api import analyze


@pytest.mark.parametrize("joint", ["، وبحث معه", ". وبحث معه"], ids=["same-sentence", "next-sentence"])
def test_talks_with_him_are_with_the_guest(joint: str) -> None:
    doc = analyze(f"استقبل رئيس الوزراء العراقي محمد شياع السوداني وزير الخارجية التركي هاكان فيدان{joint} "
                  "الأوضاع في غزة.", published="2025-08-10")
    talks = [(e.source.entity_id, e.target.entity_id if e.target else None) for e in doc.events if e.cameo_code == "046"]
    assert talks == [("per.mohammed-shia-al-sudani", "per.hakan-fidan")], talks
