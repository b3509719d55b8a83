"""Stage `quantities` through the pipeline: the seed article, dates left out, offsets on real articles."""

from __future__ import annotations

import pytest

from marsad.api import analyze
from marsad.config import Config

ONLY = Config(stages=("text", "times", "quantities"))
NO_TIMES = Config(stages=("text", "quantities"))


def test_seed_article_quantities(seed_doc):
    percents = [q for q in seed_doc.quantities if q.text == "70 بالمائة"]
    assert len(percents) == 2
    assert all(q.value == 70 and q.unit == "percent" for q in percents)
    assert {q.about for q in percents} == {"نمو التجارة", "التجارة"}
    summit = next(q for q in seed_doc.quantities if q.text == "الثامنة عشرة")
    assert (summit.value, summit.unit, summit.about) == (18, "ordinal", "القمة")


@pytest.mark.parametrize("config", [ONLY, NO_TIMES])
def test_numbers_inside_dates_are_not_quantities(config):
    doc = analyze("في 13 أكتوبر 2019 قتل 12 شخصا، وفي عام 2018 قتل ثلاثة.", published="2019-10-24",
                  config=config)
    assert [(q.text, q.value) for q in doc.quantities] == [("12 شخصا", 12), ("ثلاثة", 3)]


def test_about_and_bounds():
    doc = analyze("أسفر الهجوم عن مقتل أكثر من 35 قتيلا و120 جريحا.", config=ONLY)
    killed, injured = doc.quantities
    assert killed.about == injured.about == "مقتل"
    assert killed.approximate and killed.low == 35


def test_bare_currency_reuses_the_last_qualifier():
    doc = analyze("بلغ الدخل 100 ريال قطري، ثم ارتفع إلى 150 ريالا.", config=ONLY)
    assert [q.currency for q in doc.quantities] == ["QAR", "QAR"]


def test_offsets_on_real_articles(saudi_articles):
    found = 0
    for text, published in saudi_articles("2015-08-09.zip", 200):
        doc = analyze(text, published=published, config=ONLY)
        for q in doc.quantities:
            assert doc.text[q.start:q.end] == q.text
            assert q.value is not None or q.low is not None
        found += len(doc.quantities)
    assert found > 200
