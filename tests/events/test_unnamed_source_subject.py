""""المصدر" right after a verb is its unnamed subject: an actor after it is no doer (arguments.unnamed_noun_subject)."""

from __future__ import annotations

import pytest

from marsad.api import analyze


@pytest.mark.parametrize("text", [
    "ودعا المصدر وزارة العمل السعودية إلى التدخل لتصحيح الوضع.",
    "ودعا المصدر لضرورة تدخل وزارة العمل السعودية، لتصحيح هذا الوضع.",
    "واتهم المصدر الحوثيين بقصف المدينة.",
])
def test_the_actor_after_the_source_does_not_act(text):
    doc = analyze(text, published="2015-08-09")
    assert not [e for e in doc.events if e.source and e.source.actor_code in {"SAUGOV", "YEMREB"}]


def test_a_source_with_its_nationality_leaves_the_ministry_the_addressee():
    doc = analyze("ودعا المصدر السعودي وزارة العمل إلى التدخل.", published="2015-08-09", outlet="okaz")
    assert all(e.source is None or e.source.span is None or "وزارة" not in e.source.span.text for e in doc.events)
