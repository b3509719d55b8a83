"""Who holds the word: a sentence's opening phrase ("وردا على ذلك،"، "وفي الأسبوع الماضي،") is skipped before
its subject, a clause sharing a body's subject quotes that body, an unnamed source ends the last speaker's
turn, and an outlet's name in quotation marks is no quote. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def _quotes(text: str) -> list[tuple[str | None, str]]:
    doc = analyze(text, published="2025-03-03")
    return [(q.speaker.canonical_en or q.speaker.actor_code if q.speaker is not None else None, q.text)
            for q in doc.quotes]


def test_a_said_clause_after_a_bodys_clause_is_that_bodys_even_before_a_complementiser() -> None:
    found = _quotes('في المقابل، رفضت حركة مجتمع السلم النتائج، وقالت إنها "لا تعكس إرادة الناخبين".')
    assert found == [("Movement of Society for Peace", "لا تعكس إرادة الناخبين")]


def test_an_adverbial_opener_and_its_comma_come_before_the_subject() -> None:
    found = _quotes('وردا على ذلك، هدد زعيم الجماعة عبد الملك الحوثي باستهداف السفن، معتبرا أن العقوبات '
                    '"لن تغير شيئا".')
    assert found and all(speaker == "Abdul-Malik al-Houthi" for speaker, _ in found), found


def test_a_time_set_off_by_a_comma_opens_the_sentence_of_the_next_speaker() -> None:
    found = _quotes("وفي الأسبوع الماضي، كرر نتنياهو أنه سيبذل كل ما في وسعه. وقال في مقابلة مع قناة محلية: "
                    "«أريد أن أعلن أن الحل الوحيد هو تفكيك البرنامج».")
    assert ("Benjamin Netanyahu", "أريد أن أعلن أن الحل الوحيد هو تفكيك البرنامج") in found, found


def test_unnamed_sources_end_the_turn_of_the_last_person_named() -> None:
    found = _quotes("بدوره، طالب نتنياهو وزراء حكومته بتقارير عن الخطة. وأوضحت المصادر نفسها أن «الحكومة تدرس "
                    "ثلاثة أسماء لخلافة الوزير». لكن مسؤولا حكوميا قلل من ذلك، ولمح إلى أن «الحديث عن تعديل "
                    "وزاري غير صحيح».")
    assert [speaker for speaker, _ in found] == [None, None], found


def test_an_outlet_named_in_quotation_marks_is_no_quote() -> None:
    found = _quotes("وقال نتنياهو في مقابلة مع تلفزيون «إيه بي سي نيوز»: «لن نقبل إلا بتفكيك البرنامج النووي».")
    assert found == [("Benjamin Netanyahu", "لن نقبل إلا بتفكيك البرنامج النووي")]


def test_the_head_of_a_known_party_acts_for_the_party_not_the_government() -> None:
    doc = analyze("أعلن رئيس حزب الحركة القومية شرطا جديدا للمشاركة في الحكومة.", published="2015-08-10")
    head = next(e for e in doc.entities if e.type == "PER")
    assert head.actor_code == "TURPTY", (head.canonical_ar, head.actor_code)


def test_a_spokesman_for_a_ministry_written_with_lam_is_the_person_named_after_it() -> None:
    found = _quotes("الرياض - واس: أعلن المتحدث الأمني لوزارة الداخلية اللواء منصور التركي القبض على 11 شخصا. "
                    "وأوضح أن الجهات الأمنية ضبطت بحوزة الموقوفين أسلحة.")
    assert found == [("Mansour al-Turki", "الجهات الأمنية ضبطت بحوزة الموقوفين أسلحة")], found
