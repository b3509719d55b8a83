"""A surname alone refers back to the person the article named in full before it when the knowledge base
lists that surname under someone of another country; within one country's family the listed bearer stays.
Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def _linked(text: str, surface: str) -> list[str | None]:
    doc = analyze(text, published="2015-08-09")
    return [m.kb_id for m in doc.mentions if m.kind == "name" and m.text == surface]


def test_a_palestinian_ministers_surname_is_his_not_the_iraqis() -> None:
    linked = _linked("وقال وزير الخارجية الفلسطيني رياض المالكي إن الحكومة ستتوجه إلى المحكمة الجنائية الدولية. "
                     "وأشار المالكي إلى أن الوزارة استنفرت سفاراتها لفضح اعتداءات المستوطنين.", "المالكي")
    assert linked == ["per.riyad-al-maliki"], linked


def test_the_surname_alone_without_an_earlier_full_name_keeps_the_listed_bearer() -> None:
    linked = _linked("وأشار المالكي إلى أن الحكومة العراقية تواجه أزمة.", "المالكي")
    assert linked == ["per.nouri-al-maliki"], linked


def test_a_family_surname_stays_with_its_listed_bearer() -> None:
    linked = _linked("وكان حافظ الأسد قد حكم سوريا ثلاثين عاما. وقال الأسد في خطابه أمس إن الجيش سيواصل القتال.",
                     "الأسد")
    assert linked == ["per.bashar-al-assad"], linked
