"""Arabic normalisation that never loses track of where each character came from.

Matching needs a folded view of the text (hamza and alef forms, ى/ي, ة/ه, Persian letters, diacritics,
tatweel, zero-width marks, three digit scripts), but every span reported to a user must point into the
original. `normalize` returns the folded string and, for each folded character, the original offsets
it came from, so any match on the folded view maps back exactly.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Characters removed from the matching view: harakat, Quranic marks, tatweel, invisible controls.
_DROP = set(range(0x064B, 0x0660)) | {0x0670, 0x0640} | set(range(0x06D6, 0x06EE))
_DROP |= {0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF, 0x00AD, 0x061C}
_DROP |= set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A))

_FOLD: dict[str, str] = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ێ": "ي", "ے": "ي",
    "ة": "ه", "ۀ": "ه", "ە": "ه", "ہ": "ه", "ھ": "ه",
    "ک": "ك", "ڪ": "ك",
    # Persian letters an Iranian outlet keeps in names (عراقچی، پزشکیان، ژنرال): Arabic news writes ج، ب، ز.
    # گ is left alone: Arabic renders it as ج، غ or ك by name.
    "چ": "ج", "پ": "ب", "ژ": "ز",
    "٫": ".", "٬": ",", "،": "،",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ",
}
for _d in range(10):
    _FOLD[chr(0x0660 + _d)] = str(_d)  # Arabic-Indic
    _FOLD[chr(0x06F0 + _d)] = str(_d)  # Persian / Urdu


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """The folded form of one character: '' to drop it, possibly several characters (ligatures)."""
    if ord(ch) in _DROP:
        return ""
    if ch in _FOLD:
        return _FOLD[ch]
    code = ord(ch)
    # Presentation forms (ﻻ, ﺍ …) and other compatibility characters decompose under NFKC.
    if 0xFB50 <= code <= 0xFEFC or 0xFF00 <= code <= 0xFFEF:
        decomposed = unicodedata.normalize("NFKC", ch)
        return "".join(_fold_char(c) for c in decomposed)
    if "A" <= ch <= "Z":
        return ch.lower()
    return ch


@dataclass(slots=True)
class NormalizedText:
    """A folded view of `original` with a map back: folded char j came from original[starts[j]:ends[j]].

    `ends` is None when every folded character comes from exactly one original character (the usual
    case: no ligatures), and then ends[j] is starts[j] + 1.
    """

    original: str
    text: str
    starts: list[int]
    ends: list[int] | None = None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the folded range [start, end). Empty ranges map to a point."""
        if start >= end:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        last = self.ends[end - 1] if self.ends is not None else self.starts[end - 1] + 1
        return self.starts[start], last

    def from_original(self, offset: int) -> int:
        """First folded index whose original start is at or after `offset`."""
        import bisect

        return bisect.bisect_left(self.starts, offset)


# Hamza on yaa before waw is an older spelling of hamza on waw (مسئول، شئون، مسئولية for مسؤول، شؤون، مسؤولية,
# common in Egyptian and older Gulf print): folded to the standard one. Length is kept, so offsets are too.
_YAA_HAMZA_WAW = ("ئو", "ؤو")
# Bumped whenever folding changes, so compiled lexicons cached with another folding are rebuilt
# (marsad/compiled.py).
FOLD_VERSION = 2

# One-to-one folds and drops as a translate table: the fast path for text without ligatures.
_TABLE = {code: None for code in _DROP}
_TABLE.update({ord(k): v for k, v in _FOLD.items()})
_TABLE.update({c: chr(c + 32) for c in range(ord("A"), ord("Z") + 1)})
_DROP_CHARS = frozenset(chr(c) for c in _DROP)
_NEEDS_SLOW_PATH = re.compile("[\ufb50-\ufefc\uff00-\uffef]")


def normalize(text: str) -> NormalizedText:
    if not _NEEDS_SLOW_PATH.search(text):
        folded = text.translate(_TABLE).replace(*_YAA_HAMZA_WAW)
        if len(folded) == len(text):
            return NormalizedText(text, folded, list(range(len(text))))
        starts = [i for i, ch in enumerate(text) if ch not in _DROP_CHARS]
        return NormalizedText(text, folded, starts)
    return _normalize_slow(text)


def _normalize_slow(text: str) -> NormalizedText:
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, ch in enumerate(text):
        folded = _fold_char(ch)
        for f in folded:
            out.append(f)
            starts.append(i)
            ends.append(i + 1)
    return NormalizedText(text, "".join(out).replace(*_YAA_HAMZA_WAW), starts, ends)


@lru_cache(maxsize=200_000)
def normalize_form(text: str) -> str:
    """The folded string alone, for dictionary keys (aliases, lexicon entries)."""
    if not _NEEDS_SLOW_PATH.search(text):
        return text.translate(_TABLE).replace(*_YAA_HAMZA_WAW)
    return "".join(_fold_char(ch) for ch in text).replace(*_YAA_HAMZA_WAW)

