"""Scoring analyses against article-level gold (GOLD_FORMAT.md, "Scoring that is fair to both sides").

The gold names things by their words, the system by offsets; both are brought together by locating
every occurrence of a gold string in the article and asking whether a system span overlaps it. What
counts as "right" follows the format's rules: entities found by type and overlap and linked by English
name (or country for places); events found by CAMEO root and trigger position, with actors compared at
country level; quotes by their first words and speaker; numbers by value; dates by overlap.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, field
from typing import Any

from marsad.eval.goldfile import find_text, load_gold
from marsad.eval.goldmatch import (
    ArticleCtx,
    match_events,
    score_attribution,
    score_dates,
    score_entities,
    score_numbers,
    score_quotes,
    system_tellings,
)

__all__ = ["ArticleScore", "GoldReport", "find_text", "load_gold", "score_gold"]

log = logging.getLogger(__name__)


@dataclass
class ArticleScore:
    """Counts for one article; ratios are computed when reporting, so totals add up exactly."""

    id: str
    analysed: bool = True
    entities: int = 0
    entities_found: int = 0
    entities_linked: int = 0
    events: int = 0
    events_found: int = 0
    events_actors: int = 0
    system_events: int = 0
    extra_events: int = 0
    quotes: int = 0
    quotes_direct: int = 0
    quotes_any: int = 0
    quotes_text_only: int = 0
    quotes_attributed: int = 0  # system direct quotes with a speaker that the gold can judge
    quotes_attributed_right: int = 0
    numbers: int = 0
    numbers_found: int = 0
    dates: int = 0
    dates_found: int = 0
    dates_valued: int = 0
    missed: dict[str, list[str]] = field(default_factory=dict)

    def add(self, other: ArticleScore) -> None:
        for name, value in asdict(other).items():
            if isinstance(value, int) and not isinstance(value, bool):
                setattr(self, name, getattr(self, name) + value)


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _rates(s: ArticleScore) -> dict[str, float | None]:
    return {
        "entity_recall": _ratio(s.entities_found, s.entities),
        "entity_linked": _ratio(s.entities_linked, s.entities),
        "event_recall": _ratio(s.events_found, s.events),
        "event_precision": _ratio(s.events_found, s.system_events),
        "event_recall_actors": _ratio(s.events_actors, s.events),
        "event_precision_actors": _ratio(s.events_actors, s.system_events),
        "quote_recall_direct": _ratio(s.quotes_direct, s.quotes),
        "quote_recall_any": _ratio(s.quotes_any, s.quotes),
        "quote_recall_words_only": _ratio(s.quotes_text_only, s.quotes),
        "quote_attribution_precision": _ratio(s.quotes_attributed_right, s.quotes_attributed),
        "number_recall": _ratio(s.numbers_found, s.numbers),
        "date_recall": _ratio(s.dates_found, s.dates),
        "date_recall_value": _ratio(s.dates_valued, s.dates),
    }


@dataclass
class GoldReport:
    articles: list[ArticleScore]

    @property
    def total(self) -> ArticleScore:
        total = ArticleScore(id="TOTAL")
        for art in self.articles:
            total.add(art)
        total.analysed = all(a.analysed for a in self.articles)
        return total

    def to_dict(self) -> dict[str, Any]:
        def one(s: ArticleScore) -> dict[str, Any]:
            return {**asdict(s), **_rates(s)}

        return {"articles": [one(a) for a in self.articles], "total": one(self.total)}

    def format(self, details: bool = False) -> str:
        """A fixed-width table: one row per article and a total, then the ratios for the total;
        with `details`, the gold items each article missed (what to read first when improving)."""
        head = f"{'article':<30} {'ent f/l/g':>11} {'evt f/a/g':>11} {'sys xtra':>9} " \
               f"{'quo d/a/t/g':>12} {'num f/g':>8} {'date f/v/g':>11}"
        rows = [head, "-" * len(head)]
        for s in [*self.articles, self.total]:
            name = s.id if s.analysed else f"{s.id} (no analysis)"
            rows.append(
                f"{name[:30]:<30} {f'{s.entities_found}/{s.entities_linked}/{s.entities}':>11} "
                f"{f'{s.events_found}/{s.events_actors}/{s.events}':>11} "
                f"{f'{s.system_events} {s.extra_events}':>9} "
                f"{f'{s.quotes_direct}/{s.quotes_any}/{s.quotes_text_only}/{s.quotes}':>12} "
                f"{f'{s.numbers_found}/{s.numbers}':>8} {f'{s.dates_found}/{s.dates_valued}/{s.dates}':>11}"
            )
        rates = _rates(self.total)
        rows.append("")
        rows.extend(f"{k:<24} {'n/a' if v is None else f'{100 * v:.1f} %'}" for k, v in rates.items())
        rows.append("(f found, l linked, a actors right, v right value, g gold; quotes: d direct, a any, t words only)")
        if details:
            for s in self.articles:
                for kind, items in s.missed.items():
                    label = "wrong" if kind == "event actors" else "missed"
                    rows.append(f"{s.id} {label} {kind}: " + "; ".join(items))
        return "\n".join(rows)


def score_gold(gold_records: list[dict[str, Any]], analyses: dict[str, dict[str, Any]]) -> GoldReport:
    """Score each gold article against the analysis with the same id (`Document.to_dict()` output).

    An article with no analysis scores zero found rather than being skipped, so a crash on one article
    shows in the total instead of silently flattering it.
    """
    return GoldReport([score_article(gold, analyses.get(gold["id"])) for gold in gold_records])


def score_article(gold: dict[str, Any], analysis: dict[str, Any] | None) -> ArticleScore:
    """All five comparisons for one article."""
    score = ArticleScore(id=gold["id"])
    if analysis is None:
        log.warning("no analysis for gold article %s", gold["id"])
        score.analysed = False
        analysis = {"text": "", "entities": [], "events": [], "quotes": [], "quantities": [], "times": []}
    ctx = ArticleCtx.build(gold, analysis)
    ents = score_entities(ctx)
    score.entities, score.entities_found, score.entities_linked = ents.total, ents.found, ents.second
    evs = match_events(ctx)
    score.events, score.events_found, score.events_actors = evs.total, evs.found, evs.second
    score.system_events = len(system_tellings(analysis))
    score.extra_events = score.system_events - evs.found
    quotes = score_quotes(ctx)
    score.quotes, score.quotes_direct, score.quotes_any = quotes.total, quotes.found, quotes.second
    score.quotes_text_only = quotes.third
    attribution = score_attribution(ctx)
    score.quotes_attributed, score.quotes_attributed_right = attribution.total, attribution.found
    nums = score_numbers(ctx)
    score.numbers, score.numbers_found = nums.total, nums.found
    dates = score_dates(ctx)
    score.dates, score.dates_found, score.dates_valued = dates.total, dates.found, dates.second
    score.missed = {k: v.missed for k, v in
                    (("entities", ents), ("events", evs), ("quotes", quotes), ("numbers", nums),
                     ("dates", dates), ("speakers", attribution)) if v.missed}
    if evs.wrong:
        score.missed["event actors"] = evs.wrong
    return score
