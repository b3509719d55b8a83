"""Deaths from a disease are no attack (accident_words in events/data/cues.yaml)."""

from __future__ import annotations

from marsad.api import analyze


def test_an_outbreak_kills_nobody_attacked():
    text = "انتشر داء الفيالقة في المدينة، وهو مرض تنفسي حاد، وأسفر عن مقتل عشرة أشخاص وإصابة 100 آخرين في نيويورك."
    doc = analyze(text, published="2015-08-09")
    assert not [e for e in doc.events if e.cameo_code.startswith(("18", "19", "20"))]


def test_a_shooting_still_kills():
    doc = analyze("أطلق مسلحون النار على سوق في نيويورك، ما أسفر عن مقتل عشرة أشخاص.", published="2015-08-09")
    assert [e for e in doc.events if e.cameo_code.startswith(("18", "19"))]
