"""A known person's surname or one-word name right after another given name is a relative, not him.
Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def _ids(text: str) -> list[str | None]:
    return [m.kb_id for m in analyze(text, published="2025-04-15").mentions if m.kind == "name"]


def test_a_relative_sharing_the_surname_is_not_the_president() -> None:
    assert "per.bashar-al-assad" not in _ids("وطالب الأهالي بتوقيف سليمان الأسد.")


def test_the_president_himself_still_links() -> None:
    assert "per.bashar-al-assad" in _ids("وقال الرئيس السوري بشار الأسد إن الحرب ستنتهي.")


def test_a_country_after_ala_is_no_surname() -> None:
    assert "gpe.CUB" in _ids("وأعلنت أمريكا حصارا شديدا على كوبا.")


def test_a_fathers_name_in_the_patronymic_chain_keeps_the_link() -> None:
    assert "per.adel-al-jubeir" in _ids("وعبر وزير الخارجية عادل بن أحمد الجبير عن استنكار المملكة.")
