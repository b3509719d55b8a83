"""A state's delegation named with its nationality stands for that state ("الوفد الفرنسي" → FRAGOV; a
parliamentary one, "الوفد البرلماني الفرنسي", for its legislature); a person's code follows the office
held on the article's date (von der Leyen: Germany's defence minister in 2015, the European Commission's
president from December 2019). Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def _sides(text: str, date: str = "2015-08-01") -> list[tuple[str, str | None, str | None]]:
    doc = analyze(text, published=date)
    return [(e.cameo_code, e.source.actor_code if e.source else None, e.target.actor_code if e.target else None)
            for e in doc.events]


def test_a_delegation_with_a_nationality_is_its_state() -> None:
    assert _sides("وصل الوفد الفرنسي إلى القاهرة.") == [("042", "FRAGOV", "EGYGOV")]
    assert _sides("وكانت زيارة الوفد البرلماني الفرنسي إلى القاهرة قد أثارت استياء أنقرة.")[0][:2] == ("042", "FRALEG")


def test_a_code_follows_the_office_held_on_the_date() -> None:
    text = "التقت أورسولا فون دير لاين الرئيس المصري عبد الفتاح السيسي في القاهرة."
    assert _sides(text, "2015-08-01")[0][1] == "DEUGOV"
    assert _sides(text, "2024-03-01")[0][1] == "IGOEUREEC"
