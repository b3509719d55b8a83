"""Protest and violence coding on sentences written for these tests: unnamed crowds and doers, the
country they are given, patients of verbal nouns, light verbs and killings that are an attack's outcome."""

from eventdocs import code_events

BAGHDAD = {"id": "baghdad", "type": "GPE", "en": "Baghdad", "iso3": "IRQ", "role": "capital", "forms": ["بغداد"]}
ISIS = {"id": "isis", "type": "ORG", "en": "Islamic State", "code": "IMGMOSREB", "forms": ["تنظيم داعش", "داعش"]}
USARMY = {"id": "usarmy", "type": "ORG", "en": "United States Armed Forces", "iso3": "USA", "code": "USAMIL",
          "forms": ["القوات الأمريكية"]}
LEADER = {"id": "leader", "type": "PER", "en": "Abu Bakr", "code": "IMGMOSREB", "forms": ["أبو بكر"]}


_code = code_events


def test_crowd_with_no_place_still_protests_with_agent_only():
    doc = _code("واعتصم المتظاهرون قرب محطة لتوليد الطاقة طوال يومي السبت والأحد.")
    protests = [e for e in doc.events if e.cameo_root == "14"]
    assert protests, doc.events
    assert protests[0].source.actor_code == "CVL" and protests[0].source.country_iso3 is None


def test_crowd_nationality_beats_the_place():
    doc = _code("وتظاهر متظاهرون أفغان أمام السفارة في بغداد.", [BAGHDAD], nisbas={"أفغان": "AFG"})
    protest = next(e for e in doc.events if e.cameo_root == "14")
    assert protest.source.actor_code == "AFGCVL"


def test_protest_noun_without_named_side_is_an_event():
    doc = _code("واندلعت مظاهرات شعبية في بغداد احتجاجا على انقطاع الكهرباء.", [BAGHDAD])
    protest = next(e for e in doc.events if e.cameo_root == "14")
    assert protest.source.actor_code == "IRQCVL"


def test_killing_noun_genitive_is_the_victim_and_ala_yad_the_doer():
    doc = _code("أعلن البنتاغون مقتل أبو بكر على يد القوات الأمريكية.", [LEADER, USARMY])
    kill = next(e for e in doc.events if e.trigger.text == "مقتل")
    assert kill.source.entity_id == "usarmy"
    assert kill.target.entity_id == "leader"


def test_force_nisba_before_the_verb_names_the_doer_country():
    doc = _code("وقامت دبابة إسرائيلية بقصف أحد المنازل في بلدة بيت لاهيا.", nisbas={"إسرائيلية": "ISR"})
    strike = next(e for e in doc.events if e.cameo_root == "19")
    assert strike.source.country_iso3 == "ISR"


def test_killing_beside_a_named_attack_is_its_outcome():
    doc = _code("قتل ثمانية جنود في هجوم شنه مسلحون من تنظيم داعش قرب بغداد.", [ISIS, BAGHDAD])
    violent = [e for e in doc.events if e.cameo_root in {"18", "19", "20"}]
    assert [e.trigger.text for e in violent] == ["هجوم"], violent
    assert violent[0].source.entity_id == "isis"


def test_lone_killing_is_by_an_unidentified_force_of_the_place():
    doc = _code("قتل خمسة أشخاص في بغداد أمس.", [BAGHDAD])
    kill = next(e for e in doc.events if e.cameo_root == "19")
    assert kill.source.actor_code == "IRQUAF"


def test_dawn_is_not_a_bombing():
    doc = _code("وقتل ثلاثة مدنيين فجر اليوم في بغداد.", [BAGHDAD])
    assert not any(e.cameo_code == "183" for e in doc.events)


def test_place_after_fi_is_not_the_doer():
    doc = _code("وفي مدينة بغداد أطلقت دبابة قذائف على المنازل.", [BAGHDAD])
    shell = next(e for e in doc.events if e.cameo_root == "19")
    assert shell.source.entity_id != "baghdad"
