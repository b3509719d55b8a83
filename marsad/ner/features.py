"""CRF features of a tokenised sentence.

Most of what tells a name in Arabic is not in the word itself (there are no capitals) but in its
neighbourhood and in what is known about it: a title before it (الرئيس، الشيخ), a cue word
(وزارة، مدينة), membership in the knowledge base, and the distributional class (word cluster) learned
from unannotated news. Word-level features are cached per surface form, so tagging a large feed
costs a dictionary lookup for most tokens.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from marsad.ner.lexicon import Lexicon
from marsad.text.normalize import normalize_form
from marsad.text.tokens import clitic_variants

_OFFSETS = (-2, -1, 1, 2)
_PADS = tuple(f"{d}:pad" for d in _OFFSETS)
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_DIGIT = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]")
_LATIN = re.compile(r"[A-Za-z]")


class Featurizer:
    """Turns sentences (lists of surface tokens) into CRF feature lists, one list per token."""

    def __init__(self, lexicon: Lexicon, clusters: dict[str, tuple[str, ...]], ngrams: bool = False) -> None:
        self.lexicon = lexicon
        self.clusters = clusters
        self.ngrams = ngrams
        self._cache: dict[str, _Word] = {}

    def word(self, token: str) -> _Word:
        """Static facts about one surface form (cached)."""
        info = self._cache.get(token)
        if info is None:
            info = _Word(token, self.lexicon, self.clusters, self.ngrams)
            if len(self._cache) < 500_000:
                self._cache[token] = info
        return info

    def sentence(self, tokens: Sequence[str], extra: Sequence[Sequence[str]] | None = None) -> list[list[str]]:
        """Feature lists for a sentence; `extra` adds per-token features (document-level pass)."""
        words = [self.word(t) for t in tokens]
        gaz = self._gazetteer(words)
        n = len(words)
        out: list[list[str]] = []
        for i, w in enumerate(words):
            feats = list(w.own)
            if gaz[i]:
                feats.append(gaz[i])
            for k, d in enumerate(_OFFSETS):
                j = i + d
                if 0 <= j < n:
                    feats += words[j].context[k]
                    if gaz[j]:
                        feats.append(f"{d}{gaz[j]}")
                else:
                    feats.append(_PADS[k])
            if i > 0:
                feats.append(f"bg-={words[i - 1].norm}|{w.norm}")
            if i + 1 < n:
                feats.append(f"bg+={w.norm}|{words[i + 1].norm}")
            if extra is not None:
                feats.extend(extra[i])
            out.append(feats)
        return out

    def _gazetteer(self, words: list[_Word]) -> list[str]:
        """Longest knowledge-base name matches as B-/I- features (first word may carry clitics)."""
        tags = [""] * len(words)
        i = 0
        while i < len(words):
            best = None
            for form in words[i].forms:
                for phrase, kind in self.lexicon.phrases.get(form, ()):
                    size = len(phrase)
                    if best is not None and size <= best[0]:
                        continue
                    if all(words[i + k].norm == phrase[k] for k in range(1, size)) if i + size <= len(words) else False:
                        best = (size, kind)
            if best is None:
                i += 1
                continue
            size, kind = best
            tags[i] = f"gz=B-{kind}"
            for k in range(1, size):
                tags[i + k] = f"gz=I-{kind}"
            i += size
        return tags


class _Word:
    """Features of a word alone (`own`) and the smaller set used when it is a neighbour (`context`)."""

    __slots__ = ("norm", "key", "forms", "own", "context")

    def __init__(self, token: str, lexicon: Lexicon, clusters: dict[str, tuple[str, ...]],
                 ngrams: bool = False) -> None:
        norm = normalize_form(token) or token
        self.norm = norm
        variants = clitic_variants(norm) if _ARABIC.search(norm) else ()
        self.forms = tuple(dict.fromkeys([norm, *(v.form for v in variants)]))
        stem, prefix = _stem(norm, variants)
        self.key = stem
        shape = _shape(token)
        cues = sorted({c for f in self.forms for c in lexicon.cues.get(f, ())})
        parts = sorted({c for f in (norm, stem) for c in lexicon.parts.get(f, ())})
        cl = clusters.get(norm) or clusters.get(stem) or ()
        own = [f"w={norm}", f"st={stem}", f"cl={prefix}", f"sh={shape}", f"len={min(len(stem), 8)}",
               f"p2={stem[:2]}", f"p3={stem[:3]}", f"s1={stem[-1:]}", f"s2={stem[-2:]}", f"s3={stem[-3:]}",
               "bias"]
        if norm.startswith("ال"):
            own.append("al")
        own += [f"cue={c}" for c in cues] + [f"part={c}" for c in parts]
        own += [f"c{k}={c}" for k, c in enumerate(cl)] if cl else ["c=none"]
        if ngrams:
            own += _translit(stem)
        self.own = own
        context = [f"w={norm}", f"st={stem}", f"sh={shape}"]
        context += [f"cue={c}" for c in cues] + [f"part={c}" for c in parts]
        if cl:
            context += [f"c{k}={c}" for k, c in enumerate(cl[:2])]
        # Prefixed once per word type, so a sentence costs list joins rather than string formatting.
        self.context = tuple([f"{d}{f}" for f in context] for d in _OFFSETS)


def _stem(norm: str, variants) -> tuple[str, str]:
    """The word without a separable prefix ending in the article, or without ال (الرئيس → رئيس)."""
    for v in variants:
        if v.prefix and v.article:
            return v.form[2:] if len(v.form) > 3 else v.form, v.prefix + "+al"
    if norm.startswith("ال") and len(norm) > 3:
        return norm[2:], "al"
    return norm, "-"


def _translit(stem: str) -> list[str]:
    """Character trigrams and the long-vowel count of a word, the marks of a transliterated foreign name
    (بوتين، كوستيلاري: many ا و ي, letter runs Arabic words rarely have), for names never seen whole."""
    vowels = sum(1 for ch in stem if ch in "اوىي")
    padded = f"^{stem}$"
    grams = {padded[i:i + 3] for i in range(len(padded) - 2)}
    return [f"lv={min(vowels, 4)}/{min(len(stem), 9)}", *(f"g3={g}" for g in sorted(grams))]


def _shape(token: str) -> str:
    if _ARABIC.search(token):
        return "ar" if not _DIGIT.search(token) else "ar9"
    if _DIGIT.search(token):
        return "9"
    if _LATIN.search(token):
        return "Aa" if token[:1].isupper() else "a"
    return "p" if len(token) == 1 else "pp"
