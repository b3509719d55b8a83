"""A body's home name of several words links to the body of the country the article names (link/build._home_body)."""

from __future__ import annotations

from marsad.api import analyze

KUWAIT = ("واستنكر نائب رئيس مجلس الأمة مبارك الخرينج التفجير الإرهابي الغاشم الذي تعرض له مسجد قوات الطوارئ في "
          "أبها، وأكد الخرينج على تضامن حكومة وشعب دولة الكويت مع المملكة العربية السعودية.")


def _linked(doc, text):
    return {m.kb_id for m in doc.mentions if m.text == text}


def test_the_assembly_in_news_naming_kuwait_is_kuwaits():
    doc = analyze(KUWAIT, published="2015-08-09", outlet="okaz")
    assert _linked(doc, "مجلس الأمة") == {"org.kuwait-national-assembly"}
    assert [e.source.actor_code for e in doc.events if e.cameo_code == "111"] == ["KWTLEG"]


def test_the_assembly_in_news_naming_no_such_country_stays_unlinked():
    doc = analyze("واستنكر نائب رئيس مجلس الأمة التفجير الإرهابي في أبها.", published="2015-08-09", outlet="okaz")
    assert _linked(doc, "مجلس الأمة") <= {None}


def test_a_one_word_home_name_needs_its_own_countrys_news():
    doc = analyze("وأشادت المقاومة بالموقف، فيما زار وفد يمني بيروت.", published="2015-08-09", outlet="okaz")
    assert _linked(doc, "المقاومة") <= {None}
