""""امتنعت اللجنة عن دعوة أصدقائها": what a refraining verb's عن names was not done, so it is coded negated.
Sentences written for these tests."""

from __future__ import annotations

from marsad.api import analyze


def _appeals(text: str) -> list[bool]:
    return [e.negated for e in analyze(text, published="2015-07-23").events if e.cameo_code.startswith("02")]


def test_refraining_from_an_appeal_negates_it() -> None:
    assert _appeals("وامتنعت اللجنة اليهودية الأميركية عن دعوة أصدقائها لإقناع الكونغرس بالتصويت ضده.") == [True]


def test_an_appeal_to_refrain_is_itself_asserted() -> None:
    assert _appeals("ودعت مصر إيران إلى الامتناع عن التدخل في شؤون المنطقة.") == [False]
