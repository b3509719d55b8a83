"""Unnamed and half-named actors, second round: two-word crowd nouns, a country name counted after a
number, rebels referring back to an organisation, gunmen with no stated country, suicide bombers,
"المملكة" with no kingdom named, coordinated nisbas. Sentences written for these tests."""

from __future__ import annotations

from eventdocs import actor_by_text, build_doc, sentence_actor_list

from marsad.events.cues import load_cues

CUES = load_cues()

HOMS = {"id": "gpe.homs", "type": "GPE", "en": "Homs", "iso3": "SYR", "forms": ["حمص"]}
LIBYA = {"id": "gpe.LBY", "type": "GPE", "en": "Libya", "iso3": "LBY", "code": "LBY", "forms": ["ليبيا"]}
BENGHAZI = {"id": "gpe.benghazi", "type": "GPE", "en": "Benghazi", "iso3": "LBY", "forms": ["بنغازي"]}
KANDAHAR = {"id": "gpe.kandahar", "type": "GPE", "en": "Kandahar", "iso3": "AFG", "forms": ["قندهار"]}
PKK_LIKE = {"id": "org.pkk", "type": "ORG", "en": "Kurdistan Workers' Party", "code": "TURREB",
            "forms": ["حزب العمال الكردستاني"]}
LEADER = {"id": "per.rebel-leader", "type": "PER", "en": "Rebel Leader", "iso3": "TUR", "code": "TURREB",
          "forms": ["جميل بايك"]}


actors = sentence_actor_list
by_text = actor_by_text


def codes(found) -> list[str | None]:
    return [a.actor.actor_code for a in found]


def test_two_word_crowd_nouns_are_one_actor_of_the_place():
    found = actors(build_doc("وقصفت قوات المعارضة أحياء في حمص، ورد الطيران المروحي بقصف مواقعها.", [HOMS]))
    rebels = by_text(found, "قوات المعارضة")
    assert rebels is not None and rebels.actor.actor_code == "SYRREB" and rebels.last == rebels.first + 1
    helicopters = by_text(found, "الطيران المروحي")
    assert helicopters is not None and helicopters.actor.actor_code == "SYRMIL"


def test_a_two_word_crowd_noun_takes_a_proclitic_on_its_first_word():
    found = actors(build_doc("واندلعت اشتباكات بين الجيش ومقاتلي المعارضة قرب حمص.", [HOMS]))
    fighters = by_text(found, "مقاتلي المعارضة")
    assert fighters is not None and fighters.actor.actor_code == "SYRREB" and fighters.prefix == "و"


def test_a_country_name_counted_after_a_number_is_its_people():
    found = actors(build_doc("وأسفر القصف عن مقتل 14 ليبيا في مدينة بنغازي.", [LIBYA, BENGHAZI]))
    people = by_text(found, "ليبيا")
    assert people is not None and people.actor.actor_code == "LBYCVL" and people.type == "CVL"


def test_a_year_or_a_city_after_a_number_stays_a_place():
    year = actors(build_doc("وزار الوفد في عام 2011 ليبيا مرتين.", [LIBYA]))
    assert by_text(year, "ليبيا").actor.actor_code == "LBY"
    city = actors(build_doc("وقتل 3 بنغازي أمس.", [BENGHAZI]))
    assert by_text(city, "بنغازي").actor.actor_code != "LBYCVL"


def test_rebels_refer_back_to_an_organisation_whose_code_gives_its_country():
    doc = build_doc("قصفت الطائرات مواقع حزب العمال الكردستاني. وقال المتمردون إن الغارات لم تصبهم.", [PKK_LIKE])
    rebels = by_text(actors(doc, 1), "المتمردون")
    assert rebels is not None and rebels.actor.entity_id == "org.pkk"


def test_a_rebel_leader_is_not_the_rebels():
    doc = build_doc("وقال القيادي جميل بايك إن الحرب مستمرة. وهاجم المتمردون موقعا عسكريا.", [LEADER])
    rebels = by_text(actors(doc, 1), "المتمردون")
    assert rebels is None or rebels.actor.entity_id != "per.rebel-leader"


def test_gunmen_of_no_stated_identity_take_no_country_from_the_place():
    found = actors(build_doc("واقتحم مسلحون فندقا في قندهار.", [KANDAHAR]))
    gunmen = by_text(found, "مسلحون")
    assert gunmen is not None and gunmen.actor.actor_code == "UAF" and gunmen.actor.country_iso3 is None


def test_gunmen_with_a_nationality_keep_it():
    found = actors(build_doc("واقتحم مسلحون أفغان فندقا في مدينة بنغازي.", [BENGHAZI]))
    assert by_text(found, "مسلحون").actor.actor_code == "AFGUAF"


def test_a_suicide_bomber_is_an_insurgent_of_the_country_where_he_strikes():
    found = actors(build_doc("وفجر انتحاري نفسه في سوق مزدحمة في قندهار.", [KANDAHAR]))
    assert by_text(found, "انتحاري").actor.actor_code == "AFGINS"


def test_the_kingdom_alone_is_the_kingdom_the_article_is_about():
    king = {"id": "per.king", "type": "PER", "en": "Salman bin Abdulaziz", "iso3": "SAU", "code": "SAUGOV",
            "forms": ["الملك سلمان"]}
    doc = build_doc("استقبل الملك سلمان الوفد. وأعرب الوفد عن شكره للمملكة على دعمها.", [king])
    kingdom = by_text(actors(doc, 1), "لمملكة")
    assert kingdom is not None and kingdom.actor.country_iso3 == "SAU" and kingdom.prefix == "ل"


def test_the_kingdom_alone_names_nobody_when_no_kingdom_is_mentioned():
    doc = build_doc("وأعرب الوفد عن شكره للمملكة على دعمها.", [BENGHAZI])
    assert all(a.actor.country_iso3 is None for a in actors(doc) if a.actor.span.text.endswith("مملكة"))


def test_a_kingdom_named_before_wins_over_the_most_mentioned_one():
    jordan = {"id": "gpe.JOR", "type": "GPE", "en": "Jordan", "iso3": "JOR", "code": "JOR",
              "forms": ["المملكة الأردنية الهاشمية"]}
    king = {"id": "per.king", "type": "PER", "en": "Salman bin Abdulaziz", "iso3": "SAU", "code": "SAUGOV",
            "forms": ["الملك سلمان", "خادم الحرمين"]}
    doc = build_doc("هنأ الملك سلمان وخادم الحرمين المملكة الأردنية الهاشمية. وقالت المملكة إنها ممتنة.",
                    [jordan, king])
    assert by_text(actors(doc, 1), "المملكة").actor.country_iso3 == "JOR"


def test_a_coordinated_nisba_is_a_second_actor_of_its_own_country():
    doc = build_doc("وقصفت القوات الأمريكية والبريطانية مواقع قرب حمص.", [HOMS],
                    nisbas={"الأمريكية": "USA", "البريطانية": "GBR"})
    found = actors(doc)
    assert "USAMIL" in codes(found) and "GBRMIL" in codes(found)
    assert by_text(found, "القوات الأمريكية") is not None


def test_an_anonymous_source_is_that_agent_of_the_place():
    found = actors(build_doc("وقال مصدر عسكري إن الاشتباكات تجددت في قندهار.", [KANDAHAR]))
    source = by_text(found, "مصدر عسكري")
    assert source is not None and source.actor.actor_code == "AFGMIL" and source.last == source.first + 1
    local = actors(build_doc("وأفادت مصادر محلية بسقوط قذائف على قندهار.", [KANDAHAR]))
    assert by_text(local, "مصادر محلية").actor.actor_code == "AFGCVL"


def test_an_anonymous_source_speaks_for_the_body_the_article_named():
    army = {"id": "org.afghan-army", "type": "ORG", "en": "Afghan National Army", "iso3": "AFG", "code": "AFGMIL",
            "forms": ["الجيش الأفغاني"]}
    doc = build_doc("أعلن الجيش الأفغاني بدء عملية في قندهار. وقالت مصادر عسكرية إن العملية نجحت. "
                    "وأضاف الجيش أن الطرق فتحت.", [army, KANDAHAR])
    # the sentences name no place: the article's country (its dateline's) is passed as `home`
    assert by_text(actors(doc, 1, home="AFG"), "مصادر عسكرية").actor.entity_id == "org.afghan-army"
    assert by_text(actors(doc, 2, home="AFG"), "الجيش").actor.entity_id == "org.afghan-army"


def test_a_crowd_noun_does_not_refer_back_to_a_body_of_another_kind():
    ministry = {"id": "org.afg-mod", "type": "ORG", "en": "Ministry of Defense of Afghanistan", "iso3": "AFG",
                "code": "AFGMIL", "forms": ["وزارة الدفاع الأفغانية"]}
    doc = build_doc("أعلنت وزارة الدفاع الأفغانية الحصيلة. وقصف الطيران المروحي مواقع في قندهار.", [ministry, KANDAHAR])
    helicopters = by_text(actors(doc, 1), "الطيران المروحي")
    assert helicopters.actor.entity_id is None and helicopters.actor.actor_code == "AFGMIL"


def test_a_source_or_an_official_of_a_named_actor_speaks_for_it():
    resistance = {"id": "org.resistance", "type": "ORG", "en": "Popular Resistance", "iso3": "YEM",
                  "code": "YEMREB", "forms": ["المقاومة الشعبية"]}
    found = actors(build_doc("وأفاد مصدر في المقاومة الشعبية بأن الهجوم صد.", [resistance]))
    source = by_text(found, "مصدر في المقاومة الشعبية")
    assert source is not None and source.actor.entity_id == "org.resistance"


def test_an_envoy_title_with_its_organisation_is_the_person():
    un = {"id": "org.un", "type": "ORG", "en": "United Nations", "code": "IGOUNO", "forms": ["الأمم المتحدة"]}
    envoy = {"id": "per.envoy", "type": "PER", "en": "Some Envoy", "code": "IGOUNO", "forms": ["كمال الدين يوسف"]}
    found = actors(build_doc("وأعرب مبعوث الأمم المتحدة إلى ليبيا كمال الدين يوسف عن قلقه.", [un, envoy, LIBYA]))
    person = by_text(found, "مبعوث الأمم المتحدة إلى ليبيا كمال الدين يوسف")
    assert person is not None and person.actor.entity_id == "per.envoy"
    assert all(a.actor.entity_id != "org.un" for a in found)


def test_an_envoy_title_without_a_name_leaves_the_organisation():
    un = {"id": "org.un", "type": "ORG", "en": "United Nations", "code": "IGOUNO", "forms": ["الأمم المتحدة"]}
    found = actors(build_doc("وانتقدت الحكومة مبعوث الأمم المتحدة، وقال كمال إن الوضع سيئ.", [un]))
    # the envoy of a body is the body itself, its span taking in the title
    envoy = by_text(found, "مبعوث الأمم المتحدة")
    assert envoy is not None and envoy.actor.entity_id == "org.un"


def test_a_definite_plural_nisba_standing_alone_is_that_people():
    found = actors(build_doc("واستبشر اليمنيون بعودة الحكومة.", [], nisbas={"اليمنيون": "YEM"}))
    assert by_text(found, "اليمنيون").actor.actor_code == "YEMCVL"


def test_a_plural_nisba_after_a_definite_or_owned_noun_is_an_adjective():
    fighters = actors(build_doc("ورحب المقاتلون اليمنيون بالقرار.", [], nisbas={"اليمنيون": "YEM"}))
    assert by_text(fighters, "اليمنيون") is None
    peers = actors(build_doc("والتقى الوزير نظراءه اليمنيين.", [], nisbas={"اليمنيين": "YEM"}))
    assert by_text(peers, "اليمنيين") is None


def test_the_perpetrators_refer_back_to_the_armed_group_named_before():
    group = {"id": "org.isis", "type": "ORG", "en": "Islamic State", "code": "IMGMOSREB", "forms": ["تنظيم داعش"]}
    doc = build_doc("تبنى تنظيم داعش الهجوم على السوق. وتوعد الوزير بملاحقة منفذي الهجوم.", [group])
    doers = by_text(actors(doc, 1), "منفذي")
    assert doers is not None and doers.actor.entity_id == "org.isis"
    alone = actors(build_doc("وتوعد الوزير بملاحقة منفذي الهجوم في قندهار.", [KANDAHAR]))
    assert by_text(alone, "منفذي الهجوم").actor.actor_code == "UAF"


def test_the_article_country_counts_nationality_adjectives_with_places():
    from marsad.events.actors import home_country

    mosul = {"id": "gpe.mosul", "type": "GPE", "en": "Mosul", "iso3": "IRQ", "forms": ["الموصل"]}
    doc = build_doc("قصفت الطائرات التركية مواقع قرب الموصل. وقالت الحكومة التركية إن الغارات التركية مستمرة "
                    "حول الموصل.", [mosul], nisbas={"التركية": "TUR"})
    assert home_country(doc) == "TUR"


def test_sources_in_a_place_do_not_become_the_place():
    found = actors(build_doc("وأفادت مصادر في قندهار بأن القتال توقف.", [KANDAHAR]))
    place = by_text(found, "قندهار")
    assert place is not None and place.type == "GPE" and place.location
