"""Sides that a clause leaves to its surroundings, on sentences written for these tests: ground taken
from the side that held it, clashes between the sides of the war told, the object inside a split
predicate or after a relative clause, the speaker behind "we", a reporter who only tells, the place a
visit goes to, and the two sides of a call named before a dual verb."""

from eventdocs import code_events

HOUTHIS = {"id": "houthis", "type": "ORG", "en": "Houthis", "iso3": "YEM", "code": "YEMREB", "forms": ["الحوثيين", "الحوثيون"]}
RESISTANCE = {"id": "resistance", "type": "ORG", "en": "Popular Resistance", "iso3": "YEM", "code": "YEMREB",
              "forms": ["المقاومة الشعبية", "المقاومة"]}
TAIZ = {"id": "taiz", "type": "GPE", "en": "Taiz", "iso3": "YEM", "forms": ["تعز"]}
CARTER = {"id": "carter", "type": "PER", "en": "Ash Carter", "iso3": "USA", "code": "USAGOV", "forms": ["كارتر"]}
ABADI = {"id": "abadi", "type": "PER", "en": "Haider al-Abadi", "iso3": "IRQ", "code": "IRQGOV", "forms": ["العبادي"]}
BAGHDAD = {"id": "baghdad", "type": "GPE", "en": "Baghdad", "iso3": "IRQ", "role": "capital", "forms": ["بغداد"]}
IRAN = {"id": "iran", "type": "GPE", "en": "Iran", "iso3": "IRN", "code": "IRN", "forms": ["إيران"]}
SYR_ARMY = {"id": "saa", "type": "ORG", "en": "Syrian Army", "iso3": "SYR", "code": "SYRMIL", "forms": ["الجيش السوري"]}
ALEPPO = {"id": "aleppo", "type": "GPE", "en": "Aleppo", "iso3": "SYR", "forms": ["حلب"]}
ERDOGAN = {"id": "erdogan", "type": "PER", "en": "Recep Tayyip Erdogan", "iso3": "TUR", "code": "TURGOV",
           "forms": ["رجب طيب أردوغان", "أردوغان"]}
OBAMA = {"id": "obama", "type": "PER", "en": "Barack Obama", "iso3": "USA", "code": "USAGOV", "forms": ["باراك أوباما", "أوباما"]}

_ALL = (HOUTHIS, RESISTANCE, TAIZ, CARTER, ABADI, BAGHDAD, IRAN, SYR_ARMY, ALEPPO, ERDOGAN, OBAMA)
_NAMES = {spec["en"]: spec["id"] for spec in _ALL}
_WAR = "وقصف الحوثيون مواقع المقاومة الشعبية أمس. "


def _sides(ev):
    def key(actor):
        if actor is None:
            return None
        return _NAMES.get(actor.canonical_en or "") or actor.entity_id or actor.actor_code
    return ev.cameo_root, key(ev.source), key(ev.target)


def _of(doc, sentence):
    """Events told in `sentence` (a happening told again is merged into its first telling)."""
    def told(ev):
        return ev.sentence_index == sentence or any(
            doc.text[:t.start].count(".") == sentence for t in getattr(ev, "tellings", []))
    return [_sides(e) for e in doc.events if told(e)]


def test_ground_taken_in_the_doers_own_country_targets_the_side_it_fights():
    doc = code_events(_WAR + "وسيطرت المقاومة على مدينة تعز بعد ظهر اليوم.", [HOUTHIS, RESISTANCE, TAIZ])
    assert ("19", "resistance", "houthis") in _of(doc, 1)
    assert "taiz" not in {s[2] for s in _of(doc, 1)}


def test_ground_taken_targets_the_side_the_sentence_says_held_it():
    doc = code_events("سيطرت المقاومة الشعبية على مدينة تعز التي كانت في أيدي الحوثيين.", [HOUTHIS, RESISTANCE, TAIZ])
    assert _of(doc, 0) == [("19", "resistance", "houthis")]


def test_ground_under_a_sides_control_is_no_event():
    doc = code_events(_WAR + "وباتت مدينة تعز تحت سيطرتها منذ أسابيع.", [HOUTHIS, RESISTANCE, TAIZ])
    assert _of(doc, 1) == []


def test_clashes_between_the_two_parties_are_the_war_told_before():
    doc = code_events(_WAR + "وأشار المصدر إلى استمرار اشتباكات عنيفة بين الطرفين في منطقة تعز.",
                      [HOUTHIS, RESISTANCE, TAIZ])
    assert {s[1:] for s in _of(doc, 1)} == {("houthis", "resistance")}


def test_a_place_witnessing_clashes_is_where_they_are_not_who_fights():
    doc = code_events(_WAR + "وتشهد مدينة تعز مواجهات مسلحة منذ أسابيع.", [HOUTHIS, RESISTANCE, TAIZ])
    assert [s[1:] for s in _of(doc, 1)] == [("houthis", "resistance")]


def test_the_object_written_inside_a_split_participle_is_its_target():
    doc = code_events("وقال كارتر إن الوضع خطير، محملا الحوثيين مسؤولية التصعيد.", [CARTER, HOUTHIS])
    assert ("11", "carter", "houthis") in _of(doc, 0)


def test_a_reporter_is_not_the_doer_of_the_killing_it_confirms():
    doc = code_events("وأكد الجيش السوري مقتل خمسة مدنيين في حلب.", [SYR_ARMY, ALEPPO])
    assert not [s for s in _of(doc, 0) if s[0] in {"18", "19", "20"} and s[1] == "saa"]


def test_a_place_with_lam_after_a_visit_is_the_destination():
    doc = code_events("ووصل كارتر أمس إلى المنطقة في زيارة مفاجئة لبغداد.", [CARTER, BAGHDAD])
    assert ("04", "carter", "baghdad") in _of(doc, 0)
    assert "baghdad" not in {s[1] for s in _of(doc, 0)}


def test_a_visit_with_no_visitor_named_is_not_the_speakers():
    doc = code_events("وقال كارتر إن الرحلة لم تكن زيارة رسمية لبغداد.", [CARTER, BAGHDAD])
    assert ("04", "carter", "baghdad") not in _of(doc, 0)


def test_the_object_comes_after_a_relative_clause_on_the_subject():
    doc = code_events("ومن المقرر أن يلتقي كارتر الذي يقوم بجولة في المنطقة، رئيس الوزراء العبادي.",
                      [CARTER, ABADI])
    assert ("04", "carter", "abadi") in _of(doc, 0)


def test_we_in_the_speakers_words_is_the_speaker():
    doc = code_events("وقال كارتر إن إيران تهدد المنطقة، ونرحب بموقف بغداد.", [CARTER, IRAN, BAGHDAD])
    welcomes = [s for s in _of(doc, 0) if s[0] == "05"]
    assert welcomes and all(s[1] == "carter" for s in welcomes)


def test_both_sides_of_a_call_between_two_presidents():
    doc = code_events("وجاء ذلك بعد اتصال هاتفي جرى بين الرئيسين التركي رجب طيب أردوغان والأمريكي باراك أوباما.",
                      [ERDOGAN, OBAMA], nisbas={"التركي": "TUR", "والأمريكي": "USA"})
    assert ("04", "erdogan", "obama") in _of(doc, 0)


def test_the_two_sides_before_a_dual_verb_are_the_last_pair():
    doc = code_events("والتقى أردوغان أوباما في أنقرة أمس. وكان الجانبان قد اتفقا على العمل معا.", [ERDOGAN, OBAMA])
    assert ("03", "erdogan", "obama") in _of(doc, 1)


def test_a_relative_clause_with_a_pronoun_preposition_ends_the_target_search():
    doc = code_events(_WAR + "وتقاتل المقاومة بأسلحة حديثة زودتها بها إيران.", [HOUTHIS, RESISTANCE, IRAN])
    assert ("19", "resistance", "iran") not in _of(doc, 1)


def test_a_verb_carrying_the_nouns_pronoun_names_the_doer_of_a_blast():
    doc = code_events("وقال المسؤول إن مدنيين قتلوا بانفجار ألغام أرضية تركها الحوثيون في المدينة.", [HOUTHIS])
    blasts = [s for s in _of(doc, 0) if s[0] == "18"]
    assert blasts and blasts[0][1] == "houthis"
    assert "houthis" not in {s[2] for s in _of(doc, 0)}


def test_among_them_after_an_attack_is_not_its_doer():
    doc = code_events(_WAR + "وأكد المصدر مقتل عشرة أشخاص في الهجوم من بينهم مدنيون من تعز.", [HOUTHIS, RESISTANCE, TAIZ])
    assert not [s for s in _of(doc, 1) if s[1] not in {"houthis", "resistance", None}]


def test_a_person_before_a_killing_verb_with_no_object_was_killed():
    doc = code_events(_WAR + "وقال المتحدث إن كارتر قتل في الثامن من الشهر الجاري.", [HOUTHIS, RESISTANCE, CARTER])
    assert "carter" not in {s[1] for s in _of(doc, 1)}


def test_a_place_after_fi_is_where_the_positions_of_a_group_are():
    doc = code_events(_WAR + "وشنت المقاومة غارات على مواقع التنظيم في تعز.", [HOUTHIS, RESISTANCE, TAIZ])
    assert "taiz" not in {s[2] for s in _of(doc, 1)}


def test_a_name_in_brackets_before_the_verb_is_its_subject():
    doc = code_events("وقال كارتر إن تحالفا يعرف باسم (المقاومة الشعبية) استهدف مواقع الحوثيين.",
                      [CARTER, RESISTANCE, HOUTHIS])
    assert ("19", "resistance", "houthis") in _of(doc, 0)


def test_a_speaker_is_not_the_doer_of_a_verbal_noun_in_his_words():
    doc = code_events("وقال كارتر إنه من المتوقع فتح القاعدة أمام طائرات بغداد لقتال الحوثيين.",
                      [CARTER, BAGHDAD, HOUTHIS])
    assert "carter" not in {s[1] for s in _of(doc, 0)}


def test_fighters_killed_in_clashes_were_one_side_of_them():
    doc = code_events("لقي 12 عنصرا من الحوثيين مصرعهم في اشتباكات بمدينة تعز أمس.", [HOUTHIS, TAIZ])
    clashes = [s for s in _of(doc, 0) if s[0] == "19"]
    assert clashes and all(s[2] == "houthis" for s in clashes)


NETANYAHU = {"id": "netanyahu", "type": "PER", "en": "Benjamin Netanyahu", "iso3": "ISR", "code": "ISRGOV",
             "forms": ["نتنياهو"]}
ISRAEL = {"id": "israel", "type": "GPE", "en": "Israel", "iso3": "ISR", "code": "ISR", "forms": ["إسرائيل"]}


def test_a_visit_in_a_time_phrase_is_the_visitors_even_when_the_host_speaks():
    doc = code_events("من جانبه، جدد نتنياهو تحذيره من الاتفاق، بعد زيارة كارتر لإسرائيل.", [NETANYAHU, CARTER, ISRAEL])
    visits = [(e.cameo_code, e.source.entity_id, e.target.entity_id if e.target else None)
              for e in doc.events if e.cameo_root == "04"]
    assert visits == [("042", "carter", "israel")]
