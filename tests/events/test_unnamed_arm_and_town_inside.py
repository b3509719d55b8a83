""""وقصف الطيران مواقع الحوثيين": an unnamed arm (the air force) struck; the owner of the positions was hit.
"مواجهات بمناطق متفرقة من مدينة تعز مع قوات المقاومة": the town is where, the side after مع is the other side.
Sentences written for these tests."""

from __future__ import annotations

from marsad.api import analyze


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo_code, e.source and e.source.actor_code, e.target and e.target.actor_code)
            for e in analyze(text, published="2015-07-23").events]


def test_the_owner_of_the_positions_did_not_strike() -> None:
    events = _events("وقصف الطيران مواقع الحوثيين في صعدة.")
    assert not any(source == "YEMREB" for _, source, _ in events)
    assert any(target == "YEMREB" for _, _, target in events)


def test_the_town_of_the_clashes_is_no_side() -> None:
    events = _events("وقتل 12 مسلحا من الحوثيين في مواجهات بمناطق متفرقة من مدينة تعز مع قوات المقاومة الشعبية.")
    assert not any(target == "YEM" for _, _, target in events)
