"""Three readings of this session's articles: people who attended a meeting ("وحضر اللقاء X و Y") did
not meet each other; thanking someone for something is praise (051) while the noun شكر ("كلمة شكر
وعرفان"، "شكره وتقديره") is not the verb; two air strikes (غارتين) are an air strike. Sentences written
for the test."""

from __future__ import annotations

from marsad.api import analyze

DATE = "2025-11-16"


def _codes(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = analyze(text, published=DATE)
    side = lambda a: a.entity_id or a.actor_code if a is not None else None  # noqa: E731
    return [(e.cameo_code, side(e.source), side(e.target)) for e in doc.events]


def test_the_attendees_of_a_meeting_did_not_meet_each_other() -> None:
    text = ("استقبل الملك عبدالله الثاني اليوم وزير الخارجية المصري بدر عبد العاطي. وحضر اللقاء رئيس الديوان الملكي "
            "الهاشمي ووزير الخارجية أيمن الصفدي.")
    codes = _codes(text)
    assert ("043", "per.king-abdullah-ii", "per.badr-abdelatty") in codes
    assert not [c for c in codes if c[0].startswith("04") and "per.ayman-safadi" in c[1:]]


def test_a_meeting_held_is_still_a_meeting() -> None:
    assert [c for c in _codes("وعقد الصفدي لقاء مع نظيره المصري بدر عبد العاطي.") if c[0] == "040"]


def test_thanking_countries_is_praise_for_each() -> None:
    codes = _codes("وشكر المبعوث الأممي هانس غروندبرغ سلطنة عمان والمملكة العربية السعودية على دعمهما.")
    assert ("051", "per.hans-grundberg", "gpe.OMN") in codes
    assert ("051", "per.hans-grundberg", "gpe.SAU") in codes


def test_the_noun_thanks_is_no_verb() -> None:
    assert not _codes("يستحق المنظمون كلمة شكر وعرفان ، وعلى رأسهم أمير منطقة مكة المكرمة خالد الفيصل.")
    assert not [c for c in _codes("وعبر الرئيس المصري عن بالغ شكره وتقديره للملك سلمان بن عبدالعزيز على دعمه.")
                if c[0] == "051" and c[1] == "per.king-salman"]


def test_two_air_strikes_are_an_air_strike() -> None:
    codes = _codes("شن الطيران الحربي الإسرائيلي غارتين على بلدة في قضاء بنت جبيل جنوب لبنان.")
    assert [c for c in codes if c[0] == "195" and c[1] == "org.israeli-air-force"]
