"""Claiming an attack guesses no counterpart as its target. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def test_a_claim_of_responsibility_is_aimed_at_no_guessed_state() -> None:
    doc = analyze("قال مسؤولون باكستانيون إن إسلام آباد تدعم محادثات السلام الأفغانية. وقالت باكستان إنها تدين "
                  "العنف في أفغانستان. وتبنت حركة طالبان هذا الهجوم الذي استهدف أكاديمية للشرطة في كابل.",
                  published="2015-08-09")
    claims = [e for e in doc.events if e.cameo_code == "015"]
    assert claims, [(e.cameo_code, e.source, e.target) for e in doc.events]
    assert all(e.target is None or e.target.country_iso3 != "PAK" for e in claims), claims
