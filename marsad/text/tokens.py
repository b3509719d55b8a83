"""Tokens with their clitics told apart, offsets kept on the original text.

Arabic writes conjunctions, prepositions, the article and object pronouns onto the word
(وبالتعاون، لإيران، نظيره). Whether a leading و or ب is a clitic or part of the word (وزير، باكو) can
only be decided against a lexicon, so `clitic_variants` lists every plausible split and the matchers keep
the one their lexicon knows; `Token.stem` holds only the safe default split (article combinations).
Folding writes آ as ا, so "آلاف" (thousands) folds to الاف and looked definite: an alef with madda opens no
article, and "وأضرم آلاف المتظاهرين النيران" has its protesters for subject again (the definite-noun test
had read "آلاف" as an unnamed subject). Measured: development gold and samples unchanged; PETRARCH recall
88.7 % unchanged, precision 94.0 → 93.7 % (one more sentence read as an assault); ANERcorp unchanged.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from marsad.doc import Sentence, Token
from marsad.text.normalize import normalize_form

_LETTERS = (
    "\u0621-\u063a\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff"
    "\u0750-\u077f\u08a0-\u08ff\ufb50-\ufd3d\ufd50-\ufdff\ufe70-\ufefc"
)
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u00ad"
_DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"
_TOKEN = re.compile(
    rf"(?P<number>[{_DIGITS}]+(?:[.,\u066b\u066cر][{_DIGITS}]+)*)"
    rf"|(?P<word>[{_MARKS}]*[{_LETTERS}][{_LETTERS}{_MARKS}]*)"
    r"|(?P<latin>[^\W\d_](?:[^\W_]|['’\-](?=\w))*)"
    r"|(?P<punct>[^\s\u200b-\u200f\ufeff\u2066-\u2069\u202a-\u202e])"
)

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك", "س")
ENCLITICS = ("هما", "كما", "هم", "هن", "ها", "كم", "نا", "ه", "ي", "ك")


class CliticSplit(NamedTuple):
    """One reading of a folded word: `form` is what remains after removing `prefix` and `suffix`."""

    prefix: str
    form: str
    suffix: str
    article: bool


@lru_cache(maxsize=100_000)
def clitic_variants(norm: str, enclitics: bool = False) -> tuple[CliticSplit, ...]:
    """All plausible proclitic (and optionally enclitic) splits of a folded word, unsplit first.

    Forms keep the article (الرئيس stays الرئيس); `لل` is read as ل + ال, so للرئيس yields the form
    "الرئيس" with prefix "ل" (the missing alef is the only place form and text differ in length).
    """
    seen: dict[tuple[str, str, str], CliticSplit] = {}

    def add(prefix: str, form: str, suffix: str) -> None:
        if len(form) >= 2 and (prefix, form, suffix) not in seen:
            seen[(prefix, form, suffix)] = CliticSplit(prefix, form, suffix, form.startswith("ال"))

    for conj in ("", *CONJUNCTIONS):
        if not norm.startswith(conj):
            continue
        rest = norm[len(conj):]
        for prep in ("", *PREPOSITIONS):
            if not rest.startswith(prep):
                continue
            body = rest[len(prep):]
            prefix = conj + prep
            if prep == "ل" and body.startswith("ل") and len(body) > 2:
                add(prefix, "ا" + body, "")  # لل = ل + ال
            add(prefix, body, "")
    if enclitics:
        for split in list(seen.values()):
            for enc in ENCLITICS:
                if split.form.endswith(enc) and len(split.form) - len(enc) >= 3:
                    stem = split.form[: -len(enc)]
                    # ـته / ـتها: a feminine noun before a pronoun is written with ت (زيارته → زيارة).
                    if stem.endswith("ت"):
                        add(split.prefix, stem[:-1] + "ه", enc)
                    if stem.endswith("ئ"):  # لقائه → لقاء
                        add(split.prefix, stem[:-1] + "ء", enc)
                    add(split.prefix, stem, enc)
    return tuple(seen.values())


_ARTICLE_PREFIX = re.compile(r"^(و|ف)?(ب|ك)?(ال)(?=..)")
_LAM_ARTICLE_PREFIX = re.compile(r"^(و|ف)?(لل)(?=..)")


def _default_split(norm: str) -> tuple[str, bool, str]:
    """The split that is almost never wrong: a prefix ending in the article (وال، بال، لل، فال)."""
    if "ل" not in norm[:5]:
        return "", False, norm
    m = _ARTICLE_PREFIX.match(norm)
    if m:
        return (m.group(1) or "") + (m.group(2) or ""), True, norm[m.end():]
    m = _LAM_ARTICLE_PREFIX.match(norm)
    if m:
        return (m.group(1) or "") + "ل", True, norm[m.end():]
    return "", False, norm


def _madda_opening(raw: str, start: int, letters: int) -> bool:
    """The letter after `letters` proclitic letters of the raw word is an alef with madda (آ)."""
    at = _locate(raw, start, letters) - start
    return 0 <= at < len(raw) and raw[at] == "آ"


def tokenize(text: str, sentences: list[Sentence] | None = None) -> list[Token]:
    tokens: list[Token] = []
    sent_iter = iter(sentences or [])
    current = next(sent_iter, None)
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "punct"
        raw = match.group()
        norm = normalize_form(raw)
        if not norm:
            continue
        start, end = match.span()
        while current is not None and start >= current.end:
            current = next(sent_iter, None)
        sentence = current.index if current is not None else (sentences[-1].index if sentences else 0)
        token = Token(len(tokens), start, end, raw, norm, sentence, kind)
        if kind == "word":
            prefix, article, stem = _default_split(norm)
            if article and _madda_opening(raw, start, len(prefix)):
                # "آلاف"، "وآلاف"، "لآلية" fold to الاف، والاف، للية, but the alef carries a madda: no article
                article, stem = False, norm[len(prefix):]
            token.proclitics, token.article, token.stem = prefix, article, stem
            token.stem_start, token.stem_end = _locate(raw, start, len(prefix) + (2 if article else 0)), end
            if prefix.endswith("ل") and article and norm.startswith(prefix + "ل") and not norm.startswith(prefix + "ال"):
                token.stem_start = _locate(raw, start, len(prefix) + 1)
        else:
            token.stem, token.stem_start, token.stem_end = norm, start, end
        tokens.append(token)
    return tokens


def original_offset(raw: str, start: int, folded_chars: int) -> int:
    """Original offset after the first `folded_chars` folded characters of the token `raw`."""
    return _locate(raw, start, folded_chars)


def _locate(raw: str, start: int, folded_chars: int) -> int:
    if folded_chars <= 0:
        return start
    count = 0
    for i, ch in enumerate(raw):
        count += len(normalize_form(ch))
        if count >= folded_chars:
            j = i + 1
            # Skip marks that belong to the clitic (a shadda or vowel right after it).
            while j < len(raw) and not normalize_form(raw[j]):
                j += 1
            return start + j
    return start + len(raw)
