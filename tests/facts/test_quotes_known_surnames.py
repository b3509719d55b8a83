"""A surname the knowledge base does not link alone (شريف is also a given name and an adjective) names the
known person after a speech verb when exactly one person of the article was named with it in full.
Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.entity_id if q.speaker is not None else None
            for q in analyze(text, published="2025-04-15").quotes]


def test_the_surname_of_a_person_named_in_full_is_that_person() -> None:
    text = ("التقى ولي العهد رئيس الوزراء الباكستاني شهباز شريف في الرياض. "
            'وقال شريف للصحفيين إن "هذه الاتفاقية محطة تاريخية في علاقات البلدين".')
    assert _speakers(text)[-1] == "per.shehbaz-sharif"


def test_a_surname_two_people_share_is_neither() -> None:
    text = ("التقى رئيس الوزراء الباكستاني شهباز شريف شقيقه نواز شريف في لاهور. "
            'وقال شريف للصحفيين إن "الحزب موحد".')
    assert _speakers(text)[-1] not in {"per.shehbaz-sharif", "per.nawaz-sharif"}
