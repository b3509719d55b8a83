"""An act of "whoever" (كل من and a verb) is what a law foresees, not an event (events/cues._whoever)."""

from __future__ import annotations

from marsad.api import analyze

LAW = ('ناقش نواب مجلس الشعب التونسي مشروع قانون مكافحة الارهاب. وتنص المادة 26 في مشروع القانون على انه '
       '"يعد مرتكبا لجريمة ارهابية ويعاقب بالاعدام كل من يتعمد قتل شخص يتمتع بحماية دولية".')


def test_a_laws_whoever_kills_is_no_killing():
    doc = analyze(LAW, published="2015-07-23")
    assert not [e for e in doc.events if e.cameo_code.startswith("19")]


def test_both_places_after_kull_min_keep_the_shelling():
    doc = analyze("وقصف الجيش السوري مواقع المعارضة في كل من حلب وإدلب.", published="2015-07-23")
    assert [(e.cameo_code, e.modality) for e in doc.events] == [("190", "asserted")]
