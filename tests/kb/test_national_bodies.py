"""National bodies by shape (marsad/kb/national.py) and places after cue words (marsad/kb/cues.py)."""

from __future__ import annotations

import pytest

from marsad.config import Config
from marsad.doc import Document
from marsad.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp():
    import marsad.stages  # noqa: F401

    return Pipeline(["text", "mentions", "entities"], Config())


def entities(nlp, text):
    doc = nlp(Document(text=text, published="2024-01-01"))
    for m in doc.mentions:
        assert doc.text[m.start:m.end] == m.text
    return doc, doc.entities


def test_ministry_with_nisba_gets_country_and_english_name(nlp):
    _, ents = entities(nlp, "وأعلنت وزارة الصحة اللبنانية مقتل ثلاثة أشخاص.")
    (ent,) = [e for e in ents if e.type == "ORG"]
    assert ent.id.startswith("new:") and ent.country_iso3 == "LBN"
    assert ent.canonical_en == "Lebanese Ministry of Health" and ent.actor_code == "LBNGOV"
    assert ent.mentions[0].text == "وزارة الصحة اللبنانية"


def test_army_needs_a_country(nlp):
    _, ents = entities(nlp, "قال الجيش إن الوضع هادئ.")
    assert not [e for e in ents if e.type == "ORG"]
    _, ents = entities(nlp, "وقال الجيش السوداني إن الوضع هادئ.")
    assert [e.actor_code for e in ents if e.type == "ORG"] == ["SDNMIL"]


def test_security_council_with_nisba_is_national(nlp):
    _, ents = entities(nlp, "وقال أمين مجلس الأمن الأرميني إن الهدنة صامدة.")
    orgs = [e for e in ents if e.type == "ORG"]
    assert [e.country_iso3 for e in orgs] == ["ARM"]
    assert all(e.id != "org.unsc" for e in ents)


def test_cue_word_makes_an_unknown_place(nlp):
    doc, ents = entities(nlp, "قتل جندي في بلدة كفرزيتا شرق البلاد، وفي محافظة ديالى.")
    texts = {m.text: e.type for e in ents for m in e.mentions}
    assert texts.get("كفرزيتا") == "GPE"
    assert any(e.id == "gpe.diyala" for e in ents)


def test_weak_place_alias_needs_a_cue(nlp):
    _, ents = entities(nlp, "نصب النازحون الخيام في العراء.")
    assert all(e.id != "gpe.khiam" for e in ents)
    _, ents = entities(nlp, "استهدفت الغارات بلدتي الخيام وعيتا الشعب.")
    ids = {e.id for e in ents}
    assert {"gpe.khiam", "gpe.aita-al-shaab"} <= ids


def test_dual_cue_takes_two_names_without_the_conjunction(nlp):
    _, ents = entities(nlp, "قصفت القوات مواقع في منطقتي كفرزيتا وكرناز أمس.")
    texts = sorted(m.text for e in ents for m in e.mentions if e.type == "GPE")
    assert texts == sorted(["كفرزيتا", "كرناز"])


def test_adjective_after_cue_is_not_a_place(nlp):
    _, ents = entities(nlp, "أعلنت السلطات منطقة عسكرية مغلقة قرب منطقة النزاع.")
    assert not [e for e in ents if e.type in ("GPE", "LOC")]
