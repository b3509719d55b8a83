"""An office that continues a run of titles or a known person's name, with ل between it and a country, is that
person's office and the country is where he goes ("ولي ولي العهد السعودي ووزير الدفاع لمصر"); an office followed
by ل and an organisation is still the organisation's. Sentences written for these tests."""

from __future__ import annotations

from marsad.api import analyze


def _people(text: str) -> dict[str, str | None]:
    doc = analyze(text, published="2015-08-01")
    return {m.text: m.entity_id for m in doc.mentions if m.type == "PER"}


def test_a_second_title_joined_by_wa_is_no_foreign_minister() -> None:
    people = _people("رحب الحزب بزيارة الأمير محمد بن سلمان ولي ولي العهد السعودي ووزير الدفاع لمصر.")
    assert "وزير الدفاع لمصر" not in people


def test_a_title_after_a_known_name_and_his_fathers_name() -> None:
    doc = analyze("وأكد النائب أن زيارة الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد لمصر تأتي في وقتها.",
                  published="2015-08-01")
    visits = [e for e in doc.events if e.cameo_code == "042"]
    assert visits and all(e.target is not None and e.target.actor_code == "EGY" for e in visits)


def test_an_organisations_office_after_a_name_keeps_its_body() -> None:
    people = _people("رحب الدكتور نبيل العربي الأمين العام لجامعة الدول العربية بالإعلان.")
    assert people.get("الأمين العام لجامعة الدول العربية") == "per.nabil-elaraby"
