"""Fire "من داخل الأراضي اليمنية" is that country's unnamed force; the subject of تعرض is what the attack hit;
ل before a past verb form is the verbal noun's. Sentences written for the test."""

from __future__ import annotations


def test_fire_from_a_country_s_land_hits_the_exposed_post(event_sides):
    sides = event_sides("وتعرض مركز حدودي سعودي لقذائف من داخل الأراضي اليمنية.", "2015-08-01")
    assert sides == [("194", "YEMUAF", "SAUMIL")]


def test_shelling_from_the_other_side_of_the_border(event_sides):
    sides = event_sides("وتعرضت مدينة نجران لقصف من الجانب اليمني.", "2015-08-01")
    assert sides == [("190", "YEMUAF", "gpe.najran")]


def test_the_exposed_subject_is_the_target_of_a_named_attacker(event_sides):
    sides = event_sides("وتعرضت دورية سعودية لهجوم من مسلحين حوثيين.", "2015-08-01")
    assert sides == [("190", "org.houthis", "SAUMIL")]


def test_where_supplies_come_from_is_no_doer(event_sides):
    sides = event_sides("وأشاد الوزير بقطع الجيش اللبناني الإمدادات التي تصل من الجانب السوري.", "2015-08-01")
    assert all(source != "SYRUAF" for _, source, _ in sides), sides


def test_lam_before_a_past_form_is_no_verb(event_sides):
    # "الخاضعة لسيطرتهم": under their control, nobody took anything here
    sides = event_sides("وحشد الحوثيون مقاتلين من القبائل الخاضعة لسيطرتهم.", "2015-08-01")
    assert all(code != "192" for code, _, _ in sides), sides
