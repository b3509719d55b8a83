"""Sentence boundaries: a full stop after a title abbreviated to one letter (د. جمعان) ends no sentence;
offsets stay on the original text."""

from __future__ import annotations

from marsad.text.sentences import split_sentences


def test_a_doctors_abbreviation_does_not_end_the_sentence() -> None:
    text = "دان رئيس الجامعة د. جمعان رشيد الجريمة. وأضاف أ.د. ابن رقوش أن الجريمة نكراء."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["دان رئيس الجامعة د. جمعان رشيد الجريمة.",
                                           "وأضاف أ.د. ابن رقوش أن الجريمة نكراء."]
    assert all(text[s.start:s.end] == s.text for s in sentences)


def test_ordinary_full_stops_and_numbers_still_split_as_before() -> None:
    text = "بلغ النمو 3.5 بالمئة. وأكد الوزير ذلك.\nسطر جديد"
    assert [s.text for s in split_sentences(text)] == ["بلغ النمو 3.5 بالمئة.", "وأكد الوزير ذلك.", "سطر جديد"]
