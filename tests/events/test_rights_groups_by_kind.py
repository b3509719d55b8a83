"""Rights groups named by their kind ("منظمات حقوقية") are CAMEO's human-rights NGOs, of no country unless a
nationality follows. Sentences written for these tests."""

from __future__ import annotations

from marsad.api import analyze


def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = analyze(text, published="2015-08-01")
    return [(e.cameo_code, e.source and e.source.actor_code, e.target and e.target.actor_code) for e in doc.events]


def test_rights_groups_call_on_a_government() -> None:
    sides = _sides("ودعت منظمات حقوقية دولية السلطات البحرينية إلى الإفراج عن المعتقلين.")
    assert any(source == "NGOHRI" and target == "BHRGOV" for _, source, target in sides)


def test_a_rights_group_with_its_nationality() -> None:
    sides = _sides("وانتقدت منظمة حقوقية مصرية الحكومة المصرية.")
    assert ("111", "EGYNGOHRI", "EGYGOV") in sides


def test_an_mp_for_a_region_speaks_for_his_parliament() -> None:
    sides = _sides("وأدان نائب عن المنطقة في البرلمان الصومالي الحادثة ووصفها بأنها عمل إجرامي.")
    assert any(code == "111" and source == "SOMLEG" for code, source, _ in sides)
