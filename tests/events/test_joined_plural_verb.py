"""A joined verb in the plural does not share a subject that is one person or one body (roles._verb_source);
a union of states is its members."""

from __future__ import annotations

from marsad.api import analyze


def test_the_regime_did_not_storm_the_rebels_checkpoints():
    text = ("شن نظام الاسد 26350 غارة على المدن السورية، فيما أطلقت قوات المعارضة معركة في الزبداني بريف دمشق، "
            "وتمكن الثوار من تحرير عدد من الحواجز التابعة لحزب الله والنظام بمنطقة الجبل الشرقي، واقتحموا حاجزي "
            "السكرة والكرزات.")
    doc = analyze(text, published="2015-07-23")
    assert not [e for e in doc.events if e.trigger.text == "اقتحموا" and e.source and e.source.actor_code == "SYRGOV"]


def test_the_preacher_did_not_beware_himself():
    text = "دعا د. السديس الشباب أن ينتقلوا من الأزمات إلى وعي الأزمات ويحذروا التحديات المحيطة بهم."
    doc = analyze(text, published="2015-08-01")
    assert not [e for e in doc.events if e.trigger.text == "ويحذروا"]


def test_a_singular_subject_still_carries_to_a_singular_joined_verb():
    doc = analyze("شنت قوات التحالف غارات على مواقع الحوثيين في صعدة ودمرت آليات عسكرية.", published="2015-08-01")
    assert {e.source.actor_code for e in doc.events} == {"SAUMIL"}
