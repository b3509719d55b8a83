"""A side's media office ("المركز الإعلامي للمقاومة") tells its news and is no side; a town taken or struck is
where a fight went on, never the side a later act of the same doer is aimed at. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze
from marsad.events.actors import sentence_actors, sentence_tokens
from marsad.events.cues import load_cues


def test_a_media_office_is_marked_as_media() -> None:
    doc = analyze("وقال المركز الإعلامي للمقاومة إن الثوار دخلوا المدينة فجر أمس.", published="2015-08-01")
    actors = [a for tokens in sentence_tokens(doc) for a in sentence_actors(doc, tokens, load_cues())]
    office = [a for a in actors if a.actor.canonical_en and "الإعلامي" in a.actor.canonical_en
              or a.actor.span is not None and "الإعلامي" in a.actor.span.text]
    assert office and all(a.media for a in office), [(a.actor, a.media) for a in actors]


def test_a_town_taken_is_not_the_side_of_a_later_advance() -> None:
    doc = analyze("وحقق الثوار تقدما عندما بسطوا سيطرتهم على مواقع مهمة في تعز. وكان مقاتلو المقاومة الشعبية قد "
                  "استولوا أول من أمس على منطقة جبل يسوف في لودر بمحافظة أبين.", published="2015-08-01")
    later = [e for e in doc.events if e.sentence_index == 1]
    assert later, doc.events
    assert not any(e.target is not None and e.target.entity_id == "gpe.taiz" for e in later), \
        [(e.cameo_code, e.source, e.target) for e in later]
