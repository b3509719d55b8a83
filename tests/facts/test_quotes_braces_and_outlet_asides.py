"""Some outlets set quotes in braces and mix them with « » ("لـ {الشرق الأوسط» إنه «…}"): braces are read
as quotation marks, but a vocalised verse in braces is no one's statement; a known name after a title
running past the speaker window is the speaker even with the outlet told ("لـ«عكاظ»") between it and إن,
and keeps the word for the next "وأضاف"; قال with no إن quotes a clause that opens on an actor and a verb
right after a named speaker. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze

DATE = "2015-08-01"


def _quotes(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker.entity_id if q.speaker else None, q.text) for q in analyze(text, published=DATE).quotes]


def test_braces_mixed_with_guillemets_still_quote() -> None:
    quotes = _quotes("وقال وزير الخارجية عادل الجبير لـ {الشرق الأوسط» إن «المملكة لن تسمح بالتدخل في شؤون اليمن}.")
    assert quotes and quotes[0][0] == "per.adel-al-jubeir", quotes
    assert quotes[0][1].startswith("المملكة لن تسمح"), quotes


def test_a_long_title_and_an_outlet_aside_still_lead_to_the_name() -> None:
    text = ("وقال الوزير المسؤول عن ملف العلاقات الخارجية عادل الجبير لـ«عكاظ» "
            "إن المملكة لن تسمح بالتدخل في شؤون اليمن. وأضاف أن الحل السياسي هو الطريق الوحيد.")
    quotes = _quotes(text)
    assert [speaker for speaker, _ in quotes] == ["per.adel-al-jubeir", "per.adel-al-jubeir"], quotes


def test_a_vocalised_verse_in_braces_is_no_quote() -> None:
    quotes = _quotes("وتقبل أهل الفقيد التعازي {إِنَّا لِلَّهِ وَإِنَّا إِلَيْهِ رَاجِعُونَ} في منزلهم بالرياض.")
    assert quotes == [], quotes


def test_qala_with_no_complementiser_quotes_the_clause_after_a_named_speaker() -> None:
    quotes = _quotes("وقال الجبير إيران تدعم الإرهاب في المنطقة.")
    assert quotes == [("per.adel-al-jubeir", "إيران تدعم الإرهاب في المنطقة")], quotes
    assert _quotes("وقال الجبير للصحفيين في الرياض أمس.") == []
