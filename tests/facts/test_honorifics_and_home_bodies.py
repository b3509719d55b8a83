""""وأكد سموه": the honorific with its pronoun speaks for the last dignitary named with the title it
answers to (a prince's سمو, not the king named since); a national body's generic full name known for
one country ("الهيئة العامة للإحصاء") is that country's in an article set there. Articles written for the
test."""

from __future__ import annotations

from marsad.api import analyze

ARTICLE = ("الرياض - واس: رأس صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز وزير الداخلية اجتماعا "
           "لقادة الأجهزة الأمنية، نقل خلاله تحيات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز.\n"
           "وقال سموه إن المملكة ستتصدى بحزم لكل من يعبث بأمنها.\n"
           "وأعلنت الهيئة العامة للإحصاء في الرياض أن معدل البطالة انخفض إلى 7.1 في المئة.")


def _quotes() -> list[tuple[str | None, str]]:
    doc = analyze(ARTICLE, published="2025-03-13")
    return [(q.speaker.entity_id if q.speaker is not None else None, q.text) for q in doc.quotes]


def test_the_princes_honorific_speaks_for_the_prince_not_the_king() -> None:
    assert ("per.muhammad-bin-nayef", "المملكة ستتصدى بحزم لكل من يعبث بأمنها") in _quotes()


def test_a_generic_body_name_is_the_home_countrys() -> None:
    assert ("org.gastat", "معدل البطالة انخفض إلى 7.1 في المئة") in _quotes()


def test_an_honorific_subject_does_the_event() -> None:
    text = ("جدة - واس: استقبل صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي العهد الرئيس الفرنسي "
            "إيمانويل ماكرون.\nوأعرب ماكرون عن شكره.\nكما عقد سموه جلسة مباحثات مع وزير الخارجية الفرنسي جان نويل بارو.")
    doc = analyze(text, published="2025-04-15")
    talks = [e for e in doc.events if e.trigger.text.startswith("عقد")]
    assert talks and talks[0].source.entity_id == "per.mohammed-bin-salman"


def test_a_dignitary_only_greeted_is_not_the_honorific() -> None:
    text = ("أبها - واس: زار نائب وزير الصحة حمد الضويلع المصابين، ونقل لهم تحيات معالي وزير الصحة فهد الجلاجل.\n"
            "وفي نهاية جولة معاليه التقى بعدد من المواطنين.")
    doc = analyze(text, published="2025-04-15")
    assert not [e for e in doc.events if e.source is not None and e.source.entity_id == "per.fahad-aljalajel"]
