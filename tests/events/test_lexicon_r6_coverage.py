"""Round-six coverage senses (lexicon/round6_coverage.yaml), on sentences written for these tests: each
sense fires on its construction with the right sides, keeps negation and the future, and stays off the
look-alikes its comment names (a given name, a prayer, a claim about a third party, a bare noun, solutions
"reached", a demand for sanctions)."""

from eventdocs import code_events, event_sides

from marsad.events.lexicon import Lexicon
from marsad.text.tokens import tokenize

IRAN = {"id": "iran", "type": "GPE", "en": "Iran", "iso3": "IRN", "code": "IRN", "forms": ["طهران", "إيران"]}
FRANCE = {"id": "fra", "type": "GPE", "en": "France", "iso3": "FRA", "code": "FRA", "forms": ["فرنسا", "باريس"]}
RUSSIA = {"id": "rus", "type": "GPE", "en": "Russia", "iso3": "RUS", "code": "RUS", "forms": ["روسيا", "موسكو"]}
EGYPT = {"id": "egy", "type": "GPE", "en": "Egypt", "iso3": "EGY", "code": "EGY", "forms": ["مصر", "القاهرة"]}
JORDAN = {"id": "jor", "type": "GPE", "en": "Jordan", "iso3": "JOR", "code": "JOR", "forms": ["عمّان", "الأردن"]}
ARMY = {"id": "army", "type": "ORG", "en": "Malian Army", "iso3": "MLI", "code": "MLIMIL",
        "forms": ["الجيش المالي"]}
REBELS = {"id": "reb", "type": "ORG", "en": "Azawad Movement", "iso3": "MLI", "code": "MLIREB",
          "forms": ["حركة أزواد"]}
_ALL = (IRAN, FRANCE, RUSSIA, EGYPT, JORDAN, ARMY, REBELS)


def _ids(text: str) -> list[str]:
    return [t.entry.id for t in Lexicon.load().match(tokenize(text))]


def _events(text: str):
    doc = code_events(text, _ALL)
    return doc, event_sides(doc, _ALL, level="cameo_code")


def _one(doc, code: str):
    return next(e for e in doc.events if e.cameo_code == code)


# --- reaching an agreement (057) ---------------------------------------------------------------------
def test_reaching_an_agreement_is_a_deal_between_the_subject_and_its_partner():
    doc, sides = _events("وتوصلت فرنسا إلى اتفاق مع مصر حول صفقة السفن الحربية.")
    assert ("057", "fra", "egy") in sides
    _, sides = _events("وقد توصلت روسيا لاتفاق مع فرنسا بشأن التعويضات.")
    assert ("057", "rus", "fra") in sides


def test_the_relative_form_names_the_party_after_it_but_only_for_an_agreement():
    _, sides = _events("وقال إن الاتفاق النووي الذي توصلت إليه طهران مع فرنسا يخدم المنطقة.")
    assert ("057", "iran", "fra") in sides
    assert "reach_agreement" not in _ids("وهو من الحلول التي توصل إليها الخبراء لمعالجة الأزمة")


def test_a_deal_not_reached_is_negated_and_a_coming_one_is_future():
    doc, _ = _events("ولم تتوصل مصر إلى اتفاق مع الأردن حتى الآن.")
    assert _one(doc, "057").negated
    doc, _ = _events("وقال الوزير إن مصر ستتوصل إلى تسوية مع الأردن قريبا.")
    assert _one(doc, "057").modality == "future"


def test_the_verbal_noun_of_a_hoped_for_deal_is_not_listed():
    assert "reach_agreement" not in _ids("وأعرب عن أمله في التوصل إلى اتفاق قريبا")


# --- thanks: not listed (in this press mostly local ceremony) ------------------------------------------
def test_thanks_are_left_to_the_older_appreciation_entry():
    assert "thank_verb" not in _ids("وشكرت مصر الأردن على استضافة اللاجئين")
    assert "appreciation_voiced" in _ids("وأعرب الوزير عن شكره")


# --- condolences (018) -------------------------------------------------------------------------------
def test_condolences_offered_and_the_past_verb_are_empathy_for_the_bereaved():
    _, sides = _events("وقدمت مصر التعازي لفرنسا في ضحايا الهجوم.")
    assert ("018", "egy", "fra") in sides
    _, sides = _events("وعزى الأردن مصر في ضحايا الحادث.")
    assert ("018", "jor", "egy") in sides
    _, sides = _events("وتقدمت روسيا بأحر التعازي لإيران.")
    assert ("018", "rus", "iran") in sides


def test_the_given_name_izzat_is_no_condolence():
    assert "condole_verb" not in _ids("تأجيل محاكمة محمود عزت وآخرين")


# --- voiced support and standing by (032) ------------------------------------------------------------
def test_support_voiced_with_the_speakers_pronoun_is_policy_support():
    _, sides = _events("وجددت روسيا دعمها الكامل لإيران في المفاوضات.")
    assert ("032", "rus", "iran") in sides
    _, sides = _events("وأعلنت فرنسا تأييدها لمصر في حربها على الإرهاب.")
    assert ("032", "fra", "egy") in sides


def test_a_claim_about_a_third_partys_support_is_not_the_speakers():
    assert "support_voiced" not in _ids("وأكدت الحكومة أن دعم إيران للحوثيين مستمر")
    assert "support_voiced" not in _ids("وأكدا دعمهما للاتفاق")


def test_standing_by_someone_is_support_for_the_one_after_janib():
    _, sides = _events("وتقف مصر إلى جانب الأردن في مواجهة الإرهاب.")
    assert ("032", "egy", "jor") in sides
    doc, sides = _events("وقال الوزير إن فرنسا لن تقف إلى جانب إيران.")
    assert ("032", "fra", "iran") in sides
    assert _one(doc, "032").negated
    assert "stand_by" not in _ids("إذا أردنا أن نعرف من يقف خلف الإرهاب")


# --- cooperation (060) and contacts (040) ------------------------------------------------------------
def test_cooperating_told_by_the_verb_is_material_cooperation_with_the_partner():
    _, sides = _events("وتعاونت مصر مع فرنسا في مكافحة الإرهاب.")
    assert ("060", "egy", "fra") in sides
    doc, sides = _events("وما تعاونت روسيا مع إيران في هذا الملف.")
    assert ("060", "rus", "iran") in sides and _one(doc, "060").negated
    # the present mostly stands in an obligation: «يتعين أن تتعاون» is not told as done
    assert "cooperate_verb" not in _ids("وقال إنه يتعين أن تتعاون واشنطن مع موسكو")
    # the bare تعاون is mostly the noun: a field of talks, not an act
    assert "cooperate_verb" not in _ids("وبحث الجانبان تعاون البلدين")


def test_contacts_held_with_someone_are_consultation():
    _, sides = _events("وأجرت مصر اتصالات مكثفة مع الأردن لاحتواء الأزمة.")
    assert ("040", "egy", "jor") in sides
    assert "contacts_held" not in _ids("وأكد وزير الاتصالات أن الشبكة تعمل")


# --- solidarity (018) ---------------------------------------------------------------------------------
def test_solidarity_affirmed_with_someone_is_empathy():
    _, sides = _events("وأكدت الأردن تضامنها مع مصر بعد التفجير.")
    assert ("018", "jor", "egy") in sides


# --- sanctions (163) ----------------------------------------------------------------------------------
def test_sanctions_in_the_plural_persons_and_by_the_owned_verbal_noun():
    _, sides = _events("وقال إن فرنسا وروسيا فرضتا عقوبات على إيران.")
    assert ("163", "fra", "iran") in sides
    assert "sanction_paradigm" in _ids("ونفرض عقوبات جديدة على إيران")
    assert "sanction_paradigm" in _ids("بعد فرضها عقوبات على موسكو")
    # a demand to impose sanctions is a demand, not sanctions
    assert "sanction_paradigm" not in _ids("وطالبت مصر بفرض عقوبات على إيران")


# --- military: blows dealt (190/195), defeat (190) ----------------------------------------------------
def test_blows_dealt_are_an_attack_on_the_one_after_li():
    _, sides = _events("ووجه الجيش المالي ضربات موجعة لحركة أزواد في الشمال.")
    assert ("190", "army", "reb") in sides
    _, sides = _events("ووجه الجيش المالي ضربات جوية لمواقع حركة أزواد.")
    assert ("195", "army", "reb") in sides


def test_defeating_the_enemy_and_the_prayer_look_alike():
    _, sides = _events("ودحرت حركة أزواد الجيش المالي من البلدة.")
    assert ("190", "reb", "army") in sides
    assert "defeat_enemy" not in _ids("وأن يحفظ البلاد ويدحر أعداءها")


# --- telephoning (041) --------------------------------------------------------------------------------
def test_telephoning_is_a_call_to_the_object():
    _, sides = _events("وهاتفت مصر الأردن لبحث الأزمة.")
    assert ("041", "egy", "jor") in sides
    doc, _ = _events("ولم تهاتف مصر الأردن منذ أسابيع.")
    assert _one(doc, "041").negated
