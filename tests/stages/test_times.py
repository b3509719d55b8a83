"""Stage `times` through the pipeline: the seed article, unresolved state, offsets on real articles."""

from __future__ import annotations

from marsad.api import analyze
from marsad.config import Config

ONLY = Config(stages=("text", "times"))


def test_seed_article_times(seed_doc):
    by_text = {t.text: t for t in seed_doc.times}
    today = by_text["اليوم الخميس"]
    assert (today.kind, today.value, today.granularity, today.resolved) == ("relative", "2019-10-24", "day", True)
    within = by_text["في غضون عام"]
    assert within.kind == "relative" and within.resolved
    assert "2019-10-24" in within.value and "/" in within.value


def test_without_publication_date_relative_times_are_explicitly_unresolved():
    doc = analyze("وصل الوفد اليوم الخميس وسيغادر الأسبوع المقبل.", config=ONLY)
    assert [t.text for t in doc.times] == ["اليوم الخميس", "الأسبوع المقبل"]
    assert all(t.value is None and t.resolved is False and t.kind == "relative" for t in doc.times)


def test_dateline_date_and_diacritics_keep_offsets():
    text = "باكو، 13 أكتوبر (أذرتاج) - وصل الرئيسُ أمسِ في 15 رمضان 1441 هـ."
    doc = analyze(text, published="2019-10-14", config=ONLY)
    assert doc.times[0].text == "13 أكتوبر" and doc.times[0].value == "2019-10-13"
    for t in doc.times:
        assert text[t.start:t.end] == t.text
    assert any(t.text == "15 رمضان 1441 هـ" and t.value == "2020-05-08" for t in doc.times)


def test_dateline_helper_returns_place_span():
    from marsad.facts.times import dateline

    text = "باكو، 13 أكتوبر (أذرتاج) - وصل الرئيس."
    doc = analyze(text, published="2019-10-14", config=ONLY)
    place, when = dateline(doc, doc.times)
    assert place is not None and text[place[0]:place[1]] == "باكو"
    assert when is not None and when.value == "2019-10-13"


def test_offsets_on_real_articles(saudi_articles):
    found = 0
    for text, published in saudi_articles("2015-08-01.zip", 200):
        doc = analyze(text, published=published, config=ONLY)
        for t in doc.times:
            assert doc.text[t.start:t.end] == t.text
            assert t.value is None or t.resolved
        found += len(doc.times)
    assert found > 100
