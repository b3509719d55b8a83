"""Five readings of who is who: an indefinite noun joined to a counted one is counted too ("قتل 13 جنديا
وشرطيا": both are the dead); a second subject joined by و with the object after a comma or before the
pattern's cue is no object ("اتهمت الحكومة وقوات التحالف، الحوثيين بـ…"); "الميليشيات" refers back to
the group named with that word ("ميليشيات الحوثي"), not to the last armed group of any name; a verb on
"كل من" (whoever) has no doer at all; homes shelled "على أحياء سكنية" are civilians hit. Sentences written
for the test."""

from __future__ import annotations

from marsad.api import analyze


def _sides(text: str, root: str) -> list[tuple[str | None, str | None]]:
    doc = analyze(text, published="2015-08-01")
    return [(e.source.actor_code if e.source else None, e.target.actor_code if e.target else None)
            for e in doc.events if e.cameo_root == root]


def test_a_noun_joined_to_a_counted_one_is_counted_with_it() -> None:
    sides = _sides("ومنذ بدء المواجهات، قتل 13 جنديا وشرطيا على الأقل في كمائن متفرقة.", "19")
    assert sides and all(source != "COP" and not (source or "").endswith("COP") for source, _ in sides), sides
    assert any((target or "").endswith("COP") for _, target in sides), sides


def test_a_conjunct_after_a_count_in_words_is_counted_too() -> None:
    sides = _sides("قتل ثلاثة جنود وشرطيان في هجوم على نقطة تفتيش.", "19")
    assert sides and not any((source or "").endswith("COP") for source, _ in sides), sides


def test_a_second_subject_before_a_comma_is_no_object() -> None:
    sides = _sides("اتهمت الحكومة اليمنية المقيمة وقوات التحالف، الحوثيين بخرق الهدنة منذ ساعاتها الأولى.", "11")
    assert sides == [("YEMGOV", "YEMREB")], sides


def test_a_joined_actor_with_nothing_after_it_stays_the_object() -> None:
    sides = _sides("اتهمت إيران روسيا والصين بدعم الإرهاب.", "11")
    assert ("IRN", "RUS") in sides and ("IRN", "CHN") in sides, sides


def test_the_militias_are_the_group_named_with_that_word() -> None:
    doc = analyze("هاجمت ميليشيات الحوثي مدينة تعز. وتصدت المقاومة الشعبية للهجوم. "
                  "وقصفت الميليشيات الأحياء السكنية في المدينة.", published="2015-08-01")
    shelling = [e for e in doc.events if e.trigger.text.startswith("قصفت")]
    assert shelling and shelling[0].source is not None, [(e.trigger.text, e.source) for e in doc.events]
    assert shelling[0].source.entity_id == "org.houthis", shelling[0].source


def test_without_a_group_of_that_word_the_last_armed_group_is_meant() -> None:
    doc = analyze("وتقدمت المقاومة الشعبية نحو المدينة. وقصفت الميليشيات الأحياء السكنية.", published="2015-08-01")
    shelling = [e for e in doc.events if e.trigger.text.startswith("قصفت")]
    assert shelling and shelling[0].source is not None
    assert shelling[0].source.entity_id == "org.popular-resistance-yemen", shelling[0].source


def test_whoever_does_it_is_no_one_who_did() -> None:
    doc = analyze("وأسقط الأسد الجنسية عن السوريين ومنحها إلى كل من يقاتل معه أيا كانت جنسيته.", published="2015-08-01")
    assert not [e for e in doc.events if e.trigger.text.startswith("يقاتل")], [(e.cameo_code, e.trigger.text) for e in doc.events]
    doc = analyze("وقال المتحدث إن كل من يخرج في مظاهرة مناصرة للنظام السابق ستتم مواجهته.", published="2015-08-01")
    assert not [e for e in doc.events if e.cameo_root == "14"], [(e.cameo_code, e.trigger.text) for e in doc.events]


def test_a_named_doer_before_a_relative_still_acts() -> None:
    doc = analyze("اعتقلت الشرطة كل من شارك في المظاهرة أمس.", published="2015-08-01")
    assert [e.source.actor_code for e in doc.events if e.cameo_code == "173"] == ["COP"]


def test_homes_shelled_after_the_attacks_own_preposition_are_civilians() -> None:
    sides = _sides("قتل مدني في قصف شنه الحوثيون وميليشيات صالح على أحياء سكنية في مدينة تعز.", "19")
    assert ("YEMREB", "YEMCVL") in sides, sides
    sides = _sides("في قصف شنه الحوثيون على أحياء سكنية في مدينة تعز.", "19")
    assert sides == [("YEMREB", "YEMCVL")], sides
