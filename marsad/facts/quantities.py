"""Quantities: numbers with their unit, currency, bounds and the noun they are about.

Numbers come from `numbers.find_numbers` on the folded text; this module reads what follows them (a
unit or currency, possibly after من: ملايين من الدولارات), what precedes them (نحو، أكثر من), and the
nearest governing noun for `about`. Unit names are plain strings (README.md in data/ lists them):
"percent", "ordinal", "killed", "km" …; money has unit "currency" and its ISO 4217 code in `currency`.

Numbers inside time expressions (the 2019 of عام 2019, the 13 of 13 أكتوبر) are left to the times
stage, except lengths of time (منذ 3 أيام is also the quantity "3 days", as the team's gold counts it), and bare integers between 1900 and 2100 with no unit are read as years, not quantities.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from marsad.doc import Document, Quantity, TimeExpr, Token
from marsad.facts.numbers import Number, find_numbers, fold, load_yaml
from marsad.facts.ranges import merge_ranges
from marsad.facts.times import extend_marks
from marsad.text.normalize import NormalizedText, normalize, normalize_form
from marsad.text.tokens import clitic_variants


def _alt(forms) -> str:
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(set(forms), key=len, reverse=True))


@dataclass(frozen=True, slots=True)
class UnitInfo:
    unit: str
    currency_index: int = -1  # index into Lexicon.currencies for money


class UnitLexicon:
    """Folded unit and currency words and the regexes built from them (once per process)."""

    def __init__(self) -> None:
        data = load_yaml("units.yaml")
        self.units: dict[str, UnitInfo] = {}
        for name, forms in data["units"].items():
            for form in forms:
                self._add(fold(form), UnitInfo(name))
        self.currencies: list[tuple[str | None, dict[str, str]]] = []
        quals: dict[str, str] = {}
        for i, item in enumerate(data["currencies"]):
            qualifiers = {}
            for q, code in (item.get("qualifiers") or {}).items():
                for variant in _qualifier_variants(fold(q)):
                    qualifiers[variant] = code
            self.currencies.append((item.get("default"), qualifiers))
            quals.update(qualifiers)
            for form in item["forms"]:
                self._add(fold(form), UnitInfo("currency", i))
        self.unit_re = re.compile(rf"\s*(?:من\s+)?(?P<u>{_alt(self.units)})(?!\w)")
        # مليار ونصف المليار دولار: the scale restated after its fraction, skipped before the unit
        self.restated_re = re.compile(r"\s+ال(?:مليار|مليون|الف|بليون)(?!\w)")
        self.duals = {fold(f): unit for unit, forms in data["dual_counts"].items() for f in forms}
        self.dual_re = re.compile(rf"(?<!\w)[وفبل]?(?P<u>{_alt(self.duals)})(?!\w)")
        self.qual_re = re.compile(rf"\s+(?P<q>{_alt(quals)})(?!\w)")
        money = [k for k, info in self.units.items() if info.currency_index >= 0 and k[0].isalpha()]
        self.currency_re = re.compile(rf"(?<!\w)[وفبل]?(?P<u>{_alt(money)})(?!\w)")
        self.approx_re = _tail_re(data["approximate"])
        self.least_re = _tail_re(data["at_least"])
        self.most_re = _tail_re(data["at_most"])
        self.least_after_re = _head_re(data["at_least_after"])
        self.most_after_re = _head_re(data["at_most_after"])
        self.change_re = re.compile(rf"(?<!\w)[وف]?(?:{_alt(fold(w) for w in data['change_verbs'])})")
        self.cue_re = re.compile(rf"(?<!\w)(?:{_alt(fold(c) for c in data['measure_cues'])})\s*$")
        self.function_words = {fold(w) for w in data["function_words"]}
        self.ident_re = re.compile(rf"(?<!\w)[وفبل]?(?:{_alt(fold(w) for w in data['identifier_cues'])})\s*[(:]?\s*$")

    def _add(self, key: str, info: UnitInfo) -> None:
        self.units.setdefault(key, info)
        if key[0].isalpha():
            self.units.setdefault("ال" + key, info)  # after من: من الدولارات، من القتلى


def _qualifier_variants(q: str) -> list[str]:
    """أمريكي → أمريكيا، أمريكية، الأمريكي، الأمريكية (case, gender, definiteness)."""
    base = q[:-1] if q.endswith("ه") else q
    forms = {q, base, base + "ا", base + "ه", base + "ين", base + "ون"}
    return sorted(forms | {"ال" + f for f in forms})


def _tail_re(words: list[str]) -> re.Pattern[str]:
    """Words right before a number, with a proclitic (بحوالي) or an opening parenthesis between."""
    return re.compile(rf"(?<!\w)[وفبل]?(?:{_alt(fold(w) for w in words)})\s*\(?\s*$")


def _head_re(words: list[str]) -> re.Pattern[str]:
    return re.compile(rf"\s*[،,]?\s*(?:{_alt(fold(w) for w in words)})(?!\w)")


@lru_cache(maxsize=1)
def default_units() -> UnitLexicon:
    return UnitLexicon()


def find_quantities(doc: Document, times: list[TimeExpr] | None = None,
                    lx: UnitLexicon | None = None) -> list[Quantity]:
    """Every quantity in `doc`, skipping numbers that lie inside `times` (default: `doc.times`)."""
    lx = lx or default_units()
    norm: NormalizedText = doc.norm if doc.norm is not None else normalize(doc.text)
    folded = norm.text
    blocked = sorted((norm.from_original(t.start), norm.from_original(t.end))
                     for t in (doc.times if times is None else times))
    block_starts = [b[0] for b in blocked]
    memo: dict[int, str] = {}
    ctx = _Ctx(doc, norm, lx, [t.start for t in doc.tokens])
    out: list[Quantity] = []
    numbers: list[Number] = []
    consumed = 0
    names = [(m.start, m.end) for m in doc.mentions if m.type == "PER" and m.kind == "name"]
    named = _named_currencies(folded, lx)
    for num in find_numbers(folded):
        while named and named[0][0] < num.start:
            _, index, code = named.pop(0)
            memo[index] = code  # "تراجع الريال الإيراني …، إذ بلغ سعر الدولار 1050 ألف ريال": rials of Iran
        if num.start < consumed or _is_clock(folded, num) or _is_model(folded, num) or \
                lx.ident_re.search(folded, max(0, num.start - 12), num.start):
            continue
        unit, currency, end = _unit_after(folded, num, lx, memo)
        if unit == "ordinal" and _in_name(doc, norm, num, names):
            continue  # آل ثاني، الملك عبدالله الثاني: part of a name, not a count or a rank
        if _inside(num, blocked, block_starts) and unit not in _LENGTHS:
            continue  # the 13 of 13 أكتوبر; but منذ 10 سنوات is also a quantity: 10 years
        if unit is None and num.plain_integer and 1900 <= (num.value or 0) <= 2100:
            continue  # a year outside a recognised date: not a quantity
        consumed = end
        _fix_reversed_decimal(doc.text, norm, num)
        quantity = _build(ctx, num, end, unit, currency)
        _share_about(quantity, out, doc.text)
        out.append(quantity)
        numbers.append(num)
    return _add_duals(ctx, merge_ranges(doc, out, numbers, lx), blocked)


def _add_duals(ctx: _Ctx, found: list[Quantity], blocked: list[tuple[int, int]]) -> list[Quantity]:
    """قتيلين، شخصين: a dual noun alone is a count of two (a number before it was read already)."""
    norm, doc = ctx.norm, ctx.doc
    taken = [(norm.from_original(q.start), norm.from_original(q.end)) for q in found] + blocked
    extra = []
    for m in ctx.lx.dual_re.finditer(norm.text):
        s, e = m.span("u")
        if any(a <= s < b or a < e <= b for a, b in taken):
            continue
        start, end = norm.to_original(s, e)
        end = extend_marks(doc.text, end)
        unit = ctx.lx.duals[" ".join(m.group("u").split())]
        q = Quantity(start, end, doc.text[start:end], 2.0, unit, None, None, False, None, None,
                     doc.sentence_at(start))
        q.about = about(ctx, start, end, unit)
        extra.append(q)
    return sorted(found + extra, key=lambda q: q.start) if extra else found


_REVERSED = re.compile(r"(\d+)\.(\d+)")


def _fix_reversed_decimal(text: str, norm: NormalizedText, num: Number) -> None:
    """"4.\u200f95 في المائة" is 95.4 %: some papers' systems reverse a decimal around its point and
    leave a right-to-left mark after the point. The mark is the evidence; without it nothing changes."""
    tok = num.tokens[0]
    s, e = norm.to_original(tok.start, tok.end)
    if "\u200f" not in text[s:e] or num.value is None or not tok.word.value:
        return
    m = _REVERSED.fullmatch(norm.text[tok.start:tok.end])
    if m is not None:
        num.value *= float(f"{m.group(2)}.{m.group(1)}") / tok.word.value


_LENGTHS = {"day", "week", "month", "year", "decade"}


def _share_about(q: Quantity, previous: list[Quantity], text: str) -> None:
    """In "35 قتيلا و120 جريحا" the second count is about the same event as the first."""
    if not previous or q.unit not in _PEOPLE:
        return
    last = previous[-1]
    if last.unit in _PEOPLE and last.sentence_index == q.sentence_index and \
            text[last.end:q.start].strip() in ("و", ""):
        q.about = last.about


def _inside(num: Number, blocked: list[tuple[int, int]], starts: list[int]) -> bool:
    i = bisect.bisect_right(starts, num.start) - 1
    return i >= 0 and blocked[i][0] <= num.start < blocked[i][1]


def _named_currencies(folded: str, lx: UnitLexicon) -> list[tuple[int, int, str]]:
    """(position, currency index, ISO code) of each currency word the text qualifies by its country
    without a number ("الريال الإيراني"، "الجنيه المصري"), in text order: a later bare ريال or جنيه is that
    country's, as a qualifier after a number already makes it."""
    out = []
    for m in lx.currency_re.finditer(folded):
        q = lx.qual_re.match(folded, m.end())
        if q is None:
            continue
        info = lx.units[m.group("u")]
        code = lx.currencies[info.currency_index][1].get(q.group("q"))
        if code is not None:
            out.append((m.start(), info.currency_index, code))
    return out


def _in_name(doc: Document, norm: NormalizedText, num: Number, names: list[tuple[int, int]]) -> bool:
    """An ordinal word inside a person's name (الملك عبدالله الثاني) or a family named by one after آل
    (آل ثاني، also where the name is not a known one): no quantity."""
    start, end = norm.to_original(num.start, num.end)
    if any(s <= start and end <= e for s, e in names):
        return True
    before = doc.text[max(0, start - 4):start].split()
    return bool(before) and before[-1] == "آل"


def _is_model(folded: str, num: Number) -> bool:
    """إف-16، سو-35، تي-72: a number joined by a hyphen to the letters before it names a model."""
    return num.start > 1 and folded[num.start - 1] in "-‐" and folded[num.start - 2].isalpha()


def _is_clock(folded: str, num: Number) -> bool:
    """10:30 is a time of day; neither half is a quantity."""
    return folded[num.end:num.end + 1] == ":" or (num.start > 0 and folded[num.start - 1] == ":")


def _definite_ten_count(folded: str, num: Number, lx: UnitLexicon) -> bool:
    """العشرين سنتمترا is twenty centimetres, الـ11 عاما eleven years: a definite ten or الـ + digits
    before a unit is a count, not an ordinal."""
    if len(num.tokens) != 1 or num.tokens[0].word.cls not in ("OT", "DO"):
        return False
    m = lx.unit_re.match(folded, num.end)
    return m is not None and lx.units[" ".join(m.group("u").split())].unit != "percent"


def _unit_after(folded: str, num: Number, lx: UnitLexicon,
                memo: dict[int, str]) -> tuple[str | None, str | None, int]:
    """The unit (and currency code) right after the number, and where the quantity's span ends."""
    if num.ordinal and not _definite_ten_count(folded, num, lx):
        return "ordinal", None, num.end
    if num.start > 0 and folded[num.start - 1] in "%٪":
        return "percent", None, num.end
    start = num.end
    if num.tokens[-1].word.cls == "F":
        restated = lx.restated_re.match(folded, start)
        start = restated.end() if restated else start
    m = lx.unit_re.match(folded, start)
    if m is None:
        return None, None, num.end
    info = lx.units[" ".join(m.group("u").split())]
    if info.currency_index < 0:
        return info.unit, None, m.end()
    default, qualifiers = lx.currencies[info.currency_index]
    q = lx.qual_re.match(folded, m.end()) if qualifiers else None
    # The qualifier pattern holds every currency's words: "دولار الإيراني" is no dollar of Iran.
    code = qualifiers.get(q.group("q")) if q is not None else None
    if q is not None and code is not None:
        memo[info.currency_index] = code
        return "currency", code, q.end()
    return "currency", memo.get(info.currency_index, default), m.end()


@dataclass(slots=True)
class _Ctx:
    doc: Document
    norm: NormalizedText
    lx: UnitLexicon
    starts: list[int]  # token start offsets, for bisecting


_SCALE_PLURALS = ("الاف", "الوف")
_VAGUE_PLURALS = frozenset({"الاف", "الوف", "عشرات", "مئات", "ملايين"})


def _build(ctx: _Ctx, num: Number, end: int, unit: str | None, currency: str | None) -> Quantity:
    doc, norm, lx = ctx.doc, ctx.norm, ctx.lx
    start, stop = norm.to_original(num.start, end)
    stop = extend_marks(doc.text, stop)
    if ")" in doc.text[start:stop] and doc.text[start - 1:start] == "(":
        start -= 1  # "(50) ألف": keep the parentheses balanced
    before = norm.text[max(0, num.start - 30):num.start]
    q = Quantity(start, stop, doc.text[start:stop], num.value, unit, None, currency, num.approximate,
                 num.low, num.high, doc.sentence_at(start))
    if lx.approx_re.search(before):
        q.approximate = True
    elif lx.least_re.search(before):
        q.approximate, q.low = True, num.value
    elif lx.most_re.search(before):
        q.approximate, q.high = True, num.value
    after = norm.text[end:end + 20]
    if lx.least_after_re.match(after):
        q.approximate, q.low = True, num.value
    elif lx.most_after_re.match(after):
        q.approximate, q.high = True, num.value
    # آلاف folds to الاف, which only looks definite ("خرج آلاف المتظاهرين" is about the protesters)
    definite = norm.text.startswith("ال", num.start) and not norm.text.startswith(_SCALE_PLURALS, num.start)
    q.about = about(ctx, start, stop, "ordinal" if definite and unit is None else unit)
    return q


# --- about: the noun a quantity measures -------------------------------------------------------

_PEOPLE = {"killed", "injured", "arrested", "prisoners", "refugees", "displaced", "people", "children",
           "women", "soldiers", "militants", "pilgrims", "students", "workers", "cases"}
_AFTER_PREP = {"في", "من", "على"}


def about(ctx: _Ctx, start: int, end: int, unit: str | None) -> str | None:
    """Best-effort governing noun. Why per unit: a percentage is about what grows (نمو التجارة بنسبة
    70% / 70% في التجارة), a count of people about the event (قتل 12 شخصا), an ordinal about the
    noun it follows (القمة الثامنة عشرة), a bare count about the noun counted (12 دولة)."""
    doc, lx = ctx.doc, ctx.lx
    if not doc.tokens:
        return None
    i = bisect.bisect_left(ctx.starts, start)
    j = bisect.bisect_left(ctx.starts, end)
    sent = doc.tokens[i].sentence if i < len(doc.tokens) else -1
    after = [t for t in doc.tokens[j:j + 4] if t.sentence == sent and t.kind == "word"]
    before = [t for t in doc.tokens[max(0, i - 8):i] if t.sentence == sent]
    if unit == "ordinal":
        prev = _content(before[::-1], lx, stop_at_punct=True)
        return _word(doc, prev) if prev else None
    if unit in _PEOPLE:
        prev = _content(before[::-1], lx, stop_at_punct=True)
        return _word(doc, prev) if prev else None
    if unit is None:
        if len(after) >= 2 and after[0].norm == "من" and not _is_function(after[1], lx) \
                and normalize_form(doc.text[start:end]).split()[-1:][0] in _VAGUE_PLURALS:
            return _word(doc, after[1])  # "آلاف من المتظاهرين" (not "33 من أصل 115")
        return _word(doc, after[0]) if after and not _is_function(after[0], lx) else None
    if len(after) >= 2 and after[0].norm in _AFTER_PREP and after[1].norm not in lx.function_words:
        return _word(doc, after[1])
    return _phrase_before_cue(doc, before, lx)


def _content(tokens: list[Token], lx: UnitLexicon, stop_at_punct: bool) -> Token | None:
    for tok in tokens:
        if tok.kind == "punct" and stop_at_punct:
            return None
        if tok.kind == "word" and not _is_function(tok, lx) and not lx.cue_re.search(tok.norm):
            return tok
    return None


def _phrase_before_cue(doc: Document, before: list[Token], lx: UnitLexicon) -> str | None:
    """نمو التجارة بين البلدين بنسبة → نمو التجارة: the clause's first two content words before the cue."""
    cue = next((k for k in range(len(before) - 1, -1, -1) if lx.cue_re.search(before[k].norm)), None)
    if cue is None:
        prev = _content(before[::-1], lx, stop_at_punct=True)
        return _word(doc, prev) if prev else None
    between = _content(before[cue + 1:], lx, stop_at_punct=True)
    if between is not None:  # بلغ العجز 2.5 مليار: the subject follows the cue
        return _word(doc, between)
    clause: list[Token] = []
    for tok in before[:cue][::-1]:
        if tok.kind == "punct":
            break
        clause.insert(0, tok)
    words = [t for t in clause if t.kind == "word" and not _is_function(t, lx)
             and not lx.change_re.fullmatch(t.norm)]  # ارتفعت الصادرات بنسبة: about الصادرات
    if not words:
        return None
    if len(words) > 2 and words[1].norm in {"بين"}:
        words = words[:1]
    head = words[:2] if len(words) <= 4 else words[-1:]
    return " ".join(_word(doc, t) for t in head)


def _is_function(tok: Token, lx: UnitLexicon) -> bool:
    """A function word, with or without proclitics (ولأكثر is أكثر)."""
    return any(v.form in lx.function_words for v in clitic_variants(tok.norm)) or tok.norm in lx.function_words


_VERB_AFTER_WAW = re.compile(r"^و(?=[أإتي]..)")


def _word(doc: Document, tok: Token) -> str:
    """The token without separable proclitics (بالنمو → النمو, للقمة → القمة, وأوقع → أوقع)."""
    if tok.article and tok.proclitics:
        return "ال" + doc.text[tok.stem_start:tok.end]
    return _VERB_AFTER_WAW.sub("", tok.text)
