""""هجوم المالكي" (al-Maliki's attack): a politician named as the genitive of an attack noun attacks in words,
a criticism (111), not armed force. Sentences written for these tests."""

from __future__ import annotations

from marsad.api import analyze


def _codes(text: str) -> list[str]:
    return [e.cameo_code for e in analyze(text, published="2015-07-23").events]


def test_a_politicians_attack_is_criticism() -> None:
    codes = _codes("وربط المراقبون هجوم المالكي بالتصعيد الإيراني ضد الرياض.")
    assert "111" in codes and not any(code.startswith(("18", "19")) for code in codes)


def test_an_armed_groups_attack_is_still_force() -> None:
    assert any(code.startswith(("18", "19")) for code in _codes("وأسفر هجوم تنظيم داعش على المسجد عن مقتل 15 شخصا."))
