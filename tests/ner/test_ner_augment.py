"""Training copies with the names' identity hidden (augment.py); no ../shared needed."""

from __future__ import annotations

import random

from marsad.ner.augment import hide_names
from marsad.ner.features import Featurizer
from marsad.ner.lexicon import Lexicon

TOKENS = ["قال", "الرئيس", "سانتوري", "إن", "الوضع", "جيد"]
TAGS = ["O", "O", "B-PERS", "O", "O", "O"]


def test_the_name_loses_identity_everywhere_and_keeps_the_rest():
    featurizer = Featurizer(Lexicon(), {}, ngrams=True)
    feats = featurizer.sentence(TOKENS)
    identity = lambda t: (featurizer.word(t).norm, featurizer.word(t).key)  # noqa: E731
    copy = hide_names(feats, TOKENS, TAGS, identity, random.Random(0), share=1.0)
    assert copy is not None
    name = featurizer.word("سانتوري").norm
    everywhere = [f for sent in copy for f in sent]
    assert not any(f.endswith(f"w={name}") or f.endswith(f"st={name}") for f in everywhere)
    assert not any(name in f for f in everywhere if f.startswith(("bg-=", "bg+=")))
    assert any(f.startswith("g3=") for f in copy[2])  # letters stay: an unseen word has them too
    assert "w=الوضع" in copy[4] and "1w=الوضع" in copy[3]  # other words keep theirs
    assert copy[5] == feats[5]  # three words away: untouched
    assert feats[2] != copy[2]  # the original is not changed in place


def test_sentences_without_names_get_no_copy():
    featurizer = Featurizer(Lexicon(), {})
    feats = featurizer.sentence(TOKENS)
    assert hide_names(feats, TOKENS, ["O"] * 6, lambda t: (t, t), random.Random(0), share=1.0) is None
