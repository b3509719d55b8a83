""""ولم يقم أي رئيس أميركي بزيارة كينيا": a verbal noun carried by a negated light verb was not done. Sentences
written for these tests."""

from __future__ import annotations

from marsad.api import analyze


def _visits(text: str) -> list[bool]:
    return [e.negated for e in analyze(text, published="2015-07-23").events if e.cameo_code == "042"]


def test_a_negated_light_verb_negates_the_visit() -> None:
    assert _visits("ولم يقم أي رئيس أميركي بزيارة كينيا من قبل.") == [True]


def test_a_light_verb_alone_asserts_it() -> None:
    assert _visits("وقام الرئيس الأميركي بزيارة كينيا.") == [False]
