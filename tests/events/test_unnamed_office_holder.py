"""An office word opening a title that names no holder (no person, no body or place in its genitive chain) is the
verb's unnamed subject; an actor after a ل-word is no doer (arguments._holder_in_title)."""

from __future__ import annotations

from marsad.api import analyze


def test_the_commander_of_the_force_threatens_not_the_group():
    text = ("قتل 16 شخصا في نيجيريا في هجومين منفصلين في شمال شرق البلاد أحدهما نفذته انتحارية والآخر شنه مقاتلو "
            "بوكو حرام على سكان إحدى القرى، فيما توعد قائد القوة الدولية الجديدة لقتال الجماعة أمس بالقضاء على "
            "التمرد \"قريبا\".")
    doc = analyze(text, published="2015-08-01")
    assert not [e for e in doc.events if e.cameo_code.startswith("13")]


def test_a_long_title_still_reaches_its_holder():
    text = ("كما بعث نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز آل سعود برقية تهنئة "
            "لفخامة الرئيس توني تان كنق يام رئيس جمهورية سنغافورة.")
    doc = analyze(text, published="2015-08-09")
    cable = [e for e in doc.events if e.cameo_code == "051"]
    assert cable and "محمد بن نايف" in cable[0].source.span.text


def test_a_body_in_the_title_stays_the_doer():
    doc = analyze("ودعا رئيس بلدية ناغازاكي الحكومة اليابانية إلى التخلي عن السلاح النووي.", published="2015-08-09")
    assert [e.source.actor_code for e in doc.events if e.cameo_code.startswith("02")][:1] in (["JPN"], ["JPNGOV"])
