"""Stage `times`: time expressions, resolved against `Document.published`."""

from __future__ import annotations

import re

from marsad.config import Config
from marsad.doc import Document
from marsad.facts.times import dateline, default_lexicon, find_times
from marsad.pipeline import stage

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@stage("times", requires={"sentences"}, assigns={"times"})
def make_times_stage(config: Config):
    """Find dates, months, years, Hijri dates and relative expressions (اليوم الخميس، منذ ثلاثة أيام)
    so events can be dated; relative ones resolve against the publication date, else against the
    date of a dateline opening the article (`Document.dateline_date`), or stay unresolved."""
    lexicon = default_lexicon()  # compiled once per process, shared read-only

    def run(doc: Document) -> Document:
        doc.times = find_times(doc, lexicon)
        place, when = dateline(doc, doc.times)
        if when is not None and doc.reference_date() is None and _DAY.fullmatch(when.value or ""):
            # No publication date, but the article states its day: relative dates resolve against it
            doc.dateline_date = when.value
            doc.times = find_times(doc, lexicon)
            place, when = dateline(doc, doc.times)
        if place is not None and when is not None:
            when.place = doc.span(*place)
        return doc

    return run
