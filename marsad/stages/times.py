"""Stage `times`: time expressions, resolved against `Document.published`."""

from __future__ import annotations

from marsad.config import Config
from marsad.doc import Document
from marsad.facts.times import dateline, default_lexicon, find_times
from marsad.pipeline import stage


@stage("times", requires={"sentences"}, assigns={"times"})
def make_times_stage(config: Config):
    """Find dates, months, years, Hijri dates and relative expressions (اليوم الخميس، منذ ثلاثة أيام)
    so events can be dated; relative ones resolve against the publication date, or stay unresolved."""
    lexicon = default_lexicon()  # compiled once per process, shared read-only

    def run(doc: Document) -> Document:
        doc.times = find_times(doc, lexicon)
        place, when = dateline(doc, doc.times)
        if place is not None and when is not None:
            when.place = doc.span(*place)
        return doc

    return run
