"""With no publication date, a dateline opening the article dates it: relative times resolve against the
dateline's day and dated offices are read on it; a given publication date always wins."""

from __future__ import annotations

import pytest

from marsad.api import analyze
from marsad.config import Config
from marsad.doc import Document

ONLY_TIMES = Config(stages=("text", "times"))
ARTICLE = ("طهران - 12 مارس 2025: استقبل الرئيس الإيراني في طهران اليوم الأربعاء وزير الخارجية العماني "
           "بدر البوسعيدي.\nوقال الرئيس الإيراني إن المباحثات كانت بناءة.")


def _values(doc: Document) -> dict[str, str | None]:
    return {t.text: t.value for t in doc.times}


def test_dateline_dates_an_undated_article():
    doc = analyze(ARTICLE)
    assert doc.published is None and doc.dateline_date == "2025-03-12"
    assert doc.reference_date() == "2025-03-12"
    assert _values(doc)["اليوم الأربعاء"] == "2025-03-12"
    # in March 2025 the Iranian president is Pezeshkian, not any earlier holder of the office
    presidents = {m.kb_id for m in doc.mentions if m.text == "الرئيس الإيراني"}
    assert presidents == {"per.masoud-pezeshkian"}
    host = next(e for e in doc.events if e.trigger.text == "استقبل")
    assert host.date == "2025-03-12"


def test_given_publication_date_wins_over_the_dateline():
    doc = analyze(ARTICLE, published="2019-10-24")
    assert doc.dateline_date is None and doc.reference_date() == "2019-10-24"
    assert _values(doc)["اليوم الأربعاء"] == "2019-10-23"
    assert {m.kb_id for m in doc.mentions if m.text == "الرئيس الإيراني"} == {"per.hassan-rouhani"}


@pytest.mark.parametrize("text, expected", [
    ("12 مارس 2025 - وصل الوفد اليوم.", "2025-03-12"),          # the text opens with the date
    ("الرياض، 3 مايو 2021 (واس) - وصل الوفد اليوم.", "2021-05-03"),  # place and comma
    ("باكو، 13 أكتوبر (أذرتاج) - وصل الوفد اليوم.", None),      # no year: not a day
    ("في 12 مارس 2025 وصل الوفد اليوم.", None),                 # a date in the sentence, not a dateline
    ("وصل الوفد اليوم، وكان قد غادر في 12 مارس 2025.", None),    # not at the opening
    ("القاهرة - عام 2025 شهد وصول الوفد اليوم.", None),          # a year is not a day
    ("الوفد يصل إلى القاهرة\nالقاهرة، 3 مايو 2021 (وكالات) - وصل الوفد اليوم.", "2021-05-03"),  # after a headline
    ("الوفد يصل\nوصل الوفد اليوم بعد محادثات.\nالقاهرة، 3 مايو 2021 - وصل.", None),  # third line: not a dateline
    ("وصل الوفد اليوم بعد محادثات طويلة في العاصمة " * 5 + "\nالقاهرة، 3 مايو 2021 - وصل.", None),  # long first line
])
def test_only_a_full_day_opening_the_text_counts(text, expected):
    doc = analyze(text, config=ONLY_TIMES)
    assert doc.dateline_date == expected
    today = _values(doc).get("اليوم")
    assert today == expected


def test_dateline_date_survives_the_json_round_trip():
    doc = analyze(ARTICLE, config=ONLY_TIMES)
    again = Document.from_dict(doc.to_dict())
    assert again.dateline_date == "2025-03-12" and again.reference_date() == "2025-03-12"


def test_dateline_after_a_headline_gives_its_place():
    from marsad.facts.times import dateline

    text = "الوفد يصل إلى باكو\nباكو، 13 أكتوبر (أذرتاج) - وصل الوفد."
    doc = analyze(text, published="2019-10-14", config=ONLY_TIMES)
    place, when = dateline(doc, doc.times)
    assert place is not None and text[place[0]:place[1]] == "باكو" and place[0] > 10
    assert when is not None and when.text == "13 أكتوبر" and when.place is not None and when.place.text == "باكو"
