"""A known person named right before إن/أن after a title longer than the speaker window is the speaker; a
spokesman of a body the knowledge base names but whose holder it does not know speaks for the body's
country; a description that closes a title ("المستشار في مكتب وزير الدفاع") is not the speaker.
Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze

DATE = "2023-06-06"


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker.entity_id, q.speaker.actor_code) if q.speaker is not None else (None, None)
            for q in analyze(text, published=DATE).quotes]


def test_a_known_name_after_a_long_title_speaks() -> None:
    text = ("أعلن قائد القوة الجوفضائية في الحرس الثوري العميد أمير علي حاجي زاده أن إيران أجرت بنجاح تجربة "
            "إطلاق صاروخ باليستي جديد.")
    assert _speakers(text) == [("per.amir-ali-hajizadeh", "IRNMIL")]


def test_an_unknown_spokesman_of_a_known_body_speaks_for_its_country() -> None:
    speakers = _speakers("وقال المتحدث باسم الخارجية الأمريكية إن واشنطن ستفرض عقوبات جديدة على كيانات إيرانية.")
    assert [code for _, code in speakers] == ["USAGOV"]


def test_a_description_closing_a_title_is_not_the_speaker() -> None:
    speakers = _speakers("وأشار المستشار في مكتب وزير الدفاع السعودي إلى أن أعمال قوات التحالف لا يمكن تنفيذها "
                         "في وقت واحد.")
    assert all(ident != "per.mohammed-bin-salman" for ident, _ in speakers)
