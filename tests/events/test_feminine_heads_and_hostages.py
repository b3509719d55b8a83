"""A masculine verb before a feminine body noun ("ودعا قيادة المقاومة") does not have that body as subject;
people held "كرهائن" are hostages (181), not detainees; an aside "وهو رجل دين إيراني" describes the doer and
gives the victims no country. Sentences written for these tests."""

from __future__ import annotations

from marsad.api import analyze


def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = analyze(text, published="2015-07-23")
    return [(e.cameo_code, e.source and e.source.actor_code, e.target and e.target.actor_code) for e in doc.events]


def test_a_masculine_verb_calls_on_the_leadership() -> None:
    sides = _sides("وانتقد وزير الخارجية اليمني المبعوث الدولي. ودعا قيادة المقاومة الشعبية إلى عدم الالتفات "
                   "إلى تلك المحاولات.")
    assert not any(code.startswith("02") and source == "YEMREB" for code, source, _ in sides)


def test_a_feminine_verb_is_the_leaderships_own() -> None:
    sides = _sides("ودعت قيادة المقاومة الشعبية المواطنين إلى الهدوء.")
    assert any(code.startswith("02") and source == "YEMREB" for code, source, _ in sides)


def test_people_held_as_hostages() -> None:
    sides = _sides("حيث عمد منفذ الهجوم، وهو رجل دين إيراني المولد، إلى احتجاز 18 شخصا كرهائن داخل المقهى في "
                   "سيدني.")
    assert any(code == "181" for code, _, _ in sides)
    assert not any(code == "173" for code, _, _ in sides)
    assert not any((target or "").startswith("IRN") for _, _, target in sides)
