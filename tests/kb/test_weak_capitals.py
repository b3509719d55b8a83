"""A capital whose name is also an ordinary word (سيول: Seoul, and "torrents") links only where a place cue
sets it off, or where the article names or describes its country and the name stands where places stand.
Sentences written for the test. Also Saudi companies known by a short name ending in السعودية."""

from __future__ import annotations

from marsad.api import analyze


def _linked(text: str) -> list[str | None]:
    return [m.entity_id for m in analyze(text, published="2015-08-01").mentions if m.kind == "name"]


def test_torrents_in_a_weather_warning_are_no_capital():
    assert "gpe.seoul" not in _linked("وحذر الدفاع المدني المواطنين من الاقتراب من مجاري الأودية عند وجود سيول منقولة.")


def test_seoul_in_a_report_on_korea():
    assert "gpe.seoul" in _linked("هاجم رجل السفير الأمريكي في سيول بسكين، وقالت الشرطة الكورية إنه اعتقل.")
    assert "gpe.seoul" in _linked("وصل الرئيس الصيني إلى العاصمة الكورية سيول.")


def test_saudi_companies_by_their_short_names():
    assert "org.stc" in _linked("كما عبر المرضى عن شكرهم وتقديرهم للاتصالات السعودية على دعمها للجمعية.")
    assert "org.sec" in _linked("وأعلنت شركة الكهرباء السعودية انقطاع التيار عن أحياء في جدة.")
