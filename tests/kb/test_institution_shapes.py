"""An institution found by shape takes a genitive with لل only after an adjective ("الهيئة العامة
للاستثمار"); right after the head, the لل word is the head's complement ("استعداد الجامعة للوساطة"), no
name. A day ends the name; a nationality adjective gives it its country. "مصر على" after a pronoun is
"insisting on", not Egypt. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze

DATE = "2025-03-04"


def _orgs(text: str) -> list[str]:
    return [m.text for m in analyze(text, published=DATE).mentions if m.type == "ORG"]


def test_a_genitive_right_after_the_head_is_no_name() -> None:
    orgs = _orgs("وأعرب الأمين العام عن استعداد الجامعة للوساطة بين البلدين.")
    assert not [o for o in orgs if "للوساطة" in o]


def test_a_genitive_after_an_adjective_still_ends_the_name() -> None:
    assert "الهيئة الوطنية للانتخابات" in _orgs("أعلنت الهيئة الوطنية للانتخابات النتائج الأولية.")


def test_a_construct_genitive_after_an_adjective_belongs_to_the_name() -> None:
    orgs = _orgs("ودعت الهيئة الوطنية لحقوق الإنسان إلى الحوار.")
    assert "الهيئة الوطنية لحقوق الإنسان" in orgs


def test_a_construct_genitive_right_after_the_head_is_no_name() -> None:
    orgs = _orgs("وأكدت الحكومة لممثلي النقابات استعدادها للحوار.")
    assert not [o for o in orgs if "لممثلي" in o]


def test_a_purpose_after_a_describing_adjective_is_no_genitive() -> None:
    orgs = _orgs("واتهم المعارضون الحزب الحاكم لاستغلال العمليات العسكرية في الحملة.")
    assert not [o for o in orgs if "لاستغلال" in o]


def test_the_first_modifier_must_agree_with_the_head() -> None:
    # a rank, a day, a feminine word after a masculine head, a plural object: no adjective of the head
    for text, word in [("واحتل الفريق المركز الثالث في البطولة.", "الثالث"),
                       ("وأعلن التحالف الجمعة بدء المرحلة الثانية.", "الجمعة"),
                       ("ووصلت قيمة الصندوق المتوفرة إلى مليون ريال.", "المتوفرة"),
                       ("وقصفت طائرات التحالف المواقع الحوثية في حجة.", "المواقع")]:
        assert not [o for o in _orgs(text) if word in o], text


def test_agreeing_modifiers_still_make_a_name() -> None:
    assert "المحكمة العليا" in _orgs("وقضت المحكمة العليا برفض الطعن.")
    assert "المركز الوطني للأرصاد" in _orgs("وتوقع المركز الوطني للأرصاد هطول أمطار.")
    assert "الهيئة العامة للسياحة" in _orgs("وأعلنت الهيئة العامة للسياحة إطلاق البرنامج.")


def test_lil_before_a_head_in_lam_may_open_a_construct_name() -> None:
    # "للجنة" is ل + لجنة here: the genitive after it belongs to the name
    assert "لجنة العلاقات الخارجية" in _orgs("وقدم الوزير تقريرا للجنة العلاقات الخارجية في البرلمان.")


def test_a_nationality_adjective_ends_the_name_and_gives_its_country() -> None:
    doc = analyze("ودعت اللجنة اليهودية الأميركية الكونغرس إلى رفض الاتفاق.", published=DATE)
    body = next(m for m in doc.mentions if m.type == "ORG" and m.origin == "rule")
    assert (body.text, body.country_iso3) == ("اللجنة اليهودية الأميركية", "USA")
    assert [(e.source.country_iso3, e.target and e.target.actor_code) for e in doc.events] == [("USA", "USALEG")]


def test_a_day_ends_the_name() -> None:
    orgs = _orgs("وقالت الرابطة الوطنية للوسطاء العقاريين الأربعاء إن مبيعات المساكن زادت.")
    assert "الرابطة الوطنية للوسطاء العقاريين" in orgs


def test_insisting_is_not_egypt() -> None:
    doc = analyze("وأكد المحامي أن المعتقل لم يبد أي اهتمام وهو مصر على مواصلة إضرابه.", published=DATE)
    assert not any(m.kb_id == "gpe.EGY" for m in doc.mentions)
    doc = analyze("وأكد الوزير أن مصر على استعداد للمساعدة.", published=DATE)
    assert any(m.kb_id == "gpe.EGY" for m in doc.mentions)
