"""A verb of targeting before a goal's verbal noun aims, it attacks nobody ("وتستهدف الحكومة خفض
العجز"); an armed body announcing a targeting claims it ("أعلنت كتائب القسام استهداف دبابة إسرائيلية"),
a government announcing a diplomatic step takes it; the doer after "من قبل" is a noun's doer ("جراء
استهدافه من قبل قوات الاحتلال"). Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze

DATE = "2025-06-14"


def _events(text: str) -> list:
    return analyze(text, published=DATE).events


def test_targeting_a_goal_is_no_attack() -> None:
    for text in ("وتستهدف الحكومة خفض العجز إلى 3 في المئة.",
                 "وقال الوزير إن المملكة تستهدف رفع مساهمة الصادرات غير النفطية إلى 50 في المئة."):
        assert not [e for e in _events(text) if e.cameo_root == "19"], text


def test_targeting_a_force_is_still_an_attack() -> None:
    found = [e for e in _events("استهدف الجيش الإسرائيلي تجمعا للمدنيين في خان يونس.") if e.cameo_root == "19"]
    assert found


def test_an_armed_group_announcing_a_targeting_claims_it() -> None:
    found = [e for e in _events("أعلنت كتائب القسام استهداف دبابة إسرائيلية في خان يونس.")
             if e.cameo_root == "19"]
    assert found and found[0].source.actor_code == "PSEREB"
    assert found[0].target is not None and found[0].target.actor_code == "ISRMIL"


def test_an_announced_attack_must_follow_its_announcer() -> None:
    text = "من جهته، أعلن حزب الله أن مقاتليه استهدفوا ثكنة عسكرية في كريات شمونة ردا على الغارات."
    assert not [e for e in _events(text) if e.trigger.text == "الغارات"]


def test_the_doer_after_min_qibal() -> None:
    text = ("وأفادت مصادر طبية أن فتى أصيب بجروح شرق بيت حانون جراء استهدافه من قبل قوات الاحتلال "
            "المتمركزة في المنطقة.")
    found = [e for e in _events(text) if e.trigger.text == "استهدافه"]
    assert found and found[0].source.actor_code == "ISRMIL"


def test_the_object_after_a_patterns_preposition_is_no_doer() -> None:
    text = "وتعهد الوزير بمحاسبة المسؤولين عن إطلاق النار على المتظاهرين."
    found = [e for e in _events(text) if e.cameo_root == "19"]
    assert not [e for e in found if e.source is not None and (e.source.actor_code or "").endswith("CVL")]


def test_a_noun_after_about_is_a_topic_not_an_act() -> None:
    text = ("وصل وفد من حركة حماس إلى القاهرة لإجراء مباحثات مع المسؤولين المصريين حول مقترح جديد لوقف إطلاق "
            "النار وتبادل الأسرى.")
    assert not [e for e in _events(text) if e.cameo_code.startswith("084")]


def test_a_clause_after_about_still_tells_its_act() -> None:
    text = "وبناء على مذكرة تفاهم حول هذا الصدد جرى التوقيع عليها بين بروكسل وأثينا في نهاية مايو."
    assert [e for e in _events(text) if e.cameo_code == "057"]
