"""An institution found by shape takes a genitive with لل only after an adjective ("الهيئة العامة
للاستثمار"); right after the head, the لل word is the head's complement ("استعداد الجامعة للوساطة"), no
name. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze

DATE = "2025-03-04"


def _orgs(text: str) -> list[str]:
    return [m.text for m in analyze(text, published=DATE).mentions if m.type == "ORG"]


def test_a_genitive_right_after_the_head_is_no_name() -> None:
    orgs = _orgs("وأعرب الأمين العام عن استعداد الجامعة للوساطة بين البلدين.")
    assert not [o for o in orgs if "للوساطة" in o]


def test_a_genitive_after_an_adjective_still_ends_the_name() -> None:
    assert "الهيئة الوطنية للانتخابات" in _orgs("أعلنت الهيئة الوطنية للانتخابات النتائج الأولية.")


def test_a_construct_genitive_after_an_adjective_belongs_to_the_name() -> None:
    orgs = _orgs("ودعت الهيئة الوطنية لحقوق الإنسان إلى الحوار.")
    assert "الهيئة الوطنية لحقوق الإنسان" in orgs


def test_a_construct_genitive_right_after_the_head_is_no_name() -> None:
    orgs = _orgs("وأكدت الحكومة لممثلي النقابات استعدادها للحوار.")
    assert not [o for o in orgs if "لممثلي" in o]


def test_a_purpose_after_a_describing_adjective_is_no_genitive() -> None:
    orgs = _orgs("واتهم المعارضون الحزب الحاكم لاستغلال العمليات العسكرية في الحملة.")
    assert not [o for o in orgs if "لاستغلال" in o]
