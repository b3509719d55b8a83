"""A preacher's title, his prayer or mosque and its town, then his name: he is the subject; a comma closing a
long subject leaves the object after it; a cooperation noun a protest is against is the grievance, no act of
its own. Sentences written for these tests."""

from __future__ import annotations

from marsad.api import analyze


def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = analyze(text, published="2015-08-01")
    return [(e.cameo_code, e.source and e.source.actor_code, e.target and e.target.actor_code) for e in doc.events]


def test_the_preacher_named_after_his_town_calls() -> None:
    sides = _sides("وقالت الشرطة الاتحادية إنها قتلت عشرة مسلحين. من جهة ثانية، دعا خطيب صلاة الجمعة في محافظة "
                   "كربلاء عبدالمهدي الكربلائي، الحكومة العراقية إلى التعامل مع طلبات المواطنين.")
    assert ("020", "IRQREL", "IRQGOV") in sides


def test_a_cooperation_noun_protested_against_is_no_act() -> None:
    sides = _sides("وأعلن البنك المركزي الروسي خفض الفائدة. وينظم أعضاء النقابات الأسترالية احتجاجا على اتفاقية "
                   "التجارة الحرة مع الصين.")
    assert not any(code.startswith("06") for code, _, _ in sides)
