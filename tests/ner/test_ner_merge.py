"""Merging the tagger's mentions (origin "tagger") into entities: marsad.link.tagged (no ../shared needed).

Documents are built by hand: the `text` stage gives tokens, mentions are written at known offsets, so
these tests do not depend on what the shipped model happens to tag.
"""

from __future__ import annotations

import pytest

from marsad.config import Config
from marsad.doc import Document, Entity, Mention
from marsad.link.tagged import merge_tagged, new_id
from marsad.pipeline import Pipeline


@pytest.fixture(scope="module")
def text_stage():
    import marsad.stages  # noqa: F401

    return Pipeline(["text"], Config())


@pytest.fixture(scope="module")
def linker():
    import marsad.stages  # noqa: F401

    return Pipeline(["text", "mentions", "entities"], Config())


def tagged(doc: Document, name: str, kind: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(name, start + 1)
    return Mention(start, start + len(name), name, kind, origin="tagger", score=0.9)


def check(doc: Document) -> None:
    for ent in doc.entities:
        for m in ent.mentions:
            assert doc.text[m.start:m.end] == m.text
            assert m.entity_id == ent.id


def test_new_names_cluster_by_folded_name_and_surname(text_stage):
    doc = text_stage(Document(text="قال كارلوس فالديزو إن الخطة جيدة. وأضاف فالديزو أن إدارة كارلوس فالديزو ستعمل."))
    found = [tagged(doc, "كارلوس فالديزو", "PER"), tagged(doc, "فالديزو", "PER", nth=1),
             tagged(doc, "كارلوس فالديزو", "PER", nth=1)]
    doc.entities = merge_tagged(doc, found, [])
    check(doc)
    assert len(doc.entities) == 1
    person = doc.entities[0]
    assert person.id == new_id("كارلوس فالديزو") and person.id.startswith("new:")
    assert person.type == "PER" and len(person.mentions) == 3
    assert all(m in doc.mentions for m in found)


def test_surname_before_the_full_name_stays_apart(text_stage):
    doc = text_stage(Document(text="قال فالديزو إن كارلوس فالديزو سيزور البلاد."))
    found = [tagged(doc, "فالديزو", "PER"), tagged(doc, "كارلوس فالديزو", "PER")]
    doc.entities = merge_tagged(doc, found, [])
    assert len(doc.entities) == 2


def test_overlap_with_a_kb_mention_keeps_the_kb_and_misc_is_dropped(text_stage):
    doc = text_stage(Document(text="زار الرئيس ماريو برونتيلي مدينة لاهوريا وحضر كأس العالم."))
    kb = Mention(doc.text.index("ماريو"), doc.text.index("ماريو") + len("ماريو برونتيلي"), "ماريو برونتيلي",
                 "PER", kb_id="Q1", entity_id="Q1")
    doc.mentions = [kb]
    known = Entity("Q1", "PER", "Mario Brontelli", "ماريو برونتيلي", kb_id="Q1", mentions=[kb])
    found = [tagged(doc, "الرئيس ماريو", "PER"), tagged(doc, "لاهوريا", "LOC"), tagged(doc, "كأس العالم", "MISC")]
    doc.entities = merge_tagged(doc, found, [known])
    check(doc)
    assert [e.id for e in doc.entities] == ["Q1", new_id("لاهوريا")]
    assert doc.entities[1].type == "GPE"  # after the cue مدينة
    assert len(doc.entities[0].mentions) == 1
    assert all(m.origin != "tagger" or m.text == "لاهوريا" for m in doc.mentions)


def test_place_without_a_settlement_cue_is_loc_and_org_is_org(text_stage):
    doc = text_stage(Document(text="عبر الوفد نهر فولتارو ثم التقى جمعية النور الخيرية."))
    found = [tagged(doc, "فولتارو", "LOC"), tagged(doc, "جمعية النور الخيرية", "ORG")]
    doc.entities = merge_tagged(doc, found, [])
    assert [(e.type, e.canonical_ar) for e in doc.entities] == [("LOC", "فولتارو"), ("ORG", "جمعية النور الخيرية")]


def test_surname_joins_a_known_person(text_stage):
    doc = text_stage(Document(text="استقبل ماريو برونتيلي الوفد. وقال برونتيلي إن المحادثات مثمرة."))
    start = doc.text.index("ماريو")
    kb = Mention(start, start + len("ماريو برونتيلي"), "ماريو برونتيلي", "PER", kb_id="Q1", entity_id="Q1")
    doc.mentions = [kb]
    known = Entity("Q1", "PER", "Mario Brontelli", "ماريو برونتيلي", kb_id="Q1", mentions=[kb])
    part = tagged(doc, "برونتيلي", "PER", nth=1)
    doc.entities = merge_tagged(doc, [part], [known])
    check(doc)
    assert len(doc.entities) == 1 and part.entity_id == "Q1" and part.kb_id == "Q1"


def test_entities_stage_reads_tagger_mentions_and_ids_are_stable(linker):
    text = "وصل المبعوث ستيفانو كوستيلاري إلى المدينة. وقال كوستيلاري إن المحادثات مستمرة."
    ids = []
    for _ in range(2):
        doc = linker.stages[0][1](Document(text=text))
        doc.mentions = [tagged(doc, "ستيفانو كوستيلاري", "PER"), tagged(doc, "كوستيلاري", "PER", nth=1)]
        for name, fn in linker.stages[1:]:
            doc = fn(doc)
            doc.stages_run.append(name)
        check(doc)
        new = [e for e in doc.entities if e.id.startswith("new:")]
        assert len(new) == 1 and len(new[0].mentions) == 2
        ids.append(new[0].id)
    assert ids[0] == ids[1] == new_id("ستيفانو كوستيلاري")


def test_a_currency_in_an_amount_is_no_organisation(text_stage):
    from marsad.doc import Quantity

    doc = text_stage(Document(text="بلغت القروض 329 مليار ريال، وفاز ريال مدريد أمس."))
    start = doc.text.index("329")
    money = "329 مليار ريال"
    doc.quantities = [Quantity(start, start + len(money), money, 329e9, unit="currency", currency="SAR")]
    found = [tagged(doc, "ريال", "ORG"), tagged(doc, "ريال مدريد", "ORG")]
    doc.entities = merge_tagged(doc, found, [])
    assert [m.text for e in doc.entities for m in e.mentions] == ["ريال مدريد"]
