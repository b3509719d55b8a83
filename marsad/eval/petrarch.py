"""Sentence-level scoring against PETRARCH-style validation XML (one gold event per sentence).

The UniversalPetrarch Arabic validation files hold news sentences, each with one gold event: a PLOVER
category (PROTEST, ASSAULT) and source/target codes such as "TUN CVL" or "None MIL". Triggers and
actors there were chosen to test a dictionary, so the fair comparison is at the level the files are
sure of: does the system find an event of the gold category in the sentence, and where the gold names
the source's country, is the source of that event from the same country?

Categories map onto CAMEO roots: PROTEST = 14, ASSAULT = 18, 19, 20 (what PLOVER folds into ASSAULT).
An event counts whatever its modality, but a negated one ("لم يتظاهروا") does not.
"""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from marsad.doc import Document, Event
from marsad.errors import GoldError

log = logging.getLogger(__name__)

CATEGORY_ROOTS: dict[str, frozenset[str]] = {
    "PROTEST": frozenset({"14"}),
    "ASSAULT": frozenset({"18", "19", "20"}),
}


@dataclass(frozen=True, slots=True)
class GoldSentence:
    """One validation sentence: its text and the gold category and source country (None if unnamed)."""

    id: str
    text: str
    category: str
    source_country: str | None
    published: str | None
    trigger: str = ""


@dataclass
class CategoryCounts:
    gold: int = 0
    found: int = 0  # gold sentences of this category where the system has an event of it
    predicted: int = 0  # sentences where the system has an event of this category
    correct: int = 0  # of those, the gold category is this one


@dataclass
class PetrarchReport:
    """Counts per category plus source-country agreement; ratios are computed when reporting."""

    by_category: dict[str, CategoryCounts] = field(default_factory=dict)
    country_gold: int = 0  # gold names a country and the system found the event
    country_right: int = 0
    country_named: int = 0  # gold names a country (found or not)
    missed: list[str] = field(default_factory=list)
    wrong_country: list[str] = field(default_factory=list)

    def rates(self) -> dict[str, float | None]:
        cats = self.by_category.values()
        gold = sum(c.gold for c in cats)
        found = sum(c.found for c in cats)
        predicted = sum(c.predicted for c in cats)
        correct = sum(c.correct for c in cats)
        out = {"recall": _ratio(found, gold), "precision": _ratio(correct, predicted),
               "source_country_accuracy": _ratio(self.country_right, self.country_gold),
               "source_country_of_all_named": _ratio(self.country_right, self.country_named)}
        for name, c in sorted(self.by_category.items()):
            out[f"{name.lower()}_recall"] = _ratio(c.found, c.gold)
            out[f"{name.lower()}_precision"] = _ratio(c.correct, c.predicted)
        return out

    def format(self, details: bool = False) -> str:
        rows = [f"{'category':<10} {'gold':>5} {'found':>6} {'predicted':>10} {'correct':>8}"]
        for name, c in sorted(self.by_category.items()):
            rows.append(f"{name:<10} {c.gold:>5} {c.found:>6} {c.predicted:>10} {c.correct:>8}")
        rows.append(f"source country: {self.country_right} right of {self.country_gold} found "
                    f"({self.country_named} gold sentences name a country)")
        rows.append("")
        rows.extend(f"{k:<30} {'n/a' if v is None else f'{100 * v:.1f} %'}" for k, v in self.rates().items())
        if details:
            rows.extend(f"missed: {m}" for m in self.missed)
            rows.extend(f"wrong country: {m}" for m in self.wrong_country)
        return "\n".join(rows)


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


# Each <Sentence> is parsed on its own: the published files end without their closing root tags.
_SENTENCE = re.compile(r"<Sentence\b.*?</Sentence>", re.S)


def load_validation(path: str | Path) -> list[GoldSentence]:
    """The sentences of one validation file; a sentence without text or a known category is an error."""
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise GoldError(f"{path}: cannot read validation XML: {err}") from None
    out: list[GoldSentence] = []
    for block in _SENTENCE.findall(raw):
        try:
            sent = ET.fromstring(block)
        except ET.ParseError as err:
            raise GoldError(f"{path}: bad <Sentence> element: {err}") from None
        text = (sent.findtext("Text") or "").strip()
        coding = sent.find("EventCoding")
        plover = (coding.get("plover") if coding is not None else None) or sent.get("category") or ""
        if not text or plover not in CATEGORY_ROOTS:
            raise GoldError(f"{path}: sentence {sent.get('id')!r} has no text or an unknown category {plover!r}")
        source = (coding.get("sourcecode") or "").split() if coding is not None else []
        country = source[0] if source and len(source[0]) == 3 and source[0].isalpha() and \
            source[0] not in {"IMG", "IGO", "NGO"} and source[0] != "None" else None
        event_text = sent.find("EventText")
        out.append(GoldSentence(str(sent.get("id")), text, plover, country, _iso(sent.get("date")),
                                event_text.get("eventtext", "") if event_text is not None else ""))
    return out


def _iso(date: str | None) -> str | None:
    """"20080101" → "2008-01-01"."""
    if not date or len(date) != 8 or not date.isdigit():
        return None
    return f"{date[:4]}-{date[4:6]}-{date[6:]}"


def categories_of(events: Iterable[Event]) -> dict[str, list[Event]]:
    """The categories a sentence's events fall into, with the events of each (negated ones left out)."""
    out: dict[str, list[Event]] = {}
    for event in events:
        if event.negated:
            continue
        for name, roots in CATEGORY_ROOTS.items():
            if event.cameo_root in roots:
                out.setdefault(name, []).append(event)
    return out


def _country(event: Event) -> str | None:
    src = event.source
    if src is None:
        return None
    if src.country_iso3:
        return src.country_iso3
    code = src.actor_code or ""
    return code[:3] if len(code) >= 3 and code[:3].isalpha() and code[:3].isupper() else None


def score_sentences(sentences: list[GoldSentence], analyze: Callable[[GoldSentence], Document]) -> PetrarchReport:
    """Analyse each sentence with `analyze` and count category recall/precision and source countries."""
    report = PetrarchReport({name: CategoryCounts() for name in CATEGORY_ROOTS})
    for gold in sentences:
        doc = analyze(gold)
        found = categories_of(doc.events)
        report.by_category[gold.category].gold += 1
        for name in found:
            report.by_category[name].predicted += 1
            report.by_category[name].correct += name == gold.category
        hit = found.get(gold.category)
        if hit:
            report.by_category[gold.category].found += 1
        else:
            report.missed.append(f"{gold.id} {gold.category} «{gold.trigger}»: {gold.text[:160]}")
        if gold.source_country is None:
            continue
        report.country_named += 1
        if hit:
            report.country_gold += 1
            countries = [_country(e) for e in hit]
            if gold.source_country in countries:
                report.country_right += 1
            else:
                report.wrong_country.append(f"{gold.id} gold {gold.source_country} system {countries}: "
                                            f"{gold.text[:120]}")
    return report


def score_files(paths: Iterable[str | Path], analyze: Callable[[GoldSentence], Document]) -> PetrarchReport:
    """All sentences of several validation files scored together."""
    sentences = [s for path in paths for s in load_validation(path)]
    log.info("scoring %d validation sentences", len(sentences))
    return score_sentences(sentences, analyze)
