"""A traveller's next stop after a comma ("زار هوكستين بيروت الأربعاء، حيث التقى بري") is his meeting;
a subject with a partner of its own after the comma is not; a rank between a description and a name
("رئيس كتلة الوفاء للمقاومة النائب محمد رعد") keeps them one person; a delegation of a body ("وفدا من
الاتحاد الأوروبي") is that body. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze

DATE = "2025-03-04"


def _events(text: str) -> list:
    return analyze(text, published=DATE).events


def _meetings(text: str) -> list:
    return [e for e in _events(text) if e.cameo_code == "040"]


def test_a_meeting_where_the_visitor_stopped_is_the_visitors() -> None:
    found = _meetings("وزار المبعوث الأمريكي آموس هوكستين بيروت الأربعاء، حيث التقى رئيس مجلس النواب نبيه بري.")
    assert found and found[0].source.entity_id == "per.amos-hochstein"
    assert found[0].target.entity_id == "per.nabih-berri"


def test_a_joined_meeting_after_a_comma_is_the_visitors_too() -> None:
    found = _meetings("وزار المبعوث الأمريكي آموس هوكستين بيروت الأربعاء، والتقى رئيس مجلس النواب نبيه بري.")
    assert found and found[0].source.entity_id == "per.amos-hochstein"


def test_a_subject_with_its_own_partner_after_the_comma_is_a_new_clause() -> None:
    found = _meetings("وزار المبعوث الأمريكي آموس هوكستين بيروت، والتقى الرئيس اللبناني جوزاف عون "
                      "برئيس مجلس النواب نبيه بري.")
    assert found and found[0].source.entity_id == "per.joseph-aoun"
    assert found[0].target.entity_id == "per.nabih-berri"


def test_a_rank_between_a_description_and_the_name_is_one_person() -> None:
    doc = analyze("انتقد رئيس كتلة الوفاء للمقاومة النائب محمد رعد طريقة التكليف.", published=DATE)
    found = [e for e in doc.events if e.cameo_code == "111"]
    assert found and found[0].source.entity_id == "per.mohammad-raad"
    assert found[0].target is None or found[0].target.entity_id != "per.mohammad-raad"


def test_a_call_after_fi_is_made_by_the_subject_right_before_it() -> None:
    text = ("ورحبت فرنسا بتكليف سلام، وأعرب الرئيس الفرنسي إيمانويل ماكرون في اتصال هاتفي مع الرئيس اللبناني "
            "جوزاف عون عن دعم باريس للبنان.")
    found = [e for e in _events(text) if e.cameo_code == "041"]
    assert found and found[0].source.entity_id == "per.emmanuel-macron"
    assert found[0].target.entity_id == "per.joseph-aoun"


def test_a_call_after_two_joined_subjects_keeps_the_first() -> None:
    text = ("بحث الرئيس الأمريكي باراك أوباما ونظيره التركي رجب طيب أردوغان خلال اتصال هاتفي الحرب في سوريا.")
    found = [e for e in _events(text) if e.cameo_code == "041"]
    assert found and found[0].source.entity_id == "per.barack-obama"


def test_a_presidents_surname_alone_after_his_full_name() -> None:
    text = ("كلف الرئيس اللبناني جوزاف عون القاضي نواف سلام تشكيل الحكومة. "
            "وقال سلام بعد لقائه عون إنه سيعمل على تشكيل حكومة إصلاحية.")
    doc = analyze(text, published=DATE)
    later = [m for m in doc.mentions if m.text == "عون" and m.start > text.index(".")]
    assert later and later[0].kb_id == "per.joseph-aoun"
    assert not [m for m in analyze("قدمت الجمعية عون للأسر.", published=DATE).mentions if m.kb_id]


def test_a_delegation_of_a_body_is_that_body() -> None:
    found = _meetings("التقى الرئيس السوري أحمد الشرع في دمشق وفدا من الاتحاد الأوروبي برئاسة مفوضة شؤون المتوسط.")
    assert found and found[0].target.entity_id == "org.eu"


def test_suspending_sanctions_is_lifting_them() -> None:
    found = [e for e in _events("وعلق الاتحاد الأوروبي العقوبات المفروضة على قطاع الطاقة في سوريا.")
             if e.cameo_code == "085"]
    assert found and found[0].source.entity_id == "org.eu"


def test_a_delegation_arriving_is_its_bodys_visit_and_its_head_no_target() -> None:
    found = [e for e in _events("وصل وفد من حركة حماس برئاسة خليل الحية إلى القاهرة لإجراء مباحثات.")
             if e.cameo_code == "042"]
    assert found and found[0].source.entity_id == "org.hamas"
    assert found[0].target.entity_id == "gpe.cairo"


def test_the_guests_own_title_after_his_name_is_no_partner_of_his() -> None:
    found = _meetings("وزار المبعوث الأمريكي آموس هوكستين بيروت الأربعاء، والتقى نبيه بري رئيس مجلس النواب.")
    assert found and found[0].source.entity_id == "per.amos-hochstein"
    assert found[0].target.entity_id == "per.nabih-berri"
