"""Arabic numbers, written in digits or in words, found on the folded (normalised) text.

Both the quantities and the times stage need numbers: quantities report them, times read durations
(منذ ثلاثة أيام) and day ordinals (الرابع من أكتوبر). The lexicon is data (`data/numbers.yaml`); this
module folds it, compiles one regex for every number token, and joins adjacent tokens into one number
following Arabic compounding (ثلاثة آلاف وخمسمائة = 3500, خمسة وعشرون = 25, مليار ونصف = 1.5e9).

All offsets here are into the folded text (`NormalizedText.text`): digits there are already ASCII and
٫ ٬ already `.` `,`. Callers map them back to the original with `NormalizedText.to_original`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from marsad.text.normalize import normalize_form
from marsad.yamlio import load_yaml as parse_yaml

DATA = Path(__file__).resolve().parent / "data"

# Token classes: U units 1-10, TEEN 11-19, T tens, H hundreds (H1 = a bare مائة), S scale words,
# F fractions, V vague words, ORD ordinals, OT definite tens read as ordinals, D digits, DO الـ + digits.
U, TEEN, T, H, H1, S, F, V, ORD, OT, D, DO = "U TEEN T H H1 S F V O OT D DO".split()


@dataclass(frozen=True, slots=True)
class Word:
    """What one number word means: class, value (or multiplier), and for scales their base."""

    cls: str
    value: float
    base: float = 0.0
    plural: bool = False
    low: float = 0.0
    high: float = 0.0
    dual_alone: bool = False  # ألفا: 1000 after a count (خمسون ألفا), 2000 on its own (ألفا شخص)


@dataclass(slots=True)
class NumberToken:
    start: int
    end: int
    word: Word
    gap: str = ""  # folded text between the previous token's end and this token's start


@dataclass(slots=True)
class Number:
    """One number on the folded text, after joining its tokens."""

    start: int
    end: int
    value: float | None
    ordinal: bool = False
    approximate: bool = False
    low: float | None = None
    high: float | None = None
    scaled: bool = False
    plain_integer: bool = False  # bare digits without separators (a year candidate)
    tokens: list[NumberToken] = field(default_factory=list)


def load_yaml(name: str) -> Any:
    with open(DATA / name, encoding="utf-8") as fh:
        return parse_yaml(fh.read())


def fold(text: str) -> str:
    """Folded form with single spaces, the key used for every lexicon lookup."""
    return " ".join(normalize_form(text).split())


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Word]:
    """Every folded number word (one or more words) and its meaning. Loaded once per process."""
    data = load_yaml("numbers.yaml")
    lex: dict[str, Word] = {}

    def put(form: str, word: Word, definite: Word | None = None) -> None:
        key = fold(form)
        lex.setdefault(key, word)
        if definite is not None:  # always: آلاف folds to الاف, which only looks definite
            lex.setdefault("ال" + key, definite)

    for value, forms in data["units"].items():
        for form in forms:
            put(form, Word(U, value), Word(U, value))
    tails = data["teen_tails"]
    heads = {**{k: list(v) for k, v in data["units"].items() if k < 10}}
    for k, extra in data["teen_heads"].items():
        heads[k] = heads.get(k, []) + extra
    for value, forms in heads.items():
        for form in forms:
            for tail in tails:
                put(f"{form} {tail}", Word(TEEN, value + 10), Word(TEEN, value + 10))
    for value, forms in data["tens"].items():
        for form in forms:
            put(form, Word(T, value), Word(OT, value))
    for value, forms in data["hundreds"].items():
        for form in forms:
            put(form, Word(H1 if value == 100 else H, value), Word(H1 if value == 100 else H, value))
    _add_scales(data["scales"], put)
    for value, forms in data["fractions"].items():
        for form in forms:
            put(form, Word(F, float(value)))
    for item in data["vague"]:
        for form in item["forms"]:
            put(form, Word(V, 0, low=item["low"], high=item["high"]))
    _add_ordinals(data, put, tails)
    return lex


def _add_scales(scales: dict, put) -> None:
    for base, kinds in scales.items():
        duals = {fold(f) for f in kinds.get("dual", [])}
        for form in kinds.get("singular", []):
            put(form, Word(S, base, base, dual_alone=fold(form) in duals))
        for form in kinds.get("dual", []):
            put(form, Word(S, 2 * base, base))
        for form in kinds.get("plural", []):
            word = Word(S, base, base, plural=True, low=2 * base, high=10 * base - 1)
            put(form, word, word)


def _add_ordinals(data: dict, put, tails: list[str]) -> None:
    """Ordinals 1-10, their teens (الثامنة عشرة = 18) and heads that only occur in compounds."""
    for value, forms in data["ordinals"].items():
        for form in forms:
            put(form, Word(ORD, value))
    heads = {k: list(v) for k, v in data["ordinals"].items() if k < 10}
    for k, extra in data["ordinal_heads"].items():
        heads[k] = [f for f in heads.get(k, []) if "او" not in fold(f)] + extra
    for value, forms in heads.items():
        for form in forms:
            if value == 1 and form in data["ordinals"][1]:
                continue  # الأول عشر is not Arabic; 11th is الحادي عشر
            for tail in tails:
                put(f"{form} {tail}", Word(ORD, value + 10))
            put(form, Word(ORD, value))


_DIGITS = r"\d+(?:(?:[.,]\d+)+|ر\d+)?"


@lru_cache(maxsize=1)
def token_regex() -> re.Pattern[str]:
    """One regex for every number token; the proclitic prefix (و ب ل ف ك) stays outside `w`."""
    words = sorted(lexicon(), key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(
        rf"(?<![\d.,A-Za-z])(?<![A-Za-z]-)(?P<d>{_DIGITS})(?![\dA-Za-z])"
        rf"|(?<!\w)[وف]?[بلك]?(?P<do>ال\s?\d{{1,3}})(?![\d.,]\d|\d)"
        rf"|(?<!\w)(?P<pre>[وف]?[بلك]?)(?P<w>{alternation})(?!\w)"
    )


def parse_digits(text: str) -> float | None:
    """Value of a digit string on the folded text.

    `3,500` and `1,500,000` are thousands (every group after the first has three digits); otherwise a
    single `,` or `.` is a decimal mark (3,5 = 3.5). Several dots with three-digit groups (1.500.000)
    are thousands too. `ر` is a decimal mark written fraction first, a habit of some Arabic papers'
    wire copy kept in visual order: 4ر16 = 16.4, 17ر2111 = 2111.17 (in the SaudiNewsNet subset every
    checkable case reads so: 85ر1 دولار للسهم, 06ر17893 نقطة for the Dow, 4ر95 بالمئة = 95.4).
    """
    if "ر" in text:
        frac, _, whole = text.partition("ر")
        text = f"{whole}.{frac}"
    for sep in (",", "."):
        parts = text.split(sep)
        if len(parts) > 2 or (len(parts) == 2 and sep == "," and len(parts[1]) == 3 and "." not in text):
            if all(len(p) == 3 for p in parts[1:]) and parts[0]:
                text = text.replace(sep, "")
    text = text.replace(",", ".")
    if text.count(".") > 1:
        return None
    try:
        return float(text)
    except ValueError:
        return None


def scan_tokens(folded: str, start: int = 0, end: int | None = None) -> list[NumberToken]:
    """Every number token in `folded[start:end]`, in order."""
    lex = lexicon()
    out: list[NumberToken] = []
    prev_end = start
    for m in token_regex().finditer(folded, start, len(folded) if end is None else end):
        if m.group("d") is not None:
            value = parse_digits(m.group("d"))
            if value is None:
                continue
            word, s, e = Word(D, value, plural="," in m.group("d") or "." in m.group("d")), *m.span("d")
        elif m.group("do") is not None:
            s, e = m.span("do")
            word = Word(DO, float(m.group("do")[2:].strip()))
        else:
            s, e = m.span("w")
            word = lex[" ".join(m.group("w").split())]
            if word.cls == H1 and "ك" in m.group("pre"):
                continue  # كمية (quantity) is not ك + مية (a hundred)
        out.append(NumberToken(s, e, word, folded[prev_end:s]))
        prev_end = e
    return out


_SPACE_GAP = re.compile(r"^\s+$")
_AFTER_WAW = {S: {U, TEEN, T, H, H1, D, F}, H: {U, TEEN, T}, H1: {U, TEEN, T}, U: {T, F}, TEEN: {F},
              T: {F}, D: {F}, ORD: {OT}}


_PAREN_GAP = re.compile(r"^\s*\)\s*$")


def _joins(prev: Word, tok: NumberToken) -> bool:
    """Whether `tok` continues the number whose last token is `prev` (Arabic compounding order).

    "(50) ألف" joins too: some papers put the digits of a number in parentheses before its scale."""
    if tok.word.cls == S and prev.cls == D and _PAREN_GAP.match(tok.gap):
        return True
    if _SPACE_GAP.match(tok.gap):
        if tok.word.cls == S:  # ألف مليون: a larger scale multiplies the smaller one
            return prev.cls in {U, TEEN, T, H, H1, D, DO, V, F} or (prev.cls == S and tok.word.base > prev.base)
        return tok.word.cls == H1 and prev.cls == U and 3 <= prev.value <= 9
    if tok.gap.strip() == "و" and tok.gap[:1].isspace():
        if prev.cls == U and tok.word.cls == T and prev.value >= 10:
            return False  # عشرة وعشرين is a list, not 30
        return tok.word.cls in _AFTER_WAW.get(prev.cls, set())
    return False


def group_tokens(tokens: list[NumberToken]) -> list[list[NumberToken]]:
    """Split the token stream into numbers: a token joins its neighbour only where Arabic allows it."""
    groups: list[list[NumberToken]] = []
    for tok in tokens:
        if groups and _joins(groups[-1][-1].word, tok):
            groups[-1].append(tok)
        else:
            groups.append([tok])
    return groups


def evaluate(group: list[NumberToken]) -> Number:
    """The value of one joined group (total + current accumulation, as in English number parsing)."""
    total = current = 0.0
    last_scale = 1.0
    low = high = None
    ordinal = scaled = False
    prev: Word | None = None
    for tok in group:
        w = tok.word
        if w.cls in (ORD, OT, DO):
            ordinal = w.cls != DO or len(group) == 1  # الـ30 ألف شخص is a count, not the 30th
            current += w.value
        elif w.cls == V:
            low, high = w.low, w.high
        elif w.cls == H1 and prev is not None and prev.cls == U and not tok.gap.strip():
            current *= 100
        elif w.cls == F:
            if prev is not None and prev.cls == S:
                total += w.value * last_scale
            else:
                current += w.value
        elif w.cls == S:
            if low is not None:
                low, high = low * w.base, high * w.base
            elif w.plural and prev is None:
                low, high = w.low, w.high
            elif prev is not None and prev.cls == S and w.base > prev.base:
                total *= w.value
            elif w.dual_alone and prev is None:
                total += 2 * w.base
            else:
                total += (current or 1.0) * w.value
                current = 0.0
            scaled, last_scale = True, w.base
        else:
            current += w.value
        prev = w
    first = group[0].word
    number = Number(group[0].start, group[-1].end, None, ordinal=ordinal, scaled=scaled, tokens=group)
    if low is not None:
        number.approximate, number.low, number.high = True, low, high
    else:
        number.value = total + current
    number.plain_integer = len(group) == 1 and first.cls == D and not first.plural
    return number


def find_numbers(folded: str, start: int = 0, end: int | None = None) -> list[Number]:
    """Every number in the folded text, joined and evaluated. Lone fractions (نصف) are left out."""
    out = []
    for group in group_tokens(scan_tokens(folded, start, end)):
        if len(group) == 1 and group[0].word.cls == F:
            continue
        out.append(evaluate(group))
    return out


@lru_cache(maxsize=1)
def ordinal_day_forms() -> dict[str, int]:
    """Folded day ordinals 1-31 as written in dates (الرابع من أكتوبر، الحادي والعشرين)."""
    lex = lexicon()
    forms: dict[str, int] = {}
    ords = {k: v.value for k, v in lex.items() if v.cls == ORD and k.startswith("ال")}
    tens = {k: v.value for k, v in lex.items() if v.cls == OT and v.value in (20, 30)}
    for key, value in ords.items():
        forms[key] = int(value)
    for ten_key, ten in tens.items():
        forms[ten_key] = int(ten)
        for key, value in ords.items():
            if value < 10 and (ten < 30 or value == 1) and " " not in key:
                forms[f"{key} و{ten_key}"] = int(ten + value)
    return forms


_COUNT_KINDS = frozenset({U, TEEN, T, OT, H, H1, S, V})


def count_word(text: str) -> bool:
    """A cardinal written in words (ثلاثة، عشرين، خمسة عشر، مئات), not an ordinal or a fraction."""
    word = lexicon().get(fold(text))
    return word is not None and word.cls in _COUNT_KINDS
