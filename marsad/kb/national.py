"""National bodies by shape: a body noun and the country it belongs to (data/national_bodies.tsv).

"وزارة الصحة اللبنانية", "الجيش السوداني", "السفارة الأمريكية", "مجلس الأمن الأرميني": the body
noun phrase is matched on folded tokens (with proclitics split off the first word), the country comes
from a nisba right after it (or a country whose name is its feminine nisba: "وزارة الخارجية
السعودية"). Bodies marked `country_needed: no` (ministries, civil defence) also stand alone ("وزارة
الكهرباء"): their country is then that of a place the sentence put the scene in before them ("وفي بغداد،
… وزارة المالية"), else the article's main country, when it has a clear one.

Such bodies are outside the knowledge base, so they get stable generated ids (`new:<hash>` of the English
name and country); `generated(id)` gives back their English name and actor code for the linker.
A knowledge-base name covering the same words wins, except an international body directly followed by
a nisba ("مجلس الأمن الأرميني" is Armenia's council, not the UN's).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from marsad.doc import Document, Mention, Token
from marsad.kb.loader import DATA, _tsv
from marsad.text.normalize import normalize_form
from marsad.text.tokens import original_offset

_PREFIXES = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")


@dataclass(frozen=True, slots=True)
class Body:
    words: tuple[str, ...]
    name_en: str
    type: str
    agent: str
    country_needed: bool


@dataclass(frozen=True, slots=True)
class Generated:
    """What the linker needs for a generated entity: English name, country, CAMEO actor code."""

    canonical_en: str
    country_iso3: str | None
    actor_code: str | None


_GENERATED: dict[str, Generated] = {}


def generated(entity_id: str) -> Generated | None:
    """The English name and codes of an entity made by this module (None for other ids)."""
    return _GENERATED.get(entity_id)


@lru_cache(maxsize=1)
def _bodies() -> dict[str, list[Body]]:
    """First folded word -> bodies starting with it, longest first."""
    out: dict[str, list[Body]] = {}
    for row in _tsv(DATA / "national_bodies.tsv"):
        words = tuple(normalize_form(row["surface"]).split())
        body = Body(words, row["name_en"], row["type"], row["agent"], row["country_needed"] == "yes")
        out.setdefault(words[0], []).append(body)
    for bodies in out.values():
        bodies.sort(key=lambda b: -len(b.words))
    return out


@lru_cache(maxsize=1)
def _first_words() -> dict[str, tuple[str, str]]:
    """Every written form of a body's first word -> (proclitic prefix, folded word)."""
    out: dict[str, tuple[str, str]] = {}
    for word in _bodies():
        for prefix in _PREFIXES:
            if prefix.endswith("ل") and word.startswith("ال"):
                body = word[2:]
                out.setdefault(prefix + (body if body.startswith("ل") else "ل" + body), (prefix, word))
            else:
                out.setdefault(prefix + word, (prefix, word))
    return out


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    return {row["iso3"]: row["demonym_en"] for row in _tsv(DATA / "demonyms_en.tsv")}


def english_name(body_en: str, iso3: str | None, country_en: str | None) -> str:
    """"Lebanese Ministry of Health", or "Ministry of Health of Kenya" without a demonym."""
    if iso3 is None:
        return body_en
    demonym = demonyms().get(iso3)
    if demonym:
        return f"{demonym} {body_en}"
    return f"{body_en} of {country_en or iso3}"


def find_bodies(doc: Document, by_token: dict[int, Mention], names: dict[int, Mention],
                main_country: str | None, country_names: dict[str, str]) -> list[tuple[int, int, Mention]]:
    """National-body mentions as (first token, last token, mention).

    `by_token`: nisba helper mentions by their first token; `names`: knowledge-base name mentions by
    every token they cover; `country_names`: ISO3 -> English name, for countries with no demonym.
    """
    tokens = doc.tokens
    firsts, bodies = _first_words(), _bodies()
    out: list[tuple[int, int, Mention]] = []
    done = -1
    for i in [k for k, t in enumerate(tokens) if t.norm in firsts]:
        found = firsts[tokens[i].norm]
        hit = _match(tokens, i, bodies[found[1]]) if i > done else None
        if hit is None:
            continue
        body, last = hit
        nisba = by_token.get(last + 1) or _name_as_nisba(names.get(last + 1))
        iso3 = nisba.country_iso3 if nisba is not None else None
        end_tok = last + 1 if nisba is not None else last
        blocked = any(k in names and not _international(names[k]) and names[k] is not nisba
                      for k in range(i, end_tok + 1))
        if blocked or (iso3 is None and (body.country_needed or any(k in names for k in range(i, last + 1)))):
            continue
        country = iso3 or _placed_before(tokens, names, i) or main_country
        mention = _mention(doc, tokens, i, end_tok, found[0], body, country, country_names)
        out.append((i, end_tok, mention))
        done = end_tok
    return out


_IN = frozenset({"في", "وفي"})


def _placed_before(tokens: Sequence[Token], names: dict[int, Mention], i: int) -> str | None:
    """"وفي بغداد، تظاهر مئات الموظفين أمام مبنى وزارة المالية": a body with no nationality of its own
    belongs to the place the same sentence has put the scene in (في + a place) before it, rather than
    to the article's main country."""
    sentence = tokens[i].sentence
    seen: set[str] = set()  # countries of the places named since the section opened
    for k in range(i - 1, -1, -1):
        m = names.get(k)
        if m is None or m.type != "GPE" or not m.country_iso3:
            continue
        if k > 0 and tokens[k - 1].norm in _IN and (tokens[k].sentence == sentence or _opens_section(tokens, k, m)):
            return m.country_iso3 if seen <= {m.country_iso3} else None
        if tokens[k].sentence != sentence:
            seen.add(m.country_iso3)  # "في بريطانيا، …" then "الفساد في لبنان": the aside is over
    return None


def _opens_section(tokens: Sequence[Token], k: int, m: Mention) -> bool:
    """An earlier sentence opening "وفي العراق،": a round-up's section, whose country holds for the bodies
    its later sentences name without one."""
    last = k
    while last + 1 < len(tokens) and tokens[last + 1].end <= m.end:
        last += 1
    return (k < 2 or tokens[k - 2].sentence != tokens[k].sentence) and last + 1 < len(tokens) \
        and tokens[last + 1].text in {"،", ","}


def _name_as_nisba(m: Mention | None) -> Mention | None:
    """"وزارة الخارجية السعودية": a country whose name is also its definite feminine nisba (السعودية)
    is that adjective right after a body noun, not the country named beside it."""
    if m is None or m.type != "GPE" or not m.country_iso3 or m.kb_id != f"gpe.{m.country_iso3}" or " " in m.text:
        return None
    form = normalize_form(m.text)
    return m if form.startswith("ال") and form.endswith("ه") else None


def _international(m: Mention) -> bool:
    """A knowledge-base organisation of no country (مجلس الأمن), which a nisba can make national."""
    return m.type == "ORG" and m.country_iso3 is None


def _match(tokens: Sequence[Token], i: int, bodies: list[Body]) -> tuple[Body, int] | None:
    for body in bodies:
        n = len(body.words)
        if i + n <= len(tokens) and all(tokens[i + k].norm == body.words[k] for k in range(1, n)):
            return body, i + n - 1
    return None


def _mention(doc: Document, tokens: Sequence[Token], i: int, last: int, prefix: str, body: Body,
             country: str | None, country_names: dict[str, str]) -> Mention:
    first = tokens[i]
    start = original_offset(first.text, first.start, len(prefix)) if prefix else first.start
    end = tokens[last].end
    name = english_name(body.name_en, country, country_names.get(country or ""))
    eid = "new:" + hashlib.sha1(f"{name}|{country}".encode()).hexdigest()[:12]
    _GENERATED.setdefault(eid, Generated(name, country, (country + body.agent) if country else None))
    return Mention(start, end, doc.text[start:end], body.type, kind="name", origin="rule",
                   country_iso3=country, sentence=first.sentence, score=0.8, entity_id=eid)
