"""A state's protest named after the noun ("احتجاج الرباط الشديد على تصريحات …") is an official
complaint (114), not a demonstration; a foreign ambassador's summoning told as a noun ("أعلنت الخارجية
المغربية استدعاء سفير الجزائر") is the announcing government's step against his state, while its own
envoy ("استدعاء سفيرها") is no summoning. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze

DATE = "2025-03-04"
TEXT = ("أعلنت وزارة الخارجية المغربية، اليوم الثلاثاء، استدعاء سفير الجزائر لدى المملكة لإبلاغه احتجاج "
        "الرباط الشديد على تصريحات أدلى بها وزير الخارجية الجزائري أحمد عطاف.")


def _events(text: str) -> list:
    return analyze(text, published=DATE).events


def test_a_states_protest_is_an_official_complaint() -> None:
    events = _events(TEXT)
    assert not [e for e in events if e.cameo_root == "14"]
    found = [e for e in events if e.cameo_code == "114"]
    assert found and found[0].source.country_iso3 == "MAR" and found[0].target.country_iso3 == "DZA"


def test_a_crowds_protest_stays_a_demonstration() -> None:
    found = [e for e in _events("خرج الآلاف في احتجاج على غلاء الأسعار في القاهرة.") if e.cameo_root == "14"]
    assert found


def test_a_summoned_foreign_ambassador_told_as_a_noun() -> None:
    found = [e for e in _events(TEXT) if e.cameo_code == "160"]
    assert found and found[0].source.country_iso3 == "MAR"
    assert found[0].target.actor_code == "DZAGOV"


def test_a_summoned_ambassador_written_in_the_feminine() -> None:
    found = [e for e in _events("وأعلنت الخارجية الإيرانية استدعاء سفيرة بريطانيا.") if e.cameo_code == "160"]
    assert found and found[0].target.actor_code == "GBRGOV"


def test_ones_own_envoy_called_home_is_no_summoning_of_a_foreigner() -> None:
    found = [e for e in _events("وقررت الحكومة المغربية استدعاء سفيرها لدى باريس للتشاور.") if e.cameo_code == "160"]
    assert not [e for e in found if e.target is not None and e.target.country_iso3 == "MAR"]
