"""Round-five knowledge-base rules: a settlement's compound name after its cue, the generic minister
office, the Islamic Republic News Agency's full name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from marsad.api import analyze


def _entities(text: str):
    return analyze(text, published="2015-07-20").entities


def _by_text(entities, text: str):
    return next((e for e in entities if any(m.text == text for m in e.mentions)), None)


def test_a_village_whose_name_opens_with_a_palace_word_is_not_the_known_place_inside_it():
    entities = _entities("وقصفت المروحيات منازل في قرية قصر البريج بريف حلب.")
    village = _by_text(entities, "قصر البريج")
    assert village is not None and village.type == "GPE"
    assert not any(e.id == "loc.bureij-camp" for e in entities)


def test_a_town_named_head_of_a_known_city_is_its_own_place():
    entities = _entities("وسيطر المقاتلون على بلدة رأس العين قرب الحدود.")
    assert _by_text(entities, "رأس العين") is not None
    assert not any(m.text == "العين" for e in entities for m in e.mentions)


def test_the_known_camp_after_its_own_cue_still_links():
    entities = _entities("وزار الوفد مخيم البريج وسط قطاع غزة.")
    assert any(e.id == "loc.bureij-camp" for e in entities)


@pytest.mark.parametrize("text", ["كشف وزير يمني أن الحكومة ستعود إلى عدن.", "وقالت وزيرة يمنية إن الحكومة ستعود."])
def test_a_minister_of_no_portfolio_with_a_nisba_is_that_government(text):
    ministers = [e for e in _entities(text) if e.role == "minister"]
    assert ministers and ministers[0].actor_code == "YEMGOV"


def test_the_agency_of_the_islamic_republic_is_a_news_medium_not_the_state():
    entities = _entities("ونقلت وكالة أنباء الجمهورية الإسلامية الإيرانية عن المسؤول قوله إن البرلمان سيصوت.")
    agency = _by_text(entities, "وكالة أنباء الجمهورية الإسلامية الإيرانية")
    assert agency is not None and agency.actor_code == "IRNMED"
    assert agency.canonical_en == "Islamic Republic News Agency"


def test_a_title_word_is_never_a_generated_surname():
    entities = _entities("ووصف رئيس مجلس علماء باكستان الشيخ طاهر محمد الأشرفي التفجيرات بالإرهاب.")
    assert not any(e.id == "per.hussein-al-sheikh" for e in entities)
    ashrafi = next(e for e in entities if e.id == "per.tahir-ashrafi")
    assert any(m.text == "رئيس مجلس علماء باكستان" for m in ashrafi.mentions)


@pytest.mark.parametrize(("text", "kb_id"), [
    ("وتسعى إيران إلى زعزعة أمن بلاد الحرمين الشريفين.", "gpe.SAU"),
    ("وقصفت الحركة الحوثية مواقع في تعز.", "org.houthis"),
    ("وأعلنت هيئة الطاقة الذرية الإيرانية تشغيل أجهزة جديدة.", "org.aeoi"),
])
def test_round_five_aliases_link(text, kb_id):
    assert any(e.id == kb_id for e in _entities(text))


def test_a_body_followed_by_a_country_name_that_is_its_nisba_belongs_to_that_country():
    entities = _entities("وصل المبعوث إلى عدن في اليمن. وقالت وزارة الخارجية السعودية إن الرياض تدعم الحكومة.")
    ministry = _by_text(entities, "وزارة الخارجية السعودية")
    assert ministry is not None and ministry.actor_code == "SAUGOV"
    assert not any(e.id == "gpe.SAU" for e in entities)


def test_a_man_called_by_his_fathers_name_links_where_he_is_named_in_full():
    entities = _entities("بن فرحان يبحث التطورات مع نظيره. وقال الأمير فيصل بن فرحان إن المملكة تدعم الحوار.")
    prince = next(e for e in entities if e.id == "per.faisal-bin-farhan")
    assert any(m.text == "بن فرحان" for m in prince.mentions)


def test_the_fathers_name_alone_links_nobody():
    assert not any(e.type == "PER" for e in _entities("وقال بن فرحان إن الحوار مستمر."))


def test_a_small_town_joined_by_or_to_a_town_of_the_main_country_is_a_place():
    entities = _entities("وصلت القوات إلى عدن في اليمن. وتسعى الحكومة اليمنية لإيصال المعونات سواء في لحج أو الضالع.")
    assert any(e.id == "gpe.ad-dali-ye" for e in entities)
