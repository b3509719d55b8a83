"""Stage `quotes`: placeholder until its module is written (it adds nothing yet)."""

from __future__ import annotations

from marsad.config import Config
from marsad.doc import Document
from marsad.pipeline import stage


@stage("quotes", requires={"entities"}, assigns={"quotes"})
def make_quotes_stage(config: Config):
    """Not implemented yet."""

    def run(doc: Document) -> Document:
        return doc

    return run
