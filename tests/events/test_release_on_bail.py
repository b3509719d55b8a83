""""أخلى سبيل" (set free, released on bail) is a release like "أطلق سراح"; emptying a building (أخلى
المبنى) is not. Sentences written for these tests."""

from __future__ import annotations

from marsad.api import analyze


def _codes(text: str) -> list[tuple[str, str | None]]:
    return [(e.cameo_code, e.source and e.source.actor_code) for e in analyze(text, published="2015-08-01").events]


def test_security_forces_setting_someone_free() -> None:
    assert ("084", "EGYCOP") in _codes("وأخلت قوات الأمن المصرية سبيل ناشط بارز بعد احتجازه شهرين.")


def test_a_prosecutor_deciding_a_release_on_bail() -> None:
    assert any(code == "084" for code, _ in _codes("وقررت النيابة العامة المصرية إخلاء سبيل ثلاثة صحفيين."))


def test_emptying_a_building_is_no_release() -> None:
    assert not any(code.startswith("08") for code, _ in _codes("وأخلت الشرطة المصرية المبنى من السكان بعد الحريق."))
