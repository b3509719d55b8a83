"""Coder filters for one act told twice in a sentence or an article: a verb describing an attack
noun, conjuncts of one country, and the crowd of a protest already told. Sentences written for
these tests."""

from eventdocs import code_events

ARMY = {"id": "army", "type": "ORG", "en": "Northland Army", "iso3": "SYR", "code": "SYRMIL",
        "forms": ["الجيش السوري"]}
REBELS = {"id": "front", "type": "ORG", "en": "Valley Front", "iso3": "SYR", "code": "SYRREB",
          "forms": ["جبهة الوادي"]}
MILITIA = {"id": "brigade", "type": "ORG", "en": "Hill Brigade", "iso3": "SYR", "code": "SYRMIL",
           "forms": ["لواء التلال"]}
OTHER = {"id": "legion", "type": "ORG", "en": "River Legion", "iso3": "IRQ", "code": "IRQREB",
         "forms": ["فيلق النهر"]}
MAYOR = {"id": "mayor", "type": "PER", "en": "Karim Haddad", "iso3": "LBN", "code": "LBNGOV",
         "forms": ["كريم حداد"]}
BEIRUT = {"id": "beirut", "type": "GPE", "en": "Beirut", "iso3": "LBN", "role": "capital",
          "forms": ["بيروت"]}


def _violent(doc):
    return [e for e in doc.events if e.cameo_root in {"18", "19", "20"}]


def _tellings(doc):
    return sum(len(e.tellings) or 1 for e in doc.events)


def test_verb_describing_an_attack_noun_is_one_act():
    doc = code_events("وكانت غارة جوية أمريكية استهدفت جبهة الوادي في الشهر الماضي.", [REBELS],
                      nisbas={"أمريكية": "USA"})
    violent = _violent(doc)
    assert len(violent) == 1 and _tellings(doc) == 1
    assert violent[0].source.actor_code == "USAMIL" and violent[0].target.entity_id == "front"


def test_relative_verb_of_a_definite_attack_noun_is_one_telling():
    for text in ("وتصاعدت الغارات التي يشنها الجيش السوري على جبهة الوادي منذ أسبوع.",
                 "وقتل عشرة أشخاص في الهجوم الذي يشنه الجيش السوري على جبهة الوادي."):
        doc = code_events(text, [ARMY, REBELS])
        violent = _violent(doc)
        assert len(violent) == 1 and sum(len(e.tellings) or 1 for e in violent) == 1, text
        assert violent[0].source.entity_id == "army" and violent[0].target.entity_id == "front"


def test_verb_with_other_sides_after_an_attack_noun_stays():
    doc = code_events("وشن الجيش السوري هجمات على جبهة الوادي، فيما قصف فيلق النهر مواقع لواء التلال.",
                      [ARMY, REBELS, OTHER, MILITIA])
    pairs = {(e.source.entity_id, e.target.entity_id) for e in _violent(doc) if e.target}
    assert ("army", "front") in pairs and ("legion", "brigade") in pairs


def test_conjuncts_of_one_country_are_one_target():
    doc = code_events("قصف فيلق النهر مواقع جبهة الوادي ولواء التلال في ريف المدينة.", [ARMY, REBELS, OTHER, MILITIA])
    assert len(_violent(doc)) == 1


def test_conjuncts_of_two_countries_are_two_targets():
    doc = code_events("قصف الجيش السوري مواقع جبهة الوادي وفيلق النهر في ريف المدينة.", [ARMY, REBELS, OTHER])
    targets = {e.target.entity_id for e in _violent(doc) if e.target}
    assert targets == {"front", "legion"}


def test_crowd_of_a_protest_already_told_is_not_a_new_protest():
    text = ("تظاهر مئات الأشخاص في بيروت أمس احتجاجا على قرارات كريم حداد. "
            "وأطلق المتظاهرون هتافات غاضبة أمام المبنى. "
            "وأحيا المتظاهرون ذكرى الضحايا في ساحة المدينة.")
    doc = code_events(text, [MAYOR, BEIRUT])
    protests = [e for e in doc.events if e.cameo_root == "14"]
    assert protests and all(e.sentence_index == 0 for e in protests)
    assert all(t.start < text.index(".") for e in protests for t in (e.tellings or [e.trigger]))


def test_crowd_alone_in_a_first_sentence_is_a_protest():
    doc = code_events("وأطلق المتظاهرون هتافات غاضبة أمام مبنى البلدية في بيروت.", [BEIRUT])
    assert any(e.cameo_root == "14" for e in doc.events)


DAMASCUS = {"id": "damascus", "type": "GPE", "en": "Damascus", "iso3": "SYR", "role": "capital",
            "forms": ["دمشق"]}


def test_talks_of_an_envoy_in_a_foreign_city_are_with_the_host():
    doc = code_events("وقال كريم حداد إن مباحثاته في دمشق تناولت الأوضاع على الحدود.", [MAYOR, DAMASCUS])
    talks = [e for e in doc.events if e.cameo_root == "04"]
    assert talks and talks[0].source.entity_id == "mayor" and talks[0].target.actor_code == "SYRGOV"


def test_talks_at_home_name_no_host():
    doc = code_events("وقال كريم حداد إن مباحثاته في بيروت تناولت الأوضاع على الحدود.", [MAYOR, BEIRUT])
    assert not any(e.cameo_root == "04" for e in doc.events)


def test_definite_bombing_described_by_its_own_violent_verb_is_an_attack():
    doc = code_events("وجاء ذلك بعد أيام من التفجير الذي استهدف مقر جبهة الوادي في المدينة.", [REBELS])
    attacks = [e for e in _violent(doc) if e.target and e.target.entity_id == "front"]
    assert attacks and attacks[0].source.actor_code == "UAF" and attacks[0].trigger.text == "التفجير"


def test_definite_attack_only_placed_by_its_relative_clause_refers_back():
    doc = code_events("وقال كريم حداد إن الهجوم الذي وقع في بيروت لن يمر دون حساب.", [MAYOR, BEIRUT])
    assert not any(e.trigger.text == "الهجوم" for e in doc.events)


def test_verb_describing_an_indefinite_bombing_takes_its_code():
    doc = code_events("وكان تفجير انتحاري استهدف مقر جبهة الوادي في المدينة الشهر الماضي.", [REBELS])
    hits = [e for e in _violent(doc) if e.target and e.target.entity_id == "front"]
    assert hits and all(e.cameo_root == "18" for e in hits)


def test_attack_in_the_cause_phrase_of_a_killing_is_that_killing():
    doc = code_events("وتحدث التقرير عن مقتل 300 من عناصر جبهة الوادي جراء غارات الجيش السوري في الشهر الماضي.",
                      [ARMY, REBELS])
    violent = _violent(doc)
    assert len(violent) == 1 and sum(len(e.tellings) or 1 for e in violent) == 1
    assert violent[0].source.entity_id == "army" and violent[0].target.entity_id == "front"


def test_arrival_with_a_guessed_visitor_is_no_visit():
    doc = code_events("وأوضح كريم حداد أن الطائرات المحملة بالأدوية وصلت دمشق صباح أمس.", [MAYOR, DAMASCUS])
    assert not any(e.cameo_code.startswith("042") for e in doc.events)


def test_arrival_of_a_named_visitor_is_a_visit():
    doc = code_events("ووصل كريم حداد إلى دمشق صباح أمس في زيارة تستمر يومين.", [MAYOR, DAMASCUS])
    assert any(e.cameo_code.startswith("042") and e.source.entity_id == "mayor" for e in doc.events)
