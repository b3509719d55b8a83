"""A body's weak alias (a paper whose name is also a phrase: "المصري اليوم", "the Egyptian … today")
links only where the article names the body in full; elsewhere the nisba and the office keep their
reading. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze

DATE = "2015-08-01"


def _mentions(text: str) -> list[tuple[str, str, str | None]]:
    doc = analyze(text, published=DATE)
    return [(m.text, m.kind, m.entity_id) for m in doc.mentions]


def test_a_nisba_before_today_is_no_paper():
    found = _mentions("التقى الجبير بوزير الخارجية المصري اليوم في القاهرة.")
    assert ("المصري اليوم", "name", "org.al-masry-al-youm") not in found
    assert any(kind == "description" and text == "وزير الخارجية المصري" for text, kind, _ in found), found


def test_the_paper_named_in_full_links_its_short_name_too():
    found = _mentions("ونقلت صحيفة المصري اليوم عن مصدر أن الوزير استقال. وأضافت المصري اليوم أن القرار نهائي.")
    assert [t for t, _, eid in found if eid == "org.al-masry-al-youm"] == ["صحيفة المصري اليوم", "المصري اليوم"]


def test_the_met_minister_is_the_meetings_target():
    doc = analyze("التقى الجبير بوزير الخارجية المصري اليوم في القاهرة.", published=DATE)
    meetings = [e for e in doc.events if e.cameo_code.startswith("04")]
    assert meetings and meetings[0].target is not None and meetings[0].target.actor_code == "EGYGOV"


def test_a_state_today_is_the_state_not_its_namesake_paper():
    doc = analyze("وصل الرئيس الإيراني إلى روسيا اليوم في زيارة رسمية.", published=DATE)
    visits = [e for e in doc.events if e.cameo_code.startswith("04")]
    assert visits and visits[0].target is not None and visits[0].target.actor_code == "RUS"
    found = _mentions("أعلنت إسرائيل اليوم أنها ستبني مستوطنات جديدة.")
    assert ("إسرائيل", "name", "gpe.ISR") in found, found


def test_a_paper_set_off_by_quote_marks_or_a_media_noun_links_without_its_full_name():
    assert ("روسيا اليوم", "name", "org.rt") in _mentions("وقال لـ«روسيا اليوم» إن الخطر قائم.")
    assert ("روسيا اليوم", "name", "org.rt") in _mentions("وأشار في لقاء مع قناة «روسيا اليوم» إلى أن الخطر قائم.")


def test_the_middle_east_in_quote_marks_after_la_is_the_paper_elsewhere_the_region():
    assert ("الشرق الأوسط", "name", "org.asharq-al-awsat") in _mentions("وقال المسؤول لـ«الشرق الأوسط»، إنه «لا تراجع».")
    assert ("الشرق الأوسط", "name", "org.asharq-al-awsat") in _mentions("وقالت الناشطة لـ {الشرق الأوسط» إنه «لا تراجع».")
    assert ("الشرق الأوسط", "name", "loc.middle-east") in _mentions("وتشهد منطقة الشرق الأوسط توترا متزايدا.")


def test_a_common_surname_names_a_famous_holder_only_after_his_full_name() -> None:
    alone = _mentions("وأشار المالكي بأنه تم الانتهاء من تأهيل مجمع غامد للبنات.")
    assert not any(eid == "per.nouri-al-maliki" for _, _, eid in alone)
    named = _mentions("هاجم نائب الرئيس العراقي نوري المالكي السعودية. وقال المالكي إن الرياض تدعم الإرهاب.")
    assert [t for t, _, eid in named if eid == "per.nouri-al-maliki" and t == "المالكي"] == ["المالكي"]
