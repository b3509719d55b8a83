"""A judge with a nationality is that country's judiciary; who asked for a ruling is not what it hit.
Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def test_a_judge_bans_at_the_governments_request() -> None:
    events = analyze("وحظر قاض تركي، بناء على طلب من الحكومة، بث الصور على الإنترنت.", published="2025-04-15").events
    bans = [e for e in events if e.cameo_code.startswith("17")]
    assert bans and bans[0].source is not None and bans[0].source.actor_code == "TURJUD", bans
    assert bans[0].target is None or not (bans[0].target.actor_code or "").endswith("GOV"), bans


def test_two_ministers_in_the_dual_are_their_governments() -> None:
    events = analyze("وبدأ وزيرا المالية والاقتصاد اليونانيان اجتماعهما مع ممثلي صندوق النقد الدولي.",
                     published="2025-04-15").events
    meetings = [e for e in events if e.cameo_code.startswith("04")]
    assert meetings and meetings[0].source.actor_code == "GRCGOV", meetings
