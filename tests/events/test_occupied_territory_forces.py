"""Unnamed forces, police and courts acting in the West Bank or Jerusalem, in a report that names Israel,
are Israel's; a Palestinian body is named when it acts, and with no Israel in the report the place's
country stays. A condemned assault on an embassy does not target the embassy's own state. Sentences
written for the test."""

from __future__ import annotations

from marsad.api import analyze


def _sources(text: str, root: str) -> list[str | None]:
    doc = analyze(text, published="2015-08-01")
    return [e.source.actor_code if e.source else None for e in doc.events if e.cameo_root == root]


def test_an_unnamed_arrest_in_the_west_bank_is_israels_when_israel_is_named() -> None:
    text = "وتواصل إسرائيل حملتها في الضفة الغربية. وتم اعتقال خمسة شبان في مدينة الخليل فجر اليوم."
    assert _sources(text, "17") == ["ISRCOP"]


def test_without_israel_the_place_keeps_its_country() -> None:
    assert _sources("وتم اعتقال خمسة شبان في مدينة الخليل فجر اليوم.", "17") == ["PSECOP"]


def test_a_named_palestinian_body_stays_palestinian() -> None:
    text = "وتواصل إسرائيل حملتها في الضفة الغربية. واعتقلت الأجهزة الأمنية الفلسطينية خمسة شبان في مدينة الخليل."
    assert _sources(text, "17") == ["PSECOP"]


def test_people_arrested_by_the_occupier_in_the_territory_are_its_people() -> None:
    doc = analyze("واعتقلت قوات الاحتلال ثلاثة شبان في جنين.", published="2015-08-01")
    assert [(e.source.actor_code, e.target.actor_code) for e in doc.events] == [("ISRMIL", "PSECVL")]
    doc = analyze("واعتقلت الشرطة الإسرائيلية ثلاثة شبان في تل أبيب.", published="2015-08-01")
    assert [(e.source.actor_code, e.target.actor_code) for e in doc.events] == [("ISRCOP", "ISRCVL")]


def test_a_condemned_assault_on_an_embassy_does_not_target_the_embassy() -> None:
    doc = analyze("استنكرت الإمارات الاعتداء على السفارة السعودية في طهران.", published="2016-01-05")
    assert [(e.cameo_code, e.target) for e in doc.events] == [("111", None)]
