"""Closed word lists (negators, modality, actor nouns, speech verbs) and the modality reading.

The lists are data (`data/cues.yaml`); this module folds them once and answers the questions the coder
and the quote finder ask of a sentence: is this predicate negated, future, wished, conditional, reported?
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from marsad.doc import Token
from marsad.text.normalize import normalize_form
from marsad.yamlio import load_yaml

CUES_PATH = Path(__file__).with_name("data") / "cues.yaml"


def _fold_set(words: list[str] | None) -> frozenset[str]:
    return frozenset(normalize_form(w) for w in words or ())


@dataclass(frozen=True)
class Cues:
    negators: frozenset[str]
    future_particles: frozenset[str]
    denial_verbs: frozenset[str]
    intent_words: frozenset[str]
    conditionals: frozenset[str]
    reporting: frozenset[str]
    today_words: frozenset[str]
    prepositions: frozenset[str]
    place_prepositions: frozenset[str]
    actor_nouns: dict[str, str]  # folded noun -> CAMEO agent suffix (GOV, MIL, …)
    speech_verbs: frozenset[str]
    complementisers: frozenset[str]
    carry_over: frozenset[str]
    unnamed_actors: dict[str, str] = field(default_factory=dict)  # folded noun -> agent (CVL, GOV, …)
    agent_verbs: frozenset[str] = frozenset()
    both_sides: frozenset[str] = frozenset()
    both_sides_roles: dict[str, str] = field(default_factory=dict)  # folded dual noun -> role key
    nationality_nouns: dict[str, str] = field(default_factory=dict)  # folded plural people noun -> ISO3
    # Actor phrases (README "data/cues.yaml"; read by marsad.events.phrases):
    anaphoric_rebels: frozenset[str] = frozenset()
    anaphoric_attackers: frozenset[str] = frozenset()
    descriptive_actors: dict[str, str] = field(default_factory=dict)  # folded phrase -> KB id
    coalition_heads: frozenset[str] = frozenset()
    coalition_theatres: dict[str, str] = field(default_factory=dict)  # ISO3 -> KB id of the coalition
    force_nouns: frozenset[str] = frozenset()
    allegiance_words: frozenset[str] = frozenset()
    group_nisbas: dict[str, tuple[str, bool]] = field(default_factory=dict)  # form -> (KB id, needs a head)
    group_heads: frozenset[str] = frozenset()
    short_form_states: frozenset[str] = frozenset()
    short_form_stop: frozenset[str] = frozenset()
    media_heads: frozenset[str] = frozenset()
    place_nouns: frozenset[str] = frozenset()
    count_words: frozenset[str] = frozenset()
    source_heads: frozenset[str] = frozenset()
    title_nouns: frozenset[str] = frozenset()
    title_links: frozenset[str] = frozenset()
    stateless_agents: frozenset[str] = frozenset()  # unnamed agents that take no country from the place
    short_form_fallback: dict[str, tuple[str, ...]] = field(default_factory=dict)  # head -> ISO3 candidates


@lru_cache(maxsize=4)
def load_cues(path: Path = CUES_PATH) -> Cues:
    """Read and fold the cue lists once per process."""
    raw = load_yaml(path.read_text(encoding="utf-8"))
    mappings = {"actor_nouns", "unnamed_actors", "both_sides_roles", "nationality_nouns", "descriptive_actors",
                "coalition_theatres", "group_nisbas", "short_form_fallback"}
    inverted = {k: _invert(raw.get(k)) for k in mappings - {"group_nisbas", "coalition_theatres", "short_form_fallback"}}
    theatres = {str(iso): kb_id for kb_id, isos in (raw.get("coalition_theatres") or {}).items() for iso in isos}
    fallback = {normalize_form(head): tuple(str(i) for i in isos)
                for head, isos in (raw.get("short_form_fallback") or {}).items()}
    codes = {"stateless_agents"}  # CAMEO codes, not words: not folded
    simple = {k: _fold_set(v) for k, v in raw.items() if k not in mappings | codes}
    return Cues(**inverted, coalition_theatres=theatres, group_nisbas=_group_forms(raw.get("group_nisbas")),
                short_form_fallback=fallback, **{k: frozenset(map(str, raw.get(k) or ())) for k in codes}, **simple)


def _invert(table: dict[str, list[str]] | None) -> dict[str, str]:
    """{value: [words]} as written in the data -> {folded word: value}."""
    return {normalize_form(w): value for value, words in (table or {}).items() for w in words}


def _group_forms(table: dict[str, list[str]] | None) -> dict[str, tuple[str, bool]]:
    """Every form of a movement nisba (حوثي): feminine and plural forms, bare and definite, stand on
    their own; the masculine singular (الحوثي، حوثي) is also a surname, so it needs a group noun before."""
    out: dict[str, tuple[str, bool]] = {}
    for kb_id, stems in (table or {}).items():
        for stem in stems:
            base = normalize_form(stem)
            for suffix, needs_head in (("", True), ("ه", False), ("ون", False), ("ين", False)):
                for article in ("", "ال"):
                    out[article + base + suffix] = (kb_id, needs_head)
    return out


def word_forms(tok: Token) -> set[str]:
    """The folded word with and without a leading و/ف conjunction (وإذا → إذا)."""
    forms = {tok.norm}
    if tok.norm[:1] in {"و", "ف"} and len(tok.norm) > 2:
        forms.add(tok.norm[1:])
    return forms


def read_modality(tokens: list[Token], head: int, future_clitic: bool, cues: Cues) -> tuple[bool, str]:
    """(negated, modality) of the predicate at token `head` of a sentence.

    Negators count only in the two words right before the predicate (لم يلتق، لن يزور); denial,
    condition, intent and attribution words count anywhere earlier in the same sentence, because Arabic
    puts them at the head of the clause ("نفى أن يكون الوزير قد التقى").
    """
    negated = False
    modality = "future" if future_clitic else "asserted"
    for j in range(head - 1, max(-1, head - 3), -1):
        tok = tokens[j]
        if tok.kind == "punct":
            break
        forms = word_forms(tok)
        if forms & cues.negators:
            negated = True
        if forms & cues.future_particles:
            modality = "future"
    for tok in tokens[:head]:
        forms = word_forms(tok)
        if forms & cues.denial_verbs:
            return True, "denied"
        if forms & cues.conditionals:
            modality = "conditional"
        elif modality == "asserted" and forms & cues.intent_words:
            modality = "intent"
        elif modality == "asserted" and forms & cues.reporting:
            modality = "reported"
    return negated, modality
