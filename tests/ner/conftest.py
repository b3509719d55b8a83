"""Fixtures of the NER tests."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest


def _tags_as_reference(tagger, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
    """Tag `sentences` on the fast path and through crfsuite; both must give the same tags, and the
    same marginals to 1e-9. Returns the tags."""
    fast, fast_probs = tagger.tag_scored(sentences)
    slow, slow_probs = tagger.tag_reference(sentences)
    assert fast == slow
    for mine, ref in zip(fast_probs, slow_probs, strict=True):
        assert mine == pytest.approx(ref, abs=1e-9)
    return fast


@pytest.fixture
def same_as_reference() -> Callable[..., list[list[str]]]:
    return _tags_as_reference
