"""The PETRARCH-validation scorer on a hand-written file: parsing (no closing root tag, as published),
category recall/precision and source-country accuracy, with a stub analyser."""

from __future__ import annotations

import pytest

from marsad.doc import Actor, Document, Event, Span
from marsad.errors import GoldError
from marsad.eval.petrarch import load_validation, score_sentences

_XML = """<?xml version='1.0' encoding='utf-8'?>
<Validation><Sentences>
<Sentence category="PROTEST" date="20080101" id="a">
<EventText eid="0" eventtext="تظاهر" sourcetext="" targettext="" />
<EventCoding eid="0" eventcode="" plover="PROTEST" sourcecode="TUN CVL" targetcode="None None" />
<Text>تظاهر مئات التونسيين.</Text>
</Sentence>
<Sentence category="ASSAULT" date="20080102" id="b">
<EventCoding eid="0" eventcode="" plover="ASSAULT" sourcecode="None UAF" targetcode="None None" />
<Text>قتل خمسة أشخاص.</Text>
</Sentence>
"""


def _event(code: str, country: str | None, negated: bool = False) -> Event:
    return Event(code, Span(0, 1, "x"), source=Actor(None, "x", country, (country or "") + "CVL"), negated=negated)


def test_load_validation_reads_unclosed_file(tmp_path):
    path = tmp_path / "v.xml"
    path.write_text(_XML, encoding="utf-8")
    sents = load_validation(path)
    assert [(s.id, s.category, s.source_country, s.published) for s in sents] == \
        [("a", "PROTEST", "TUN", "2008-01-01"), ("b", "ASSAULT", None, "2008-01-02")]


def test_unknown_category_is_an_error(tmp_path):
    path = tmp_path / "v.xml"
    path.write_text(_XML.replace('plover="ASSAULT"', 'plover="AID"').replace('category="ASSAULT"', 'category="AID"'),
                    encoding="utf-8")
    with pytest.raises(GoldError):
        load_validation(path)


def test_scores_categories_and_countries(tmp_path):
    path = tmp_path / "v.xml"
    path.write_text(_XML, encoding="utf-8")
    answers = {"a": [_event("141", "TUN")], "b": [_event("141", None), _event("190", None, negated=True)]}

    def analyse(gold):
        doc = Document(text=gold.text)
        doc.events = answers[gold.id]
        return doc

    rates = score_sentences(load_validation(path), analyse).rates()
    assert rates["recall"] == 0.5  # the negated killing does not count
    assert rates["precision"] == 0.5  # a protest predicted on the assault sentence
    assert rates["source_country_accuracy"] == 1.0
