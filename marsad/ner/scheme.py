"""Label schemes: the CRFs may learn BIOES labels while everything outside the tagger sees BIO.

Why BIOES: a linear-chain CRF with BIO labels cannot tell the last word of a name from an inner one, nor
a one-word name from the first word of a longer one, so evidence about where names end (a following
title, a nisba, a clitic-free next word) has no label to attach to. With S- (single) and E- (end) labels
it does; the tags are turned back to BIO before anyone else reads them.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.ner.evaluate import spans

SCHEMES = ("bio", "bioes")


def to_bioes(tags: Sequence[str]) -> list[str]:
    """BIO (or IOB1) tags as BIOES: S- for one-word entities, B- … I- … E- for longer ones."""
    out = ["O"] * len(tags)
    for first, last, kind in spans(tags):
        if last - first == 1:
            out[first] = f"S-{kind}"
            continue
        out[first] = f"B-{kind}"
        for i in range(first + 1, last - 1):
            out[i] = f"I-{kind}"
        out[last - 1] = f"E-{kind}"
    return out


def to_bio(tags: Sequence[str]) -> list[str]:
    """BIOES tags as BIO (IOB2): S- → B-, E- → I-. An ill-formed sequence keeps the entities `spans`
    reads from its B-/I- view (an E- or I- after O opens an entity, as in IOB1)."""
    out: list[str] = []
    for tag in tags:
        prefix, _, kind = tag.partition("-")
        if prefix == "S":
            out.append(f"B-{kind}")
        elif prefix == "E":
            out.append(f"I-{kind}")
        else:
            out.append(tag)
    return out
