"""Stage `events`: CAMEO/PLOVER events from the predicate lexicon and sentence structure.

The lexicon, cue lists and CAMEO table load once when the stage is built and are shared read-only by
every document the stage sees. Logic lives in `marsad.events.coder`.
"""

from __future__ import annotations

from marsad.config import Config
from marsad.doc import Document
from marsad.events.coder import EventCoder
from marsad.pipeline import stage


@stage("events", requires={"entities", "times"}, assigns={"events"})
def make_events_stage(config: Config | None = None):
    """Code each sentence's predicates into events with source, target, trigger, date and place;
    drops events under `Config.min_event_confidence`."""
    threshold = config.min_event_confidence if isinstance(config, Config) else Config().min_event_confidence
    coder = EventCoder(min_confidence=threshold)

    def run(doc: Document) -> Document:
        doc.events = coder.code(doc)
        return doc

    return run
