"""Kurds as a people (definite "الأكراد", no adjective of a noun before it); a condemnation noun after a protest
is the protest's reason, no act of the town named last; whom a party is loyal to is no target; "بدعوة من X" is
the occasion of the clause's act, no appeal of someone named before; "رئيس البرلمان العربي" reads the Arab
Parliament whole. Sentences written for these tests."""

from __future__ import annotations

from marsad.api import analyze


def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = analyze(text, published="2015-08-09")
    return [(e.cameo_code, e.source and e.source.actor_code, e.target and e.target.actor_code) for e in doc.events]


def test_kurds_protest_against_the_strikes() -> None:
    sides = _sides("وتظاهر آلاف الأكراد أمس في مدينة كولونيا الألمانية وبروكسل تنديدا بالغارات التي يشنها الجيش "
                   "التركي على مقاتلي حزب العمال الكردستاني.")
    assert ("141", "KUR", "TURMIL") in sides
    assert not any(code.startswith("11") for code, _, _ in sides)


def test_kurdish_as_an_adjective_is_no_people() -> None:
    sides = _sides("وأشعلت العملية سلسلة من المواجهات بين المتمردين الأكراد والجيش التركي.")
    assert not any(source == "KUR" or target == "KUR" for _, source, target in sides)


def test_the_party_loyal_to_the_kurds_calls_on_the_pkk() -> None:
    sides = _sides("دعا صلاح الدين دمرطاش زعيم حزب الشعوب الديمقراطي الموالي للأكراد حزب العمال الكردستاني إلى "
                   "رفع إصبعه عن الزناد.")
    assert not any(target == "KUR" for _, _, target in sides)


def test_at_the_call_of_a_council_no_appeal_is_guessed() -> None:
    sides = _sides("وقالت مصادر أمنية إن الهجوم وقع ليلا. وبدعوة من المنظمات والمجلس الوطني الكردستاني، أحيا "
                   "المتظاهرون ذكرى الضحايا.")
    assert not any(code.startswith("02") for code, _, _ in sides)


def test_the_head_of_the_arab_parliament() -> None:
    sides = _sides("من جهته، أدان أحمد بن محمد الجروان رئيس البرلمان العربي بأشد العبارات حرق الرضيع.")
    assert any(code == "111" and source == "IGOARL" for code, source, _ in sides)


def test_a_secretary_of_state_stays_a_person() -> None:
    doc = analyze("دعت وزيرة الخارجية الأميركية السابقة الكونغرس إلى رفع الحصار عن كوبا.", published="2015-08-01")
    assert any(m.type == "PER" and m.text.startswith("وزيرة الخارجية") for m in doc.mentions)
