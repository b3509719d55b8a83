"""Fixtures shared by the event tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from marsad.api import analyze

DATE = "2025-04-15"
Sides = list[tuple[str, str | None, str | None]]


@pytest.fixture
def event_sides() -> Callable[..., Sides]:
    """(CAMEO code, source, target) of each event of a text, sides by entity id or else actor code."""
    def code(text: str, published: str = DATE) -> Sides:
        def side(actor):
            return None if actor is None else actor.entity_id or actor.actor_code
        return [(e.cameo_code, side(e.source), side(e.target)) for e in analyze(text, published=published).events]
    return code
