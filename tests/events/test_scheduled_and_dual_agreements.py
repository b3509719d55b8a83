""""من المقرر أن يزور" is a scheduled visit (modality future), and two sides' dual verb of agreement goes
between them even when a body owning what they agreed on follows ("اتفقا على عقد الدورة المقبلة للجنة
العليا المشتركة"). Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def test_a_scheduled_visit_is_future() -> None:
    doc = analyze("استقبل رئيس الوزراء العراقي محمد شياع السوداني وزير الخارجية التركي هاكان فيدان. "
                  "ومن المقرر أن يزور السوداني أنقرة الشهر المقبل.", published="2025-08-10")
    visits = [e for e in doc.events if e.cameo_code == "042"]
    assert [(e.source.entity_id, e.modality) for e in visits] == [("per.mohammed-shia-al-sudani", "future")]


def test_a_dual_agreement_is_between_the_two_not_with_the_committee() -> None:
    doc = analyze("أجرى وزير الشؤون الخارجية المغربي ناصر بوريطة مباحثات هاتفية مع نظيره الموريتاني محمد سالم "
                  "ولد مرزوك. واتفقا على عقد الدورة المقبلة للجنة العليا المشتركة في نواكشوط.", published="2025-10-20")
    agreed = [e for e in doc.events if e.sentence_index == 1]
    assert agreed and {agreed[0].source.entity_id, agreed[0].target.entity_id} == \
        {"per.nasser-bourita", "per.mohamed-salem-ould-merzoug"}
