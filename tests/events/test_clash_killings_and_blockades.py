"""Attacks told with their doer after describing words ("لهجوم عنيف من قبل الحوثيين"), people killed in
clashes with a named side, an exchange of fire, and a blockade a state announces. Sentences written for the
test."""

from __future__ import annotations

from marsad.api import analyze

DATE = "2025-04-15"


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    def side(actor):
        return None if actor is None else actor.entity_id or actor.actor_code
    return [(e.cameo_code, side(e.source), side(e.target)) for e in analyze(text, published=DATE).events]


def test_the_doer_after_min_qibal_past_an_adjective() -> None:
    events = _events("تعرضت القوات الحكومية اليمنية لهجوم عنيف من قبل الحوثيين.")
    assert [(code, source) for code, source, _ in events] == [("190", "org.houthis")], events


def test_those_killed_in_clashes_fell_to_the_side_after_maa() -> None:
    events = _events("وقتل 17 مسلحا من الحوثيين في مواجهات مع قوات المقاومة الشعبية في تعز.")
    killings = [(source, target) for code, source, target in events if code == "190"]
    assert killings and killings[0] == ("org.popular-resistance-yemen", "org.houthis"), events


def test_a_killing_in_an_attack_without_maa_keeps_its_claimed_doer() -> None:
    events = _events("قالت مصادر إن سبعة من الجنود اليمنيين قتلوا أمس في هجوم انتحاري نفذه مسلحون من تنظيم القاعدة.")
    assert all(source != "org.houthis" for _, source, _ in events), events
    assert any(code == "190" and target == "YEMMIL" for code, _, target in events), events


def test_an_exchange_of_fire_is_fought_between_the_two() -> None:
    events = _events("تبادلت المقاومة الشعبية مع الحوثيين إطلاق النار.")
    assert events == [("193", "org.popular-resistance-yemen", "org.houthis")], events


def test_a_state_announcing_a_blockade_imposes_it() -> None:
    events = _events("وأعلنت الولايات المتحدة فرض حصار على إيران.")
    assert ("191", "gpe.USA", "gpe.IRN") in events, events


def test_killed_at_the_hands_of_a_group_after_a_time_and_comma() -> None:
    events = _events("وقالت مصادر إن أبو عقيل السالمي قتل أمس السبت، على يد عناصر المقاومة الشعبية.")
    assert [(code, source) for code, source, _ in events if code == "190"] == \
        [("190", "org.popular-resistance-yemen")], events


def test_the_passive_subject_killed_at_someones_hands_is_the_target() -> None:
    events = _events("قتل الجنود الأمريكيون على يد تنظيم داعش.")
    assert events == [("190", "org.isis", "USAMIL")], events


def test_an_attack_launched_overnight_names_its_doer() -> None:
    events = _events("لقي ثلاثة أشخاص مصرعهم بمدينة درنة الليبية، جراء هجوم مباغت الليلة شنه عناصر تنظيم داعش.")
    assert any(source == "org.isis" for _, source, _ in events), events


def test_a_warplane_with_a_nationality_stands_for_its_forces() -> None:
    assert _events("أطلقت طائرة عراقية صاروخا على منزل في الرطبة.")[0][:2] == ("195", "IRQMIL")
    events = _events("وقال المصدر إن طائرة عسكرية عراقية أطلقت صاروخين على أحد المنازل.")
    assert [(code, source) for code, source, _ in events] == [("195", "IRQMIL")], events


def test_launching_a_military_operation_with_the_doer_in_between() -> None:
    events = _events("أطلقت تركيا عملية عسكرية ضد تنظيم داعش.")
    assert events == [("190", "gpe.TUR", "org.isis")], events


def test_a_congratulation_cable_is_addressed_to_the_actor_after_li() -> None:
    events = _events("بعث الملك سلمان برقية تهنئة للرئيس الفرنسي.")
    assert events == [("051", "per.king-salman", "per.emmanuel-macron")], events


def test_a_relative_clause_on_the_subject_is_no_place_for_the_target() -> None:
    events = _events("وفي 26 مارس، أطلق التحالف العربي الذي تقوده السعودية حملة عسكرية جوية ضد الحوثيين.")
    assert [(code, target) for code, _, target in events] == [("190", "org.houthis")], events


def test_an_armed_side_announcing_its_enemys_dead_killed_them() -> None:
    events = _events("أعلنت المقاومة الشعبية، عن مقتل 42 حوثياً على الأقل في مواجهات في تعز.")
    assert ("190", "org.popular-resistance-yemen", "org.houthis") in events, events


def test_an_army_announcing_its_own_dead_did_not_kill_them() -> None:
    events = _events("أعلن الجيش اليمني مقتل 5 من جنوده في هجوم للحوثيين.")
    assert [(source, target) for code, source, target in events if code == "190"] == [("org.houthis", "YEMMIL")]


def test_killed_at_the_hands_of_settlers_in_every_spelling() -> None:
    for text in ("مقتل طفل فلسطيني على يد مستوطنين إسرائيليين.", "قتل طفل فلسطيني على أيدي مستوطنين إسرائيليين.",
                 "دعت حركة حماس الى الرد على مقتل طفل فلسطيني حرقاً بأيدي مستوطنين في نابلس."):
        killings = [(source, target) for code, source, target in _events(text) if code == "190"]
        assert killings == [("ISRCVL", "PSECVL")], (text, killings)
    assert _events("قتل جنديان على أيدي مسلحي تنظيم داعش.")[0][:2] == ("190", "org.isis")


def test_an_attack_attributed_to_a_group_is_the_groups() -> None:
    events = _events("قتل عنصران من الشرطة التركية بالرصاص في هجوم جديد نسبته السلطات الى حزب العمال الكردستاني.")
    assert [source for code, source, _ in events if code == "190"] == ["org.pkk"], events
