"""A comma inside a matched pattern does not end the search for its target; a hostage's nationality is the
hostage's. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo_code, e.source.actor_code if e.source else None, e.target.actor_code if e.target else None)
            for e in analyze(text, published="2015-08-01").events]


def test_a_call_received_after_a_comma_inside_the_pattern(event_sides) -> None:
    events = event_sides("تلقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، اتصالا هاتفيا أمس من الرئيس فرانسوا "
                         "هولاند رئيس فرنسا.", "2015-08-01")
    assert ("041", "per.francois-hollande", "per.king-salman") in events, events


def test_holding_a_hostage_is_abduction_of_that_hostage() -> None:
    events = _events("وأشار إلى الجهود المكثفة لمحاولة التعرف على مكان احتجاز الرهينة الكرواتي.")
    assert any(c == "181" and t == "HRVCVL" for c, _, t in events), events
    assert not any(s in {"HRVMIL", "HRVGOV"} for _, s, _ in events), events
