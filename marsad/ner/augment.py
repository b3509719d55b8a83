"""Training copies of sentences in which the names are words the model has never seen.

Why: on the training split the CRF learns most names by their identity (`w=`, `st=`, bigrams), and the
weights that would have found them from context, letters and knowledge stay small, because identity
already explained them. At test time nearly half the names were never seen, and those identity
features then carry no weight at all. Adding, for some sentences, a copy in which the identity
features of the names' words are taken away (as they are for an unseen word: its own, its neighbours'
view of it, and the bigrams through it) makes the model learn the evidence that carries over. Letter
n-grams, clusters, cue words and knowledge-base features stay: an unseen word has those too.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

from marsad.ner.evaluate import spans
from marsad.ner.features import _OFFSETS

SEED = 17


def hide_names(feats: Sequence[Sequence[str]], tokens: Sequence[str], tags: Sequence[str],
               identity: Callable[[str], tuple[str, str]], rng: random.Random,
               share: float = 0.5) -> list[list[str]] | None:
    """A copy of one sentence's feature lists with the identity features of (a `share` of) its name
    words removed, or None when the sentence has no name (or the draw hid none)."""
    hidden = [i for first, last, _ in spans(tags) for i in range(first, last) if rng.random() < share]
    if not hidden:
        return None
    out = [list(f) for f in feats]
    for i in hidden:
        norm, stem = identity(tokens[i])
        own = {f"w={norm}", f"st={stem}"}
        out[i] = [f for f in out[i] if f not in own and not f.startswith(("bg-=", "bg+="))]
        for d in _OFFSETS:
            j = i - d  # token j sees token i at offset d
            if 0 <= j < len(out):
                seen = {f"{d}w={norm}", f"{d}st={stem}"}
                out[j] = [f for f in out[j] if f not in seen]
        for j, prefix in ((i - 1, "bg+="), (i + 1, "bg-=")):
            if 0 <= j < len(out):
                out[j] = [f for f in out[j] if not f.startswith(prefix)]
    return out
