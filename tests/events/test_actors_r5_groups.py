"""Round-five actor recognition: religious communities, unnamed officials, a country whose name is its
feminine nisba after a state noun. Sentences written for these tests."""

from __future__ import annotations

from eventdocs import actor_by_text, build_doc, code_events, sentence_actor_list

IRAN = {"id": "gpe.IRN", "type": "GPE", "en": "Iran", "iso3": "IRN", "code": "IRN", "forms": ["إيران"]}
TEHRAN = {"id": "gpe.tehran", "type": "GPE", "en": "Tehran", "iso3": "IRN", "code": "IRNGOV",
          "role": "capital", "forms": ["طهران"]}
YEMEN = {"id": "gpe.YEM", "type": "GPE", "en": "Yemen", "iso3": "YEM", "code": "YEM", "forms": ["اليمن"]}
SAUDI = {"id": "gpe.SAU", "type": "GPE", "en": "Saudi Arabia", "iso3": "SAU", "code": "SAU",
         "forms": ["السعودية"]}
ENVOY = {"id": "per.envoy", "type": "PER", "en": "Hans Berger", "code": "NGOHLH", "forms": ["هانس برغر"]}
MUFTI = {"id": "per.mufti", "type": "PER", "en": "Omar Nadim", "iso3": "EGY", "code": "EGYREL",
         "forms": ["عمر نديم"]}


def test_the_faithful_at_large_are_a_religion_with_no_country():
    doc = build_doc("دعا الشيخ عمر نديم المسلمين في إيران إلى ضبط النفس.", [MUFTI, IRAN])
    muslims = actor_by_text(sentence_actor_list(doc), "المسلمين")
    assert muslims is not None and muslims.actor.actor_code == "MOS" and muslims.actor.country_iso3 is None


def test_a_two_word_name_of_the_muslim_community_is_one_actor():
    doc = build_doc("وناشد الشيخ عمر نديم الأمة الإسلامية نبذ الفرقة.", [MUFTI])
    umma = actor_by_text(sentence_actor_list(doc), "الأمة الإسلامية")
    assert umma is not None and umma.actor.actor_code == "MOS"


def test_a_sect_is_the_community_of_the_country_it_is_named_in():
    doc = build_doc("وهدمت السلطات مسجدا لأهل السنة في طهران.", [TEHRAN])
    sunnis = actor_by_text(sentence_actor_list(doc), "أهل السنة")
    assert sunnis is not None and sunnis.actor.actor_code == "IRNMOSSUN"


def test_an_appeal_to_muslims_targets_the_religion():
    doc = code_events("دعا الشيخ عمر نديم المسلمين إلى نبذ العنف.", [MUFTI])
    appeal = next(e for e in doc.events if e.cameo_code.startswith("02"))
    assert appeal.target is not None and appeal.target.actor_code == "MOS"


def test_senior_officials_are_the_government_of_the_place():
    doc = build_doc("وسيجري هانس برغر محادثات مع مسؤولين كبار في اليمن.", [ENVOY, YEMEN])
    officials = actor_by_text(sentence_actor_list(doc), "مسؤولين كبار")
    assert officials is not None and officials.actor.actor_code == "YEMGOV"


def test_talks_with_senior_officials_have_a_target():
    doc = code_events("وأجرى هانس برغر محادثات مع مسؤولين كبار في اليمن أمس.", [ENVOY, YEMEN])
    talks = [e for e in doc.events if e.cameo_code.startswith("04")]
    assert talks and talks[0].target is not None and talks[0].target.actor_code == "YEMGOV"


def test_a_country_named_by_its_nisba_after_a_state_noun_is_that_state_body():
    doc = build_doc("وقال الوزير إنه اتفق مع الحكومة السعودية على إصلاح محطة الكهرباء.", [SAUDI])
    found = sentence_actor_list(doc)
    government = actor_by_text(found, "الحكومة السعودية")
    assert government is not None and government.actor.actor_code == "SAUGOV"
    assert actor_by_text(found, "السعودية") is None


def test_the_country_name_elsewhere_stays_the_country():
    found = sentence_actor_list(build_doc("وهبطت طائرة الإغاثة السعودية في المطار.", [SAUDI]))
    assert actor_by_text(found, "السعودية").actor.actor_code == "SAU"


def test_the_bare_minister_refers_back_to_the_minister_named_before():
    from marsad.api import analyze

    doc = analyze("قال وزير الخارجية السعودي عادل الجبير إن المملكة تدعم اليمن. وأضاف الوزير أن الرياض ترحب بالاتفاق.",
                  published="2015-07-23")
    minister = actor_by_text(sentence_actor_list(doc, 1), "الوزير")
    assert minister is not None and minister.actor.entity_id == "per.adel-al-jubeir"


USA = {"id": "gpe.USA", "type": "GPE", "en": "United States", "iso3": "USA", "code": "USA", "forms": ["الولايات المتحدة"]}


def test_an_unnamed_official_with_a_nisba_is_that_government_and_a_reporter():
    doc = build_doc("وقال مسؤول سعودي إن المملكة ستدعم الحكومة.", [], nisbas={"سعودي": "SAU"})
    official = actor_by_text(sentence_actor_list(doc), "مسؤول سعودي")
    assert official is not None and official.actor.actor_code == "SAUGOV" and official.reporter


def test_an_unnamed_diplomat_with_a_nisba_is_the_doer():
    doc = code_events("وانتقد دبلوماسي إيراني الولايات المتحدة بشدة.", [USA], nisbas={"إيراني": "IRN"})
    criticism = next(e for e in doc.events if e.cameo_code.startswith("11"))
    assert criticism.source.actor_code == "IRNGOV" and criticism.target.actor_code == "USA"


def test_members_of_parliament_with_a_nisba_are_that_legislature():
    doc = build_doc("وطالب نواب عراقيون الحكومة بالتحقيق.", [], nisbas={"عراقيون": "IRQ"})
    mps = actor_by_text(sentence_actor_list(doc), "نواب عراقيون")
    assert mps is not None and mps.actor.actor_code == "IRQLEG"
