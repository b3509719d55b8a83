"""A long family name ending in the nisba ي belongs to the speaker's name even when it opens on a letter
of the present tense ("العميد علي رضا تنكسيري"); a short verb after a name still ends it. Sentences
written for the test."""

from __future__ import annotations

from marsad.api import analyze


def _speakers(text: str) -> list[str]:
    return [q.speaker.span.text for q in analyze(text, published="2025-04-13").quotes
            if q.speaker is not None and q.speaker.span is not None]


def test_a_long_nisba_surname_opening_on_ta_is_part_of_the_name() -> None:
    found = _speakers("وأكد قائد القوة البحرية في الحرس الثوري العميد علي رضا تنكسيري أن قواته ستتصدى لأي تهديد.")
    assert "علي رضا تنكسيري" in found


def test_a_short_present_verb_after_the_name_is_not_part_of_it() -> None:
    found = _speakers("وقال المتحدث باسم الحكومة علي رضا ينفي، إن الحكومة لم تتلق أي طلب.")
    assert all("ينفي" not in s for s in found)


def test_a_surname_before_a_participle_is_the_person_named_in_full_earlier() -> None:
    doc = analyze("أدان الرئيس الفلسطيني محمود عباس الهجوم على القرية. ورد عباس قائلا إن الحكومة الإسرائيلية "
                  "مسؤولة عن الجريمة.", published="2025-04-13")
    said = [q for q in doc.quotes if q.speaker is not None and q.sentence_index == 1]
    assert said and said[0].speaker.entity_id == "per.mahmoud-abbas", doc.quotes
