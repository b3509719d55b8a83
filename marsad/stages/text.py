"""Stage `text`: the normalised view, sentences and tokens every later stage reads."""

from __future__ import annotations

from marsad.config import Config
from marsad.doc import Document
from marsad.pipeline import stage
from marsad.text.normalize import normalize
from marsad.text.sentences import split_sentences
from marsad.text.tokens import tokenize


@stage("text", assigns={"sentences", "tokens", "norm"})
def make_text_stage(config: Config):
    """Split sentences and tokens once; no other stage re-tokenises."""

    def run(doc: Document) -> Document:
        doc.norm = normalize(doc.text)
        doc.sentences = split_sentences(doc.text)
        doc.tokens = tokenize(doc.text, doc.sentences)
        return doc

    return run
