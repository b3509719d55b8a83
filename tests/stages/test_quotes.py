"""Stage `quotes`: registration, a hand-built article, and (once entities exist) the seed article."""

from __future__ import annotations

import json
import re

import pytest

from marsad.config import Config
from marsad.doc import Document, Entity, Mention
from marsad.pipeline import REGISTRY
from marsad.stages.quotes import make_quotes_stage
from marsad.stages.text import make_text_stage


def _doc(text: str, surface: str, eid: str) -> Document:
    doc = make_text_stage(Config())(Document(text=text))
    ent = Entity(eid, "PER", eid, country_iso3="FRA")
    ent.mentions = [Mention(m.start(), m.end(), surface, "PER", entity_id=eid)
                    for m in re.finditer(re.escape(surface), text)]
    doc.entities.append(ent)
    return doc


def test_registered_with_its_contract():
    spec = REGISTRY["quotes"]
    assert spec.requires == {"entities"} and spec.assigns == {"quotes"}


def test_stage_finds_direct_and_indirect_quotes():
    doc = _doc("وصل ماكرون إلى الجزائر. وقال ماكرون : جئنا لنفتح صفحة جديدة. وأضاف أن الزيارة ناجحة.",
               "ماكرون", "macron")
    doc = make_quotes_stage(Config())(doc)
    assert [(q.direct, q.text, q.speaker.entity_id) for q in doc.quotes] == [
        (True, "جئنا لنفتح صفحة جديدة", "macron"),
        (False, "الزيارة ناجحة", "macron"),
    ]


def test_seed_article_quotes(seed_doc, shared_dir):
    """The three direct quotes of the seed, each with the gold speaker."""
    if not seed_doc.entities:
        pytest.skip("entities stage not implemented yet")
    gold = json.loads((shared_dir / "examples" / "seed" / "000_5602218fb4d461f4.gold.json").read_text("utf-8"))
    for item in gold["quotes"]:
        hits = [q for q in seed_doc.quotes if q.direct and q.text.startswith(item["first_words"])]
        assert hits and hits[0].speaker and hits[0].speaker.canonical_en == item["speaker"]
