"""A verse or a saying cited in braces, or in brackets after the formulas of God and the Prophet, is no
news told ("{ومن يقتل مؤمنا متعمدا …}" is no killing); a person's own words in «…» after "بقوله" still are;
a protocol honorific before the title ("وقال فضيلة رئيس هيئة مدينة الرياض الشيخ …") does not turn the
title's place into the speaker. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze

DATE = "2015-08-09"


def test_a_cited_verse_tells_no_killing() -> None:
    text = ("واستدل فضيلته بقول الله تعالى: {ومن يقتل مؤمنا متعمدا فجزاؤه جهنم خالدا فيها}. وبقول رسوله -صلى الله "
            "عليه وسلم- (لزوال الدنيا أهون عند الله من قتل رجل مسلم).")
    assert not analyze(text, published=DATE).events


def test_words_after_his_saying_are_still_told() -> None:
    text = "ورد عباس بقوله إنه تجب «محاربة الإرهاب وإلقاء القبض على منفذي هذه الجريمة البشعة»."
    assert [e for e in analyze(text, published=DATE).events if e.cameo_code == "173"]


def test_an_honorific_before_the_title_keeps_the_person_as_speaker() -> None:
    doc = analyze("وقال فضيلة رئيس هيئة مدينة الرياض الشيخ عبدالله بن أحمد السلمان: أساءنا العمل الإجرامي الجبان.",
                  published=DATE)
    assert doc.quotes and doc.quotes[0].speaker is not None and doc.quotes[0].speaker.entity_id != "gpe.riyadh"
