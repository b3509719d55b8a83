"""An ordinal word that is part of a person's name (الملك عبدالله الثاني) or of a family (آل ثاني) is no
quantity; the same word after a noun still is a rank. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def _quantities(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.unit) for q in analyze(text, published="2025-02-03").quantities]


def test_a_regnal_number_and_a_family_name_are_no_ordinals() -> None:
    assert _quantities("استقبل العاهل الأردني الملك عبدالله الثاني أمير قطر الشيخ تميم بن حمد آل ثاني.") == []


def test_a_rank_after_a_noun_stays_an_ordinal() -> None:
    assert ("الثاني", "ordinal") in _quantities("حل الفريق في المركز الثاني بعد الهلال.")
