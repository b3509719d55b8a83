"""Officials in the -ين form after a verb are its object; a town's local body is not the town acting;
readiness for attacks is no intent to cooperate; a local body's works contracts are no agreement.
Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def test_officials_in_the_oblique_form_are_met_not_meeting() -> None:
    doc = analyze("وصل وزير الدفاع الأميركي آشتون كارتر أمس إلى بغداد، حيث يلتقي مسؤولين عراقيين لبحث مواجهة تنظيم "
                  "داعش.", published="2015-07-23")
    meetings = [e for e in doc.events if e.cameo_code == "040"]
    assert meetings, doc.events
    assert all(e.source is not None and e.source.country_iso3 == "USA" for e in meetings), meetings
    assert all(e.target is not None and e.target.actor_code == "IRQGOV" for e in meetings), meetings


def test_gunmen_written_in_the_oblique_form_still_attack() -> None:
    doc = analyze("وهاجم مسلحين مجهولين نقطة تفتيش في سيناء.", published="2015-07-23")
    assert any(e.cameo_code.startswith("19") for e in doc.events), doc.events


def test_a_towns_school_office_is_not_the_town() -> None:
    doc = analyze("دعت إدارة تعليم الطائف 60 معلمًا جديدًا إلى مراجعتها بدءًا من يوم الأحد المقبل.",
                  published="2015-07-23")
    assert not any(e.source is not None and e.source.entity_id == "gpe.taif" for e in doc.events), doc.events


def test_a_capital_acting_stays_its_government() -> None:
    doc = analyze("ودعت القاهرة طهران إلى وقف التدخل في شؤون المنطقة.", published="2015-07-23")
    assert any(e.source is not None and e.source.actor_code == "EGYGOV" for e in doc.events), doc.events


def test_readiness_for_attacks_is_no_intent_to_cooperate() -> None:
    doc = analyze("وأكد المتحدث أن «الجيش الإسرائيلي مستعد في أي وقت لمثل الهجمات التي يشنها تنظيم داعش في سيناء».",
                  published="2015-07-23")
    assert not [e for e in doc.events if e.cameo_code.startswith("03")], doc.events
    doc = analyze("وأكد لافروف أن روسيا مستعدة للتعاون مع السعودية.", published="2015-07-23")
    assert [e for e in doc.events if e.cameo_code.startswith("03")], doc.events


def test_works_contracts_of_a_municipality_are_no_agreement() -> None:
    doc = analyze("يذكر أن المشروع يأتي ضمن العديد من المشروعات التي أبرمتها أمانة العاصمة المقدسة مؤخراً.",
                  published="2015-07-23")
    assert not [e for e in doc.events if e.cameo_code.startswith("05")], doc.events
