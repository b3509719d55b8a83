"""Claiming an attack guesses no counterpart as its target; "عن طريق" (by means of) blocks no road.
Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def test_a_claim_of_responsibility_is_aimed_at_no_guessed_state() -> None:
    doc = analyze("قال مسؤولون باكستانيون إن إسلام آباد تدعم محادثات السلام الأفغانية. وقالت باكستان إنها تدين "
                  "العنف في أفغانستان. وتبنت حركة طالبان هذا الهجوم الذي استهدف أكاديمية للشرطة في كابل.",
                  published="2015-08-09")
    claims = [e for e in doc.events if e.cameo_code == "015"]
    assert claims, [(e.cameo_code, e.source, e.target) for e in doc.events]
    assert all(e.target is None or e.target.country_iso3 != "PAK" for e in claims), claims


def test_by_means_of_is_no_road_blocked() -> None:
    doc = analyze("وقال رئيس مجلس إدارة إحدى مؤسسات دباغة الجلود إن ملاك المصانع يبدؤون في تجميع قطع الجلود "
                  "وحفظها عن طريق إضافة الملح.", published="2015-07-23")
    assert not [e for e in doc.events if e.cameo_code.startswith("14")], doc.events


def test_a_road_blocked_is_still_blocked() -> None:
    doc = analyze("وقطع المتظاهرون الطريق الدولي في صنعاء.", published="2015-07-23")
    assert any(e.cameo_code == "144" for e in doc.events), doc.events


def test_the_town_an_agreement_is_named_after_signs_nothing() -> None:
    doc = analyze("وقال الرئيس الأوكراني بترو بوروشينكو، إن «قرار المحكمة الدستورية خطوة مهمة». وقد فرضت هدنة "
                  "جديدة في منتصف فبراير الماضي بعد توقيع اتفاقات سلام مينسك 2، لكنها لا تزال تشهد خروقات.",
                  published="2015-08-01")
    assert any(e.cameo_code == "057" for e in doc.events), doc.events
    assert not any(e.target is not None and e.target.entity_id == "gpe.minsk" for e in doc.events), doc.events


def test_a_state_after_an_agreement_noun_stays_a_party() -> None:
    doc = analyze("وأعلن الرئيس الأمريكي باراك أوباما تأييد اتفاق إيران في مؤتمر صحفي.", published="2015-08-09")
    assert any(e.target is not None and e.target.country_iso3 == "IRN" for e in doc.events), doc.events


def test_a_declaration_named_after_a_town_is_no_doer() -> None:
    doc = analyze("وأشاد تيار الاستقلال بالمباحثات بين الرئيس عبدالفتاح السيسي والأمير محمد بن سلمان؛ مؤكداً أن "
                  "إعلان القاهرة يؤكد حرص الزعيمين على التعاون بين مصر والسعودية.", published="2015-08-01")
    assert not any(e.source is not None and e.source.entity_id == "gpe.cairo" for e in doc.events), doc.events
