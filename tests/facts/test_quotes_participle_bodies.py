"""A circumstantial speech participle (مؤكدة، مشيرة، موضحة) after a body's statement gives that body's
words; a quotation inside an indirect quote keeps its closing mark. Sentences written for the test."""

from __future__ import annotations

import pytest

from marsad.api import analyze


def _quotes(text: str) -> list[tuple[str | None, str]]:
    doc = analyze(text, published="2025-11-16")
    return [(q.speaker.canonical_en if q.speaker is not None else None, q.text) for q in doc.quotes]


@pytest.mark.parametrize(("text", "speaker"), [
    ("ونفت وزارة الداخلية العراقية أن تكون قواتها قد استخدمت الرصاص الحي، مؤكدة أنها اكتفت بالغاز المسيل للدموع.",
     "Iraqi Ministry of Interior"),
    ("وقالت وزارة الصحة اللبنانية في بيان إن الغارات استهدفت منازل، مشيرة إلى أن فرق الدفاع المدني تبحث عن مفقودين.",
     "Lebanese Ministry of Health"),
], ids=["denial", "statement"])
def test_a_participle_after_a_body_gives_the_body_s_words(text: str, speaker: str) -> None:
    quotes = _quotes(text)
    assert quotes and quotes[-1][0] == speaker, quotes


def test_a_quotation_inside_an_indirect_quote_keeps_its_closing_mark() -> None:
    quotes = _quotes('وقال الجيش الإسرائيلي في بيان إنه استهدف "بنى تحتية تابعة لحزب الله".')
    indirect = [text for _, text in quotes if text.startswith("استهدف")]
    assert indirect == ['استهدف "بنى تحتية تابعة لحزب الله"']


def test_for_its_part_turns_to_another_party() -> None:
    text = ("وحذرت المبعوثة الأممية هانا تيتيه من أن الانقسام يهدد وحدة البلاد. "
            "من جهته، رفض مجلس النواب في شرق البلاد مقترح البعثة، معتبرا أنه تجاوز لصلاحياته.")
    assert _quotes(text)[-1] == (None, "تجاوز لصلاحياته")
