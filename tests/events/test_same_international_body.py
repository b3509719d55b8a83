"""An international body's official and the body itself are one side: never source and target of one event."""

from __future__ import annotations

from marsad.api import analyze


def test_the_envoy_does_not_discuss_with_the_un():
    text = "وقال المبعوث الدولي لليمن خلال زيارة للقاهرة، إنه ناقش وجود مراقبين دوليين تحت مظلة الأمم المتحدة."
    doc = analyze(text, published="2015-08-01")
    assert not [e for e in doc.events if e.source and e.target and e.source.actor_code == e.target.actor_code == "IGOUNO"]


def test_a_minister_and_his_government_may_be_two_sides():
    doc = analyze("التقى وزير الخارجية الأمريكي جون كيري الرئيس الأمريكي باراك أوباما في واشنطن.", published="2015-08-01")
    assert [(e.source.actor_code, e.target.actor_code) for e in doc.events if e.cameo_code == "040"] == [("USAGOV", "USAGOV")]
