"""Courts as actors: a court named without the knowledge base is the judiciary (…JUD) of the place its
sentence names ("محكمة جنايات القاهرة"، "المحكمة الإدارية العليا في مصر"), the city ending a court's name is
part of it rather than the capital's government, a sentence to prison (بالسجن، بحبس) is CAMEO 116, and
what a court does takes no guessed target from the article's other side. Sentences written for the test."""

from __future__ import annotations

import pytest

from marsad.api import analyze

DATE = "2025-11-12"


def _events(text: str, code: str) -> list:
    return [e for e in analyze(text, published=DATE).events if e.cameo_code == code]


@pytest.mark.parametrize(("text", "court"), [
    ("أصدرت محكمة جنايات القاهرة اليوم الأربعاء أحكاما بالسجن المشدد 15 عاما على 12 متهما.", "EGYJUD"),
    ("وقضت محكمة استئناف الرياض بسجن المتهم خمس سنوات.", "SAUJUD"),
    ("قضت المحكمة الإدارية العليا في مصر بسجن علاء عبد الفتاح خمس سنوات.", "EGYJUD"),
    ("وفي الكويت، قضت محكمة التمييز بحبس النائب السابق مسلم البراك سنتين.", "KWTJUD"),
], ids=["seat-in-name", "appeal-court-seat", "shaped-name-and-place", "detention"])
def test_a_court_sentencing_is_that_places_judiciary(text: str, court: str) -> None:
    found = _events(text, "116")
    assert found, [(e.cameo_code, e.trigger.text) for e in analyze(text, published=DATE).events]
    assert found[0].source.actor_code == court


def test_the_courts_seat_is_not_the_capitals_government() -> None:
    found = _events("أصدرت محكمة جنايات القاهرة أحكاما بالسجن على 12 متهما.", "116")
    assert found and found[0].source.entity_id != "gpe.cairo"


def test_a_court_takes_no_guessed_target_from_the_other_side() -> None:
    text = ("القاهرة - وكالات\nأصدرت محكمة جنايات القاهرة اليوم أحكاما بالسجن المشدد على 12 متهما بالانضمام إلى جماعة "
            "إرهابية.\nوفي الكويت، قضت محكمة التمييز بحبس النائب السابق مسلم البراك سنتين.")
    first = [e for e in _events(text, "116") if e.sentence_index == 1]
    assert first and first[0].target is None  # not Musallam al-Barrak, sentenced in Kuwait


def test_a_courts_conviction_noun_is_no_condemnation() -> None:
    text = "قضت محكمة في النمسا بالسجن خمس سنوات على مواطن من الشيشان لإدانته بالإرهاب."
    codes = [e.cameo_code for e in analyze(text, published=DATE).events]
    assert "116" in codes and "111" not in codes


def test_sentences_in_general_are_no_event() -> None:
    text = "ولم ينفذ أي حكم بالاعدام في تونس منذ 1991 بعد تنفيذ 135 حكما بالاعدام منذ الاستقلال."
    assert not _events(text, "116")


def test_putting_an_end_to_something_is_not_the_judiciary() -> None:
    text = "وقام الملك فيصل بالقضاء على محاولة إغلاق التلفزيون."
    assert not [e for e in analyze(text, published=DATE).events
                if any((a.actor_code or "").endswith("JUD") for a in (e.source, e.target) if a is not None)]
