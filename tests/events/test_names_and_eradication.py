"""Words inside a known organisation's name are no triggers ("حزب الدعوة"); إبادة is genocide or
eradication, never the Iranian town Abadeh; the subject of نجح is the doer of the verbal noun after في.
Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def test_a_word_of_a_party_s_name_is_no_invitation(event_sides):
    sides = event_sides("ومنها عضو حزب الدعوة العراقي نوري المالكي الذي تم تنصيبه رئيسا للوزراء.", "2015-08-01")
    assert all(code != "036" for code, _, _ in sides), sides


def test_ibada_is_no_town() -> None:
    doc = analyze("وقالت إن قتل المصلين وإبادة تلك الأرواح جريمة.", published="2015-08-01")
    assert not [m for m in doc.mentions if m.type in ("GPE", "LOC")]


def test_eradicating_terrorism_accuses_nobody(event_sides):
    sides = event_sides("وقال ولايتي إن طهران ستستمر في دعم لبنان وسوريا والعراق واليمن في إبادة الإرهاب.",
                        "2015-08-01")
    assert all(code != "112" for code, _, _ in sides), sides


def test_the_subject_of_najaha_does_the_noun_after_fi() -> None:
    doc = analyze("نجحت الشرطة الإندونيسية في إلقاء القبض على ثلاثة أشخاص.", published="2015-08-01")
    assert [(e.cameo_code, e.source.actor_code if e.source else None) for e in doc.events] == [("173", "IDNCOP")]
