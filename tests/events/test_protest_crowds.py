"""A protest's unnamed crowd takes its country from the crowd or the place, not from what it protested,
and a participle after a comma shares that crowd. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    def side(actor):
        return None if actor is None else actor.entity_id or actor.actor_code
    return [(e.cameo_code, side(e.source), side(e.target)) for e in analyze(text, published="2025-04-15").events]


def test_the_protested_objects_nationality_is_not_the_crowds() -> None:
    events = _events("وتظاهر آلاف الأشخاص في لندن للتنديد بالاتفاق التجاري الصيني.")
    assert [s for c, s, _ in events if c.startswith("14")] == ["GBRCVL"], events


def test_a_crowds_own_nationality_still_counts() -> None:
    events = _events("وتظاهر مئات الإيرانيين في طهران.")
    assert [s for c, s, _ in events if c.startswith("14")] == ["IRNCVL"], events


def test_a_participle_after_a_comma_shares_the_implied_crowd() -> None:
    events = _events("وتظاهر آلاف في نيويورك، داعين الكونغرس إلى رفض الاتفاق.")
    appeals = [(s, t) for c, s, t in events if c.startswith("02")]
    assert appeals and appeals[0][0] == "USACVL", events
