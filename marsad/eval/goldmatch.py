"""The five gold-versus-system comparisons behind `score_gold`, one function each.

Each returns a `Tally`: how many gold items there were, how many were found, a stricter second count
(linked, actors right, speaker right) and the gold items that were missed, so a reader can see why.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from marsad.eval.textmatch import (
    gold_sentences,
    is_actor_code,
    locate,
    overlaps,
    same_name,
    sentence_of,
    squash,
)

Span = tuple[int, int]
_CURRENCY_UNITS = {"currency", "money"}


@dataclass
class Tally:
    total: int = 0
    found: int = 0
    second: int = 0
    third: int = 0
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)  # found, but with the actors the gold does not give


@dataclass
class ArticleCtx:
    """One article's gold and analysis, with the lookups every comparison needs built once."""

    gold: dict[str, Any]
    analysis: dict[str, Any]
    text: str
    sentences: list[Span]
    clusters: dict[str, dict[str, Any]]  # folded canonical_en -> gold entity
    system_entities: dict[str, dict[str, Any]]  # id -> system entity
    # Where the gold gives offsets (development gold on corpus articles), each surface form's own
    # occurrences: a repeated string elsewhere in the text must not count as the gold mention.
    form_spans: dict[str, list[Span]] = field(default_factory=dict)

    @classmethod
    def build(cls, gold: dict[str, Any], analysis: dict[str, Any]) -> ArticleCtx:
        text = analysis.get("text") or ""
        clusters = {_key(e["canonical_en"]): e for e in gold.get("entities", []) if e.get("canonical_en")}
        system = {str(e.get("id")): e for e in analysis.get("entities") or []}
        form_spans: dict[str, list[Span]] = {}
        for ent in gold.get("entities", []):
            for start, end in ent.get("offsets") or []:
                form_spans.setdefault(text[start:end], []).append((start, end))
        return cls(gold, analysis, text, gold_sentences(text), clusters, system, form_spans)

    def spans_of(self, forms: list[str]) -> list[Span]:
        return [span for form in forms for span in self.form_spans.get(form) or locate(self.text, form)]

    def item_spans(self, item: dict[str, Any], key: str) -> list[Span]:
        """The gold item's own span when it has offsets, else every occurrence of its string."""
        span = _span(item)
        return [span] if span else locate(self.text, item[key])

    def cluster(self, name: str | None) -> dict[str, Any] | None:
        return self.clusters.get(_key(name)) if name else None


def _key(name: str) -> str:
    return "".join(name.casefold().split())


def _span(item: dict[str, Any] | None) -> Span | None:
    if not item or item.get("start") is None or item.get("end") is None:
        return None
    return int(item["start"]), int(item["end"])


# --- entities -------------------------------------------------------------------------------------

def score_entities(ctx: ArticleCtx) -> Tally:
    """Found: a system entity of the same type has a mention overlapping one of the gold forms.
    Linked: one such entity has the gold English name, or (GPE) the gold country."""
    tally = Tally()
    for gold in ctx.gold.get("entities", []):
        tally.total += 1
        spans = ctx.spans_of(gold["surface_forms"])
        hits = [e for e in ctx.system_entities.values()
                if e.get("type") == gold["type"] and _mentions_overlap(e, spans)]
        if not hits:
            tally.missed.append(f"{gold['type']} {gold['canonical_en']}")
            continue
        tally.found += 1
        if any(_linked(gold, e) for e in hits):
            tally.second += 1
    return tally


def _mentions_overlap(entity: dict[str, Any], spans: list[Span]) -> bool:
    for mention in entity.get("mentions") or []:
        span = _span(mention)
        if span and any(overlaps(span, g) for g in spans):
            return True
    return False


def _linked(gold: dict[str, Any], system: dict[str, Any]) -> bool:
    if same_name(gold.get("canonical_en"), system.get("canonical_en")):
        return True
    iso = gold.get("country_iso3")
    return gold["type"] == "GPE" and bool(iso) and system.get("country_iso3") == iso


# --- events ---------------------------------------------------------------------------------------

def match_events(ctx: ArticleCtx) -> Tally:
    """One-to-one matching of gold to system events on CAMEO root and trigger position.

    Maximum bipartite matching (augmenting paths) so one system event never serves two gold events and
    no gold event is lost to an unlucky greedy order; each gold event tries candidates whose actors
    agree first, so among equally large matchings the one with right actors is preferred.
    """
    golds = ctx.gold.get("events", [])
    systems = system_tellings(ctx.analysis)
    candidates: list[list[int]] = []
    for gold in golds:
        zone = _trigger_zone(ctx, gold)
        ok = [j for j, s in enumerate(systems) if _root(s) == str(gold["cameo_root"]) and zone(s)]
        ok.sort(key=lambda j: (not _actors_agree(ctx, gold, systems[j]),
                               str(systems[j].get("trigger", {}).get("text")) not in gold["trigger"]))
        candidates.append(ok)
    owner: dict[int, int] = {}
    for i in range(len(golds)):
        _augment(i, candidates, owner, set())
    tally = Tally(total=len(golds))
    matched = {g: s for s, g in owner.items()}
    for i, gold in enumerate(golds):
        if i not in matched:
            tally.missed.append(f"{gold['cameo_root']} {gold['trigger']} (s{gold['sentence_index']})")
            continue
        tally.found += 1
        system = systems[matched[i]]
        if _actors_agree(ctx, gold, system):
            tally.second += 1
        else:
            tally.wrong.append(f"{gold['cameo_root']} {gold['trigger']} (s{gold['sentence_index']}): gold "
                               f"{gold.get('source') or '-'} -> {gold.get('target') or '-'}, system "
                               f"{_actor_name(system.get('source'))} -> {_actor_name(system.get('target'))}")
    return tally


def _actor_name(actor: dict[str, Any] | None) -> str:
    """How the details show a system actor: its English name, else its code, else its country."""
    if not actor:
        return "-"
    return str(actor.get("canonical_en") or actor.get("actor_code") or actor.get("country_iso3") or "?")


def system_tellings(analysis: dict[str, Any]) -> list[dict[str, Any]]:
    """One system event per telling: a merged event reported in three sentences is three tellings,
    each with its own trigger, so it is scored against the gold as three (the gold codes every
    telling that has its own predicate and actors) and counts three times in the precision."""
    out: list[dict[str, Any]] = []
    for event in analysis.get("events") or []:
        for trigger in event.get("tellings") or [event.get("trigger")]:
            out.append({**event, "trigger": trigger})
    return out


def _augment(i: int, candidates: list[list[int]], owner: dict[int, int], seen: set[int]) -> bool:
    for j in candidates[i]:
        if j in seen:
            continue
        seen.add(j)
        if j not in owner or _augment(owner[j], candidates, owner, seen):
            owner[j] = i
            return True
    return False


def _root(system_event: dict[str, Any]) -> str:
    root = system_event.get("cameo_root") or str(system_event.get("cameo_code") or "")[:2]
    return str(root)


def _trigger_zone(ctx: ArticleCtx, gold: dict[str, Any]):
    """A test for system events: does the trigger overlap the gold trigger, or lie in its sentence?

    GOLD_FORMAT counts both: the same event is often told by a verb and a noun in one sentence, and an
    annotator and a coder may pick different words. The gold trigger's own offsets are used when the
    gold has them; else its occurrences in its sentence, then one sentence either side; when the string
    cannot be found there at all, any system trigger in the gold sentence ±1 counts.
    """
    idx = int(gold["sentence_index"])
    if gold.get("trigger_start") is not None and gold.get("trigger_end") is not None:
        near = [(int(gold["trigger_start"]), int(gold["trigger_end"]))]
    else:
        spans = locate(ctx.text, gold["trigger"])
        near = []
        for window in (0, 1):
            near = [s for s in spans if abs(sentence_of(ctx.sentences, s[0]) - idx) <= window]
            if near:
                break
    if not near:
        return lambda ev: _trigger_near(ctx, ev, idx, 1)
    sentence = sentence_of(ctx.sentences, near[0][0])
    return lambda ev: _trigger_overlaps(ev, near) or _trigger_near(ctx, ev, sentence, 0)


def _trigger_overlaps(event: dict[str, Any], spans: list[Span]) -> bool:
    span = _span(event.get("trigger"))
    return bool(span) and any(overlaps(span, g) for g in spans)


def _trigger_near(ctx: ArticleCtx, event: dict[str, Any], idx: int, window: int) -> bool:
    span = _span(event.get("trigger"))
    return bool(span) and abs(sentence_of(ctx.sentences, span[0]) - idx) <= window


def _actors_agree(ctx: ArticleCtx, gold: dict[str, Any], system: dict[str, Any]) -> bool:
    return _actor_agrees(ctx, gold.get("source"), system.get("source")) and \
        _actor_agrees(ctx, gold.get("target"), system.get("target"))


def _actor_agrees(ctx: ArticleCtx, gold_actor: str | None, system_actor: dict[str, Any] | None) -> bool:
    """Country-level agreement; for actors with no country (the UN, a militant group) the name, or a
    system entity whose mentions overlap the gold entity's forms, must agree."""
    if not gold_actor:
        return True
    if not system_actor:
        return False
    cluster = ctx.cluster(gold_actor)
    if cluster is None and is_actor_code(gold_actor):
        return _code_agrees(gold_actor, system_actor)
    country = cluster.get("country_iso3") if cluster else None
    if country and _system_country(system_actor) == country:
        return True
    if same_name(gold_actor, system_actor.get("canonical_en")):
        return True
    if cluster and not country and _span_on(system_actor, ctx.spans_of(cluster["surface_forms"])):
        return True  # the actor is read off the gold entity's own words ("قوات التحالف")
    entity = ctx.system_entities.get(str(system_actor.get("entity_id")))
    return bool(cluster and entity and not country
                and _mentions_overlap(entity, ctx.spans_of(cluster["surface_forms"])))


def _span_on(actor: dict[str, Any], spans: list[Span]) -> bool:
    span = _span(actor.get("span"))
    return bool(span) and any(overlaps(span, g) for g in spans)


def _code_agrees(gold_code: str, actor: dict[str, Any]) -> bool:
    """A gold actor code against a system actor: the country part (`YEM` of `YEM CVL`) at country
    level; a code for a body above states (`GCC`, `UNO`) against the end of the system code, where
    CAMEO writes it after `IGO` (`IGOGCC`)."""
    head = gold_code.split()[0]
    if _system_country(actor) == head:
        return True
    code = str(actor.get("actor_code") or "")
    return code.startswith("IGO") and code.endswith(head)


def _system_country(actor: dict[str, Any]) -> str | None:
    if actor.get("country_iso3"):
        return str(actor["country_iso3"])
    code = str(actor.get("actor_code") or "")
    return code[:3] if len(code) >= 3 and code[:3].isalpha() and code[:3].isupper() else None


# --- quotes, numbers, dates -------------------------------------------------------------------------

def score_quotes(ctx: ArticleCtx) -> Tally:
    """found: a direct system quote with the gold first words and speaker; second: the same with
    indirect quotes allowed; third: the words alone, whoever the speaker."""
    tally = Tally()
    quotes = ctx.analysis.get("quotes") or []
    for gold in ctx.gold.get("quotes", []):
        tally.total += 1
        words = squash(gold["first_words"])
        spans = locate(ctx.text, gold["first_words"])
        holding = [q for q in quotes if _quote_holds(q, words, spans)]
        right = [q for q in holding if _actor_agrees_strict(ctx, gold["speaker"], q.get("speaker"))]
        tally.found += any(q.get("direct", True) for q in right)
        tally.second += bool(right)
        tally.third += bool(holding)
        if not right:
            tally.missed.append(f"{gold['speaker']}: {gold['first_words']}")
    return tally


def score_attribution(ctx: ArticleCtx) -> Tally:
    """Attribution precision: of the system's direct quotes that carry a speaker and hold a gold
    quote's first words (so the gold can judge them), how many name the gold speaker. total counts
    those quotes, found the ones whose speaker is right."""
    tally = Tally()
    golds = [(g, squash(g["first_words"]), locate(ctx.text, g["first_words"])) for g in ctx.gold.get("quotes", [])]
    for quote in ctx.analysis.get("quotes") or []:
        if not quote.get("direct", True) or not quote.get("speaker"):
            continue
        judged = [g for g, words, spans in golds if _quote_holds(quote, words, spans)]
        if not judged:
            continue
        tally.total += 1
        if any(_actor_agrees_strict(ctx, g["speaker"], quote.get("speaker")) for g in judged):
            tally.found += 1
        else:
            speaker = quote["speaker"].get("canonical_en") or quote["speaker"].get("actor_code")
            tally.missed.append(f"{speaker} (gold {judged[0]['speaker']}): {judged[0]['first_words']}")
    return tally


def _quote_holds(quote: dict[str, Any], words: str, spans: list[Span]) -> bool:
    if words and words in squash(str(quote.get("text") or "")):
        return True
    span = _span(quote)
    return bool(span) and any(overlaps(span, g) for g in spans)


def _actor_agrees_strict(ctx: ArticleCtx, gold_name: str, actor: dict[str, Any] | None) -> bool:
    """A speaker is one referent: same English name, or the system's speaker entity is found on the
    gold speaker's forms (country agreement is not enough for a person)."""
    if not actor:
        return False
    if same_name(gold_name, actor.get("canonical_en")):
        return True
    cluster = ctx.cluster(gold_name)
    if cluster is None and is_actor_code(gold_name):  # an unnamed speaker ("a military source"): country
        return _code_agrees(gold_name, actor)
    entity = ctx.system_entities.get(str(actor.get("entity_id")))
    return bool(cluster and entity and _mentions_overlap(entity, ctx.spans_of(cluster["surface_forms"])))


def score_numbers(ctx: ArticleCtx) -> Tally:
    """A system quantity overlapping the gold surface with the same value (and unit where it matters)."""
    tally = Tally()
    quantities = ctx.analysis.get("quantities") or []
    for gold in ctx.gold.get("numbers", []):
        tally.total += 1
        spans = ctx.item_spans(gold, "surface")
        hit = any(_span(q) and any(overlaps(_span(q), g) for g in spans)
                  and _same_value(gold.get("value"), q.get("value")) and _same_unit(gold.get("unit"), q)
                  for q in quantities)
        tally.found += hit
        if not hit:
            tally.missed.append(str(gold["surface"]))
    return tally


def _same_value(gold: Any, system: Any) -> bool:
    if gold is None:
        return True
    if system is None:
        return False
    return math.isclose(float(gold), float(system), rel_tol=1e-6, abs_tol=1e-9)


def _same_unit(gold_unit: str | None, quantity: dict[str, Any]) -> bool:
    """Units are checked where the gold's are unambiguous: percent, ordinal, ISO currency codes.
    Count units ("people", "seats") are free text in gold and not compared."""
    unit = str(quantity.get("unit") or "").casefold()
    if not gold_unit:
        return True
    if gold_unit in ("percent", "%"):
        return unit in ("percent", "%", "pct", "percentage")
    if gold_unit == "ordinal":
        return unit == "ordinal"
    if len(gold_unit) == 3 and gold_unit.isupper():
        currency = str(quantity.get("currency") or "")
        return currency == gold_unit or unit == gold_unit.casefold() or \
            (unit in _CURRENCY_UNITS and not currency)
    return True


def score_dates(ctx: ArticleCtx) -> Tally:
    """found: a system time expression overlapping the gold surface; second: one that also has the
    gold's resolved value, where the gold gives one (gold without a `value` key counts as right)."""
    tally = Tally()
    times = [(t, _span(t)) for t in ctx.analysis.get("times") or []]
    for gold in ctx.gold.get("dates", []):
        tally.total += 1
        spans = ctx.item_spans(gold, "surface")
        hits = [t for t, span in times if span and any(overlaps(span, g) for g in spans)]
        tally.found += bool(hits)
        right = any("value" not in gold or gold["value"] is None or t.get("value") == gold["value"]
                    for t in hits)
        tally.second += right
        if not right:
            tally.missed.append(str(gold["surface"]) + ("" if hits else " (not found)"))
    return tally
