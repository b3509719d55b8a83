"""A name inside the quoted words is never the quote's speaker nor carried to the next quote; a coach or
a player named by his title ("مدرب الهلال سيموني إنزاغي") is the speaker as officials are; أن after a time
conjunction (قبل أن، بعد أن) opens no indirect quote. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze

DATE = "2025-11-22"


def _speakers(text: str) -> list[tuple[str | None, str]]:
    doc = analyze(text, published=DATE)
    out = []
    for q in doc.quotes:
        sp = q.speaker
        out.append(((sp.canonical_en or (sp.span.text if sp.span else None)) if sp else None, q.text))
    return out


def test_a_name_inside_the_quote_is_not_its_speaker() -> None:
    text = ("وتحدث البيان عن «احتراق عشرات الدبابات التابعة للحوثيين وصالح داخل أسوار المعسكر».\n"
            "وأوضحت المصادر ذاتها أن التعزيزات وصلت إلى الميناء تحت غطاء جوي مكثف.")
    doc = analyze(text, published=DATE)
    for q in doc.quotes:
        assert q.speaker is None or q.speaker.span is None or not (q.start <= q.speaker.span.start < q.end)
    assert all(not (name or "").startswith("صالح") for name, _ in _speakers(text))


def test_a_coach_named_by_his_title_speaks() -> None:
    found = _speakers('وقال مدرب الهلال سيموني إنزاغي عقب المباراة: "اللاعبون قدموا مباراة كبيرة".')
    assert found and found[0][0] == "سيموني إنزاغي"


def test_before_an_is_no_speech() -> None:
    assert not _speakers("وأضاف أوغستين الهدف الثاني له في الدقيقة 75 قبل أن يختتم جوسيبي روسي التسجيل.")
    assert [t for _, t in _speakers("وأضاف الوزير بعد أن التقى نظيره أن المحادثات كانت بناءة.")] == \
        ["المحادثات كانت بناءة"]


def test_gulf_press_speech_verbs() -> None:
    text = ("وقال المحلل العقاري عبدالله التويم إن السوق تشهد ركودا.\n"
            "وأبان التويم أن مساحة الرياض الشاسعة أهلتها لتصدر هذه النسب.")
    ids = [q.speaker.entity_id if q.speaker else None for q in analyze(text, published=DATE).quotes]
    assert len(ids) == 2 and ids[1] is not None and ids[1] == ids[0]


def test_a_place_phrase_is_no_speakers_name() -> None:
    text = ("وتمت المكافحة بقيادة مدير الدفاع المدني بالعاصمة المقدسة المكلف العميد أحمد الدليوي.\n"
            "وقال إن النيران اشتعلت في مبنى قيد الإنشاء.")
    assert all(not (n or "").startswith("بال") for n, _ in _speakers(text))
