"""A repelled attack with its own doer ("تصدت وحداتها لهجوم شنته مجموعات مسلحة على نقاط في ريف اللاذقية")
is two events: the attackers' attack on the force, and the force's repelling of the attackers (not of the
place); a force's own units (وحداتها) are that country's military. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def test_a_repelled_attack_names_both_sides() -> None:
    doc = analyze("أعلنت وزارة الدفاع السورية أن وحداتها تصدت لهجوم شنته مجموعات مسلحة على نقاط عسكرية في ريف "
                  "اللاذقية، ما أدى إلى مقتل جنديين.", published="2025-04-20")
    sides = sorted((e.source.actor_code, e.target.actor_code if e.target else None) for e in doc.events
                   if e.cameo_root == "19")
    assert sides == [("SYRMIL", "UAF"), ("UAF", "SYRMIL")], sides
