"""A bare definite body noun ("الشرطة") after the article named that body ("الشرطة الإسرائيلية") is it, even
where the place belongs to another country; an arrest with nobody named as arrested targets nobody (no
guessed counterpart); the verb أدوا is no Ethiopian town. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze

TEXT = ("القدس المحتلة - اقتحم مستوطنون إسرائيليون باحات المسجد الأقصى بحماية مشددة من الشرطة الإسرائيلية، وأدوا "
        "طقوسا تلمودية. وقالت الرئاسة الفلسطينية إن الاقتحامات خطيرة، فيما اعتقلت الشرطة ثلاثة من حراس المسجد.")


def test_the_bare_police_is_the_police_named_before_and_arrests_nobody_named() -> None:
    doc = analyze(TEXT, published="2025-04-15")
    arrests = [e for e in doc.events if e.cameo_code == "173"]
    assert [(e.source.entity_id, e.target) for e in arrests] == [("org.israel-police", None)]


def test_a_verb_is_no_town() -> None:
    doc = analyze(TEXT, published="2025-04-15")
    assert not [m.text for m in doc.mentions if m.entity_id == "gpe.adwa-et"]
