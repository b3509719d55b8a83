"""A verb in the first person singular future inside a speaker's words ("سأحادث"، "سألتقي") has the speaker
as its doer, as the plural ("سندعو") has; talking with someone (تحادث، يحادث) is consulting. Sentences written
for the test."""

from __future__ import annotations

import pytest

from marsad.api import analyze


@pytest.mark.parametrize("text", [
    "وقال كاميرون: سأحادث الرئيس الفرنسي هولاند بشأن أزمة المهاجرين.",
    "وقال كاميرون: سألتقي الرئيس الفرنسي هولاند بشأن أزمة المهاجرين.",
])
def test_the_speaker_does_what_he_says_he_will_do(text: str) -> None:
    doc = analyze(text, published="2015-08-01")
    talks = [e for e in doc.events if e.cameo_code == "040"]
    assert talks, doc.events
    assert talks[0].source is not None and talks[0].source.entity_id == "per.david-cameron", talks[0].source
    assert talks[0].target is not None and talks[0].target.entity_id == "per.francois-hollande", talks[0].target
    assert talks[0].modality == "future"


def test_a_past_form_iv_verb_is_no_first_person() -> None:
    doc = analyze("وقال لافروف: أعلن الرئيس الفرنسي هولاند دعمه للاتفاق.", published="2015-08-01")
    assert not any(e.source is not None and e.source.entity_id == "per.sergey-lavrov" and e.trigger.text.startswith("أعلن")
                   for e in doc.events), doc.events


def test_an_accident_is_no_talk() -> None:
    doc = analyze("ووقع حادث مروري على طريق الرياض الدمام أمس.", published="2015-08-01")
    assert not [e for e in doc.events if e.cameo_code == "040"], doc.events
