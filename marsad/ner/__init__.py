"""The learned entity tagger: CRF features, training, and the shipped two-pass model.

`load_tagger()` gives the shipped tagger (`NerTagger.tag_document(sentences)` → B-/I- tags); the
pipeline stage is `marsad/stages/ner.py`, the commands `marsad train ner`, `marsad tag`,
`marsad eval ner` (marsad/cli_ner.py).
"""

from marsad.ner.tagger import NerTagger, load_tagger

__all__ = ["NerTagger", "load_tagger"]
