"""Attacks claimed in a relative clause, "الانتحاري" as an attack's adjective, and gunmen said to belong to a
group. Sentences written for the test."""

from __future__ import annotations


def test_an_attack_claimed_in_a_relative_clause_is_the_claimer_s(event_sides):
    sides = event_sides("وقتل 12 شخصا في هجوم انتحاري تبناه تنظيم داعش في مدينة سوروتش.")
    assert sides and sides[0][1] == "org.isis", sides


def test_a_condemned_attack_past_its_adjective(event_sides):
    sides = event_sides("وأدانت تركيا الهجوم الانتحاري الذي شنه تنظيم داعش في سوروتش.")
    assert sides == [("111", "gpe.TUR", "org.isis")]


def test_the_suicide_adjective_is_no_second_attack(event_sides):
    sides = event_sides("وقتل 12 شخصا في الهجوم الانتحاري الذي شنه تنظيم داعش في بغداد.")
    assert len(sides) == 1 and sides[0][1] == "org.isis", sides


def test_gunmen_said_to_belong_to_a_group_are_the_group(event_sides):
    sides = event_sides("وقالت مصادر إن سبعة من الجنود اليمنيين قتلوا أمس في هجوم انتحاري نفذه مسلحون يعتقد "
                        "بانتمائهم لتنظيم «القاعدة في جزيرة العرب».")
    assert sides == [("1831", "org.aqap", "YEMMIL")]  # the killing takes its suicide attack's code
