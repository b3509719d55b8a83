"""Hand-built Documents for event and quote tests: the text stage, then entities found by surface form.

The entity stage is another engineer's; these tests must not depend on its coverage, so each test
states which names are which entity. A surface form matches after an optional proclitic (و ف ب ل),
which is left out of the mention span as the mention stage does.
"""

from __future__ import annotations

import re

from marsad.config import Config
from marsad.doc import Document, Entity, Mention
from marsad.stages.text import make_text_stage

_TEXT = make_text_stage(Config())


def build_doc(text: str, entities: list[dict], nisbas: dict[str, str] | None = None,
              published: str | None = "2024-03-05") -> Document:
    """`entities`: dicts with id, type, en, iso3, forms, and optional code and role."""
    doc = _TEXT(Document(text=text, published=published))
    for spec in entities:
        ent = Entity(spec["id"], spec["type"], spec["en"], country_iso3=spec.get("iso3"),
                     actor_code=spec.get("code"), role=spec.get("role"))
        for form in sorted(spec["forms"], key=len, reverse=True):
            for m in re.finditer(rf"(?<![\w])(?:[وفبل]{{0,2}})({re.escape(form)})(?!\w)", text):
                start, end = m.span(1)
                if any(x.start < end and start < x.end for x in ent.mentions):
                    continue
                ent.mentions.append(Mention(start, end, text[start:end], spec["type"], entity_id=ent.id))
        ent.mentions.sort(key=lambda x: x.start)
        doc.entities.append(ent)
    for form, iso3 in (nisbas or {}).items():
        for m in re.finditer(re.escape(form), text):
            doc.mentions.append(Mention(m.start(), m.end(), form, "NISBA", kind="nisba", country_iso3=iso3))
    return doc


def assert_offsets(doc: Document) -> None:
    """Every span the coder and the quote finder emitted points into the original text."""
    for ev in doc.events:
        spans = [ev.trigger, *ev.evidence] + [a.span for a in (ev.source, ev.target, ev.place) if a and a.span]
        for span in spans:
            assert doc.text[span.start:span.end] == span.text
    for q in doc.quotes:
        assert doc.text[q.start:q.end] == q.text
        if q.cue:
            assert doc.text[q.cue.start:q.cue.end] == q.cue.text


def code_events(text: str, entities=(), **kw) -> Document:
    """Build a document from `text` and hand-made entities, code its events, check every offset."""
    from marsad.events.coder import EventCoder

    doc = build_doc(text, list(entities), **kw)
    doc.events = EventCoder().code(doc)
    assert_offsets(doc)
    return doc


def sentence_actor_list(doc: Document, sentence: int = 0, home: str | None = None) -> list:
    """The actor mentions the event coder sees in one sentence, each span checked against the text."""
    from marsad.events.actors import MentionIndex, sentence_actors, sentence_tokens
    from marsad.events.cues import load_cues

    found = sentence_actors(doc, sentence_tokens(doc)[sentence], load_cues(), home, MentionIndex.build(doc))
    for item in found:
        span = item.actor.span
        if span is not None:
            assert doc.text[span.start:span.end] == span.text
    return found


def actor_by_text(found: list, text: str):
    """The actor mention whose span reads `text`, or None."""
    return next((a for a in found if a.actor.span is not None and a.actor.span.text == text), None)


def event_sides(doc: Document, specs, level: str = "cameo_root") -> list[tuple]:
    """(code or root, source, target) of each event, actors named by the test's entity ids (matched on
    the English name, since the actor stage may find the same actor in its own knowledge base first),
    else by actor code."""
    names = {spec["en"]: spec["id"] for spec in specs}

    def key(actor):
        return None if actor is None else names.get(actor.canonical_en or "") or actor.actor_code
    return [(getattr(e, level), key(e.source), key(e.target)) for e in doc.events]
