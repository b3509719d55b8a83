"""Who an office, a board, a court pair and a feminine pronoun stand for: the body a subject heads
("الجربا الرئيس السابق للائتلاف") is not where he goes; "مجلس الإدارة" is a company's board, no
government; "محكمتا" (two courts) are the judiciary; "سيطرتها" is not the Houthis' (men, هم). Sentences
written for the test."""

from __future__ import annotations

from marsad.api import analyze


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = analyze(text, published="2015-07-23")
    return [(e.cameo_code, e.source.actor_code if e.source else None, e.target.actor_code if e.target else None)
            for e in doc.events]


def test_the_body_a_visitor_headed_is_not_where_he_went() -> None:
    for text in ("ويمكن فهم زيارة أحمد الجربا الرئيس السابق للائتلاف السوري المعارض إلى موسكو قبل أيام.",
                 "زار أحمد الجربا الرئيس السابق للائتلاف السوري المعارض موسكو قبل أيام."):
        visits = [e for e in _events(text) if e[0] == "042"]
        assert visits and visits[0][2] == "RUSGOV", visits


def test_a_company_board_is_no_government() -> None:
    events = _events("ومن جانبه قدم رئيس مجلس الإدارة عبد الله الفلاني، التهنئة للموظفين بالعيد السعيد.")
    assert not any(source == "GOV" or (source or "").endswith("GOV") for _, source, _ in events), events


def test_the_administration_alone_is_still_a_government_body() -> None:
    events = _events("ودعت الإدارة المرشحين إلى تحديد الموعد المناسب.")
    assert [source for code, source, _ in events if code.startswith("02")] == ["GOV"], events


def test_two_courts_are_the_judiciary() -> None:
    events = _events("ودانت محكمتا أول درجة والاستئناف الفلاني في تفجير المدمرة.")
    assert events and all(source == "JUD" for _, source, _ in events), events


def test_her_control_is_not_the_mens() -> None:
    text = ("وتقدمت المقاومة الشعبية في تعز. وقال المصدر إن المقاومة قطعت طرق إمداد الحوثيين والقوات الموالية "
            "للرئيس السابق بعد سيطرتها على الطريق الرابط بين تعز والعند.")
    doc = analyze(text, published="2015-07-23")
    control = [e for e in doc.events if e.cameo_code == "192"]
    assert control and control[0].source is not None, [(e.cameo_code, e.source) for e in doc.events]
    assert control[0].source.entity_id == "org.popular-resistance-yemen", control[0].source


def test_their_control_is_the_mens() -> None:
    doc = analyze("وقصف الحوثيون المدينة بعد سيطرتهم على الجبل.", published="2015-07-23")
    control = [e for e in doc.events if e.cameo_code == "192"]
    assert control and control[0].source is not None and control[0].source.entity_id == "org.houthis"


def test_their_assassination_makes_them_the_targets() -> None:
    doc = analyze("وكانت الخلايا تخطط لتحديد مقرات سكن عدد من رجال الأمن لاغتيالهم.", published="2015-07-23")
    killing = [e for e in doc.events if e.cameo_code == "186"]
    assert killing and killing[0].target is not None and killing[0].target.actor_code.endswith("COP"), killing
    assert not killing[0].source.actor_code.endswith("COP")


def test_their_meeting_is_still_theirs() -> None:
    doc = analyze("واعتبر نواب الكونجرس في مقابلتهم مع أمانو أن الاتفاق سيئ.", published="2015-07-23")
    assert [(e.cameo_code, e.source.actor_code) for e in doc.events if e.cameo_code.startswith("04")] == [("040", "USALEG")]


def test_a_verb_on_an_indefinite_noun_has_that_noun_for_subject() -> None:
    doc = analyze("قالت الخارجية السودانية إنها لم تتسلم أي إخطار رسمي جزائري يمنع الرعايا الجزائريين من السفر.",
                  published="2015-08-01")
    assert not any(e.source is not None and e.source.actor_code.endswith("CVL") for e in doc.events), \
        [(e.cameo_code, e.source) for e in doc.events]
    doc = analyze("أكد مصدر يمني أن الحوثيين يحاصرون تعز.", published="2015-08-01")
    assert [(e.cameo_code, e.source.actor_code) for e in doc.events] == [("191", "YEMREB")]


def test_an_attack_launched_by_a_person_on_a_person_is_words() -> None:
    doc = analyze("شن رئيس جنوب السودان سلفاكير ميارديت هجوما شديدا على الرئيس الأميركي باراك أوباما بسبب تصريحاته.",
                  published="2015-08-01")
    assert [e.cameo_code for e in doc.events] == ["111"], [(e.cameo_code, e.trigger.text) for e in doc.events]
    doc = analyze("شن مسلحون هجوما على مركز للشرطة في العريش.", published="2015-08-01")
    assert [e.cameo_code for e in doc.events] == ["190"]
