"""A town written with ب right after the subject (or after its place noun, "بمحافظة جدة") is where the subject
sits, not whom it addresses; a joined verb whose pronoun is the object of the verb before ("هاجم الجيش ورشقه")
does not take that object as its subject; "ما يدعونه" names, it calls nobody. Sentences written for these tests."""

from __future__ import annotations

from marsad.api import analyze


def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = analyze(text, published="2015-08-01")
    return [(e.cameo_code, e.source and e.source.actor_code, e.target and e.target.actor_code) for e in doc.events]


def test_the_subjects_town_is_no_addressee() -> None:
    sides = _sides("طالبت هيئة الأمر بالمعروف والنهي عن المنكر بمحافظة جدة، بإزالة لوحات إعلانية مخالفة.")
    assert sides and not any(target == "SAU" for _, _, target in sides)


def test_an_addressee_after_the_subjects_town_still_counts() -> None:
    sides = _sides("طالبت الحكومة اليمنية بمدينة عدن الأمم المتحدة بالتدخل.")
    assert any(target == "IGOUNO" for _, _, target in sides)


def test_the_attacked_army_does_not_throw_stones() -> None:
    sides = _sides("وقالت المتحدثة إن حشدا غاضبا هاجم الجيش مجددا ورشقه بالحجارة والطوب.")
    assert not any(code == "145" and (source or "").endswith("MIL") for code, source, _ in sides)


def test_a_so_called_is_no_appeal() -> None:
    sides = _sides("وسمحت الشرطة بدخول المتطرفين اليهود لإحياء ما يدعونه «ذكرى خراب الهيكل».")
    assert not any(code.startswith("02") for code, _, _ in sides)
