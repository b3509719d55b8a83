"""Round five: speakers outside the knowledge base (marsad/facts/speakers.py) and speaker hand-over.

Every sentence here is written for the test; the people are invented."""

from __future__ import annotations

import pytest

from marsad.api import analyze
from marsad.doc import Document, Quote
from marsad.link.build import new_id

DATE = "2021-03-04"


def _doc(text: str) -> Document:
    return analyze(text, published=DATE)


def _quote(doc: Document, first_words: str) -> Quote:
    found = [q for q in doc.quotes if q.text.startswith(first_words)]
    assert found, f"no quote starting {first_words!r}: {[q.text for q in doc.quotes]}"
    return found[0]


def _speaker_text(doc: Document, quote: Quote) -> str | None:
    """The text of the speaker entity's mention in the quote's sentence (offsets checked)."""
    assert quote.speaker is not None and quote.speaker.entity_id is not None
    entity = next(e for e in doc.entities if e.id == quote.speaker.entity_id)
    for m in entity.mentions:
        assert doc.text[m.start:m.end] == m.text
    span = quote.speaker.span
    assert span is not None and doc.text[span.start:span.end] == span.text
    return span.text


def test_titled_unknown_name_is_the_speaker_with_a_stable_new_id() -> None:
    doc = _doc("وقال مدير مستشفى المدينة الدكتور كنان الراوي: نستقبل عشرات الجرحى كل يوم.")
    quote = _quote(doc, "نستقبل عشرات")
    assert _speaker_text(doc, quote) == "كنان الراوي"
    assert quote.speaker.entity_id == new_id("كنان الراوي")
    entity = next(e for e in doc.entities if e.id == quote.speaker.entity_id)
    assert entity.type == "PER"
    assert any(m.text == "كنان الراوي" and m in doc.mentions for m in entity.mentions)


def test_surname_alone_later_and_bare_next_sentence_are_the_same_person() -> None:
    doc = _doc("وقال قائد الدفاع المدني في الولاية العقيد سلوان برهو: إن فرق الإنقاذ تعمل منذ الفجر. "
               "وتابع برهو: نحتاج إلى آليات ثقيلة لرفع الأنقاض. "
               "وأضاف: الطريق إلى القرية ما زال مقطوعا بسبب السيول.")
    first = _quote(doc, "إن فرق الإنقاذ")
    again = _quote(doc, "نحتاج إلى آليات")
    carried = _quote(doc, "الطريق إلى القرية")
    assert _speaker_text(doc, first) == "سلوان برهو"
    assert again.speaker is not None and again.speaker.entity_id == first.speaker.entity_id
    assert carried.speaker is not None and carried.speaker.entity_id == first.speaker.entity_id


def test_common_given_name_without_title_opens_a_name() -> None:
    doc = _doc("وقال حامد الزيدي: الأسعار ارتفعت كثيرا في الأسواق هذا الشهر.")
    assert _speaker_text(doc, _quote(doc, "الأسعار ارتفعت")) == "حامد الزيدي"


@pytest.mark.parametrize("text", [
    "وقال الوزير أمس: إن المفاوضات ستستأنف قريبا في العاصمة.",
    "وقال مصدر عسكري: إن القوات تقدمت نحو أطراف البلدة.",
    "وأكد المتحدث مجددا: لن نقبل بأي تأجيل للانتخابات.",
])
def test_time_words_and_anonymous_sources_are_not_names(text: str) -> None:
    doc = _doc(text)
    assert not [e for e in doc.entities if e.id.startswith("new:")]


def test_written_but_unidentified_subject_does_not_inherit_the_last_speaker() -> None:
    doc = _doc("وقال قائد الشرطة المحلية العقيد نزار الكبيسي: الوضع تحت السيطرة الآن. "
               "ويقول محللون محليون: إن الهدوء لن يدوم طويلا في المدينة.")
    assert _quote(doc, "الوضع تحت").speaker is not None
    assert _quote(doc, "إن الهدوء لن").speaker is None


def test_name_in_quotation_marks_inside_the_speaker_phrase_keeps_the_colon_quote() -> None:
    doc = _doc("وقال رئيس البلدية المهندس عارف الدوري في حديث لـ«الوطن»: نحتاج إلى مولدات كهربائية عاجلة.")
    quote = _quote(doc, "نحتاج إلى مولدات")
    assert quote.direct
    assert _speaker_text(doc, quote) == "عارف الدوري"


def test_participle_speaker_is_the_name_right_before_it() -> None:
    doc = _doc("وغرد الكاتب الصحفي مازن العلوي قائلا: «الحوار هو الطريق الوحيد لإنهاء الأزمة».")
    assert _speaker_text(doc, _quote(doc, "الحوار هو الطريق")) == "مازن العلوي"


def test_given_name_starting_with_waw_keeps_its_first_letter() -> None:
    doc = _doc("وقال المحامي وليد الساعدي: القضية ستعرض على المحكمة الأسبوع المقبل.")
    assert _speaker_text(doc, _quote(doc, "القضية ستعرض")) == "وليد الساعدي"


def test_definite_object_after_a_long_name_is_not_its_family_name() -> None:
    doc = _doc("وأكد المسؤول في البلدية خليل حسن خليل الحصيلة الجديدة للضحايا. "
               "وقال خليل: «عدد المصابين قد يرتفع خلال الليل».")
    names = {m.text for e in doc.entities if e.id.startswith("new:") for m in e.mentions}
    assert "خليل حسن خليل" in names
    assert not any("الحصيلة" in n for n in names)


def test_definite_description_after_the_verb_still_refers_to_the_last_speaker() -> None:
    doc = _doc("وقال مدير الميناء المهندس جاسم الحلفي: السفن تنتظر في البحر منذ أيام. "
               "وقال المسؤول المحلي في تصريح له «نحتاج إلى رافعات جديدة في الميناء».")
    first = _quote(doc, "السفن تنتظر")
    second = _quote(doc, "نحتاج إلى رافعات")
    assert _speaker_text(doc, first) == "جاسم الحلفي"
    assert second.speaker is not None and second.speaker.entity_id == first.speaker.entity_id
