"""A bare "المملكة" (or "السلطنة") is the state the article itself names or points to; with no evidence
it stays unread. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze

DATE = "2025-03-04"


def _states(text: str) -> list[tuple[str, str | None, str]]:
    doc = analyze(text, published=DATE)
    for m in doc.mentions:
        assert doc.text[m.start:m.end] == m.text
    return [(m.text, m.kb_id, m.origin) for m in doc.mentions if m.origin == "coref"]


def test_kingdom_named_by_its_title_earlier() -> None:
    text = "زار الوزير المملكة الأردنية الهاشمية أمس. وأكد أن المملكة شريك أساسي في المنطقة."
    assert _states(text) == [("المملكة", "gpe.JOR", "coref")]


def test_kingdom_the_article_points_to() -> None:
    text = ("وجه خادم الحرمين الشريفين بإرسال مساعدات إلى اليمن عبر مركز الملك سلمان للإغاثة. "
            "وأكد السفير أن للمملكة دورا كبيرا في دعم الشعب اليمني.")
    assert _states(text) == [("لمملكة", "gpe.SAU", "coref")]


def test_no_evidence_leaves_the_word_unread() -> None:
    assert _states("وارتفعت أسعار الغذاء في المملكة خلال الشهر الماضي.") == []


def test_one_passing_name_is_no_evidence() -> None:
    # a kingdom named once in a list is not what the article is about
    assert _states("وبلغت ميزانية الغذاء في المملكة ضعف ما ينفقه الأردن ومصر.") == []


def test_an_adjective_after_the_word_names_something_else() -> None:
    text = "زار الوزير المملكة العربية السعودية. وتحدث عن المملكة الحيوانية في الصحراء."
    assert [s for s in _states(text) if s[0] == "المملكة"] == []


def test_sultanate_is_oman_when_the_article_names_it() -> None:
    text = "استقبل السلطان هيثم بن طارق في مسقط وزير الخارجية العماني. وقال إن السلطنة تدعم الحوار."
    assert ("السلطنة", "gpe.OMN", "coref") in _states(text)


def test_a_bare_kingdom_tells_nothing_of_where_a_government_is() -> None:
    # the Yemeni minister's government stays Yemen's although the sentence names the kingdom
    doc = analyze("وأكد وزير الإدارة المحلية في الحكومة اليمنية أن الحكومة تعكف على إعداد برنامج إغاثة "
                  "شامل، مشيدا بمواقف دول الخليج وعلى رأسها المملكة تجاه الشعب اليمني. "
                  "ونقلت صحيفة عكاظ عن الوزير شكره لخادم الحرمين الشريفين ولمركز الملك سلمان.",
                  published=DATE)
    assert any(m.origin == "coref" and m.kb_id == "gpe.SAU" for m in doc.mentions)
    sources = {e.source.actor_code for e in doc.events if e.sentence_index == 0 and e.source}
    assert sources and "SAUGOV" not in sources, sources
