"""At someone's invitation ("بدعوة رسمية من الرئيس بوتين") the one after من invites the doer of the visit
or meeting the clause tells; with no visit or meeting it is a call to the public, no invitation; a
participle in -يا is singular, never the dual of التقيا; a sentence opening on an accusative participle has
the last sentence's subject, not the actor after it. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def _events(text: str, root: str) -> list:
    return [e for e in analyze(text, published="2015-08-09").events if e.cameo_code.startswith(root)]


def test_the_one_after_min_invites_the_visitor() -> None:
    invites = _events("وقال المتحدث إن السيسي سيزور موسكو قريبا بدعوة رسمية من الرئيس فلاديمير بوتين.", "03")
    assert invites and invites[0].source is not None and invites[0].source.country_iso3 == "RUS", invites
    assert invites[0].target is not None and invites[0].target.country_iso3 == "EGY", invites


def test_a_call_to_commemorate_is_no_invitation() -> None:
    text = ("وبدعوة من المنظمات والمجلس الوطني الكردستاني أحيا المتظاهرون في ألمانيا ذكرى الضحايا الذين قضوا في "
            "العملية الانتحارية في سوروتش.")
    assert not _events(text, "036"), analyze(text, published="2015-08-09").events


def test_a_participle_opening_a_sentence_is_the_last_speakers() -> None:
    appeals = _events("وقال الناطق باسم الرئاسة الفلسطينية نبيل أبو ردينة إن الاحتلال يتحمل المسؤولية. داعيًا إسرائيل "
                      "«للتوقف فورًا عن خلق هذه المناخات المدمرة».", "02")
    assert appeals and appeals[0].source is not None and appeals[0].source.country_iso3 == "PSE", appeals
