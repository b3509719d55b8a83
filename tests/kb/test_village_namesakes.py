"""A big city's name after a village or district word, in a report on another country, is the village's.
Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze

_HAMA = ("قال المرصد السوري لحقوق الإنسان إن الاشتباكات تستمر في ريف حماة الشمالي. ودارت اشتباكات عنيفة في محيط "
         "بلدة المنصورة بسهل الغاب في ريف حماة، بين قوات النظام والفصائل المعارضة، وتعرضت قرى الحواش والقاهرة "
         "والعنكاوي لقصف مكثف. وسمع دوي انفجار في مدينة حماة.")


def _countries(text: str) -> dict[str, str | None]:
    doc = analyze(text, published="2015-08-09")
    by_id = {e.id: e for e in doc.entities}
    return {m.text: by_id[m.entity_id].country_iso3 for m in doc.mentions
            if m.kind == "name" and m.type in ("GPE", "LOC") and m.entity_id in by_id}


def test_a_town_after_a_town_word_in_a_syrian_report_is_no_egyptian_city() -> None:
    countries = _countries(_HAMA)
    assert countries.get("المنصورة") != "EGY", countries
    assert countries.get("القاهرة") != "EGY", countries  # joined by و to a list after قرى


def test_the_regime_forces_there_are_syrian_not_egyptian() -> None:
    doc = analyze(_HAMA, published="2015-08-09")
    codes = {e.source.actor_code for e in doc.events if e.source is not None}
    assert "EGYMIL" not in codes, codes


def test_the_city_itself_in_a_report_on_its_own_country_stays() -> None:
    countries = _countries("قال مسؤول مصري إن الشرطة المصرية اعتقلت عشرة أشخاص في مدينة المنصورة. وأضاف أن الشرطة "
                           "في القاهرة والمنصورة تواصل التحقيق في مصر.")
    assert countries.get("القاهرة") == "EGY", countries
