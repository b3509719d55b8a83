"""Stage `quotes`: direct and indirect speech with resolved speakers (logic in `marsad.facts.quotes`)."""

from __future__ import annotations

from marsad.config import Config
from marsad.doc import Document
from marsad.facts.quotes import QuoteFinder
from marsad.pipeline import stage


@stage("quotes", requires={"entities"}, assigns={"quotes"})
def make_quotes_stage(config: Config | None = None):
    """Find quotes (« », " ", “ ”, `قال :`) and indirect speech (قال إن), each with its speaker."""
    finder = QuoteFinder()

    def run(doc: Document) -> Document:
        doc.quotes = finder.find(doc)
        return doc

    return run
