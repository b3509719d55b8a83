"""A plural verb with no subject named takes people, never one person or a body named by a singular noun.
Sentences written for the test."""

from __future__ import annotations


def test_a_plural_verb_is_not_the_act_of_the_bank_told_before(event_sides) -> None:
    events = event_sides("وأكد البنك المركزي السعودي أن القروض ارتفعت. وكان خبراء اقتصاديون طالبوا البنوك السعودية "
                         "بالحد من القروض.", "2015-08-01")
    assert all(s != "org.sama" for _, s, _ in events), events


def test_a_plural_verb_still_takes_the_group_told_before(event_sides) -> None:
    events = event_sides("أعلن الحوثيون سيطرتهم على المدينة. وطالبوا الحكومة اليمنية بالرحيل.", "2015-08-01")
    assert ("100", "org.houthis", "YEMGOV") in events, events


def test_unnamed_people_after_the_verb_are_its_subject_not_the_body_after_them(event_sides) -> None:
    events = event_sides("وطالب خبراء اقتصاديون الحكومة المصرية بوقف الاقتراض.", "2015-08-01")
    assert all(s != "EGYGOV" for _, s, _ in events), events


def test_a_group_of_people_an_actor_names_still_does_the_act(event_sides) -> None:
    events = event_sides("وفي مثل هذه الأيام من السنة الماضية، خطفت مجموعة مستوطنين الفتى المقدسي القاصر، محمد أبو خضير.",
                         "2015-08-01")
    assert [(c, s) for c, s, _ in events] == [("181", "ISRCVL")], events


def test_unnamed_people_with_a_nationality_are_that_countrys_people_or_officials(event_sides) -> None:
    activists = event_sides("وطالب ناشطون سعوديون الحكومة المصرية بالإفراج عن المعتقلين.", "2015-08-01")
    assert activists and all(s == "SAUCVL" for _, s, _ in activists), activists
    officials = event_sides("وانتقد مسؤولون أمريكيون الحكومة الإيرانية بشدة.", "2015-08-01")
    assert officials and all(s == "USAGOV" for _, s, _ in officials), officials
