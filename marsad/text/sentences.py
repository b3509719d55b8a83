"""Sentence splitting on the original text.

The rule follows the article gold format (lines, then `.`, `!`, `?`, `؟` followed by white space), so
sentence indices agree with annotators; it also never splits inside a number such as 3.5.
"""

from __future__ import annotations

import re

from marsad.doc import Sentence

_BOUNDARY = re.compile(r"(?<=[.!?؟])\s+|\n+")


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    pos = 0
    for match in _BOUNDARY.finditer(text):
        _add(text, pos, match.start(), sentences)
        pos = match.end()
    _add(text, pos, len(text), sentences)
    return sentences


def _add(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(len(out), start, end, text[start:end]))
