""""بن عبدالعزيز" written joined names a whole generation of Saudi princes, as "بن عبد العزيز" does: no
patronymic alias of any one of them. Sentences written for the test."""

from __future__ import annotations

import pytest

from marsad.api import analyze


@pytest.mark.parametrize("text", [
    "وقع صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي العهد اتفاقية مع الوفد.",
    "رفع صاحب السمو الملكي الأمير فهد بن سلطان بن عبدالعزيز أمير منطقة تبوك الشكر للقيادة.",
], ids=["crown-prince", "governor"])
def test_a_grandfather_s_name_is_no_mention_of_the_king(text: str) -> None:
    doc = analyze(text, published="2025-02-03")
    assert not [m.text for m in doc.mentions if m.entity_id == "per.king-salman"]
    assert not [m.text for m in doc.mentions if m.text.startswith("بن عبد")]


def test_a_father_s_name_still_stands_for_the_son() -> None:
    doc = analyze("التقى وزير الخارجية الأمير فيصل بن فرحان نظيره. وقال بن فرحان إن اللقاء مثمر.",
                  published="2025-02-03")
    assert [m.text for m in doc.mentions if m.entity_id == "per.faisal-bin-farhan"][-1] == "بن فرحان"
