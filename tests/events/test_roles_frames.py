"""Source and target across clause frames, on sentences written for these tests: reports (a speaker,
the paper spoken to, the source cited), clauses after إن/أن, relative clauses, and the owners and
victims of violent acts."""

from eventdocs import code_events

HOUTHIS = {"id": "houthis", "type": "ORG", "en": "Houthis", "iso3": "YEM", "code": "YEMREB",
           "forms": ["الحوثيين", "المسلحين الحوثيين"]}
RESISTANCE = {"id": "resistance", "type": "ORG", "en": "Popular Resistance", "iso3": "YEM", "code": "YEMREB",
              "forms": ["المقاومة الشعبية", "المقاومة"]}
DPA = {"id": "dpa", "type": "ORG", "en": "dpa", "iso3": "DEU", "code": "DEUMED",
       "forms": ["وكالة الأنباء الألمانية"]}
TAIZ = {"id": "taiz", "type": "GPE", "en": "Taiz", "iso3": "YEM", "forms": ["تعز"]}
ISIS = {"id": "isis", "type": "ORG", "en": "Islamic State", "code": "IMGMOSREB", "forms": ["داعش", "تنظيم داعش"]}
NUSRA = {"id": "nusra", "type": "ORG", "en": "al-Nusra Front", "iso3": "SYR", "code": "SYRREB",
         "forms": ["جبهة النصرة"]}
COALITION = {"id": "coalition", "type": "ORG", "en": "Global Coalition", "code": "IGO",
             "forms": ["التحالف الدولي"]}
IRAN = {"id": "iran", "type": "GPE", "en": "Iran", "iso3": "IRN", "code": "IRN", "forms": ["إيران"]}
CARTER = {"id": "carter", "type": "PER", "en": "Ash Carter", "iso3": "USA", "code": "USAGOV", "forms": ["كارتر"]}
BAGHDAD = {"id": "baghdad", "type": "GPE", "en": "Baghdad", "iso3": "IRQ", "role": "capital", "forms": ["بغداد"]}
MOSUL = {"id": "mosul", "type": "GPE", "en": "Mosul", "iso3": "IRQ", "forms": ["الموصل"]}
SYR_ARMY = {"id": "saa", "type": "ORG", "en": "Syrian Army", "iso3": "SYR", "code": "SYRMIL",
            "forms": ["الجيش السوري"]}
SOHR = {"id": "sohr", "type": "ORG", "en": "Syrian Observatory for Human Rights", "code": "NGO",
        "forms": ["المرصد السوري لحقوق الإنسان"]}


_NAMES = {spec["en"]: spec["id"] for spec in (HOUTHIS, RESISTANCE, DPA, TAIZ, ISIS, NUSRA, COALITION, IRAN, CARTER,
                                              BAGHDAD, MOSUL, SYR_ARMY, SOHR)}


def _sides(ev):
    """(root, source, target) by the test's ids; by name, since the actor stage may find a described
    actor ("المسلحين الحوثيين") in its own knowledge base first."""
    def key(actor):
        if actor is None:
            return None
        return _NAMES.get(actor.canonical_en or "") or actor.entity_id or actor.actor_code
    return ev.cameo_root, key(ev.source), key(ev.target)


def _keys(doc):
    return {k for ev in doc.events for k in _sides(ev)[1:]}


def test_the_paper_spoken_to_takes_no_part_in_the_reported_clause():
    doc = code_events("وقال مسؤول عسكري لوكالة الأنباء الألمانية إن الحوثيين قصفوا مواقع المقاومة الشعبية في تعز.",
                      [HOUTHIS, RESISTANCE, DPA, TAIZ])
    assert [_sides(e) for e in doc.events] == [("19", "houthis", "resistance")]


def test_a_multiword_predicate_takes_the_actor_right_after_it_as_its_object():
    doc = code_events("وقال المصدر لوكالة الأنباء الألمانية إن المقاومة قطعت طرق إمداد الحوثيين.",
                      [HOUTHIS, RESISTANCE, DPA])
    assert [_sides(e) for e in doc.events] == [("19", "resistance", "houthis")]


def test_the_source_a_report_cites_is_never_the_target():
    doc = code_events("وقصف الجيش السوري المدينة بحسب المرصد السوري لحقوق الإنسان.", [SYR_ARMY, SOHR])
    assert "sohr" not in _keys(doc)
    assert [_sides(e)[:2] for e in doc.events] == [("19", "saa")]


def test_a_clause_after_anna_whose_subject_is_no_actor_borrows_nobody():
    doc = code_events("ووصل كارتر إلى بغداد أمس. وقال كارتر إن الوفد سيزور الموصل غدا.", [CARTER, BAGHDAD, MOSUL])
    assert ("04", "carter", "mosul") not in [_sides(e) for e in doc.events]


def test_relative_clause_with_a_pronoun_object_targets_the_noun_before_it():
    doc = code_events("وتحدث الوزير عن تنظيم داعش الذي تقاتله إيران في العراق.", [ISIS, IRAN])
    assert [_sides(e) for e in doc.events] == [("19", "iran", "isis")]


def test_relative_clause_without_a_pronoun_has_the_noun_before_it_as_subject():
    doc = code_events("وزار كارتر بغداد لبحث الحرب على التنظيم الذي يسيطر على الموصل.", [CARTER, BAGHDAD, MOSUL])
    assert not [e for e in doc.events if e.cameo_root == "19"]


def test_a_verb_after_an_indefinite_strike_noun_describes_the_strike():
    doc = code_events("وشهدت المنطقة غارات مكثفة لطائرات التحالف الدولي استهدفت مواقع وتحركات داعش.", [COALITION, ISIS])
    assert ("19", "coalition", "isis") in [_sides(e) for e in doc.events]
    assert "isis" not in {_sides(e)[1] for e in doc.events}


def test_a_counted_part_of_groups_is_what_a_killing_hits():
    doc = code_events("وقتلت طائرات التحالف الدولي 300 من تنظيم داعش وجبهة النصرة خلال شهر.",
                      [COALITION, ISIS, NUSRA])
    assert [_sides(e) for e in doc.events] == [("19", "coalition", "isis"), ("19", "coalition", "nusra")]


def test_a_counted_part_before_a_passive_killing_is_the_victim():
    doc = code_events("وأفادت مصادر محلية أن 13 عنصرا من الحوثيين قتلوا في تعز.", [HOUTHIS, TAIZ])
    assert [_sides(e)[2] for e in doc.events if e.cameo_root in {"18", "19"}] == ["houthis"]
    assert "houthis" not in {_sides(e)[1] for e in doc.events}


def test_the_pronoun_of_annahum_is_the_group_named_before():
    doc = code_events("وأفادت مصادر بأن المسلحين الحوثيين داهموا منازل في تعز، مشيرة إلى أنهم اعتقلوا "
                      "العشرات من المتظاهرين.", [HOUTHIS, TAIZ])
    arrests = [e for e in doc.events if e.cameo_code.startswith("173")]
    assert [_sides(e)[:2] for e in arrests] == [("17", "houthis")]
