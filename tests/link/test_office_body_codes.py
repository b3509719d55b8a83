"""A person serving an international body takes that body's actor code while in office and his own
government's code before (the knowledge base's dated roles). Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def _code(text: str, published: str, entity: str) -> str | None:
    doc = analyze(text, published=published)
    return next(e.actor_code for e in doc.entities if e.id == entity)


def test_a_un_envoy_acts_for_the_un_while_in_office() -> None:
    text = "وقال المبعوث الأممي إلى السودان رمطان لعمامرة إن الهدنة فرصة يجب ألا تضيع."
    assert _code(text, "2024-11-10", "per.ramtane-lamamra") == "IGOUNO"


def test_the_same_man_as_foreign_minister_acts_for_his_government() -> None:
    text = "التقى وزير الخارجية الجزائري رمطان لعمامرة نظيره التونسي."
    assert _code(text, "2022-01-10", "per.ramtane-lamamra") == "DZAGOV"


def test_a_regional_secretary_general_acts_for_his_body() -> None:
    text = "وقال الأمين العام لجامعة الدول العربية نبيل العربي إن الجامعة تدعم الحل السياسي."
    assert _code(text, "2015-07-23", "per.nabil-elaraby") == "IGOARL"
