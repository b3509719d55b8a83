"""An indirect quote ends at a clause linker followed by a new speech verb ("…، فيما أكد رئيس مجلس النواب
…": another speaker's turn), and goes on past a linker that only continues the report ("قال إن فلاحا
قتل، بينما نقل ابنه إلى المستشفى"). Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze

DATE = "2025-06-14"


def test_a_linker_before_a_speech_verb_ends_the_quote() -> None:
    text = ('وقال رئيس المجلس الرئاسي محمد المنفي إن الاتفاق "يمثل خطوة مهمة"، فيما أكد رئيس مجلس النواب '
            'عقيلة صالح التزام المجلس بإجراء الانتخابات.')
    quotes = analyze(text, published=DATE).quotes
    indirect = [q for q in quotes if not q.direct]
    assert indirect and "فيما" not in indirect[0].text and "عقيلة" not in indirect[0].text


def test_a_linker_that_goes_on_with_the_report_stays_in_the_quote() -> None:
    text = "وقال مصدر طبي إن فلاحا قتل جراء إصابته برصاصة، بينما نقل ابنه إلى المستشفى."
    quotes = analyze(text, published=DATE).quotes
    assert quotes and "بينما نقل ابنه" in quotes[0].text


def test_a_participle_of_an_act_after_a_comma_is_the_narrators() -> None:
    text = ('وقال مدرب الهلال خورخي جيسوس بعد المباراة إن فريقه "قدم أداء مميزا"، مشيدا بالجماهير التي حضرت.')
    quotes = [q for q in analyze(text, published=DATE).quotes if not q.direct]
    assert quotes and "مشيدا" not in quotes[0].text
