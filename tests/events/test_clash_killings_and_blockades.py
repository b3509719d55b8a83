"""Attacks told with their doer after describing words ("لهجوم عنيف من قبل الحوثيين"), people killed in
clashes with a named side, an exchange of fire, and a blockade a state announces. Sentences written for the
test."""

from __future__ import annotations


def test_the_doer_after_min_qibal_past_an_adjective(event_sides) -> None:
    events = event_sides("تعرضت القوات الحكومية اليمنية لهجوم عنيف من قبل الحوثيين.")
    assert [(code, source) for code, source, _ in events] == [("190", "org.houthis")], events


def test_those_killed_in_clashes_fell_to_the_side_after_maa(event_sides) -> None:
    events = event_sides("وقتل 17 مسلحا من الحوثيين في مواجهات مع قوات المقاومة الشعبية في تعز.")
    killings = [(source, target) for code, source, target in events if code == "190"]
    assert killings and killings[0] == ("org.popular-resistance-yemen", "org.houthis"), events


def test_a_killing_in_an_attack_without_maa_keeps_its_claimed_doer(event_sides) -> None:
    events = event_sides("قالت مصادر إن سبعة من الجنود اليمنيين قتلوا أمس في هجوم انتحاري نفذه مسلحون من تنظيم القاعدة.")
    assert all(source != "org.houthis" for _, source, _ in events), events
    assert any(code in {"190", "1831"} and target == "YEMMIL" for code, _, target in events), events


def test_an_exchange_of_fire_is_fought_between_the_two(event_sides) -> None:
    events = event_sides("تبادلت المقاومة الشعبية مع الحوثيين إطلاق النار.")
    assert events == [("193", "org.popular-resistance-yemen", "org.houthis")], events


def test_a_state_announcing_a_blockade_imposes_it(event_sides) -> None:
    events = event_sides("وأعلنت الولايات المتحدة فرض حصار على إيران.")
    assert ("191", "gpe.USA", "gpe.IRN") in events, events


def test_killed_at_the_hands_of_a_group_after_a_time_and_comma(event_sides) -> None:
    events = event_sides("وقالت مصادر إن أبو عقيل السالمي قتل أمس السبت، على يد عناصر المقاومة الشعبية.")
    assert [(code, source) for code, source, _ in events if code == "190"] == \
        [("190", "org.popular-resistance-yemen")], events


def test_the_passive_subject_killed_at_someones_hands_is_the_target(event_sides) -> None:
    events = event_sides("قتل الجنود الأمريكيون على يد تنظيم داعش.")
    assert events == [("190", "org.isis", "USAMIL")], events


def test_an_attack_launched_overnight_names_its_doer(event_sides) -> None:
    events = event_sides("لقي ثلاثة أشخاص مصرعهم بمدينة درنة الليبية، جراء هجوم مباغت الليلة شنه عناصر تنظيم داعش.")
    assert any(source == "org.isis" for _, source, _ in events), events


def test_a_warplane_with_a_nationality_stands_for_its_forces(event_sides) -> None:
    assert event_sides("أطلقت طائرة عراقية صاروخا على منزل في الرطبة.")[0][:2] == ("195", "IRQMIL")
    events = event_sides("وقال المصدر إن طائرة عسكرية عراقية أطلقت صاروخين على أحد المنازل.")
    assert [(code, source) for code, source, _ in events] == [("195", "IRQMIL")], events


def test_launching_a_military_operation_with_the_doer_in_between(event_sides) -> None:
    events = event_sides("أطلقت تركيا عملية عسكرية ضد تنظيم داعش.")
    assert events == [("190", "gpe.TUR", "org.isis")], events


def test_a_congratulation_cable_is_addressed_to_the_actor_after_li(event_sides) -> None:
    events = event_sides("بعث الملك سلمان برقية تهنئة للرئيس الفرنسي.")
    assert events == [("051", "per.king-salman", "per.emmanuel-macron")], events


def test_a_relative_clause_on_the_subject_is_no_place_for_the_target(event_sides) -> None:
    events = event_sides("وفي 26 مارس، أطلق التحالف العربي الذي تقوده السعودية حملة عسكرية جوية ضد الحوثيين.")
    assert [(code, target) for code, _, target in events] == [("190", "org.houthis")], events


def test_an_armed_side_announcing_its_enemys_dead_killed_them(event_sides) -> None:
    events = event_sides("أعلنت المقاومة الشعبية، عن مقتل 42 حوثياً على الأقل في مواجهات في تعز.")
    assert ("190", "org.popular-resistance-yemen", "org.houthis") in events, events


def test_an_army_announcing_its_own_dead_did_not_kill_them(event_sides) -> None:
    events = event_sides("أعلن الجيش اليمني مقتل 5 من جنوده في هجوم للحوثيين.")
    assert [(source, target) for code, source, target in events if code == "190"] == [("org.houthis", "YEMMIL")]


def test_killed_at_the_hands_of_settlers_in_every_spelling(event_sides) -> None:
    for text in ("مقتل طفل فلسطيني على يد مستوطنين إسرائيليين.", "قتل طفل فلسطيني على أيدي مستوطنين إسرائيليين.",
                 "دعت حركة حماس الى الرد على مقتل طفل فلسطيني حرقاً بأيدي مستوطنين في نابلس."):
        killings = [(source, target) for code, source, target in event_sides(text) if code == "190"]
        assert killings == [("ISRCVL", "PSECVL")], (text, killings)
    assert event_sides("قتل جنديان على أيدي مسلحي تنظيم داعش.")[0][:2] == ("190", "org.isis")


def test_an_attack_attributed_to_a_group_is_the_groups(event_sides) -> None:
    events = event_sides("قتل عنصران من الشرطة التركية بالرصاص في هجوم جديد نسبته السلطات الى حزب العمال الكردستاني.")
    assert [source for code, source, _ in events if code == "190"] == ["org.pkk"], events


def test_strikes_as_the_subject_leave_the_owner_of_the_object_as_target(event_sides) -> None:
    events = event_sides("واستهدفت الغارات مواقع الحوثيين.")
    assert [(code, target) for code, source, target in events] == [("190", "org.houthis")], events
    assert all(source != "org.houthis" for _, source, _ in events), events


def test_an_aim_with_no_target_and_no_armed_doer_is_no_strike(event_sides) -> None:
    assert not event_sides("وتستهدف إيران في خطتها الخمسية جلب استثمارات تقدر بنحو 361 مليار دولار.")
    assert not event_sides("اعتمد مدير تعليم منطقة الباحة تشكيل لجنة توعية تستهدف منسوبي الإدارة العامة للتعليم.")
    assert event_sides("واستهدفت القوات الإسرائيلية منزلا في غزة.")[0][:2] == ("190", "org.idf")


def test_a_group_named_in_quote_marks_after_its_members_attacks(event_sides) -> None:
    assert event_sides("هاجم مقاتلو «جبهة النصرة» مقر الفرقة 30.")[0][:2] == ("190", "org.al-nusra")
    events = event_sides("وقالت الجماعة إن مقاتلي «جبهة النصرة» هاجموا مقرها، وقتلوا خمسة من أفرادها.")
    assert events and events[0][:2] == ("190", "org.al-nusra"), events


def test_a_sports_report_codes_no_meeting_of_states_but_keeps_an_armed_attack(event_sides) -> None:
    assert not event_sides("هذا وسيخلد منتخبنا اليوم للراحة في حين تتوصل منافسات البطولة بخمس مواجهات عندما "
                           "يلتقي البحرين والجزائر والإمارات وعمان والكويت.")
    assert event_sides("قتل لاعب كرة القدم في هجوم شنه تنظيم داعش على الملعب قبل المباراة.")[0][:2] == ("190", "org.isis")
    assert event_sides("التقى وزير الخارجية السعودي نظيره البحريني على هامش البطولة.")


def test_a_place_in_an_attacks_genitive_is_where_not_who(event_sides) -> None:
    assert not [e for e in event_sides("من وراء تفجيرات سيناء؟") if e[1] and "sinai" in e[1]]
    assert all(source != "gpe.baghdad" for _, source, _ in event_sides("وأسفرت تفجيرات بغداد عن مقتل 20 شخصا."))
    assert ("111", "gpe.SAU", "gpe.ISR") in event_sides("وأدانت السعودية غارات إسرائيل على غزة.")


def test_an_announced_gain_with_a_pronoun_is_the_announcers(event_sides) -> None:
    assert ("192", "org.popular-resistance-yemen", "org.houthis") in \
        event_sides("وأعلنت المقاومة الشعبية سيطرتها على مواقع الحوثيين.")
    assert not [e for e in event_sides("وكان الرئيس اليمني عبدربه منصور هادي أصدر قرارا بتعيين محافظ جديد لعدن، "
                                       "بعد تحرير المحافظة من المسلحين الحوثيين.") if e[1] == "org.houthis"]


def test_a_person_killed_with_others_is_no_killer(event_sides):
    sides = event_sides("وفي محافظة مأرب، قتل القيادي عبدالملك الحوثي وقياديان آخران في المواجهات الدائرة جنوب المحافظة.")
    killings = [s for s in sides if s[0].startswith("19")]
    assert killings and all(source != "per.abdul-malik-al-houthi" for _, source, _ in killings), sides
