"""A quotation opened after a speech verb and not closed in its sentence is direct speech to the sentence end; a
speaker phrase set off by a comma before إن still quotes; إننا and أننا are complementisers; words in quotation
marks right after the complementiser are direct. Sentences written for these tests."""

from __future__ import annotations

import pytest

from marsad.api import analyze


def _quotes(text: str) -> list[tuple[str, bool]]:
    doc = analyze(text, published="2015-08-01")
    for q in doc.quotes:
        assert doc.text[q.start:q.end] == q.text
    return [(q.text, q.direct) for q in doc.quotes]


@pytest.mark.parametrize("text, first_words", [
    ("وقال نادي ريال مدريد في بيان «تعرض اللاعب لإصابة في الركبة خلال التدريب. وسيغيب لثلاثة أسابيع».",
     "تعرض اللاعب لإصابة في"),
    ("وقال وزير النقل الأسترالي “إذا تأكد أن الحطام من الطائرة فسيكون ذلك دليلا على مسار الانجراف.",
     "إذا تأكد أن الحطام"),
    ('وأضاف المصدر "خرجت قافلة من مدينة سرت لدعم الكتيبة المرابطة عند الحدود.', "خرجت قافلة من مدينة"),
])
def test_an_unclosed_quotation_after_a_speech_verb_is_direct(text: str, first_words: str) -> None:
    assert any(words.startswith(first_words) and direct for words, direct in _quotes(text))


def test_a_closed_quotation_is_read_once() -> None:
    quotes = _quotes("وقال الوزير «لن نتراجع عن هذا القرار أبدا» في مؤتمر صحفي.")
    assert quotes == [("لن نتراجع عن هذا القرار أبدا", True)]


def test_a_speaker_phrase_set_off_by_a_comma_still_quotes() -> None:
    quotes = _quotes("وأشار خالد المطيري المدير العام لشركة الخليج للتطوير، إلى أن الطلب على المساكن تراجع هذا العام.")
    assert any(words.startswith("الطلب على المساكن") for words, _ in quotes)


def test_innana_opens_what_was_said_and_marks_make_it_direct() -> None:
    quotes = _quotes("وقال مسؤول في الجمعية الخيرية، إننا «لا نوزع المساعدات إلا على الأسر المسجلة؛ وهذا شرط المانحين.")
    assert any(words.startswith("لا نوزع المساعدات") and direct for words, direct in quotes)


def test_a_quoted_name_after_the_complementiser_keeps_the_speech_reported() -> None:
    quotes = _quotes("وقال وزير الخارجية السعودي عادل الجبير إن «داعش» يهدد أمن المنطقة كلها.")
    assert quotes and all(not direct for _, direct in quotes)


def test_a_relative_clause_on_the_speaker_leads_to_the_colon() -> None:
    quotes = _quotes("وقال رينزي، الذي التقى الرئيس الفلسطيني محمود عباس في رام الله مساء الثلاثاء: «أتفهم مخاوفكم.")
    assert any(words.startswith("أتفهم مخاوفكم") and direct for words, direct in quotes)


def test_revealing_is_saying() -> None:
    doc = analyze("كشف وزير الداخلية اليمني لـ«عكاظ» أن الأسلحة التي ضبطتها المقاومة في مطار عدن إيرانية الصنع.",
                  published="2015-07-23")
    assert any(q.text.startswith("الأسلحة التي ضبطتها") for q in doc.quotes)


def test_a_paper_reporting_carries_no_earlier_speaker() -> None:
    doc = analyze("وقال اللاعب خالد الدوسري: «أنا سعيد بالانتقال إلى النادي الجديد». "
                  "وذكرت صحيفة «ماركا» الإسبانية أن النادي الملكي رفض عرضا من تشيلسي لضم الحارس.",
                  published="2015-07-23")
    reported = [q for q in doc.quotes if q.text.startswith("النادي الملكي")]
    assert reported and reported[0].speaker is None


def test_a_servant_name_keeps_the_divine_name() -> None:
    doc = analyze("وقال اللاعب عبد الله عطيف إنه سيكون جاهزا بعد أسبوعين.", published="2015-07-23")
    assert [q.speaker.span.text for q in doc.quotes if q.speaker and q.speaker.span] == ["عبد الله عطيف"]


def test_what_someone_once_did_is_not_what_he_said() -> None:
    doc = analyze("وأعلن النجم الليبي طارق التايب والذي سبق له أن احترف بنادي الهلال عن رغبته في تدريب الفريق.",
                  published="2015-07-23")
    assert not any(q.text.startswith("احترف") for q in doc.quotes)


def test_a_reported_clause_that_is_mostly_marked_words_is_told_once() -> None:
    quotes = _quotes("وقال الرئيس في مؤتمر صحفي إن البلدين «يتطلعان إلى مضاعفة حجم التبادل التجاري خلال خمس سنوات».")
    assert quotes == [("يتطلعان إلى مضاعفة حجم التبادل التجاري خلال خمس سنوات", True)]


def test_a_reported_clause_with_a_short_marked_phrase_stays() -> None:
    quotes = _quotes("وقال الوزير إن الحكومة ستواصل العمل مع الشركاء الدوليين لمواجهة ما وصفه «بالإرهاب العابر».")
    assert any(not direct and words.startswith("الحكومة ستواصل") for words, direct in quotes)
