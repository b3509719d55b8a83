"""Stage `entities`: within-article coreference and linking (logic in marsad.link).

Name mentions, name parts (علييف after إلهام علييف) and descriptions (الرئيس الأذربيجاني، نظيره
الاذربيجاني، رئيس أذربيجان) are resolved against the knowledge base and the publication date, then
grouped into `doc.entities`: id = knowledge-base id, or `new:<hash>` for referents outside it.
Nisba and office helper mentions stay in `doc.mentions` but make no entity of their own.
"""

from __future__ import annotations

from marsad.config import Config
from marsad.doc import Document
from marsad.kb import load_kb
from marsad.link import link_document
from marsad.pipeline import stage


@stage("entities", requires={"mentions"}, assigns={"entities"})
def make_entities_stage(config: Config):
    """Link mentions to knowledge-base entries and group them into entities."""
    kb = load_kb(config)

    def run(doc: Document) -> Document:
        doc.entities = link_document(doc, kb)
        return doc

    return run
