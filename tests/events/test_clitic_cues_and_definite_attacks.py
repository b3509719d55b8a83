"""A pattern ending on the ل written onto its object has that object as target; a definite attack noun
right after أن is the subject of the force verb after it, so the actor after the verb was hit; an
accusation whose cue carries the accused as a pronoun looks no further for a target. Sentences written
for the test."""

from __future__ import annotations

from marsad.api import analyze


def _events(text: str, root: str, published: str = "2015-07-23") -> list:
    return [e for e in analyze(text, published=published).events if e.cameo_code.startswith(root)]


def test_support_for_a_country_written_onto_its_preposition_targets_it() -> None:
    support = _events("أكد جو بايدن نائب الرئيس الأميركي دعم بلاده للعراق في محاربة تنظيم داعش.", "03")
    assert support and support[0].target is not None and support[0].target.country_iso3 == "IRQ", support


def test_what_a_definite_bombing_after_that_targeted_did_not_strike() -> None:
    strikes = _events("وادعى التنظيم في بيان نشر الخميس بأن التفجير في البياع استهدف عناصر من الحشد الشعبي.", "19")
    assert all(e.source is None or e.source.actor_code != "IRQMIL" for e in strikes), strikes


def test_an_accusation_aimed_at_a_pronoun_does_not_reach_the_court() -> None:
    blame = _events("وأعلنت وزارة الداخلية السعودية تنفيذ حكم القتل في جان. وتمكنت سلطات الأمن من القبض على الجاني "
                    "المذكور وأسفر التحقيق معه عن توجيه الاتهام إليه بارتكاب جريمته وبإحالته الى المحكمة العامة صدر "
                    "بحقه صك شرعي.", "11", "2015-08-01")
    assert all(e.target is None or e.target.span is None or "المحكمة" not in e.target.span.text for e in blame), blame
