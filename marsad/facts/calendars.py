"""Calendar arithmetic for resolving time expressions: months, weeks, Hijri conversion.

Kept apart from the patterns in `times.py` so each can be read (and tested) alone. Hijri dates use the
Umm al-Qura calendar through `hijridate`, which covers 1343-1500 AH (1924-2077); outside it a value is
None rather than a guess.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from hijridate import Gregorian, Hijri

# The week runs Saturday to Friday, as in most Arab countries' calendars.
WEEK_START = 5  # date.weekday() of Saturday


def valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1] if 1 <= y <= 9999 else False


def iso_day(y: int, m: int, d: int) -> str | None:
    return date(y, m, d).isoformat() if valid(y, m, d) else None


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    total = y * 12 + (m - 1) + n
    return total // 12, total % 12 + 1


def shift(ref: date, unit: str, n: int) -> date | None:
    """`ref` moved by n days, weeks, months or years (month ends clamp: 31 Jan + 1 month = 28/29 Feb); None
    past the calendar's years 1–9999 ("سور الصين العظيم الذي شيد منذ حوالى ٢٧٠٠ سنة" had failed the article)."""
    try:
        if unit == "day":
            return ref + timedelta(days=n)
        if unit == "week":
            return ref + timedelta(weeks=n)
        if unit == "hour":
            return ref + timedelta(days=round(n / 24))
        months = {"month": 1, "year": 12, "decade": 120}[unit] * n
        y, m = add_months(ref.year, ref.month, months)
        return date(y, m, min(ref.day, calendar.monthrange(y, m)[1]))
    except (ValueError, OverflowError):
        return None


def at_granularity(when: date, unit: str) -> str:
    if unit == "month":
        return f"{when.year:04d}-{when.month:02d}"
    if unit in ("year", "decade"):
        return f"{when.year:04d}"
    return when.isoformat()


def span(ref: date, unit: str, n: int, forward: bool) -> str | None:
    """Range "A/B" covering n units after `ref` (forward) or up to it; None past the calendar."""
    other = shift(ref, unit, n if forward else -n)
    if other is None:
        return None
    a, b = (ref, other) if forward else (other, ref)
    return f"{a.isoformat()}/{b.isoformat()}"


def period_value(ref: date, period: str, offset: int) -> str:
    """The week, month or year `offset` periods from the one holding `ref` (-1 last, 0 this, 1 next)."""
    if period == "year":
        return f"{ref.year + offset:04d}"
    if period == "month":
        y, m = add_months(ref.year, ref.month, offset)
        return f"{y:04d}-{m:02d}"
    start = ref - timedelta(days=(ref.weekday() - WEEK_START) % 7) + timedelta(weeks=offset)
    return f"{start.isoformat()}/{(start + timedelta(days=6)).isoformat()}"


def weekday_on_or_before(ref: date, weekday: int) -> date:
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


def weekday_after(ref: date, weekday: int) -> date:
    return ref + timedelta(days=(weekday - ref.weekday() - 1) % 7 + 1)


def infer_year(ref: date, month: int, day: int, shift_hint: int | None) -> int:
    """Year of a date written without one: the publication year, unless that puts it far in the future
    (news reports mostly the past) or, near New Year, far in the past. المقبل/الماضي decide outright."""
    y = ref.year
    day = min(day, calendar.monthrange(y, month)[1])
    candidate = date(y, month, day)
    if shift_hint == 1 and candidate <= ref:
        return y + 1
    if shift_hint == -1 and candidate >= ref:
        return y - 1
    if shift_hint is None and (candidate - ref).days > 62:
        return y - 1
    if shift_hint is None and (ref - candidate).days > 300:
        return y + 1
    return y


def hijri_day(y: int, m: int, d: int) -> str | None:
    try:
        return Hijri(y, m, d).to_gregorian().isoformat()
    except (OverflowError, ValueError):
        return None


def hijri_month_range(y: int, m: int) -> str | None:
    try:
        first = Hijri(y, m, 1)
        last = Hijri(y, m, first.month_length())
    except (OverflowError, ValueError):
        return None
    return f"{first.to_gregorian().isoformat()}/{last.to_gregorian().isoformat()}"


def hijri_year_range(y: int) -> str | None:
    try:
        first = Hijri(y, 1, 1)
        last_month = Hijri(y, 12, 1)
        last = Hijri(y, 12, last_month.month_length())
    except (OverflowError, ValueError):
        return None
    return f"{first.to_gregorian().isoformat()}/{last.to_gregorian().isoformat()}"


def hijri_year_near(ref: date, month: int, day: int | None) -> int:
    """Hijri year for a Hijri date written without one: the one whose date lies nearest `ref`."""
    try:
        h = Gregorian(ref.year, ref.month, ref.day).to_hijri()
    except (OverflowError, ValueError):
        return 0
    best, best_gap = h.year, None
    for y in (h.year - 1, h.year, h.year + 1):
        iso = hijri_day(y, month, day or 1)
        if iso is None:
            continue
        gap = abs((date.fromisoformat(iso) - ref).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = y, gap
    return best


def clock(hour: int, minute: int, shift: str | None) -> str | None:
    """"T20:30" for 8:30 مساء: `shift` is am, pm or night (see relative.yaml's clock_words)."""
    if shift == "pm" and 1 <= hour <= 11 or shift == "night" and 6 <= hour <= 11:
        hour += 12
    elif shift == "am" and hour == 12:
        hour = 0
    if not (0 <= hour <= 24 and 0 <= minute < 60):
        return None
    return f"T{hour:02d}:{minute:02d}"
