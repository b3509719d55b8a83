"""Round seven: the contracted preposition ل + ال ("للشعب اليمني") read as ل + the definite noun wherever
ل + the noun is read, a ل-actor inside a purpose clause left to that clause, and obligation/appeal
frames ("يجب أن"، "داعيا إلى أن") making what follows them non-asserted. Sentences written for these tests."""

from __future__ import annotations

import pytest
from eventdocs import actor_by_text, build_doc, code_events, sentence_actor_list

_NISBAS = {"السعودية": "SAU", "اليمني": "YEM", "السوري": "SYR"}
_OMN = {"id": "gpe.OMN", "type": "GPE", "en": "Oman", "iso3": "OMN", "code": "OMN", "forms": ["عمان"]}
_KWT = {"id": "gpe.KWT", "type": "GPE", "en": "Kuwait", "iso3": "KWT", "code": "KWT", "forms": ["الكويت"]}
_EGY = {"id": "per.sisi", "type": "PER", "en": "Abdel Fattah el-Sisi", "iso3": "EGY", "code": "EGYGOV",
        "forms": ["السيسي"]}
_SDN = {"id": "gpe.SDN", "type": "GPE", "en": "Sudan", "iso3": "SDN", "code": "SDN", "forms": ["السودان"]}
_MALI_ARMY = {"id": "org.mali-army", "type": "ORG", "en": "Malian Armed Forces", "iso3": "MLI", "code": "MLIMIL",
              "forms": ["الجيش المالي"]}


def test_contracted_people_noun_is_the_aid_recipient():
    """"مساعدات للشعب اليمني" names its recipient as "مساعدات لشعب اليمن" does; the span keeps the
    ل that stands for the article, so it reads the text exactly."""
    doc = code_events("قدمت الحكومة السعودية مساعدات للشعب اليمني.", nisbas=_NISBAS)
    aid = [e for e in doc.events if e.cameo_root == "07"]
    assert aid and aid[0].target is not None and aid[0].target.actor_code == "YEMCVL"
    span = aid[0].target.span
    assert span is not None and span.text == "لشعب اليمني" and doc.text[span.start:span.end] == span.text


def test_contracted_government_noun_is_an_actor():
    doc = build_doc("جدد الوزير دعم بلاده للحكومة اليمنية في حربها.", [], nisbas={"اليمنية": "YEM"})
    found = actor_by_text(sentence_actor_list(doc), "لحكومة اليمنية")
    assert found is not None and found.actor.actor_code == "YEMGOV" and found.prefix == "ل"


def test_contracted_unnamed_noun_refers_back_to_the_named_body():
    """"للجيش" after "الجيش المالي" is that army, as "إلى الجيش" is."""
    text = "هاجم مسلحون الجيش المالي في الشمال. وقال الوزير إن الحكومة ستقدم دعما للجيش."
    found = actor_by_text(sentence_actor_list(build_doc(text, [_MALI_ARMY]), 1, home="MLI"), "لجيش")
    assert found is not None and found.actor.entity_id == "org.mali-army" and found.prefix == "ل"


def test_lam_actor_inside_a_purpose_clause_is_not_the_addressee():
    """"التنسيق لصون الحقوق الثابتة للشعب السوري": the people own the rights the purpose clause is
    about; the coordination is between the two subjects."""
    doc = code_events("وقال الوزير إن عمان والكويت سيواصلان التنسيق الدائم لصون الحقوق الثابتة للشعب السوري.",
                      [_OMN, _KWT], nisbas=_NISBAS)
    coop = [e for e in doc.events if e.cameo_root == "03"]
    assert coop and coop[0].target is not None and coop[0].target.actor_code == "KWT"


@pytest.mark.parametrize("frame", ["يتعين أن", "لا بد أن", "يجب أن"])
def test_obligation_frame_makes_the_predicate_non_asserted(frame):
    doc = code_events(f"قال الوزير إنه {frame} يلتقي السيسي رئيس السودان قريبا.", [_EGY, _SDN])
    meet = [e for e in doc.events if e.cameo_root == "04"]
    assert meet and meet[0].modality == "obligation"


@pytest.mark.parametrize("frame", ["مطالبا بأن", "داعيا إلى أن"])
def test_appeal_participle_makes_the_predicate_non_asserted(frame):
    doc = code_events(f"عبر الوزير عن تفاؤله، {frame} يلتقي السيسي رئيس السودان قريبا.", [_EGY, _SDN])
    meet = [e for e in doc.events if e.cameo_root == "04"]
    assert meet and meet[0].modality == "obligation"


def test_reported_meeting_stays_asserted():
    doc = code_events("قال الوزير إن السيسي التقى رئيس السودان أمس.", [_EGY, _SDN])
    meet = [e for e in doc.events if e.cameo_root == "04"]
    assert meet and meet[0].modality == "asserted"
