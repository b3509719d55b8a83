"""Reading token-per-line NER files (ANERcorp, Wojood, `marsad tag` input) into sentences and documents.

ANERcorp has no sentence or document breaks: a sentence ends after a "." token, and since the corpus
is a run of short news stories kept in order, consecutive sentences are grouped into pseudo-documents
of a fixed size. Model selection splits on these whole blocks, never on random sentences, so that names
repeated inside one story do not leak between training and development data.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

# Wojood's 21 types onto ANERcorp's four; types ANERcorp does not annotate as names become O.
WOJOOD_TYPES = {"PERS": "PERS", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
SENTENCES_PER_DOC = 12


@dataclass(slots=True)
class Sentence:
    """Tokens of one sentence and their tags (empty when the input had none)."""

    tokens: list[str]
    tags: list[str] = field(default_factory=list)


def read_conll(path: str | Path, column: int = 1, type_map: dict[str, str] | None = None) -> list[Sentence]:
    """Sentences of a `token [TAG ...]` file; `column` picks the tag column (1 = the outer layer).

    A sentence ends at a blank line or after a "." token. `type_map` renames entity types; a type it
    does not list becomes O.
    """
    with open(path, encoding="utf-8-sig") as fh:
        return list(parse_lines(fh, column, type_map))


def parse_lines(lines: Iterable[str], column: int = 1,
                type_map: dict[str, str] | None = None) -> Iterator[Sentence]:
    """The sentences of token-per-line text (see `read_conll`)."""
    current = Sentence([])
    for raw in lines:
        line = raw.rstrip("\r\n").replace("\u200e", "")
        parts = line.split()
        if parts and line[0].isspace():
            parts.insert(0, "")  # a token lost in the source (ANERcorp has a few): keep the line
        if not parts:
            if current.tokens:
                yield current
                current = Sentence([])
            continue
        current.tokens.append(parts[0])
        if len(parts) > column:
            current.tags.append(_map_tag(parts[column], type_map))
        elif len(parts) > 1:
            current.tags.append("O")
        if parts[0] == ".":
            yield current
            current = Sentence([])
    if current.tokens:
        yield current


def _map_tag(tag: str, type_map: dict[str, str] | None) -> str:
    if not tag.startswith(("B-", "I-")):
        # O, or a malformed cell (ANERcorp's training split has one line `. Oالإصابة O`, two lines run
        # together): anything else would become a label of its own.
        return "O"
    if type_map is None:
        return tag
    prefix, kind = tag.split("-", 1)
    mapped = type_map.get(kind)
    return f"{prefix}-{mapped}" if mapped else "O"


def documents(sentences: list[Sentence], size: int = SENTENCES_PER_DOC) -> list[list[Sentence]]:
    """Consecutive sentences grouped into pseudo-documents of `size` sentences."""
    return [sentences[i:i + size] for i in range(0, len(sentences), size)]


def split_documents(docs: list[list[Sentence]], dev_every: int = 6,
                    block: int = 5) -> tuple[list[list[Sentence]], list[list[Sentence]]]:
    """Train and development documents: every `dev_every`-th block of `block` whole documents is dev."""
    train: list[list[Sentence]] = []
    dev: list[list[Sentence]] = []
    for i, doc in enumerate(docs):
        (dev if (i // block) % dev_every == dev_every - 1 else train).append(doc)
    return train, dev
