"""Knowledge-base entries the event actors rely on, through the whole pipeline: spellings the press
uses for people and bodies of the 2015 wars, and their actor codes. Sentences written for these tests."""

from __future__ import annotations

import pytest

from marsad.api import analyze


def _entity(text: str, kb_id: str):
    doc = analyze(text, published="2015-08-09")
    return next((e for e in doc.entities if (e.kb_id or e.id) == kb_id), None)


@pytest.mark.parametrize("text, kb_id, code", [
    ("وصل رئيس الصليب الأحمر بيتر مورير إلى صنعاء أمس.", "per.peter-maurer", "NGOHLH"),
    ("وقع الوزير الاتفاق مع مدير الهيئة الفيدرالية الروسية للتعاون العسكري التقني في موسكو.", "org.fsvts", "RUSGOV"),
    ("وأعلن الجيش المالي مقتل خمسة مسلحين.", "org.malian-armed-forces", "MLIMIL"),
    ("وقصف الطيران التركي مواقع في شمال العراق.", "org.turkish-air-force", "TURMIL"),
    ("وانتقد قائد القوة البرية الإيرانية التصريحات.", "org.iran-army-ground-force", "IRNMIL"),
    ("وشنت فصائل جيش الفتح هجوما على البلدة.", "org.jaish-al-fatah", "SYRREB"),
])
def test_press_spellings_link_to_the_actor(text: str, kb_id: str, code: str) -> None:
    entity = _entity(text, kb_id)
    assert entity is not None and entity.actor_code == code


def test_a_brother_named_in_full_is_not_the_better_known_namesake() -> None:
    doc = analyze("وقال صلاح الدين ديمرتاش إن شقيقه نور الدين ديمرتاش التحق بالمسلحين.", published="2015-08-01")
    people = {(e.kb_id or e.id) for e in doc.entities if e.type == "PER"}
    assert {"per.selahattin-demirtas", "per.nurettin-demirtas"} <= people
