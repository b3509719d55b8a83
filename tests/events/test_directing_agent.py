"""The one named after a word of directing, set off by a comma, does the act written with ب after it
(events/clauses.directing_agent)."""

from __future__ import annotations

import pytest

from marsad.api import analyze

BEFORE = "ردت المدفعية السعودية أمس على قذائف الحوثيين.\n "


@pytest.mark.parametrize("name", ["الملك سلمان بن عبدالعزيز", "الملك سلمان بن عبدالعزيز آل سعود ـ حفظه الله ـ"])
def test_the_directives_owner_gives_the_aid(name):
    text = BEFORE + f"جاء ذلك تنفيذا لتوجيهات خادم الحرمين الشريفين {name}، بتقديم المساعدات العاجلة للشعب اليمني الشقيق."
    doc = analyze(text, published="2015-07-23")
    aid = [e for e in doc.events if e.cameo_code == "073"]
    assert len(aid) == 1
    assert aid[0].source.actor_code == "SAUGOV"
    assert "سلمان" in aid[0].source.span.text


def test_no_directive_word_no_owner():
    """A name before the comma with no directing word before it is not taken as the doer this way."""
    text = BEFORE + "وصل إلى عدن وزير الخارجية اليمني رياض ياسين، بعد تقديم المساعدات العاجلة للشعب اليمني الشقيق."
    doc = analyze(text, published="2015-07-23")
    assert not [e for e in doc.events if e.cameo_code == "073" and e.source and e.source.span
                and "ياسين" in e.source.span.text]
