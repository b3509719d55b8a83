"""Round five: speakers named away from the quote — earlier introductions, bare titles, unnamed military
sources, quotes with no speech verb, patronymics. Sentences written for the test; people invented."""

from __future__ import annotations

from marsad.api import analyze
from marsad.doc import Document, Quote
from marsad.facts.sources import military_source

DATE = "2021-03-04"


def _quote(doc: Document, first_words: str) -> Quote:
    found = [q for q in doc.quotes if q.text.startswith(first_words)]
    assert found, f"no quote starting {first_words!r}: {[q.text for q in doc.quotes]}"
    return found[0]


def _speaker_span(quote: Quote) -> str | None:
    return quote.speaker.span.text if quote.speaker is not None and quote.speaker.span else None


def test_surname_after_a_speech_verb_finds_the_name_introduced_earlier() -> None:
    doc = analyze("زار وزير الزراعة في الحكومة المحلية عبدالمنعم الشطري المزارع المتضررة أمس. "
                  "وقال الشطري: سنعوض كل المزارعين عن خسائرهم هذا العام.", published=DATE)
    quote = _quote(doc, "سنعوض كل")
    assert _speaker_span(quote) == "الشطري"
    entity = next(e for e in doc.entities if e.id == quote.speaker.entity_id)
    assert {m.text for m in entity.mentions} == {"عبدالمنعم الشطري", "الشطري"}


def test_bare_title_after_a_speech_verb_is_the_person_it_introduced() -> None:
    doc = analyze("ودعا المتحدث باسم الهيئة المهندس رافد الصميدعي السكان إلى الحذر. "
                  "وأكد المتحدث «أن فرق الصيانة ستعمل طوال الليل».", published=DATE)
    quote = _quote(doc, "أن فرق الصيانة")
    assert quote.speaker is not None and quote.speaker.entity_id is not None
    entity = next(e for e in doc.entities if e.id == quote.speaker.entity_id)
    assert any(m.text == "رافد الصميدعي" for m in entity.mentions)
    assert _speaker_span(quote) == "المتحدث"


def test_unnamed_military_source_speaks_for_the_article_army() -> None:
    doc = analyze("أعلن الجيش الأمريكي مقتل ثلاثة من جنوده في هجوم. "
                  "وقال أحد المصادر العسكرية إن «الهجوم وقع قرب القاعدة عند الفجر».", published=DATE)
    quote = _quote(doc, "الهجوم وقع قرب")
    assert quote.speaker is not None and (quote.speaker.actor_code or "").endswith("MIL")
    assert quote.speaker.entity_id in {e.id for e in doc.entities}


def test_military_source_needs_an_army_in_the_article() -> None:
    doc = analyze("وقال مصدر عسكري إن الطريق مغلق منذ يومين.", published=DATE)
    cue = next(i for i, t in enumerate(doc.tokens) if t.norm == "وقال")
    assert military_source(doc, doc.tokens, cue) is None


def test_quote_without_speech_verb_right_after_a_titled_name() -> None:
    doc = analyze("واتهم رئيس اللجنة المحلية سردار هوكر «الشركة المنفذة بالتأخير المتعمد في المشروع».",
                  published=DATE)
    assert _speaker_span(_quote(doc, "الشركة المنفذة")) == "سردار هوكر"


def test_name_after_a_comma_in_apposition_is_the_speaker() -> None:
    doc = analyze("وقال مسؤول الإعلام في البلدية، علي الجنابي إن المياه «ستعود إلى الأحياء خلال يومين».",
                  published=DATE)
    assert _speaker_span(_quote(doc, "ستعود إلى الأحياء")) == "علي الجنابي"


def test_unlisted_first_name_with_a_given_patronymic() -> None:
    doc = analyze("من جهته قال دلوفان حسن الذي جاء من المدينة: «نريد أن تعود المدارس إلى العمل».",
                  published=DATE)
    assert _speaker_span(_quote(doc, "نريد أن تعود")) == "دلوفان حسن"


def test_preposition_ala_is_not_the_given_name_ali() -> None:
    doc = analyze("وقال الوزير على هامش المؤتمر إن «الاتفاق سيوقع قريبا بين الطرفين».", published=DATE)
    assert not [e for e in doc.entities if e.id.startswith("new:") and e.type == "PER"]
