"""A blessing after a ruler or the leadership, in any person and number ("-أيدها الله-"، "يحفظهم الله"),
is no act of support. Sentence written for the test."""

from __future__ import annotations

from marsad.api import analyze


def test_a_blessing_on_the_leadership_is_no_praise() -> None:
    doc = analyze("وأعرب الأمير محمد بن نايف عن شكره لخادم الحرمين الشريفين، في ظل دعم القيادة الرشيدة -أيدها "
                  "الله- وتوجيهات أمير منطقة القصيم.", published="2015-08-01")
    assert not [e for e in doc.events if "أيد" in e.trigger.text], doc.events
    assert any(e.cameo_code == "051" for e in doc.events), doc.events  # the thanks stays
