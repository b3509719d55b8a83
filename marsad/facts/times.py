"""Time expressions in Arabic news, resolved against the publication date.

Every pattern runs over the folded text (`doc.norm`), where digits are ASCII and spellings unified, so
one regex covers أكتوبر/اكتوبر and ٢٠١٩/2019. Matches map back to original offsets; proclitics
(و ب ل ف ك) before an expression are left outside its span (للعام الماضي keeps its ل, because ل+ال is
written as one letter and no span can start inside it).

Values follow `TimeExpr`: an ISO date, "YYYY-MM", "YYYY", or a range "A/B". `kind` is `absolute`
when the words name a calendar date, month or year (13 أكتوبر، عام 2019), `relative` otherwise
(أمس، الأسبوع الماضي). Anything needing the publication date and lacking it has `value=None` and
`resolved=False`, so callers can tell "not found" from "found, not resolvable".
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache

from marsad.doc import Document, TimeExpr
from marsad.facts import calendars as cal
from marsad.facts.numbers import TEEN, T, U, fold, lexicon, load_yaml, ordinal_day_forms, parse_digits
from marsad.text.normalize import NormalizedText, normalize

log = logging.getLogger(__name__)

_PRE = r"(?<!\w)(?:[وف]?[بلك]?)"  # proclitics, left outside the span
_END = r"(?!\w)"


def _alt(forms) -> str:
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))


class Lexicon:
    """Folded month, weekday and relative-time words, and the regexes compiled from them (once)."""

    def __init__(self) -> None:
        months, rel = load_yaml("months.yaml"), load_yaml("relative.yaml")
        self.gmonth = _index(months["gregorian"])
        self.hmonth = _index(months["hijri"])
        self.weekday = _index(months["weekdays"])
        self.days = _index(rel["days"])
        self.modifier = _index(rel["modifiers"])
        self.period = {fold(f): name for name, forms in rel["definite_periods"].items() for f in forms}
        self.period.update({"ل" + k[1:]: v for k, v in list(self.period.items())})  # للعام = ل + العام
        self.count: dict[str, tuple[str, int | None]] = {}
        for name, kinds in rel["periods"].items():
            for key, n in (("one", 1), ("two", 2), ("many", None)):
                self.count.update({fold(f): (name, n) for f in kinds[key]})
        self.anchor = {fold(f): kind for kind, forms in rel["anchors"].items() for f in forms}
        self.hmark = [fold(f) for f in months["hijri_markers"]]
        self.gmark = [fold(f) for f in months["gregorian_markers"]]
        self.parts = [fold(f) for f in rel["day_parts"]]
        self.this = [fold(f) for f in rel["this"]]
        self.year_part = {fold(f): (kind, int(n)) for kind, parts in rel["year_parts"].items()
                          for n, forms in parts.items() for f in forms}
        cues = _alt(fold(f) for f in rel["future_cues"])
        # the exclusions are written from the letter after the س: the lookahead stands right after it
        verb = rf"[وف]?س(?!{_alt(fold(f) for f in rel['future_prefix_exclude'])})[يتن]\w{{3,}}"
        self.future = re.compile(rf"(?<!\w)(?:{cues}|{verb}){_END}")
        self.past = re.compile(rf"(?<!\w)(?:{_alt(fold(f) for f in rel.get('past_cues', []))}){_END}")
        self.not_today = {fold(f) for f in rel.get("not_today_after", [])}
        self.dayword = ordinal_day_forms()
        lex = lexicon()
        self.smallnum = {k: int(w.value) for k, w in lex.items() if w.cls in (U, TEEN, T)}
        self.vague = {fold(f): (v["unit"], int(v["span"])) for v in rel["vague_periods"].values()
                      for f in v["forms"]}
        self.few = [fold(f) for f in rel["vague_few"]]
        self.recent = [fold(f) for f in rel["recent"]]
        self.part = {fold(f): kind for kind, forms in rel["part_words"].items() for f in forms}
        self.approx = [fold(f) for f in rel["approximations"]]
        self.season = {fold(f): tuple(v["months"]) for v in rel["seasons"].values() for f in v["forms"]}
        self.named_period_after = re.compile(
            rf"\s+من\s+(?:شهر|عام|العام|سنه|السنه|{_alt(self.gmonth)}|{_alt(self.hmonth)}){_END}")
        self.month_after = re.compile(rf"\s+(?:{_alt(self.gmonth)}|{_alt(self.hmonth)}){_END}")
        self.age_before = re.compile(rf"(?<!\w)[وفبل]?(?:{_alt(fold(f) for f in rel['age_cues'])})\w{{0,3}}\s*$")
        self.not_alone = {fold(f) for f in rel.get("dual_not_alone", [])}
        self.now = [fold(f) for f in rel["vague_words"]["now"]]
        self.vague_words = [fold(f) for f in rel["vague_words"]["vague"]]
        self.bare_month = {k: v for k, v in self.gmonth.items()
                           if k not in {fold(f) for f in months_ambiguous(rel)} and " " not in k}
        self.ambiguous_month = {fold(f) for f in months_ambiguous(rel)} & set(self.gmonth)
        words = rel["clock_words"]
        self.clock_shift = {fold(f): k for k in ("am", "pm", "night") for f in words[k]}
        self.hour_kw = [fold(f) for f in words["hour"]]
        self.clock_frac = {fold(k): int(v) for k, v in rel["clock_fractions"].items()}
        self.clock_less = {fold(k): int(v) for k, v in rel["clock_less"].items()}
        self.hourword = {k: v for k, v in self.dayword.items() if v <= 12 and " و" not in k}
        self.hourword.update({fold(f): 1 for f in ("الواحدة",)})
        self.part_re = re.compile(rf"(?<!\w)[وفبل]?(?P<p>{_alt(self.part)})\s+(?:(?:شهر|عام|العام|سنه)\s+)?$")
        self.patterns = _compile(self) + _compile_more(self)
        self.gates = _gates(self)


def months_ambiguous(rel: dict) -> list[str]:
    return rel.get("ambiguous_bare_months", [])


def _index(table: dict) -> dict[str, int]:
    return {fold(form): int(key) for key, forms in table.items() for form in forms}


def _compile(lx: Lexicon) -> list[tuple[re.Pattern[str], str]]:
    """The patterns, each named by the handler that turns its match into a TimeExpr."""
    gm, hm, wd = _alt(lx.gmonth), _alt(lx.hmonth), _alt(lx.weekday)
    mod, day_w, parts = _alt(lx.modifier), _alt(lx.dayword), _alt(lx.parts)
    year_kw = r"(?:(?:من\s+)?(?:عام|العام|سنه|السنه)\s+)"
    month = rf"(?P<mon>{gm})(?:\s*[(/]\s*(?:{gm})\s*\)?)?"
    gyear = rf"(?P<year>\d{{4}})(?!\d)(?:\s*(?:{_alt(lx.gmark)}){_END})?"
    hyear = rf"(?P<hyear>\d{{3,4}})(?!\d)(?:\s*(?P<hmark>{_alt(lx.hmark)}){_END})?"
    day = rf"(?:(?:ال\s?)?(?P<day>\d{{1,2}})(?!\d)|(?P<dayw>{day_w}))"
    weekday = rf"(?:(?P<wd>{wd})\s*[،,]?\s*)"
    return [(re.compile(p), name) for p, name in [
        (rf"{_PRE}(?P<x>{weekday}?{day}\s*(?:من\s+)?(?:شهر\s+)?{month}"
         rf"(?:\s+(?P<mod>{mod}))?(?:\s*[،,]?\s*{year_kw}?{gyear})?){_END}", "gdate"),
        (rf"{_PRE}(?P<x>{weekday}?{day}\s+من\s+(?:هذا\s+)?(?P<cur>الشهر)\s+(?P<mod>{mod})){_END}", "gdate"),
        (rf"{_PRE}(?P<x>(?:شهر\s+)?{month}\s*[،,]?\s*{year_kw}?{gyear}){_END}", "gmonth"),
        (rf"{_PRE}(?P<x>(?P<kw>شهر)\s+{month}(?:\s+(?P<mod>{mod}))?){_END}", "gmonth"),
        (rf"{_PRE}(?P<x>{month}\s+(?P<mod>{mod})){_END}", "gmonth"),
        (rf"{_PRE}(?P<x>(?P<mon>{_alt(k for k in lx.gmonth if ' ' in k)})){_END}", "gmonth"),
        (rf"{_PRE}(?P<x>(?:(?:يوم\s+)?{weekday}?{day}\s+(?:من\s+)?)?(?:شهر\s+)?(?P<hmon>{hm})"
         rf"(?:\s*{year_kw}?{hyear}|\s+(?P<mod>{mod}))?){_END}", "hdate"),
        (rf"{_PRE}(?P<x>(?:عام|العام|سنه|السنه|لعام)\s+(?P<hyear>1[34]\d\d)(?!\d)){_END}", "hyear_kw"),
        (rf"{_PRE}(?P<x>{year_kw}?(?P<hyear>\d{{4}})\s*(?P<hmark>{_alt(lx.hmark)})){_END}", "hyear"),
        (r"(?<!\d)(?P<x>(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2}))(?![\d-])", "iso"),
        (rf"(?<![\d/.])(?P<x>(?P<d>\d{{1,2}})\s?(?P<sep>[/.-])\s?(?P<m>\d{{1,2}})\s?(?P=sep)\s?(?P<y>\d{{4}})(?!\d)"
         rf"(?:\s*(?P<hmark>{_alt(lx.hmark)}){_END})?)", "iso"),
        (rf"(?<![\d/])(?P<x>(?P<y>\d{{4}})\s?/\s?(?P<m>\d{{1,2}})\s?/\s?(?P<d>\d{{1,2}})(?!\d)"
         rf"(?:\s*(?P<hmark>{_alt(lx.hmark)}){_END})?)", "iso"),
        (rf"{_PRE}(?P<x>(?:(?P<kw>عام|العام|سنه|السنه|عامي)\s+|(?P<prep>في|منذ|حتي|مطلع|اوائل|منتصف|اواخر"
         rf"|نهايه|بدايه|خلال)\s+)(?P<year>\d{{4}})(?:\s*[-/و]\s*(?P<year2>\d{{4}}))?(?!\d)"
         rf"(?:\s*(?:{_alt(lx.gmark)}){_END})?)(?![.,]\d)", "year"),
        (rf"(?<![\d.,])(?P<x>(?P<year>\d{{4}})\s*(?:{_alt(lx.gmark)})){_END}", "year"),
        # "1996 - مقتل زعيم الحرب الصومالي": a year opening a line or a sentence, then a dash ("on this day" lists)
        (r"(?:^|(?<=\n)|(?<=[.!؟:]\s)|(?<=[.!؟:]))(?P<x>(?P<year>(?:1[89]|20)\d\d))(?=\s*[-–])", "year"),
        (rf"{_PRE}(?P<x>(?:(?P<part>{parts})\s+)?(?:يوم\s+)?(?P<rel>{_alt(lx.days)})"
         rf"(?:\s*[،,]?\s*(?P<wd>{wd}))?){_END}", "relday"),
        (rf"{_PRE}(?P<x>(?:(?P<part>{parts})\s+)?(?:يوم\s+)?(?P<wd>{wd})(?:\s+(?P<mod>{mod}))?){_END}",
         "weekday"),
        (rf"{_PRE}(?P<x>(?:(?P<this>{_alt(lx.this)})\s+(?P<per>{_alt(lx.period)})(?:\s+(?P<mod2>{mod}))?"
         rf"|(?P<per2>{_alt(lx.period)})\s+(?P<mod>{mod}))){_END}", "period"),
        (rf"{_PRE}(?P<x>(?P<yp>{_alt(lx.year_part)})\s+(?:من\s+)?(?:(?:(?P<this>{_alt(lx.this)})\s+)?"
         rf"(?P<per>العام|السنه)(?:\s+(?P<mod>{mod}))?|(?:(?:عام|العام|سنه|السنه)\s+)?(?P<year>\d{{4}})(?!\d))){_END}",
         "year_part"),
        (rf"{_PRE}(?P<x>(?P<anc>{_alt(lx.anchor)})\s+(?:(?P<q>{_alt(lx.approx)})\s+)?"
         rf"(?:(?P<n>\d+|{_alt(lx.smallnum)})\s+)?(?P<unit>{_alt(lx.count)}|عقد)){_END}(?!\s*\d)", "duration"),
    ]]


def _compile_more(lx: Lexicon) -> list[tuple[re.Pattern[str], str]]:
    """Ranges of days and years, vague plural periods, and times of day."""
    gm, wd, mod = _alt(lx.gmonth), _alt(lx.weekday), _alt(lx.modifier)
    month = rf"(?P<mon>{gm})(?:\s*[(/]\s*(?:{gm})\s*\)?)?"
    gyear = rf"(?P<year>\d{{4}})(?!\d)(?:\s*(?:{_alt(lx.gmark)}){_END})?"
    num = rf"\d{{1,3}}|{_alt(lx.smallnum)}"
    shift = _alt(lx.clock_shift)
    season, part, period = _alt(lx.season), _alt(lx.part), _alt(lx.period)
    return [(re.compile(p), name) for p, name in [
        # خريف 2020، الصيف الماضي، هذا الشتاء، نهاية الصيف
        (rf"{_PRE}(?P<x>(?:(?P<part>{part})\s+|(?P<this>{_alt(lx.this)})\s+)?(?P<season>{season})"
         rf"(?:\s+(?:(?:عام|العام|سنه)\s+)?(?P<year>\d{{4}})(?!\d)|\s+(?P<mod>{mod}))?){_END}", "season"),
        # نهاية العام، مطلع الشهر: a part of the current period (with a modifier the period pattern reads it)
        (rf"{_PRE}(?P<x>(?P<part>{part})\s+(?P<per>{period})){_END}(?!\s+(?:{mod}|\d|من\s))", "part_period"),
        # قبل نهاية جوان: a month too ambiguous alone (جوان، مارس) is one after a part word
        (rf"{_PRE}(?P<x>(?P<part>{part})\s+(?P<mon>{_alt(lx.ambiguous_month)})){_END}(?!\s+\d)", "bare_month"),
        (rf"(?:(?P<pre>من|بين)\s+)?(?<![\d/.-])(?P<x>(?P<day>\d{{1,2}})\s*(?P<conn>[-–]|الي|حتي|و)\s*"
         rf"(?P<day2>\d{{1,2}})\s+(?:من\s+)?(?:شهر\s+)?{month}(?:\s+(?P<mod>{mod}))?"
         rf"(?:\s*[،,]?\s*(?:(?:عام|العام)\s+)?{gyear})?){_END}", "drange"),
        (rf"(?<![\d./-])(?P<x>(?P<year>\d{{4}})\s*[-–/]\s*(?P<year2>\d{{4}})"
         rf"(?:\s*(?:{_alt(lx.gmark)}){_END})?)(?![\d./-])", "yrange"),
        (rf"{_PRE}(?P<x>(?P<vp>{_alt(lx.vague)})(?:\s+(?:ال\s?)?(?P<n>{num}))?(?:\s+(?:{_alt(lx.few)}))?"
         rf"\s+(?P<vmod>{mod}|{_alt(lx.recent)})){_END}", "vague"),
        (rf"{_PRE}(?P<x>(?P<mon>{_alt(lx.bare_month)})(?:\s*[(/]\s*(?:{gm})\s*\)?)?"
         rf"(?:\s+من\s+(?:العام|السنه)\s+(?P<ymod>{mod}))?){_END}", "bare_month"),
        (rf"{_PRE}(?P<x>(?P<now>{_alt(lx.now)})|(?P<vw>{_alt(lx.vague_words)})){_END}", "adverb"),
        # a length of time: any word before the unit, checked by the handler (one big alternation of
        # number words here would make this the slowest scan of all)
        (rf"(?<![\w.,])(?P<x>(?P<n>\d{{1,3}}|[^\W\d_]+)\s+(?P<unit>{_alt(lx.count)})){_END}", "length"),
        (rf"{_PRE}(?P<x>(?P<unit>{_alt(k for k, v in lx.count.items() if v[1] == 2)})){_END}", "length"),
        (rf"{_PRE}(?P<x>(?:(?P<kw>{_alt(lx.hour_kw)})\s+)?(?:(?:ال\s?)?(?P<h>\d{{1,2}})(?:[:.,](?P<mi>\d{{2}}))?(?![\d.,:])"
         rf"|(?P<hw>{_alt(lx.hourword)})(?:\s+(?P<fr>{_alt(lx.clock_frac)})|\s+(?P<less>{_alt(lx.clock_less)}))?)"
         rf"(?:\s*(?:من\s+)?(?P<sh>{shift}))?(?:\s+(?:من\s+)?(?:يوم\s+)?(?:(?P<rel>{_alt(lx.days)})"
         rf"(?:\s*[،,]?\s*(?P<wd2>{wd}))?|(?P<wd>{wd})))?){_END}", "clock"),
    ]]


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return Lexicon()


class _Ctx:
    """What a handler needs: the folded text, the reference date, and the future-cue test."""

    def __init__(self, folded: str, ref: date | None, lx: Lexicon, sent_starts: list[int]) -> None:
        self.folded, self.ref, self.lx, self.sent_starts = folded, ref, lx, sent_starts

    def future_context(self, pos: int) -> bool:
        i = bisect.bisect_right(self.sent_starts, pos) - 1
        begin = self.sent_starts[i] if i >= 0 else 0
        return self.lx.future.search(self.folded, begin, pos) is not None

    def past_context(self, pos: int) -> bool:
        """A past cue (كانت) in the sentence before `pos` and no future cue there."""
        i = bisect.bisect_right(self.sent_starts, pos) - 1
        begin = self.sent_starts[i] if i >= 0 else 0
        return self.lx.past.search(self.folded, begin, pos) is not None and not self.future_context(pos)


# Handlers return (kind, value, granularity, resolved) or None to reject the match.
Result = tuple[str, str | None, str | None, bool] | None


def _h_gdate(m: re.Match[str], c: _Ctx) -> Result:
    day = int(m.group("day")) if m.group("day") else c.lx.dayword[" ".join(m.group("dayw").split())]
    if m.groupdict().get("cur") is not None:
        if c.ref is None:
            return ("relative", None, "day", False)
        shift = c.lx.modifier[m.group("mod")]
        y, mo = cal.add_months(c.ref.year, c.ref.month, shift)
        return ("relative", cal.iso_day(y, mo, day), "day", cal.valid(y, mo, day))
    mon = c.lx.gmonth[" ".join(m.group("mon").split())]
    if m.group("year"):
        y = int(m.group("year"))
        return ("absolute", cal.iso_day(y, mon, day), "day", cal.valid(y, mon, day)) if cal.valid(
            y, mon, day) else None
    if not 1 <= day <= 31:
        return None
    if c.ref is None:
        return ("absolute", None, "day", False)
    y = cal.infer_year(c.ref, mon, day, c.lx.modifier.get(m.group("mod") or "", None))
    return ("absolute", cal.iso_day(y, mon, day), "day", cal.valid(y, mon, day))


def _h_gmonth(m: re.Match[str], c: _Ctx) -> Result:
    mon = c.lx.gmonth[" ".join(m.group("mon").split())]
    year = m.groupdict().get("year")
    if year:
        return ("absolute", f"{int(year):04d}-{mon:02d}", "month", True)
    if m.groupdict().get("kw") is None and len(m.group("mon")) <= 3 and not m.groupdict().get("mod"):
        return None  # ماي، آب alone are too ambiguous without شهر
    if c.ref is None:
        return ("absolute", None, "month", False)
    hint = c.lx.modifier.get(m.groupdict().get("mod") or "", None)
    if hint is None and c.future_context(m.start()):
        hint = 1  # سيتم فحصه في شهر ديسمبر: the coming December
    y = cal.infer_year(c.ref, mon, 31 if hint == 1 else 1, hint)
    return ("absolute", f"{y:04d}-{mon:02d}", "month", True)


def _h_hdate(m: re.Match[str], c: _Ctx) -> Result:
    mon = c.lx.hmonth[" ".join(m.group("hmon").split())]
    day = int(m.group("day")) if m.group("day") else (
        c.lx.dayword[" ".join(m.group("dayw").split())] if m.group("dayw") else None)
    year = int(m.group("hyear")) if m.group("hyear") else None
    if year is None and day is None:
        return None  # رمضان، صفر alone are names and words, not dates
    if year is not None and not (1300 <= year <= 1600 or m.group("hmark")):
        return None
    if year is None:
        if c.ref is None:
            return ("absolute", None, "day", False)
        year = cal.hijri_year_near(c.ref, mon, day)
    if day is None:
        value = cal.hijri_month_range(year, mon)
        return ("absolute", value, "month", value is not None)
    value = cal.hijri_day(year, mon, day)
    return ("absolute", value, "day", value is not None)


def _h_hyear(m: re.Match[str], c: _Ctx) -> Result:
    value = cal.hijri_year_range(int(m.group("hyear")))
    return ("absolute", value, "year", value is not None)


def _h_iso(m: re.Match[str], c: _Ctx) -> Result:
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if m.groupdict().get("hmark") or y < 1600:
        value = cal.hijri_day(y, mo, d)
        return ("absolute", value, "day", value is not None) if value else None
    if not cal.valid(y, mo, d):
        return None
    return ("absolute", cal.iso_day(y, mo, d), "day", True)


def _h_year(m: re.Match[str], c: _Ctx) -> Result:
    y = int(m.group("year"))
    if not 1800 <= y <= 2200:
        return None
    y2 = m.groupdict().get("year2")
    if y2:
        if not y < int(y2) <= 2200:
            return None
        return ("absolute", f"{y:04d}/{int(y2):04d}", "year", True)
    if m.groupdict().get("kw") == "عامي":
        return None
    return ("absolute", f"{y:04d}", "year", True)


def _h_hijri_year_kw(m: re.Match[str], c: _Ctx) -> Result:
    """عام 1435 in a Saudi paper is a Hijri year even without هـ."""
    value = cal.hijri_year_range(int(m.group("hyear")))
    return ("absolute", value, "year", value is not None) if value else None


def _h_relday(m: re.Match[str], c: _Ctx) -> Result:
    rel = " ".join(m.group("rel").split())
    after = c.folded[m.end():m.end() + 20].split()
    if rel == "اليوم" and m.group("wd") is None and after and after[0] in c.lx.not_today:
        return None  # اليوم الوطني is a holiday's name, not "today"
    if c.ref is None:
        return ("relative", None, "day", False)
    if m.group("wd") is not None:
        # the named weekday outranks the day word, which counts from when the article was written, not
        # from the publication date (أمس السبت in a Tuesday's paper was written on Sunday): the weekday
        # nearest the day word's date on its side of the publication date
        wd, shift = c.lx.weekday[m.group("wd")], c.lx.days[rel]
        base = c.ref + timedelta(days=shift)
        when = cal.weekday_on_or_before(base, wd) if shift <= 0 else cal.weekday_after(base - timedelta(days=1), wd)
        return ("relative", when.isoformat(), "day", True)
    return ("relative", (c.ref + timedelta(days=c.lx.days[rel])).isoformat(), "day", True)


def _h_weekday(m: re.Match[str], c: _Ctx) -> Result:
    if c.ref is None:
        return ("relative", None, "day", False)
    wd = c.lx.weekday[m.group("wd")]
    shift = c.lx.modifier.get(m.group("mod") or "", None)
    if shift is None and wd == c.ref.weekday():
        when = c.ref  # الأحد in an article of a Sunday is that day, whatever the tense
    elif shift == 1 or (shift is None and c.future_context(m.start())):
        when = cal.weekday_after(c.ref, wd)
    elif shift == -1:
        when = cal.weekday_on_or_before(c.ref - timedelta(days=1), wd)
    else:
        when = cal.weekday_on_or_before(c.ref, wd)
    return ("relative", when.isoformat(), "day", True)


def _h_period(m: re.Match[str], c: _Ctx) -> Result:
    per = c.lx.period[m.group("per") or m.group("per2")]
    shift = c.lx.modifier.get(m.group("mod") or m.group("mod2") or "", 0)
    if c.ref is None:
        return ("relative", None, per, False)
    return ("relative", cal.period_value(c.ref, per, shift), per, True)


_PART_MONTHS = {"quarter": 3, "half": 6}


def _h_year_part(m: re.Match[str], c: _Ctx) -> Result:
    """"الربع الثالث من العام الجاري" → 2024-07/2024-09; "النصف الأول من 2023" → 2023-01/2023-06. With
    العام and no modifier or هذا, which year is meant is not said: nothing is matched."""
    kind, n = c.lx.year_part[m.group("yp")]
    size = _PART_MONTHS[kind]
    if m.group("year"):
        year, how = int(m.group("year")), "absolute"
    else:
        if m.group("mod") is None and m.group("this") is None:
            return None
        if c.ref is None:
            return ("relative", None, kind, False)
        year, how = c.ref.year + c.lx.modifier.get(m.group("mod") or "", 0), "relative"
    first = (n - 1) * size + 1
    return (how, f"{year:04d}-{first:02d}/{year:04d}-{first + size - 1:02d}", kind, True)


def _h_season(m: re.Match[str], c: _Ctx) -> Result:
    """"خريف 2020" → 2020-09/2020-11; "الصيف الماضي"، "هذا الشتاء"، "قبل نهاية الصيف" → a season of the
    reference year, moved by the modifier. A season with neither (في الصيف) names no year: not read, and
    neither is ربيع before a Hijri ordinal (ربيع الأول is a month)."""
    first, last = c.lx.season[m.group("season")]
    if m.group("year"):
        year, how = int(m.group("year")), "absolute"
    else:
        if not (m.group("mod") or m.group("this") or m.group("part")) or \
                not m.group("season").startswith("ال"):
            return None
        if c.ref is None:
            return ("relative", None, "season", False)
        year, how = c.ref.year + c.lx.modifier.get(m.group("mod") or "", 0), "relative"
    end_year = year + 1 if last < first else year
    return (how, f"{year:04d}-{first:02d}/{end_year:04d}-{last:02d}", "season", True)


def _h_part_period(m: re.Match[str], c: _Ctx) -> Result:
    """"قبل نهاية العام"، "مطلع الشهر": the part word joins the span, the value is the current period (as for
    "العام الجاري"; news writes the year it means only when it is another)."""
    per = c.lx.period[m.group("per")]
    if c.ref is None:
        return ("relative", None, per, False)
    return ("relative", cal.period_value(c.ref, per, 0), per, True)


def _h_duration(m: re.Match[str], c: _Ctx) -> Result:
    if m.group("unit") == "عقد":
        if not m.group("q") or m.group("n"):
            return None  # "منذ عقد الاجتماع": held, not a decade; only "منذ أكثر من عقد" is one
        unit, n = "decade", 1
    else:
        unit, n = c.lx.count[" ".join(m.group("unit").split())]
    if unit == "month" and c.lx.month_after.match(c.folded, m.end()):
        return None  # خلال شهر رمضان: the month is named, not counted
    if m.group("n"):
        if n == 2:
            return None  # يومين after a number is not a count of days
        n = int(parse_digits(m.group("n")) or 0) if m.group("n")[0].isdigit() else c.lx.smallnum[
            " ".join(m.group("n").split())]
    if not n:
        return ("relative", None, "vague", False)  # قبل أيام، منذ سنوات: a vague past, no value
    kind = c.lx.anchor[" ".join(m.group("anc").split())]
    if unit == "hour" and kind != "span":
        return None  # "بعد ست ساعات من التفاوض": a length of hours is a quantity; only a window (خلال 48 ساعة) is a time
    if c.ref is None:
        return ("relative", None, "duration", False)
    if kind == "span":
        forward = c.future_context(m.start())
        value = cal.span(c.ref, unit, n, forward)
        return ("relative", value, "duration", value is not None)
    gran = "day" if unit in ("day", "week", "hour") else "year" if unit == "decade" else unit
    if m.group("anc") in _FROM_EVENT_ANCHORS and _EVENT_AFTER.match(c.folded, m.end()):
        # "بعد 25 عاما على سقوط الاتحاد السوفياتي"، "بعد أسبوع من تفجير": counted from another event, not
        # from the publication date: found, with no value ("من الآن" still counts from today)
        return ("relative", None, gran, False)
    point = cal.shift(c.ref, unit, -n if kind == "past" else n)
    if point is None:
        return ("relative", None, gran, False)  # before year 1: found, with no calendar value
    return ("relative", cal.at_granularity(point, unit), gran, True)


# What follows "بعد/قبل N" when the length is counted from another event (على سقوط …، من تفجير …), and
# the words that bring it back to the telling (من الآن، من اليوم).
_EVENT_AFTER = re.compile(r"\s+(?:علي|من)\s+(?!(?:الان|اليوم|الحين|الاقل|الاكثر)(?!\w))")
_FROM_EVENT_ANCHORS = frozenset({"بعد", "قبل"})  # منذ counts from the telling whatever follows


def _h_drange(m: re.Match[str], c: _Ctx) -> Result:
    """10-20 أكتوبر، من 10 إلى 20 أكتوبر، بين 10 و20 أكتوبر: a range of days in one month."""
    if m.group("conn") == "و" and m.group("pre") != "بين":
        return None  # 10 و20 أكتوبر without بين is a list of two days, each found as a date
    d1, d2 = int(m.group("day")), int(m.group("day2"))
    mon = c.lx.gmonth[" ".join(m.group("mon").split())]
    if m.group("year"):
        y = int(m.group("year"))
    elif c.ref is None:
        return ("absolute", None, "duration", False)
    else:
        y = cal.infer_year(c.ref, mon, d1, c.lx.modifier.get(m.group("mod") or "", None))
    if not d1 < d2 or not cal.valid(y, mon, d2):
        return None
    return ("absolute", f"{cal.iso_day(y, mon, d1)}/{cal.iso_day(y, mon, d2)}", "duration", True)


def _h_yrange(m: re.Match[str], c: _Ctx) -> Result:
    """2018-2019, 2014/2015: a span of years (a season, a plan)."""
    y1, y2 = int(m.group("year")), int(m.group("year2"))
    if not 1900 <= y1 < y2 <= y1 + 30:
        return None
    return ("absolute", f"{y1:04d}/{y2:04d}", "year", True)


def _h_vague(m: re.Match[str], c: _Ctx) -> Result:
    """الأيام الماضية، الأشهر الستة المقبلة، الساعات الـ24 الماضية: a range next to the reference date."""
    if c.lx.named_period_after.match(c.folded, m.end()):
        return None  # الأيام الأخيرة من شهر رمضان: the end of a named month, not of "now"
    unit, n = c.lx.vague[" ".join(m.group("vp").split())]
    if m.group("n"):
        raw = m.group("n")
        n = int(raw) if raw.isdigit() else c.lx.smallnum[" ".join(raw.split())]
    vmod = m.group("vmod")
    direction = -1 if vmod in c.lx.recent else c.lx.modifier[vmod]
    if direction == 0 or not n:
        return None
    if c.ref is None:
        return ("relative", None, "duration", False)
    value = cal.span(c.ref, unit, n, direction > 0)
    return ("relative", value, "duration", value is not None)


def _h_clock(m: re.Match[str], c: _Ctx) -> Result:
    """8 صباحا، الساعة 10:30، الساعة الثالثة والنصف عصرا، الساعة 8 من مساء أمس: "T20:00", with the
    day in front when one is named ("2019-10-23T20:00")."""
    sh = m.group("sh")
    if m.group("kw") is None and sh is None:
        return None  # a bare number or ordinal is not a time of day
    if m.group("h") is not None:
        hour, minute = int(m.group("h")), int(m.group("mi") or 0)
    else:
        hour, minute = c.lx.hourword[" ".join(m.group("hw").split())], 0
        if m.group("fr"):
            minute = c.lx.clock_frac[" ".join(m.group("fr").split())]
        elif m.group("less"):
            hour, minute = hour - 1, 60 - c.lx.clock_less[" ".join(m.group("less").split())]
    value = cal.clock(hour, minute, c.lx.clock_shift.get(sh or ""))
    if value is None:
        return None
    if m.group("rel") is None and m.group("wd") is None:
        return ("absolute", value, "time", True)
    if c.ref is None:
        return ("relative", None, "time", False)
    if m.group("rel") is not None:
        when = c.ref + timedelta(days=c.lx.days[" ".join(m.group("rel").split())])
        if m.group("wd2") is not None and m.group("rel") in ("اليوم", "الليله"):
            when = cal.weekday_on_or_before(c.ref, c.lx.weekday[m.group("wd2")])
    else:
        when = cal.weekday_on_or_before(c.ref, c.lx.weekday[m.group("wd")])
    return ("relative", when.isoformat() + value, "time", True)


def _h_bare_month(m: re.Match[str], c: _Ctx) -> Result:
    """سبتمبر، أغسطس/آب alone: the nearest such month (the past one after منذ)."""
    mon = c.lx.gmonth[m.group("mon")]
    if c.ref is None:
        return ("absolute", None, "month", False)
    if m.groupdict().get("ymod"):  # مايو من العام الماضي
        return ("absolute", f"{c.ref.year + c.lx.modifier[m.group('ymod')]:04d}-{mon:02d}", "month", True)
    since = c.folded[max(0, m.start() - 5):m.start()].strip().endswith("منذ")
    hint = -1 if since or c.past_context(m.start()) else 1 if c.future_context(m.start()) else None
    y = cal.infer_year(c.ref, mon, 31 if hint == 1 else 1, hint)  # the current month is still ahead
    return ("absolute", f"{y:04d}-{mon:02d}", "month", True)


def _h_adverb(m: re.Match[str], c: _Ctx) -> Result:
    """حاليا is the publication date; مؤخرا، في وقت سابق are found but have no calendar value."""
    if m.group("now") is None:
        return ("relative", None, "vague", False)
    if c.ref is None:
        return ("relative", None, "day", False)
    return ("relative", c.ref.isoformat(), "day", True)


def _bracketed(folded: str, m: re.Match[str]) -> bool:
    """"(34 عاما)" or «33 عاما» right after a name is how news gives an age."""
    before = folded[max(0, m.start("x") - 2):m.start("x")].strip()
    after = folded[m.end("x"):m.end("x") + 2].strip()
    return before[-1:] in ("(", '"', "«") and after[:1] in (")", '"', "»")


_ISO_UNIT = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "Y"}


def _h_length(m: re.Match[str], c: _Ctx) -> Result:
    """ثلاثة أيام، ثلاثين عاما، يومين: a length of time, valued as an ISO 8601 duration (P3D, P30Y)."""
    unit, n = c.lx.count[" ".join(m.group("unit").split())]
    if unit == "hour":
        return None  # "3-5 ساعات": hours counted are a quantity (marsad/facts/quantities.py)
    if c.lx.age_before.search(c.folded, max(0, m.start() - 25), m.start()) or _bracketed(c.folded, m):
        return None  # وعمره 21 عاما، علي (18 شهرا): an age, not a span of time
    if m.group("unit") in c.lx.not_alone and m.groupdict().get("n") is None:
        return None  # مدراء عامين: general directors, not two years
    raw = m.groupdict().get("n")
    if raw is not None:
        if n == 2 or not (raw.isdigit() or raw in c.lx.smallnum):
            return None
        n = int(raw) if raw.isdigit() else c.lx.smallnum[raw]
    if not n:
        return None
    return ("relative", f"P{n * (10 if unit == 'decade' else 1)}{_ISO_UNIT[unit]}", "duration", True)


_HANDLERS: dict[str, Callable[[re.Match[str], _Ctx], Result]] = {
    "bare_month": _h_bare_month, "adverb": _h_adverb, "length": _h_length,
    "drange": _h_drange, "yrange": _h_yrange, "vague": _h_vague, "clock": _h_clock,
    "gdate": _h_gdate, "gmonth": _h_gmonth, "hdate": _h_hdate, "hyear": _h_hyear, "hyear_kw": _h_hijri_year_kw, "iso": _h_iso,
    "year": _h_year, "relday": _h_relday, "weekday": _h_weekday, "period": _h_period,
    "duration": _h_duration, "year_part": _h_year_part, "season": _h_season, "part_period": _h_part_period,
}


def parse_published(published: str | None) -> date | None:
    """The reference date from `Document.published` (any ISO string starting YYYY-MM-DD), or None."""
    if not published:
        return None
    try:
        return date.fromisoformat(published.strip()[:10])
    except ValueError:
        log.debug("unusable published date %r", published)
        return None


def find_times(doc: Document, lx: Lexicon | None = None) -> list[TimeExpr]:
    """Every time expression in `doc`, longest first where they overlap, in text order."""
    lx = lx or default_lexicon()
    norm: NormalizedText = doc.norm if doc.norm is not None else normalize(doc.text)
    folded = norm.text
    sent_starts = [norm.from_original(s.start) for s in doc.sentences] or [0]
    ctx = _Ctx(folded, parse_published(doc.reference_date()), lx, sent_starts)
    found: list[tuple[int, int, Result]] = []
    words = _word_forms(folded)
    for pattern, name in lx.patterns:
        gate = lx.gates.get(name)
        if gate is not None and gate.isdisjoint(words):
            continue  # none of the words this pattern needs is in the article: skip the scan
        handler = _HANDLERS[name]
        for m in pattern.finditer(folded):
            result = handler(m, ctx)
            if result is not None:
                found.append((m.start("x"), m.end("x"), result))
    kept = [_narrow_part(folded, s, e, r, lx) for s, e, r in _non_overlapping(found)]
    return [_to_expr(doc, norm, s, e, r) for s, e, r in kept]


_WORD = re.compile(r"[^\W\d_]+")


def _word_forms(folded: str) -> set[str]:
    """Every word of the article, also without one or two proclitics (وأمس → امس، للعام → العام)."""
    words = set(_WORD.findall(folded))
    extra = set()
    for w in words:
        if len(w) > 2 and w[0] in "وفبلك":
            extra.add(w[1:])
            if w[1] in "بلك":
                extra.add(w[2:])
                if w[1] == "ل":
                    extra.add("ال" + w[2:])
    return words | extra


def _gates(lx: Lexicon) -> dict[str, frozenset[str]]:
    """For each pattern, the first words one of which every match contains (patterns led by digits
    alone, such as years and ISO dates, have none and always run). A pure speed-up: one pass over
    the words spares most of the ~20 regex scans on an article without, say, a Hijri month."""
    def firsts(*tables) -> frozenset[str]:
        return frozenset(w.split()[0] for table in tables for w in table)
    months = firsts(lx.gmonth)
    return {
        "gdate": months | {"الشهر"}, "gmonth": months, "drange": months, "hdate": firsts(lx.hmonth),
        "hyear_kw": frozenset({"عام", "العام", "سنه", "السنه", "لعام"}), "relday": firsts(lx.days),
        "weekday": firsts(lx.weekday), "period": firsts(lx.period, lx.this), "duration": firsts(lx.anchor),
        "vague": firsts(lx.vague), "clock": firsts(lx.hour_kw, lx.clock_shift),
        "bare_month": firsts(lx.bare_month, lx.part), "adverb": firsts(lx.now, lx.vague_words),
        "length": firsts(lx.count), "year_part": frozenset({"الربع", "النصف"}),
        "season": firsts(lx.season), "part_period": firsts(lx.part),
    }


def _non_overlapping(found: list[tuple[int, int, Result]]) -> list[tuple[int, int, Result]]:
    """Keep the longest of overlapping matches (الخميس 24 أكتوبر beats الخميس and 24 أكتوبر)."""
    kept: list[tuple[int, int, Result]] = []
    taken: list[tuple[int, int]] = []
    for s, e, r in sorted(found, key=lambda x: (x[0] - x[1], x[0])):
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        kept.append((s, e, r))
    return sorted(kept, key=lambda x: x[0])


def _narrow_part(folded: str, s: int, e: int, r: Result, lx: Lexicon) -> tuple[int, int, Result]:
    """أواخر مايو، مطلع 2019، منتصف العام الماضي: the part word joins the span. The value stays the
    month or year, as the team's gold writes it (a finer range would need a field to say it is one)."""
    if r is None or r[2] not in ("month", "year") or not r[1] or "/" in r[1]:
        return s, e, r
    m = lx.part_re.search(folded, max(0, s - 24), s)
    return (m.start("p"), e, r) if m is not None else (s, e, r)


_TRAILING_MARKS = re.compile(r"[\u0640\u064b-\u065f\u0670]+")


def extend_marks(text: str, end: int) -> int:
    """Move `end` past tatweel and diacritics that belong to the last letter (هـ, قتيلاً)."""
    m = _TRAILING_MARKS.match(text, end)
    return m.end() if m else end


def _to_expr(doc: Document, norm: NormalizedText, s: int, e: int, r: Result) -> TimeExpr:
    start, end = norm.to_original(s, e)
    end = extend_marks(doc.text, end)
    kind, value, gran, resolved = r
    return TimeExpr(start, end, doc.text[start:end], kind, value, gran, resolved, doc.sentence_at(start))


_DATELINE = re.compile(r"\s*(?P<place>[^\n،,:()\d\-–—]{2,40}?)\s*(?:[،,]|[-–—])\s*(?=\d|[^\W\d_])")


def dateline(doc: Document, times: list[TimeExpr]) -> tuple[tuple[int, int] | None, TimeExpr | None]:
    """The dateline of an article ("باكو، 13 أكتوبر (أذرتاج)"، "طهران - 12 مارس 2025:"): the place's
    span and its date, or no place and the date when the line opens with the date itself.

    The dateline opens the text, or the line after a headline (a first line of at most
    `_HEADLINE_MAX` characters); only a date among its first 60 characters counts, right after a short
    place name and a comma or a dash, or first on the line.
    """
    for opening in _openings(doc.text):
        first = next((t for t in times if opening <= t.start < opening + 60 and t.kind == "absolute"), None)
        if first is None:
            continue
        if not doc.text[opening:first.start].strip():
            return None, first
        m = _DATELINE.match(doc.text, opening)
        if m is None or m.end() > first.start + 1 or doc.text[m.end():first.start].strip():
            continue
        return m.span("place"), first
    return None, None


_HEADLINE_MAX = 150


def _openings(text: str) -> list[int]:
    """Where a dateline may stand: the text's start, and the next line's when the first is a headline."""
    lead = len(text) - len(text.lstrip())
    end = text.find("\n", lead)
    if end < 0 or end - lead > _HEADLINE_MAX:
        return [0]
    after = end + 1
    while after < len(text) and text[after].isspace():
        after += 1
    return [0, after] if after < len(text) else [0]
