""""قرية واسط بتبالة" is a Saudi village, not Iraq's Wasit governorate: a province's name right after قرية or
هجرة names a village whatever the article's country. Sentences written for these tests."""

from __future__ import annotations

from marsad.api import analyze


def _kb_ids(text: str, **meta: str) -> set[str | None]:
    return {m.kb_id for m in analyze(text, published="2015-08-01", **meta).mentions}


def test_a_village_named_like_a_province_is_not_the_province() -> None:
    text = "طالب أهالي قرية واسط بتبالة بوضع مطبات صناعية على الطريق الذي يمر بقريتهم."
    assert "gpe.wasit" not in _kb_ids(text, outlet="okaz")


def test_the_province_itself_is_still_read() -> None:
    assert "gpe.wasit" in _kb_ids("وقال مسؤول في محافظة واسط العراقية إن الأمطار أغرقت الطرق.")
