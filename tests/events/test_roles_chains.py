"""Sides that sit one step away from the trigger, on sentences written for these tests: the object of
a clause describing a quoted noun ("أطلق «حربا …» تستهدف X"), an actor deep in a genitive chain after
a demand ("طالب بالالتزام بنصوص ميثاق X"), a demand developed over two sentences, strikes named as the
means of support ("بدعم من الغارات"), and a counted thing as a verb's subject ("وصل بعضها")."""

from eventdocs import code_events, event_sides

PKK = {"id": "pkk", "type": "ORG", "en": "Kurdistan Workers' Party", "iso3": "TUR", "code": "TURREB",
       "forms": ["حزب العمال الكردستاني"]}
MACRON = {"id": "macron", "type": "PER", "en": "Emmanuel Macron", "iso3": "FRA", "code": "FRAGOV",
          "forms": ["إيمانويل ماكرون", "ماكرون"]}
LYON = {"id": "lyon", "type": "GPE", "en": "Lyon", "iso3": "FRA", "forms": ["ليون"]}
ARAB_LEAGUE = {"id": "league", "type": "ORG", "en": "Arab League", "code": "IGOARL",
               "forms": ["جامعة الدول العربية"]}
JORDAN = {"id": "jordan", "type": "GPE", "en": "Jordan", "iso3": "JOR", "code": "JOR", "forms": ["الأردن"]}
TRIBES = {"id": "tribes", "type": "ORG", "en": "Tribal Mobilization", "iso3": "JOR", "code": "JORMIL",
          "forms": ["الحشد العشائري"]}
EGYPT = {"id": "egypt", "type": "GPE", "en": "Egypt", "iso3": "EGY", "code": "EGY", "forms": ["مصر"]}
ISRAEL = {"id": "israel", "type": "GPE", "en": "Israel", "iso3": "ISR", "code": "ISR", "forms": ["إسرائيل"]}

_ALL = (PKK, MACRON, LYON, ARAB_LEAGUE, JORDAN, ISRAEL, TRIBES, EGYPT)


def _sides(doc):
    return event_sides(doc, _ALL, "cameo_root")


def test_a_war_launched_under_a_quoted_name_targets_the_object_of_its_describing_verb():
    doc = code_events("وتظاهر العشرات في ليون. ثم أطلق ماكرون «حربا على التطرف» تستهدف حزب العمال الكردستاني.",
                      [MACRON, PKK, LYON])
    sides = _sides(doc)
    assert ("19", "macron", "pkk") in sides
    assert not [s for s in sides if s[1] == "pkk"]  # the describing verb has the quoted noun as subject


def test_an_actor_deep_in_a_genitive_chain_after_a_demand_is_not_its_addressee():
    doc = code_events("دعا الأردن إسرائيل إلى وقف الاستيطان. وطالب الأردن بالالتزام بنصوص ميثاق جامعة الدول العربية.",
                      [JORDAN, ISRAEL, ARAB_LEAGUE])
    second = [s for s in _sides(doc) if s[0] == "10"]
    assert second and all(s[2] != "league" for s in second)
    # an addressee right after the verb is still the target
    assert ("10", "jordan", "league") in _sides(code_events("وطالب الأردن جامعة الدول العربية بالتحرك.", [JORDAN, ARAB_LEAGUE]))


def test_a_demand_with_no_addressee_right_after_an_appeal_goes_to_the_same_addressee():
    doc = code_events("دعا الأردن إسرائيل إلى وقف الاستيطان، وزار مصر. وطالب الأردن بضرورة احترام القانون الدولي، مشيدا بمصر.",
                      [JORDAN, ISRAEL, EGYPT])
    assert ("10", "jordan", "israel") in _sides(doc)


def test_strikes_named_as_the_support_of_an_advance_are_no_new_attack():
    doc = code_events("وقصفت إسرائيل مواقع الحزب، وتقدمت القوات، بدعم من الغارات والحشد العشائري، نحو المدينة.",
                      [JORDAN, ISRAEL, TRIBES])
    assert not [s for s in _sides(doc) if s[1] == "tribes"]


def test_a_counted_thing_right_after_an_arrival_verb_is_its_subject_not_the_speaker():
    doc = code_events("أرسل الأردن معدات إلى إسرائيل. وقال الأردن إن «بعضها وصل»، و«وصل بعضها مباشرة إلى إسرائيل».",
                      [JORDAN, ISRAEL])
    assert not [s for s in _sides(doc) if s[0] == "04"]


def test_a_strikes_own_means_with_a_pronoun_is_not_its_target():
    doc = code_events("وقصفت إسرائيل مواقع في الجنوب. وقتل عشرون مسلحا جراء ضربات نفذها الأردن وغارات لقواته، "
                      "على مقرات لحزب العمال الكردستاني.", [JORDAN, ISRAEL, PKK])
    assert ("19", "jordan", "pkk") in _sides(doc)
