"""Actors named by description: coalitions, movement nisbas, short forms, forces, office titles, crowds,
and the media / location flags the role choice relies on. Sentences written for these tests."""

from __future__ import annotations

from eventdocs import actor_by_text, build_doc, sentence_actor_list

from marsad.doc import Actor, Mention
from marsad.events.actors import is_location, is_media
from marsad.events.cues import load_cues

CUES = load_cues()

SAADA = {"id": "gpe.saada", "type": "GPE", "en": "Saada", "iso3": "YEM", "forms": ["صعدة"]}
MOSUL = {"id": "gpe.mosul", "type": "GPE", "en": "Mosul", "iso3": "IRQ", "forms": ["الموصل"]}
ALEPPO = {"id": "gpe.aleppo", "type": "GPE", "en": "Aleppo", "iso3": "SYR", "forms": ["حلب"]}
TAIZ = {"id": "gpe.taiz", "type": "GPE", "en": "Taiz", "iso3": "YEM", "forms": ["تعز"]}


actors = sentence_actor_list
by_text = actor_by_text


def test_a_bare_coalition_is_the_one_fighting_where_the_sentence_is():
    yemen = actors(build_doc("وشنت قوات التحالف غارات على مواقع في محافظة صعدة.", [SAADA]))
    coalition = by_text(yemen, "قوات التحالف")
    assert coalition is not None and coalition.actor.actor_code == "SAUMIL"
    iraq = actors(build_doc("وأعلن التحالف أن طائراته قصفت مواقع قرب الموصل.", [MOSUL]))
    assert by_text(iraq, "التحالف").actor.entity_id == "org.global-coalition"
    nowhere = actors(build_doc("وأعلن التحالف انتهاء العملية.", []))
    assert by_text(nowhere, "التحالف") is None


def test_a_coalition_named_earlier_wins_over_the_theatre():
    named = {"id": "org.global-coalition", "type": "ORG", "en": "Global Coalition to Defeat ISIS",
             "code": "IGO", "forms": ["التحالف الدولي"]}
    doc = build_doc("رحب التحالف الدولي بالاتفاق. وقال التحالف إن طائراته حلقت فوق صعدة.", [named, SAADA])
    assert by_text(actors(doc, 1), "التحالف").actor.entity_id == "org.global-coalition"


def test_movement_nisbas_and_group_nouns_name_the_movement():
    doc = build_doc("هاجمت الميليشيات الحوثية مواقع الجيش، وقتل مسلحون حوثيون في تعز.", [TAIZ])
    found = actors(doc)
    assert by_text(found, "الميليشيات الحوثية").actor.actor_code == "YEMREB"
    assert by_text(found, "مسلحون حوثيون").actor.canonical_en == "Houthis"
    head = actors(build_doc("واتهم الوزير ميليشيات الحوثي بقصف الأحياء.", []))
    assert by_text(head, "ميليشيات الحوثي") is not None
    # the masculine singular alone is also a surname: no actor without a group noun before it
    assert not actors(build_doc("وقال الحوثي في كلمة متلفزة إن الحرب طويلة.", []))


def test_a_definite_head_alone_refers_back_to_the_organisation_it_heads():
    resistance = {"id": "org.pr", "type": "ORG", "en": "Popular Resistance", "iso3": "YEM", "code": "YEMREB",
                  "forms": ["المقاومة الشعبية"]}
    doc = build_doc("تقدمت المقاومة الشعبية في المدينة. وقالت المقاومة إنها سيطرت على التلال. "
                    "وأعلنت المقاومة الوطنية تشكيل قيادة.", [resistance])
    short = by_text(actors(doc, 1), "المقاومة")
    assert short is not None and short.actor.entity_id == "org.pr"
    assert by_text(actors(doc, 2), "المقاومة") is None  # "المقاومة الوطنية" is another name


def test_forces_of_a_person_or_state_are_its_military():
    hadi = {"id": "per.hadi", "type": "PER", "en": "Hadi", "iso3": "YEM", "code": "YEMGOV", "forms": ["هادي"]}
    doc = build_doc("سيطرت القوات الموالية للرئيس هادي على المدينة بعد انسحاب قوات هادي السابقة.", [hadi])
    found = actors(doc)
    loyal = by_text(found, "القوات الموالية للرئيس هادي")
    assert loyal is not None and loyal.actor.actor_code == "YEMMIL"
    assert by_text(found, "قوات هادي").actor.actor_code == "YEMMIL"


def test_armed_men_of_a_named_group_are_the_group_and_the_attackers_refer_back():
    isis = {"id": "org.isis", "type": "ORG", "en": "Islamic State", "code": "IMGMOSREB", "forms": ["تنظيم داعش"]}
    doc = build_doc("هاجم مسلحون من تنظيم داعش حاجزا للشرطة. وقال الضابط إن المهاجمين فروا.", [isis])
    assert by_text(actors(doc, 0), "مسلحون من تنظيم داعش").actor.actor_code == "IMGMOSREB"
    assert by_text(actors(doc, 1), "المهاجمين").actor.entity_id == "org.isis"


def test_rebels_with_the_article_are_the_national_rebellion_named_before():
    pkk = {"id": "org.pkk", "type": "ORG", "en": "PKK", "iso3": "TUR", "code": "TURREB", "forms": ["حزب العمال"]}
    doc = build_doc("أعلن حزب العمال مسؤوليته. وقصفت الطائرات مواقع المتمردين في الجبال.", [pkk])
    assert by_text(actors(doc, 1), "المتمردين").actor.entity_id == "org.pkk"
    alone = actors(build_doc("وقصفت الطائرات مواقع المتمردين قرب حلب.", [ALEPPO]))
    assert by_text(alone, "المتمردين").actor.actor_code == "SYRREB"


def test_an_office_title_alone_is_the_holder_named_earlier():
    chief = {"id": "per.sg", "type": "PER", "en": "Secretary General X", "iso3": "EGY", "code": "EGYGOV",
             "role": "secretary_general", "forms": ["نبيل عمرو"]}
    text = "استقبل نبيل عمرو الوفد. وأكد الأمين العام أن الاجتماع مثمر."
    doc = build_doc(text, [chief])
    start = text.index("الأمين العام")
    doc.mentions.append(Mention(start, start + len("الأمين العام"), "الأمين العام", "ROLE", kind="role",
                                role="secretary_general"))
    title = by_text(actors(doc, 1), "الأمين العام")
    assert title is not None and title.actor.entity_id == "per.sg"


def test_civilians_and_counted_nationals_are_people_of_the_country():
    found = actors(build_doc("قصفت الطائرات منازل المواطنين في مدينة حلب.", [ALEPPO]))
    assert by_text(found, "المواطنين").actor.actor_code == "SYRCVL"
    counted = actors(build_doc("ونزح مئات اليمنيين من القرى.", [], nisbas={"اليمنيين": "YEM"}))
    assert by_text(counted, "اليمنيين").actor.actor_code == "YEMCVL"
    settlers = actors(build_doc("وهاجم مستوطنون منازل قرب حلب.", [ALEPPO]))
    assert by_text(settlers, "مستوطنون").actor.country_iso3 == "ISR"


def test_descriptive_names_stand_for_known_actors():
    found = actors(build_doc("وحذرت القوى الكبرى من التصعيد، ورحبت دول الخليج بالقرار.", []))
    assert by_text(found, "القوى الكبرى").actor.canonical_en == "P5+1"
    assert by_text(found, "دول الخليج").actor.actor_code == "IGOGCC"


def test_media_and_locations_are_flagged():
    afp = {"id": "org.afp", "type": "ORG", "en": "AFP", "code": "MED", "forms": ["وكالة فرانس برس"]}
    paper = {"id": "org.paper", "type": "ORG", "en": "Hurriyet", "forms": ["صحيفة حريت"]}
    doc = build_doc("وقال المصدر لوكالة فرانس برس ولصحيفة حريت إن الاشتباكات تجددت في مدينة تعز وزار الوزير تعز.",
                    [afp, paper, TAIZ])
    found = actors(doc)
    assert is_media(by_text(found, "وكالة فرانس برس")) and is_media(by_text(found, "صحيفة حريت"))
    places = [a for a in found if a.actor.entity_id == "gpe.taiz"]
    assert [is_location(a) for a in places] == [True, False]
    assert is_media(Actor(actor_code="SAUMED")) and not is_media(Actor(actor_code="SAUGOV"))
