"""The side that fired a weapon named with an epithet or its arm between them ("قذائف الغدر الحوثية"),
and a doer that opens inside a two-word attack pattern ("قصف المدفعية الإسرائيلية")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "وسقطت قذائف الغدر الحوثية على قرى جازان.",
    "وأصيب ثلاثة بشظايا قذائف الحقد الحوثية في نجران.",
])
def test_epithet_between_weapon_and_group_leaves_the_group_the_doer(event_sides, text):
    sides = event_sides(text)
    assert sides and all(source == "org.houthis" for _, source, _ in sides), sides
    assert all(target != "org.houthis" for _, _, target in sides), sides


def test_arm_between_strike_and_nationality(event_sides):
    sides = event_sides("وقتل ثلاثة في غارات الطيران الروسي على إدلب.")
    assert [s[1] for s in sides] == ["RUSMIL"], sides


def test_doer_opening_inside_the_attack_pattern(event_sides):
    sides = event_sides("وأصيب طفلان في قصف المدفعية الإسرائيلية على غزة.")
    assert sides and sides[0][1] == "ISRMIL", sides
    assert sides[0][2] != "ISRMIL"


def test_object_of_a_strike_keeps_its_owner_as_target(event_sides):
    # the genitive here is what was hit, not an epithet: the Houthi positions are no doer
    for _, source, _ in event_sides("وقصفت طائرات التحالف المواقع الحوثية في صعدة."):
        assert source != "org.houthis"
