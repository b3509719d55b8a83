"""Spellings the news uses that the knowledge base lacked: "علي سيستاني" (no article), "بارك أوباما", and the
South Sudanese army's name. Sentences written for these tests."""

from __future__ import annotations

from marsad.api import analyze


def _ids(text: str) -> set[str | None]:
    return {m.entity_id for m in analyze(text, published="2015-08-09").mentions}


def test_sistani_without_the_article() -> None:
    assert "per.ali-al-sistani" in _ids("بعدما دعا آية الله علي سيستاني الى اتخاذ خطوات اصلاحية.")


def test_the_spla() -> None:
    assert "org.spla" in _ids("وقال الجيش الشعبي لتحرير السودان إنه صد هجوما.")
