"""Projectiles (مقذوف) fired across a border are shelling, and what they hit is the subject of تعرض even when
a quoted unit name or "لسقوط" stands between. A name set off in quote marks does not break a pattern or hide
the subject of a verb with no noun reading. "المقاومة" in a report on Yemen's war is the Popular Resistance.
Whom an attack backs is no target, and a side backed by another in "بين" is one side. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from marsad.api import analyze


def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = analyze(text, published="2015-08-01")
    return [(e.cameo_code, e.source and e.source.actor_code, e.target and e.target.actor_code) for e in doc.events]


@pytest.mark.parametrize("text", [
    "وأفاد المتحدث أن دورية تابعة لحرس الحدود في منطقة نجران تعرضت لمقذوف عسكري من داخل الأراضي اليمنية.",
    "وتعرض مركز حدودي في قطاع الخوبة بمنطقة جازان لمقذوفات عسكرية أطلقت من داخل الأراضي اليمنية.",
])
def test_a_projectile_from_across_the_border_is_shelling(text: str) -> None:
    assert ("194", "YEMUAF", "SAU") in _sides(text)


def test_a_quoted_unit_name_does_not_end_the_exposed_subject() -> None:
    text = ("وقال المتحدث إنه تعرضت دورية راجلة من «قوة المجاهدين» في قطاع العارضة بمنطقة جازان، لمقذوف عسكري "
            "من داخل الأراضي اليمنية.")
    assert ("194", "YEMUAF", "SAU") in _sides(text)


def test_what_a_falling_projectile_hit_is_the_subject_of_exposed() -> None:
    doc = analyze("وتعرضت مدينة نجران مساء أمس لسقوط مقذوفات عسكرية من داخل الأراضي اليمنية.", published="2015-08-01")
    [event] = doc.events
    assert event.cameo_code == "194" and event.target is not None and event.target.span is not None
    assert event.target.span.text == "مدينة نجران" or event.target.span.text == "نجران"


def test_a_retold_projectile_is_no_new_shelling() -> None:
    assert _sides("وتبين أن المقذوف سقط في فناء مدرسة خالية.") == []


@pytest.mark.parametrize("text, expected", [
    ("وسيطر «داعش»، على مدينة تدمر في مايو الماضي.", ("192", "IMGMOSREB", "SYR")),
    ("واتهم «حزب الله» إسرائيل بخرق القرار الدولي.", ("112", "LBNREB", "ISR")),
])
def test_a_name_in_quote_marks_after_the_verb_is_its_subject(text: str, expected: tuple[str, str, str]) -> None:
    assert any((code[:3], src, tgt) == expected for code, src, tgt in _sides(text))


def test_a_bare_verbal_noun_form_keeps_its_quoted_genitive_unread() -> None:
    # قصف is also the noun "shelling": a quoted name after it may be its genitive, so it is not read as the subject
    assert not any(src == "IMGMOSREB" and code == "190" for code, src, _ in _sides("وقصف «داعش» كان عنيفا."))


def test_the_resistance_in_a_report_on_yemen_is_the_popular_resistance() -> None:
    text = ("واحتدمت المواجهات في محافظة الضالع جنوب اليمن بين الحوثيين وقوات الجيش. "
            "وقالت مصادر محلية إن المقاومة تمكنت من السيطرة على مواقع في مدينة الضالع وقتلت عشرة من الحوثيين.")
    doc = analyze(text, published="2015-08-01")
    resistance = [m for m in doc.mentions if m.text == "المقاومة"]
    assert resistance and resistance[0].kb_id == "org.popular-resistance-yemen"


def test_the_resistance_in_a_report_on_lebanon_stays_unlinked() -> None:
    text = "وقال نائب في البرلمان اللبناني في بيروت إن المقاومة ستبقى في جنوب لبنان ما دامت إسرائيل تحتل مزارع شبعا."
    doc = analyze(text, published="2015-08-01")
    assert all(m.kb_id != "org.popular-resistance-yemen" for m in doc.mentions)


@pytest.mark.parametrize("text", [
    "وشنت طائرات التحالف غارات دعما للمقاومة الشعبية في محافظة مأرب.",
    "وقد تشهد الأيام المقبلة عملية عسكرية برية يقودها التحالف بقيادة السعودية لدعم المقاومة الشعبية في تعز.",
])
def test_whom_an_attack_backs_is_no_side_of_it(text: str) -> None:
    assert not any(tgt == "YEMREB" or src == "YEMREB" for _, src, tgt in _sides(text))


def test_a_side_backed_by_another_is_one_side_between() -> None:
    text = "واندلعت معارك عنيفة في محافظة شبوة بين قوات الجيش المدعومة بالمقاومة الشعبية ومليشيات الحوثي."
    assert ("190", "YEMMIL", "YEMREB") in _sides(text)


@pytest.mark.parametrize("text", [
    "ورصد المرصد إلقاء مروحيات النظام السوري أكثر من 300 برميل متفجر على أحياء مدينة داريا خلال أسبوع.",
    "وألقت مروحيات الجيش السوري برميلا متفجرا على بلدة في ريف إدلب.",
])
def test_dropping_barrel_bombs_is_an_air_strike(text: str) -> None:
    assert any(code == "195" and src == "SYRMIL" for code, src, _ in _sides(text))


def test_the_two_sides_of_a_first_fight_are_the_groups_of_the_dead() -> None:
    text = ("قتل 15 عنصرا من ميليشيات الحوثي وقوات الرئيس المخلوع، بينما قتل ثلاثة من رجال المقاومة الشعبية في "
            "المواجهات العنيفة التي دارت بين الطرفين في محافظة إب.")
    sides = [(src, tgt) for code, src, tgt in _sides(text) if code == "190"]
    assert ("YEMREB", "YEMREB") in sides
    doc = analyze(text, published="2015-08-01")
    fight = next(e for e in doc.events if e.trigger.text.startswith("المواجهات"))
    assert {fight.source.canonical_en, fight.target.canonical_en} == {"Houthis", "Popular Resistance (Yemen)"}


def test_a_counted_second_group_of_the_dead_is_the_other_side() -> None:
    text = "وقتل ستة من مسلحي تنظيم داعش وثلاثة من عناصر البيشمركة في الاشتباكات التي دارت بين الطرفين قرب كركوك."
    assert ("190", "IMGMOSREB", "IRQMIL") in _sides(text)
