"""Round-five linking of places read by rule: a known name nested inside a settlement's name is no
mention of its own, and a settlement unknown to the knowledge base lies in the country of its
sentence's known places, else of the article's. Sentences written for these tests."""

from __future__ import annotations

from marsad.api import analyze
from marsad.doc import Mention
from marsad.link.build import _drop_nested, _place_countries


def _village(doc, text):
    return next(e for e in doc.entities if any(m.text == text for m in e.mentions))


def test_a_new_village_takes_the_country_of_the_known_place_beside_it():
    doc = analyze("وقصفت المروحيات منازل في قرية قصر البريج بريف حلب.", published="2015-07-20")
    assert _village(doc, "قصر البريج").country_iso3 == "SYR"


def test_a_new_village_in_a_sentence_without_known_places_takes_the_article_country():
    doc = analyze("وصلت القوات اليمنية إلى عدن ولحج. وسيطر المقاتلون على بلدة الرضمة بعد معارك.",
                  published="2015-08-09")
    assert _village(doc, "الرضمة").country_iso3 == "YEM"


def test_a_place_the_knowledge_base_knows_keeps_its_own_country():
    mentions = [Mention(0, 5, "عدن", "GPE", kind="name", kb_id="gpe.aden", country_iso3="YEM", sentence=0),
                Mention(10, 20, "قرية نائية", "GPE", kind="name", origin="rule", sentence=0),
                Mention(30, 35, "بيروت", "GPE", kind="name", kb_id="gpe.beirut", country_iso3="LBN", sentence=1)]
    _place_countries(mentions)
    assert [m.country_iso3 for m in mentions] == ["YEM", "YEM", "LBN"]


def test_a_knowledge_base_name_inside_a_rule_place_is_dropped_and_others_kept():
    inner = Mention(5, 11, "البريج", "LOC", kind="name", kb_id="loc.bureij-camp")
    outer = Mention(0, 11, "قصر البريج", "GPE", kind="name", origin="rule")
    alone = Mention(20, 26, "البريج", "LOC", kind="name", kb_id="loc.bureij-camp")
    assert _drop_nested([outer, inner, alone]) == [outer, alone]
