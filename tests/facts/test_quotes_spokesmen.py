"""Spokesmen named by office alone speak for the body named after "باسم"; "باسم" after a title is never
the given name Basim; a later bare "المتحدث" points back. Sentences written for the test; people invented."""

from __future__ import annotations

import pytest

from marsad.api import analyze
from marsad.doc import Document, Quote

DATE = "2024-05-14"


def _quote(doc: Document, first_words: str) -> Quote:
    found = [q for q in doc.quotes if q.text.startswith(first_words)]
    assert found, f"no quote starting {first_words!r}: {[q.text for q in doc.quotes]}"
    return found[0]


def test_spokesman_of_a_ministry_speaks_for_the_ministry() -> None:
    text = "أعلن المتحدث الرسمي باسم وزارة الداخلية السعودية أن قوات الأمن أوقفت خمسة مطلوبين."
    doc = analyze(text, published=DATE)
    speaker = _quote(doc, "قوات الأمن").speaker
    assert speaker is not None and speaker.country_iso3 == "SAU" and speaker.actor_code == "SAUGOV"
    assert speaker.span.text == "المتحدث الرسمي باسم وزارة الداخلية السعودية"
    assert text[speaker.span.start:speaker.span.end] == speaker.span.text


def test_bare_title_later_is_the_same_spokesman_even_after_a_manner_phrase() -> None:
    doc = analyze("أعلن المتحدث الرسمي باسم وزارة الداخلية السعودية أن قوات الأمن أوقفت خمسة مطلوبين. "
                  "وقال وزير الإعلام إن الحكومة ستنشر التفاصيل لاحقا. "
                  "وأوضح المتحدث في بيان: «إن العملية جاءت بعد متابعة دقيقة».", published=DATE)
    first = _quote(doc, "قوات الأمن").speaker
    later = _quote(doc, "إن العملية").speaker
    assert later is not None and later.actor_code == first.actor_code == "SAUGOV"
    assert later.entity_id == first.entity_id
    assert later.span.text == "المتحدث"


def test_spokesman_keeps_the_turn_for_a_following_quote() -> None:
    doc = analyze("قال الناطق باسم حركة حماس إن الحركة ملتزمة بالتهدئة. "
                  "وأضاف: «لن نقبل بأي شروط جديدة من الاحتلال».", published=DATE)
    assert _quote(doc, "الحركة ملتزمة").speaker.entity_id == "org.hamas"
    assert _quote(doc, "لن نقبل").speaker.entity_id == "org.hamas"


def test_basim_after_a_spokesman_title_is_not_a_person() -> None:
    doc = analyze("وقالت المتحدثة باسم الحكومة الفرنسية إن باريس قلقة من التصعيد.", published=DATE)
    speaker = _quote(doc, "باريس قلقة").speaker
    assert speaker is not None and speaker.actor_code == "FRAGOV"
    assert not any(m.text == "باسم" for m in doc.mentions)


@pytest.mark.parametrize("text, quote, name", [
    # a named spokesman is the person, not the body
    ("وقال المتحدث باسم الهيئة العامة للطيران المهندس سامر الدوسري إن الرحلات ستعود غدا.", "الرحلات ستعود",
     "سامر الدوسري"),
    # باسم after another title is still the given name
    ("وقال مدير المشروع المهندس باسم الخطيب: «سنواصل العمل حتى نهاية الشهر الجاري».", "سنواصل العمل",
     "باسم الخطيب"),
])
def test_a_person_named_after_a_title_is_the_speaker(text: str, quote: str, name: str) -> None:
    speaker = _quote(analyze(text, published=DATE), quote).speaker
    assert speaker is not None and speaker.span.text == name


def test_bare_title_after_a_named_spokesman_in_a_statement_is_him() -> None:
    doc = analyze("أعلن المتحدث باسم الهيئة المهندس رافد الصميدعي أن الطريق سيفتح غدا. "
                  "وقال وزير النقل إن الوزارة ستعوض السائقين. "
                  "وأوضح المتحدث في بيان: «إن فرق الصيانة أنهت عملها في الموعد».", published=DATE)
    first = _quote(doc, "الطريق سيفتح").speaker
    later = _quote(doc, "إن فرق الصيانة").speaker
    assert first is not None and later is not None and later.entity_id == first.entity_id


def test_an_unidentified_speaker_ends_the_last_speakers_turn() -> None:
    doc = analyze("وقال الرئيس المصري عبد الفتاح السيسي إن بلاده تدعم الحل السياسي. "
                  "ويقول محللون إن الأزمة ستطول أشهرا أخرى. "
                  "واعتبر أن الحل يبدأ بوقف إطلاق النار.", published=DATE)
    assert _quote(doc, "بلاده تدعم").speaker.entity_id is not None
    assert _quote(doc, "الأزمة ستطول").speaker is None
    assert _quote(doc, "الحل يبدأ").speaker is None


def test_a_sentence_with_one_attributed_quote_keeps_the_turn() -> None:
    doc = analyze("وقال الرئيس المصري عبد الفتاح السيسي إن بلاده تدعم الحل السياسي. "
                  "وأشارت وثيقة إلى أن المؤتمر ناقش ملف المياه، وأضاف: «لن نفرط في حقوقنا التاريخية». "
                  "وتابع أن القاهرة منفتحة على كل المبادرات الجادة.", published=DATE)
    first = _quote(doc, "بلاده تدعم").speaker
    assert _quote(doc, "القاهرة منفتحة").speaker.entity_id == first.entity_id


def test_a_short_bracket_in_the_speaker_phrase_does_not_end_it() -> None:
    doc = analyze("وقالت قوة الأمم المتحدة المؤقتة في لبنان (يونيفيل) إنها تتابع الوضع بقلق بالغ.",
                  published=DATE)
    speaker = _quote(doc, "تتابع الوضع").speaker
    assert speaker is not None and speaker.actor_code == "IGOUNO"


def test_a_joined_verb_later_in_the_sentence_shares_the_bodys_subject() -> None:
    doc = analyze("ونددت الحكومة اليمنية بالهجوم، واعتبرته «تصعيدا خطيرا يقوض جهود السلام».", published=DATE)
    speaker = _quote(doc, "تصعيدا خطيرا").speaker
    assert speaker is not None and speaker.actor_code == "YEMGOV"


def test_a_body_further_into_the_clause_is_not_the_speaker() -> None:
    doc = analyze("ويتطلع انريكي لقيادة برشلونة إلى تحقيق إنجاز تاريخي وقال: «التحدي هو أن نحقق كل البطولات».",
                  published=DATE)
    speaker = _quote(doc, "التحدي هو").speaker
    assert speaker is None or speaker.canonical_en != "Barcelona"
