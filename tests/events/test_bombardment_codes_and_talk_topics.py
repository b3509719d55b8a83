"""قصف is the generic fight entry (190) until its doer or its means say how it was done: aircraft make it an
air strike (195), guns and tanks artillery (194). Talks about a place are neither hosted by it nor held with
it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from marsad.api import analyze


def _codes(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = analyze(text, published="2015-08-09")
    return [(e.cameo_code, e.source and e.source.actor_code, e.target and e.target.span and e.target.span.text)
            for e in doc.events]


@pytest.mark.parametrize("text, expected", [
    ("قصف الطيران السوري مدينة الزبداني.", "195"),
    ("وطيران التحالف يقصف قاعدة العند الجوية.", "195"),
    ("وقصف الجيش السوري مدينة داريا بالطائرات.", "195"),
    ("وقصف الجيش الإسرائيلي قطاع غزة جوا.", "195"),
    ("قصفت المدفعية الإسرائيلية مواقع لحزب الله.", "194"),
    ("وقصفت دبابات تركية مواقع داعش في سوريا.", "194"),
])
def test_the_doer_or_the_means_says_how(text: str, expected: str) -> None:
    assert [code for code, _, _ in _codes(text)] == [expected]


@pytest.mark.parametrize("text", [
    "وقصف الحوثيون الأحياء السكنية في تعز.",
    "وقصف الحوثيون قاعدة العند الجوية.",  # the base's adjective is no means
])
def test_a_doer_that_says_nothing_keeps_the_bare_code(text: str) -> None:
    assert [code for code, _, _ in _codes(text)] == ["190"]


def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = analyze(text, published="2015-07-23")
    return [(e.cameo_code, e.source and e.source.actor_code, e.target and e.target.actor_code) for e in doc.events]


def test_talks_about_a_place_are_not_hosted_by_it() -> None:
    assert _sides("وبحث الرئيس الأمريكي الأوضاع في سوريا.") == []
    assert _sides("وبحث وزير الخارجية العراقي في موسكو التعاون العسكري.") == [("046", "IRQGOV", "RUSGOV")]


def test_talks_after_a_meeting_are_with_its_other_side() -> None:
    sides = _sides("وقال الجبير عقب لقائه بوزير الخارجية المصري اليوم إنه بحث الأوضاع في اليمن وسوريا.")
    assert ("046", "SAUGOV", "EGYGOV") in sides
    assert not any(target == "YEMGOV" for _, _, target in sides)


def test_a_gathering_after_a_preposition_is_no_protest() -> None:
    sides = _sides("وقتل 16 من المسلحين الحوثيين في هجوم نفذته المقاومة الشعبية على تجمع لهم أمام مبنى البنك "
                   "المركزي اليمني وسط العاصمة.")
    assert not any(code.startswith("14") for code, _, _ in sides)
    assert ("141", "IRQCVL", "IRQGOV") in _sides("وتجمع مئات المحتجين أمام مقر الحكومة في بغداد.")


def test_an_armed_man_with_a_movement_nisba_is_the_movement() -> None:
    assert _sides("وفي محافظة مأرب قتل 13 مسلحا حوثيا.") == [("190", "YEMUAF", "YEMREB")]


def test_repelled_attacks_are_against_their_doers_not_an_earlier_foe() -> None:
    doc = analyze("وشنت طائرات التحالف غارات على مواقع الحوثيين في صنعاء. وفي محافظة مأرب، تصدت المقاومة الشعبية "
                  "لهجمات شنها المسلحون الحوثيون على مواقعها.", published="2015-07-23")
    repelled = [e for e in doc.events if e.sentence_index == 1 and e.source.actor_code == "YEMREB"
                and e.source.span and e.source.span.text.startswith("المقاومة")]
    assert repelled and all(e.target is not None and e.target.entity_id == "org.houthis" for e in repelled)


def test_who_holds_the_struck_place_is_hit() -> None:
    assert ("195", "SAUMIL", "YEMREB") in _sides(
        "شنت طائرات التحالف العربي صباح امس غارتين جويتين على معسكر يسيطر عليه الحوثيون في ضواحي صنعاء.")


def test_an_air_strike_retold_keeps_its_doer_not_the_carried_subject() -> None:
    doc = analyze("وكانت مليشيات الحوثي قد قصفت أحياء سكنية في تعز. الى ذلك شنت طائرات التحالف صباح امس غارتين "
                  "جويتين على معسكر يسيطر عليه الحوثيون في ضواحي العاصمة صنعاء. وقال مصدر محلي ل\"الرياض\" إن "
                  "غارتين جويتين استهدفتا صباح امس معسكر المنار في مديرية الحيمة غرب العاصمة.", published="2015-07-23")
    third = [e for e in doc.events if e.sentence_index == 2]
    assert third and all(e.source.actor_code == "SAUMIL" for e in third)


@pytest.mark.parametrize("text, expected", [
    ("وقالت مصادر إن مسلحي المقاومة الشعبية نصبوا كمينا لدورية من ميليشيات الحوثيين في منطقة خارف.",
     ("190", "YEMREB", "YEMREB")),
    ("ونصب مسلحو طالبان كمينا لقافلة للجيش الأفغاني.", ("190", "AFGREB", "AFGMIL")),
    ("وقتل جنديان في كمين نصبه مسلحون مجهولون لدورية للجيش المصري في سيناء.", ("190", "UAF", "EGYMIL")),
])
def test_an_ambush_laid_is_an_attack_on_whom_it_was_laid_for(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _sides(text)


def test_a_checkpoint_is_no_ambush() -> None:
    assert _sides("وكان آخر هجوم للجماعة قد وقع بالهجوم على عدد من الكمائن للجيش المصري بمدينتي رفح والشيخ "
                  "زويد.") == []


def test_counted_soldiers_of_a_force_are_that_force() -> None:
    assert any(target == "YEMMIL" for _, _, target in _sides("قتل تسعة جنود من الجيش اليمني في هجوم بسيارة مفخخة."))


def test_a_patrol_of_a_group_belongs_to_it() -> None:
    sides = _sides("وأكد شهود عيان أن المقاومة الشعبية نفذت كمينًا استهدف دورية خاصة بالمسلحين الحوثيين في "
                   "محافظة حجة.")
    assert sides and all(target == "YEMREB" for _, _, target in sides)


def test_strikes_pointed_back_at_are_not_told_again() -> None:
    doc = analyze("شنت الطائرات التركية غارات جوية على مواقع حزب العمال الكردستاني في شمال العراق. وتزامنت هذه "
                  "الغارات مع تصاعد التوتر في البلاد.", published="2015-08-01")
    assert [e.sentence_index for e in doc.events] == [0]
    assert [t.text for t in doc.events[0].tellings] == ["شنت الطائرات التركية غارات جوية"]


def test_acts_pointed_at_by_a_demonstrative_are_no_new_event() -> None:
    assert _sides("وأكد النائب طلال الجلال أن دين الإسلام الحنيف بريء من مثل هذه الأعمال الإرهابية الجبانة التي "
                  "تستهدف المصلين في المملكة.") == []


@pytest.mark.parametrize("text, expected", [
    ("واستهدفت مقاتلات التحالف العربي آليات عسكرية للحوثيين في صحراء لحج.", "195"),
    ("وقتلت طائرات التحالف الدولي 20 مسلحا من تنظيم داعش.", "195"),
    ("وهاجم الجيش السوري مواقع المعارضة المسلحة في ريف حلب.", "190"),
])
def test_aircraft_as_the_doer_of_any_attack_make_an_air_strike(text: str, expected: str) -> None:
    assert [code for code, _, _ in _codes(text)] == [expected]


def test_one_of_a_groups_fighters_killed_by_a_shell_is_its_target() -> None:
    assert _sides("من جانب آخر، قتل أحد مسلحي المقاومة الشعبية وأصيب خمسة آخرون بقذيفة هاون أطلقتها ميليشيات "
                  "الحوثي في جبهة الكود في محافظة أبين صباح أمس.") == [("194", "YEMREB", "YEMREB")]
