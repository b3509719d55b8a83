"""A person who "attacks" (هاجم) with no arms criticises (111); "خلال استعداد المصلين" is a time, no readiness
offered. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def test_a_minister_attacking_the_press_criticises_it() -> None:
    doc = analyze("من جهته، هاجم وزير الخارجية الإيراني محمد ظريف وسائل الإعلام الأميركية واتهمها بالسعي لتعكير "
                  "مناخ التوافق النووي.", published="2015-08-09")
    assert not [e for e in doc.events if e.cameo_code.startswith("19")], doc.events
    assert [e for e in doc.events if e.cameo_code == "111"], doc.events


def test_an_armed_force_attacking_still_attacks() -> None:
    doc = analyze("وهاجمت قوات الأمن العراقية مواقع تنظيم داعش في الرمادي.", published="2015-08-09")
    assert [e for e in doc.events if e.cameo_code.startswith("19")], doc.events


def test_while_worshippers_got_ready_is_no_readiness() -> None:
    doc = analyze("دخل الانتحاري مسجد مقر قوات الطوارئ في أبها الخميس الماضي، خلال استعداد المصلين من طلبة معهد "
                  "التدريب ورجال الأمن إلى أداء صلاة الظهر.", published="2015-08-09")
    assert not [e for e in doc.events if e.cameo_code.startswith("03")], doc.events
