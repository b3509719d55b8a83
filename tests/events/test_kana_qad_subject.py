""""وكان X … قد حذر السكان": with قد before the verb, the subject stands between كان and قد however long it runs
(a title and an unknown name); the people after the verb are warned, they warn nobody. Sentences written for
these tests."""

from __future__ import annotations

from marsad.api import analyze


def _warnings(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.source and e.source.actor_code, e.target and e.target.actor_code)
            for e in analyze(text, published="2015-08-09").events if e.cameo_code.startswith("13")]


def test_the_people_after_the_verb_are_not_the_subject() -> None:
    text = ("وكان عميد مهندس فضل عبد الله عبيد المتخصص في سلاح المهندسين قد حذر السكان العائدين إلى منازلهم في عدن "
            "من خطورة الألغام.")
    assert not any(source and source.endswith("CVL") for source, _ in _warnings(text))


def test_a_long_named_subject_before_qad() -> None:
    text = "وكان المبعوث الأميركي إلى جنوب السودان دونالد بوث قد حذر في مؤتمر صحافي في جوبا أطراف النزاع في جنوب السودان."
    assert ("USAGOV", "SSD") in _warnings(text)
