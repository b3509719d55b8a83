"""Stage `entities`: placeholder until its module is written (it adds nothing yet)."""

from __future__ import annotations

from marsad.config import Config
from marsad.doc import Document
from marsad.pipeline import stage


@stage("entities", requires={"mentions"}, assigns={"entities"})
def make_entities_stage(config: Config):
    """Not implemented yet."""

    def run(doc: Document) -> Document:
        return doc

    return run
