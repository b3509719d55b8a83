""""بحثًا عن حياة أفضل" (seeking) is no talks; "تفجيرات اليمن" are bombings in Yemen, not by Yemen. Sentences
written for these tests."""

from __future__ import annotations

from marsad.api import analyze


def _events(text: str) -> list[tuple[str, str | None]]:
    return [(e.cameo_code, e.source and e.source.actor_code) for e in analyze(text, published="2015-08-01").events]


def test_seeking_a_better_life_is_no_talks() -> None:
    text = ("اتصل رئيس الوزراء البريطاني ديفيد كاميرون بالرئيس الفرنسي فرانسوا هولاند هاتفيا أمس. وقال كاميرون إن "
            "دولا أوروبية أخرى تواجه موجة من الأشخاص القادمين عبر البحر المتوسط بحثًا عن حياة أفضل.")
    assert "046" not in [code for code, _ in _events(text)]


def test_talks_are_still_talks() -> None:
    assert ("046", "EGYGOV") in _events("وبحث الرئيس المصري مع نظيره الفرنسي الأوضاع في ليبيا.")


def test_a_state_after_bombings_is_where_they_went_off() -> None:
    text = "وقال الكاتب إن تنظيم داعش ليس المسؤول عن تفجيرات اليمن وسيناء."
    assert not any(source in {"YEM", "YEMGOV", "YEMMIL"} for _, source in _events(text))
