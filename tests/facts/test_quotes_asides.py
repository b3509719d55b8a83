"""A time or a manner phrase set off by commas between the speaker and إن/أن ("قال الوزير، اليوم، إن"،
"، في بيان، أن") does not end the search for the reported words. Sentences written for the test."""

from __future__ import annotations

import pytest

from marsad.api import analyze


def _quotes(text: str) -> list[tuple[str | None, str]]:
    doc = analyze(text, published="2025-06-02")
    return [(q.speaker.entity_id if q.speaker is not None else None, q.text) for q in doc.quotes]


@pytest.mark.parametrize("aside", ["اليوم الاثنين", "في بيان", "خلال مؤتمر صحفي مشترك"], ids=["time", "statement", "press"])
def test_an_aside_between_speaker_and_complementiser(aside: str) -> None:
    text = f"قال المتحدث باسم وزارة الخارجية الإيرانية إسماعيل بقائي، {aside}، إن طهران ستستضيف جولة جديدة من المحادثات."
    assert _quotes(text) == [("per.esmaeil-baghaei", "طهران ستستضيف جولة جديدة من المحادثات")]


def test_a_comma_before_anything_else_still_ends_the_speaker_phrase() -> None:
    assert _quotes("قال المتحدث باسم وزارة الخارجية الإيرانية إسماعيل بقائي، الحرب لن تتوقف قريبا.") == []


def test_a_longer_statement_aside() -> None:
    text = ("وأوضح وزير الخارجية السعودي، في بيانه لوكالة الأنباء السعودية عقب الجلسة، أن المملكة تدعم الحل "
            "السياسي في اليمن.")
    assert [ident for ident, _ in _quotes(text)] == ["per.faisal-bin-farhan"]


def test_a_dated_aside_keeps_the_marked_words_the_speakers() -> None:
    # the quoted words describe another man's statements; the subject of أكدت said them
    text = ("أكدت وزارة الخارجية الإيرانية، الخميس 23 يوليو/تموز، أن تصريحات الرئيس الأمريكي دونالد ترامب "
            "بشأن إيران “عدائية ولا تمثل الموقف الدولي”.")
    speakers = {ident for ident, words in _quotes(text) if words == "عدائية ولا تمثل الموقف الدولي"}
    assert speakers and "per.donald-trump" not in speakers, speakers
