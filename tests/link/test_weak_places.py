"""Towns whose names are also words (حائل "barrier", الرس, أملج): linked after محافظة, and where the tagger
reads them as places in an article about their country (marsad.stages.mentions, marsad.link.tagged)."""

from __future__ import annotations

import pytest

from marsad.config import Config
from marsad.doc import Document, Mention
from marsad.link.tagged import merge_tagged
from marsad.pipeline import Pipeline


@pytest.fixture(scope="module")
def linker():
    import marsad.stages  # noqa: F401

    return Pipeline(["text", "mentions", "entities"], Config())


def names(doc: Document) -> list[tuple[str, str | None]]:
    return [(m.text, m.kb_id) for m in doc.mentions if m.kind == "name"]


def test_governorate_is_a_place_cue_not_his_governor(linker):
    doc = linker(Document(text="وستعقد الورشة الرابعة في محافظة أملج، كما قام مكتب العمل بمحافظة الرس بحملة."))
    assert ("أملج", "gpe.umluj-sa") in names(doc)
    assert ("الرس", "gpe.ar-rass-sa") in names(doc)
    assert not [m for m in doc.mentions if m.kind == "role"]


def test_governorate_cue_reads_an_unknown_name(linker):
    doc = linker(Document(text="وقع الحادث في محافظة الشملي صباح أمس."))
    assert [m.text for m in doc.mentions if m.kind == "name" and m.type == "GPE"] == ["محافظة الشملي"]


def test_his_governor_written_with_ha_stays_a_role(linker):
    doc = linker(Document(text="وأكد محافظه أن العمل مستمر."))
    assert [m.kind for m in doc.mentions] == ["role"]


def test_quantified_cue_opens_no_name(linker):
    doc = linker(Document(text="وكانت عدن أول محافظة تحررت، على أن تتولى كل محافظة تجنيد شبابها."))
    assert not [m for m in doc.mentions if m.kind == "name" and m.text.startswith("محافظة")]


def _tagged(doc: Document, name: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(name, start + 1)
    return Mention(start, start + len(name), name, "LOC", origin="tagger", score=0.8)


SAUDI = "كشفت أمانة حائل أن زوار صيف حائل في المملكة العربية السعودية زادوا، وقالت الرياض إن الموسم ناجح."


def test_tagged_weak_town_of_the_articles_country_links(linker):
    doc = linker(Document(text=SAUDI))
    found = [_tagged(doc, "حائل"), _tagged(doc, "حائل", 1)]
    doc.entities = merge_tagged(doc, found, doc.entities, _kb())
    hail = [e for e in doc.entities if e.kb_id == "gpe.hail-sa"]
    assert len(hail) == 1 and len(hail[0].mentions) == 2
    assert hail[0].canonical_en == "Ha'il" and hail[0].country_iso3 == "SAU"
    assert all(m.entity_id == "gpe.hail-sa" and m.country_iso3 == "SAU" for m in found)


def test_tagged_weak_town_of_another_country_stays_new(linker):
    # Duma is a weak alias of the Syrian town; in a Palestinian report the village is not Syria's
    doc = linker(Document(text="أحرق مستوطنون منزلا في قرية دوما قرب نابلس، وقالت السلطة الفلسطينية في رام الله "
                               "إن الفلسطينيين في الضفة الغربية غاضبون. وشيع الأهالي الضحية في دوما."))
    found = [_tagged(doc, "دوما", 1)]
    doc.entities = merge_tagged(doc, found, doc.entities, _kb())
    assert found[0].kb_id is None and found[0].entity_id.startswith("new:")


def test_without_a_knowledge_base_nothing_links(linker):
    doc = linker(Document(text=SAUDI))
    found = [_tagged(doc, "حائل")]
    doc.entities = merge_tagged(doc, found, doc.entities)
    assert found[0].kb_id is None


def _kb():
    from marsad.kb import load_kb

    return load_kb(Config())
