"""Praise of a role or effort that carries a pronoun, and the acts inside a praised role. Sentences written
for the test."""

from __future__ import annotations


def test_praise_of_her_role_is_praise_of_the_state_the_pronoun_refers_to(event_sides) -> None:
    events = event_sides("من جانبه، أكد أردوغان أن تركيا ترى في مصر شريكا استراتيجيا، مشيدا بدورها في جهود الوساطة "
                         "لوقف إطلاق النار في غزة.", "2015-08-01")
    assert events == [("051", "per.recep-tayyip-erdogan", "gpe.EGY")], events


def test_an_act_inside_a_praised_role_is_not_aimed_at_the_praiser(event_sides) -> None:
    events = event_sides("وأشاد أردوغان بدور مصر في جهود الوساطة لوقف إطلاق النار في غزة.", "2015-08-01")
    assert ("051", "per.recep-tayyip-erdogan", "gpe.EGY") in events, events
    assert all(t != "per.recep-tayyip-erdogan" for _, _, t in events), events


def test_a_pronoun_that_does_not_agree_with_the_nearest_name_finds_no_target(event_sides) -> None:
    # بوتين is a man: "بدورها" is not his role
    events = event_sides("التقى أردوغان بالرئيس الروسي فلاديمير بوتين، مشيدا بدورها في المنطقة.", "2015-08-01")
    assert all(not (c == "051" and t == "per.vladimir-putin") for c, _, t in events), events
