"""An office word alone ("وأكد الرئيس") is whoever the article last gave that office to. Sentences written
for the test."""

from __future__ import annotations

from marsad.api import analyze

DATE = "2015-08-01"


def _bare(text: str) -> list[tuple[str, str | None]]:
    doc = analyze(text, published=DATE)
    for m in doc.mentions:
        assert doc.text[m.start:m.end] == m.text
    return [(m.text, m.entity_id) for m in doc.mentions if m.kind == "description" and m.origin == "coref"]


def test_the_office_alone_is_its_last_named_holder() -> None:
    text = ("التقى الرئيس المصري عبد الفتاح السيسي في القاهرة وزير الخارجية الأمريكي جون كيري. "
            "وأكد الرئيس دعم مصر للحل السياسي. وانتقد وزير الخارجية التدخل الإيراني في اليمن.")
    assert _bare(text) == [("الرئيس", "per.abdel-fattah-el-sisi"), ("وزير الخارجية", "per.john-kerry")]


def test_an_office_last_given_to_an_unknown_person_links_nothing() -> None:
    text = ("قال الرئيس الأمريكي باراك أوباما إن بلاده تدين الهجوم. وقال مكتب الرئيس بول بيا إن 11 شخصا قتلوا. "
            "ودعا الرئيس المواطنين إلى اليقظة.")
    assert _bare(text) == []


def test_a_name_or_an_aside_after_the_office_is_its_holder() -> None:
    text = ("التقى الرئيس الأمريكي باراك أوباما العاهل الأردني. وقال وزير الخارجية سامي الفلاني إن اللقاء مثمر. "
            "وحضر الملك (الراحل) حسين.")
    assert [b for b in _bare(text) if b[0] in ("وزير الخارجية", "الملك")] == []


def test_former_holders_generic_ministers_and_adjectives_stay_unread() -> None:
    text = ("قال الرئيس الأمريكي باراك أوباما إن الاتفاق جيد. وانتقده الرئيس الأسبق بيل كلينتون. "
            "وقال الوزير إن الديوان الملكي أصدر بيانا.")
    assert _bare(text) == []


def test_no_holder_named_before_is_no_guess() -> None:
    assert _bare("وأكد الرئيس أن الحوار هو الحل الوحيد.") == []
