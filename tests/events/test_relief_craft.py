"""A relief plane or convoy with its nationality is that state's aid (073). Sentences written for the test."""

from __future__ import annotations


def test_a_relief_plane_arriving_is_its_states_aid(event_sides) -> None:
    events = event_sides("وصلت امس الطائرة الإغاثية السعودية الرابعة إلى مطار عدن الدولي محملة بالمستلزمات الطبية.",
                         "2015-08-01")
    assert [(c, s) for c, s, _ in events] == [("073", "gpe.SAU")], events


def test_a_relief_bridge_said_to_go_on_is_no_new_delivery(event_sides) -> None:
    assert event_sides("أكد المتحدث أن الجسر الإغاثي مستمر ضمن خطط أعدت لهذا الغرض.", "2015-08-01") == []
