"""Final round of event actors and lexicon forms, through the whole pipeline: accusative attack nouns,
the resistance loyal to the government, refugees after ل + ال, the dual noun وزارتا, and managing to
take ground (تمكن … من السيطرة). Sentences written for these tests."""

from __future__ import annotations

import pytest

from marsad.api import analyze
from marsad.doc import Document


def _events(text: str) -> Document:
    doc = analyze(text, published="2015-08-09")
    for event in doc.events:
        for span in (event.trigger, event.source and event.source.span, event.target and event.target.span):
            if span is not None:
                assert doc.text[span.start:span.end] == span.text
    return doc


def _codes(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = _events(text)
    return [(e.cameo_code, e.source and e.source.actor_code, e.target and e.target.actor_code) for e in doc.events]


@pytest.mark.parametrize("text, expected, target", [
    ("ووجه الطيران الحربي الإسرائيلي قصفا عنيفا على مواقع حماس.", "195", "PSEREB"),  # aircraft: from the air
    ("وخاضت القوات الحكومية اشتباكا مع المتمردين قرب المدينة.", "190", "REB"),
])
def test_accusative_attack_nouns_are_fights(text: str, expected: str, target: str) -> None:
    assert any(code == expected and tgt == target for code, _, tgt in _codes(text))


def test_resistance_loyal_to_the_government_is_the_country_military() -> None:
    found = _codes("واندلعت معارك في اليمن بين المقاومة الموالية للشرعية والمتمردين الحوثيين.")
    assert ("190", "YEMMIL", "YEMREB") in found


def test_refugees_after_contracted_article_are_their_country_people() -> None:
    doc = _events("وقدمت الكويت مساعدات للاجئين السوريين في لبنان.")
    aid = next(e for e in doc.events if e.cameo_code.startswith("07"))
    assert aid.target is not None and aid.target.actor_code == "SYRCVL"
    assert aid.target.span is not None and aid.target.span.text == "لاجئين السوريين"


def test_refugees_with_the_article_are_people_not_government() -> None:
    found = _codes("وقدمت الكويت مساعدات إلى اللاجئين العراقيين في الأردن.")
    assert any(code.startswith("07") and tgt == "IRQCVL" for code, _, tgt in found)


def test_two_ministries_are_not_a_visit() -> None:
    found = _codes("وأكدت وزارتا الخارجية الفرنسية والألمانية دعم لبنان.")
    assert all(code != "042" for code, _, _ in found)


@pytest.mark.parametrize("text", [
    "وتمكن الجيش العراقي من استعادة السيطرة على بلدة قرب الموصل.",
    "وتمكنت القوات الحكومية من السيطرة على مواقع المتمردين.",
])
def test_managing_to_take_ground_is_coded(text: str) -> None:
    found = _codes(text)
    assert any(code == "192" and src and src.endswith("MIL") for code, src, _ in found)


@pytest.mark.parametrize("text", [
    "وشن مسلحو حركة الشباب هجمات على أهداف حكومية في الصومال.",
    "وهاجم مسلحون من حركة الشباب أهدافا حكومية في مقديشو.",
])
def test_government_targets_are_the_country_government(text: str) -> None:
    assert any(code == "190" and tgt == "SOMGOV" for code, _, tgt in _codes(text))
