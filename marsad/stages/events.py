"""Stage `events`: CAMEO/PLOVER events from the predicate lexicon and sentence structure.

The lexicon, cue lists and CAMEO table load once when the stage is built and are shared read-only by
every document the stage sees. Logic lives in `marsad.events.coder`.

When the pipeline runs the learned tagger after this stage (the default), the tagger tags the article
here instead, once (marsad.stages.ner.tagged_names): the coder reads its people (marsad/events/tagged.py)
and the `ner` stage merges the same mentions later. With `--skip ner` the coder reads the knowledge
base's names alone.
"""

from __future__ import annotations

from marsad.config import Config
from marsad.doc import Document
from marsad.events.coder import EventCoder
from marsad.events.genre import article_genre
from marsad.ner.tagger import load_tagger
from marsad.pipeline import stage
from marsad.stages.ner import tagged_names


@stage("events", requires={"entities", "times"}, assigns={"events"})
def make_events_stage(config: Config | None = None):
    """Code each sentence's predicates into events with source, target, trigger, date and place;
    drops events under `Config.min_event_confidence`."""
    config = config if isinstance(config, Config) else Config()
    coder = EventCoder(min_confidence=config.min_event_confidence)
    tagger = None
    if "ner" in config.stages and "events" in config.stages and \
            config.stages.index("ner") > config.stages.index("events"):
        tagger = load_tagger(getattr(config, "ner_model", None))

    def run(doc: Document) -> Document:
        doc.genre = article_genre(doc, coder.cues)
        if tagger is not None and "ner" not in doc.stages_run:
            doc.events = coder.code(doc, tagged_names(doc, tagger))
        else:
            doc.events = coder.code(doc)
        return doc

    return run
