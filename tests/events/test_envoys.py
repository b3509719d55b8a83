"""An envoy named by office and nationality ("المبعوث الصيني") is that state's actor; where an envoy is
posted ("لدى الأمم المتحدة") and his name after it are not the object of what he does; support voiced
"بكل قوة" still has its beneficiary after ل. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def test_an_envoy_by_nationality_voices_his_countrys_support() -> None:
    doc = analyze("وأكد المبعوث الصيني دعم بلاده بكل قوة لمصر في دفع عملية التنمية الشاملة.", published="2015-08-09")
    support = [e for e in doc.events if e.cameo_code.startswith("03")]
    assert support, doc.events
    assert support[0].source is not None and support[0].source.country_iso3 == "CHN", support
    assert support[0].target is not None and support[0].target.country_iso3 == "EGY", support


def test_an_envoys_post_is_not_the_object_of_her_demand() -> None:
    doc = analyze("وطالبت المندوبة الأمريكية لدى الامم المتحدة ليندا توماس غرينفيلد الحكومة السودانية بوقف فوري "
                  "لإطلاق النار.", published="2024-06-12")
    demands = [e for e in doc.events if e.cameo_code.startswith("10")]
    assert demands and demands[0].source is not None and demands[0].source.country_iso3 == "USA", doc.events
    assert demands[0].target is not None and demands[0].target.country_iso3 == "SDN", demands
