""""معارك … بين قوات النظام والفصائل": a clash whose other side the text names with words no actor covers
takes no guessed side from earlier fights (the civilians or the place the regime had bombed, or an
unidentified force). Sentences written for
these tests."""

from __future__ import annotations

from marsad.api import analyze

_BOMBING = "وقال المرصد إن 12 سوريا قتلوا في قصف لطيران النظام السوري بالبراميل المتفجرة على قرية في ريف حلب. "


def _battles(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.source and e.source.actor_code, e.target and e.target.actor_code)
            for e in analyze(text, published="2015-07-23").events if e.cameo_code == "190"]


def test_an_unnamed_second_side_is_not_guessed() -> None:
    text = _BOMBING + "وتشهد مدينة حلب معارك متواصلة منذ صيف 2012 بين قوات النظام والفصائل التي تتقاسم السيطرة عليها."
    assert _battles(text) == []  # neither the bombed village nor an unidentified force fought the regime


def test_a_clash_with_one_side_named_still_takes_the_other_from_the_article() -> None:
    text = ("وهاجم مسلحو جماعة الحوثي مواقع المقاومة الشعبية في تعز. وقتل خمسة من الحوثيين في مواجهات مع "
            "المقاومة الشعبية.")
    assert ("YEMREB", "YEMREB") in _battles(text) or any(target == "YEMREB" for _, target in _battles(text))
