"""Speakers only the learned tagger names (the ner stage runs after the quotes stage): a name right after
the speech verb speaks, a name after أن is what was said, and a later speech verb with no subject of its
own keeps the turn. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze
from marsad.facts.speakers import _feminine, _no_subject, _plain_words_between

DATE = "2025-04-15"


def _speakers(text: str) -> list[str | None]:
    doc = analyze(text, published=DATE)
    return [q.speaker.span.text if q.speaker and q.speaker.span else None for q in doc.quotes]


def test_a_name_right_after_the_speech_verb_speaks_and_keeps_the_turn() -> None:
    assert _speakers("وقال إيان جورج المتحدث باسم إدارة الطيران إن الرحلة هبطت بسلام في مطار دنفر. "
                     "وأضاف أن الركاب بخير.") == ["إيان جورج", "إيان جورج"]


def test_a_name_after_the_complementiser_is_what_was_said() -> None:
    assert _speakers("وأكد من خلاله أن مورا لم يوقع أي عقود ملزمة مع النادي.") == [None]


def test_the_gap_rules() -> None:
    assert _plain_words_between(" الدكتور ") and _plain_words_between(" ")
    assert not _plain_words_between(" إلى أن ") and not _plain_words_between(' "')
    assert _no_subject(' أن "') and _no_subject(": «") and not _no_subject(" المتحدث أن ")
    assert _feminine("وتابعت") and _feminine("مضيفة") and _feminine("وتقول") and not _feminine("وأضاف")
