"""A subject opened by أن/إن may be followed by a comma before its verb (clause_subject_before)."""

from __future__ import annotations

from marsad.api import analyze


def test_the_ministry_after_inna_rejects_despite_the_comma():
    doc = analyze("قال مصدر مختص إن وزارة العمل الفلبينية، رفضت اعتماد مكاتب استقدام وطنية جديدة.", published="2015-08-09")
    assert [(e.cameo_code, e.source.actor_code) for e in doc.events] == [("120", "PHLGOV")]


def test_a_comma_after_a_sentence_opening_name_opens_no_clause():
    doc = analyze("السعودية، ترفض التدخل الإيراني.", published="2015-08-09")
    assert not doc.events
