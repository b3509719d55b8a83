"""A long sentence with many triggers: whether an actor only frames a report is asked once per actor, not
once per actor and trigger (which made the events stage quadratic in a sentence's length), and
remembering it changes no event. Sentences written for this test."""

from __future__ import annotations

import pytest

from marsad.api import analyze
from marsad.events import clauses

CLAUSE = "أدان وزير الخارجية الإيراني محمد جواد ظريف في طهران الهجوم على {}"
COUNTRIES = ("روسيا", "الصين", "تركيا", "مصر", "العراق", "سوريا", "لبنان", "الأردن", "قطر", "الكويت", "عمان",
             "اليمن", "تونس", "الجزائر", "المغرب", "ليبيا", "السودان", "باكستان", "الهند", "اليابان")


def _run(copies: int, monkeypatch: pytest.MonkeyPatch, remember: bool = True) -> tuple[int, list]:
    calls = 0
    original = clauses._reporting_actor

    def counted(view, act):
        nonlocal calls
        calls += 1
        return original(view, act)

    with monkeypatch.context() as patch:
        patch.setattr(clauses, "_reporting_actor", counted)
        if not remember:
            patch.setattr(clauses, "_framing", counted)
        doc = analyze(" و ".join(CLAUSE.format(c) for c in COUNTRIES[:copies]))
    events = [(e.cameo_code, e.trigger.start, e.source.entity_id if e.source else None,
               e.target.entity_id if e.target else None)
              for e in doc.events]
    return calls, events


def test_framing_is_asked_once_per_actor_and_changes_no_event(monkeypatch):
    calls_10, events_10 = _run(10, monkeypatch)
    calls_20, events_20 = _run(20, monkeypatch)
    assert events_20 and len(events_20) > len(events_10)
    assert calls_20 <= 2.5 * calls_10  # linear in the sentence, not quadratic
    calls_plain, events_plain = _run(20, monkeypatch, remember=False)
    assert events_plain == events_20
    assert calls_plain > 4 * calls_20
