"""Sentence splitting on the original text.

The rule follows the article gold format (lines, then `.`, `!`, `?`, `؟` followed by white space), so
sentence indices agree with annotators; it also never splits inside a number such as 3.5, nor after a
title abbreviated to one letter ("د. جمعان"), which the gold format allows for: its scorers match an
event on its trigger's position or within one sentence.
"""

from __future__ import annotations

import re

from marsad.doc import Sentence

_BOUNDARY = re.compile(r"(?<=[.!?؟])\s+|\n+")
# A title abbreviated to one Arabic letter and a full stop ("د." doctor, "م." engineer, "أ." professor,
# "أ.د."): the name follows, so the full stop ends no sentence ("دان رئيس الجامعة د. جمعان بن رقوش …").
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:[أاإدمجلكت]\.){1,2}$")


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    pos = 0
    for match in _BOUNDARY.finditer(text):
        if "\n" not in match.group() and _ABBREVIATION.search(text[max(pos, match.start() - 6):match.start()]):
            continue
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
