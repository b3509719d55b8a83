"""An agency's short name that is also another word or place links only in the dateline's brackets:
"الدوحة (قنا) -" is Qatar News Agency, قنا elsewhere the Egyptian city. Sentences written for the test."""

from __future__ import annotations

import pytest

from marsad.api import analyze


def _ids(text: str) -> dict[str, str | None]:
    return {m.text: m.entity_id for m in analyze(text, published="2025-04-15").mentions if m.kind == "name"}


@pytest.mark.parametrize(("text", "word", "agency"), [
    ("الدوحة (قنا) - استقبل أمير قطر وزير الخارجية الأمريكي.", "قنا", "org.qna"),
    ("المنامة (بنا) - استقبل ملك البحرين وزير الخارجية الأمريكي.", "بنا", "org.bna"),
    ("عمّان (بترا) - استقبل العاهل الأردني وزير الخارجية الأمريكي.", "بترا", "org.petra"),
], ids=["qna", "bna", "petra"])
def test_a_dateline_bracket_names_the_agency(text: str, word: str, agency: str) -> None:
    assert _ids(text).get(word) == agency


def test_the_same_word_elsewhere_keeps_its_other_reading() -> None:
    ids = _ids("وصل الوفد الحكومي إلى محافظة قنا في صعيد مصر صباح اليوم.")
    assert "org.qna" not in ids.values()


def test_a_dateline_after_a_dash_names_the_agency() -> None:
    assert _ids("الجزائر - واج\nأعلنت السلطة الوطنية المستقلة للانتخابات فوز الرئيس.").get("واج") == "org.aps-algeria"
    assert _ids("الدوحة - قنا\nاستقبل أمير قطر الوزير.").get("قنا") == "org.qna"
