"""Places introduced by a cue word: "محافظة ديالى", "بلدتي الخيام وعيتا الشعب", "ساحة التحرير".

A cue noun in construct (data/place_cues.tsv: محافظة، مدينة، قضاء، بلدة، ساحة، جسر، قصر …) followed by
a name makes the name a place even when the knowledge base does not know it, or knows it only as a weak
alias because it is also a common word (الخيام "the tents"). Dual cues (بلدتي، منطقتي) take two names
joined by و. Administrative units and landmarks keep the cue in the span (their name includes it);
towns do not. Words that are adjectives or ordinary nouns after such a cue (منطقة عازلة، مدينة كبيرة)
are listed in the data and skipped; indefinite words ending in ة are taken for adjectives too. After a
settlement cue, a word that opens compound names (قصر، تل، عين …) takes the next word with it even where
that word alone is a known place ("قرية قصر البريج" is a Syrian village, not the Gaza camp).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from marsad.doc import Document, Mention, Token
from marsad.kb.loader import DATA, _tsv
from marsad.text.normalize import normalize_form
from marsad.text.tokens import original_offset

if TYPE_CHECKING:
    from marsad.kb.base import KnowledgeBase

_PREFIXES = ("", "و", "ف", "ب", "ل", "وب", "فب")
# First words of compound place names, which take the next word with them (خان بني سعد، سان مورتيز).
_BOUND_FIRST = frozenset(normalize_form(w) for w in (
    "خان", "سان", "سانت", "عين", "بيت", "بني", "دير", "تل", "كفر", "أبو", "أم", "رأس", "بئر", "باب",
    "جبل", "وادي", "بنت", "عيتا", "مجدل", "برج", "قلعة", "سيدي", "حمام", "ذي",
))

# Words that open a settlement's compound name right after its cue ("قرية قصر البريج", "بلدة رأس العين"):
# the next word belongs to that name even where alone it names another place (البريج, العين).
_NAME_OPENERS = _BOUND_FIRST | frozenset(normalize_form(w) for w in ("قصر", "خربة", "حصن"))
_CLITIC_LETTERS = frozenset("وفبلك")
# "أول محافظة تحررت"، "كل محافظة تجنيد شبابها": after these the cue noun is indefinite, no name's head.
_QUANTIFIERS = frozenset(normalize_form(w) for w in (
    "كل", "أي", "أول", "آخر", "ثاني", "ثالث", "أكبر", "أصغر", "أهم", "أقدم", "أحدث", "أكثر", "أقل"))


@lru_cache(maxsize=1)
def cue_table() -> dict[str, tuple[str, str, bool, bool]]:
    """Written form (with proclitics) -> (prefix, type, keep cue in span, dual)."""
    out: dict[str, tuple[str, str, bool, bool]] = {}
    for row in _tsv(DATA / "place_cues.tsv"):
        form = normalize_form(row["surface"])
        value = (row["type"], row["keep"] == "yes", row["dual"] == "yes")
        for prefix in _PREFIXES:
            out.setdefault(prefix + form, (prefix, *value))
    return out


@lru_cache(maxsize=1)
def state_heads() -> frozenset[str]:
    """Nouns that take a country as their genitive (رئيس مالي، جمهورية بنين، شمال مالي)."""
    return frozenset(normalize_form(row["word"]) for row in _tsv(DATA / "state_heads.tsv"))


@lru_cache(maxsize=1)
def not_names() -> frozenset[str]:
    return frozenset(normalize_form(row["word"]) for row in _tsv(DATA / "place_cue_stop.tsv"))


def _name_ok(tok: Token, covered: set[int], k: int, strip_wa: bool = False) -> bool:
    """A word that can be a place name: not covered by another mention, not a listed common word, and
    (when indefinite) not ending in ة, the mark of an adjective agreeing with a feminine cue."""
    norm = tok.norm[1:] if strip_wa else tok.norm
    if tok.kind != "word" or k in covered or len(norm) < 2 or norm in not_names():
        return False
    return norm.startswith("ال") or not norm.endswith("ه")


def find_cued_places(doc: Document, covered: set[int], weak: dict[int, Mention]) -> list[tuple[int, int, Mention]]:
    """(first, last, mention) for names after a place cue; `weak` maps a token to a weak KB mention
    there (it is confirmed and returned with its KB id instead of a new entity)."""
    tokens = doc.tokens
    table = cue_table()
    out: list[tuple[int, int, Mention]] = []
    for i in [k for k, t in enumerate(tokens) if t.norm in table]:
        if i in covered or i + 1 >= len(tokens) or (i > 0 and tokens[i - 1].norm in _QUANTIFIERS):
            continue
        prefix, etype, keep, dual = table[tokens[i].norm]
        targets = [i + 1]
        if dual and i + 3 < len(tokens) and tokens[i + 2].norm.startswith("و"):
            targets.append(i + 2)
        for n, k in enumerate(targets):
            if k in weak:
                out.append((k, k, _confirm(weak[k])))
            elif n == 0 and etype == "GPE" and _opens_known(tokens, k, covered):
                out.append((k, k + 1, _new(doc, tokens, k, k + 1, "", etype, False)))
                break
            elif _name_ok(tokens[k], covered, k) or (n == 1 and _name_ok(tokens[k], covered, k, True)):
                start_tok = i if keep and n == 0 else k
                last = k + 1 if _compound(tokens, k, covered, n == 1) else k
                out.append((start_tok, last, _new(doc, tokens, start_tok, last, prefix if start_tok == i else "",
                                                  etype, n == 1)))
                if last > k:
                    break
            else:
                break
    taken = {k for a, b, _ in out for k in range(a, b + 1)}
    for k, tok in enumerate(tokens):
        after_wa = tok.norm[:1] == "و" and tok.norm[1:] in _HILL_OPENERS
        if (tok.norm in _HILL_OPENERS or after_wa) and k not in covered and k not in taken and \
                _opens_known(tokens, k, covered, after_wa):
            # "قرى مثل المنصورة والزيارة وتل واسط": تل, كفر, خربة open a village's name with no cue before
            # them; the known place inside (Wasit) is another place
            out.append((k, k + 1, _new(doc, tokens, k, k + 1, "", "GPE", after_wa)))
    return out


# Openers that, even with no cue before them, make the next word part of a village's name.
_HILL_OPENERS = frozenset(normalize_form(w) for w in ("تل", "كفر", "خربة"))


def _compound(tokens: Sequence[Token], k: int, covered: set[int], after_wa: bool) -> bool:
    """True when the name at k is the first word of a compound (خان بني سعد) and a word follows."""
    norm = tokens[k].norm[1:] if after_wa else tokens[k].norm
    nxt = k + 1
    return norm in _BOUND_FIRST and nxt < len(tokens) and tokens[nxt].kind == "word" and nxt not in covered


def _opens_known(tokens: Sequence[Token], k: int, covered: set[int], after_wa: bool = False) -> bool:
    """"قرية قصر البريج": a name opener, uncovered, then one word another place name covers alone (the
    word after it is free, or opens with a clitic letter: "قصر البريج بريف حلب"); the two words are the
    settlement's name, and the known name inside it is another place."""
    norm = tokens[k].norm[1:] if after_wa else tokens[k].norm
    if not (tokens[k].kind == "word" and k not in covered and norm in _NAME_OPENERS
            and k + 1 < len(tokens) and k + 1 in covered and tokens[k + 1].kind == "word"):
        return False
    return k + 2 >= len(tokens) or k + 2 not in covered or tokens[k + 2].norm[:1] in _CLITIC_LETTERS


def _confirm(m: Mention) -> Mention:
    m.kb_id = m.candidates[0] if m.candidates else m.kb_id
    m.candidates, m.score = [], 1.0
    return m


def _new(doc: Document, tokens: Sequence[Token], first: int, last: int, prefix: str, etype: str,
         after_wa: bool) -> Mention:
    tok = tokens[first]
    if prefix:
        start = original_offset(tok.text, tok.start, len(prefix))
    elif after_wa:
        start = original_offset(tok.text, tok.start, 1)
    else:
        start = tok.start
    end = tokens[last].end
    key = normalize_form(doc.text[start:end])
    eid = "new:" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]
    return Mention(start, end, doc.text[start:end], etype, kind="name", origin="rule",
                   sentence=tok.sentence, score=0.7, entity_id=eid)


_OR = normalize_form("أو")

# Words right before a name that make it a destination or location: في لحج، إلى الضالع، قرب دوما.
_PLACE_PREPS = frozenset(normalize_form(w) for w in (
    "في", "إلى", "الى", "من", "نحو", "قرب", "باتجاه", "مشارف", "داخل", "أطراف", "مدخل", "شمال", "جنوب",
    "شرق", "غرب", "وسط", "محيط", "ضواحي",
))


def confirm_in_context(doc: Document, kb: KnowledgeBase, placed: list[tuple[int, int, Mention]],
                       weak: dict[int, Mention], main_country: str | None) -> set[int]:
    """ids of weak mentions of generated towns confirmed without a cue word.

    A small town's name (لحج، الضالع) is weak because, over the whole Arab world, such words are often
    ordinary nouns. It is taken as the town when the town is in the article's main country (named or
    described at least twice, clearly more than any other) AND the word sits where places sit: after a preposition of place (في لحج، قرب دوما),
    or joined by و to a place of the same country (عدن ولحج، لحج والضالع). Hand-written weak aliases
    (صور "pictures") are words first and still need a cue.

    A country whose name is also an ordinary word (مالي "financial", بنين "boys"; `weak_ar` in
    country_extra.tsv) is the country in any article where it sits as states do: after a preposition of
    place, after a noun that takes a state (رئيس مالي، جمهورية بنين; state_heads.tsv), or in a list of
    countries (نيجيريا وتشاد وبنين). "دعم مالي"، "أزمة مالية" are none of these. A capital so listed
    (ماليه، العيون، سيول) needs a cue, or its country named or described in the article and the same
    position ("في سيول" in a report on Korea; "تحذيرات عن سيول منقولة" in a weather report is torrents).
    """
    tokens = doc.tokens
    places = {k: m for a, b, m in placed if m.kind == "name" and m.type in ("GPE", "LOC") for k in range(a, b + 1)}
    told = {m.country_iso3 for _, _, m in placed if m.kind in ("name", "nisba") and m.score >= 1.0}
    nisba_at = {b: m.country_iso3 for _, b, m in placed if m.kind == "nisba"}
    out: set[int] = set()
    for k, m in weak.items():
        entries = [kb.get(c) for c in m.candidates]
        entry = entries[0] if len(entries) == 1 else None
        if entry is not None and entry.source == "countries" and (
                entry.role != "capital" or entry.country in told):
            # (a capital whose name is also a word, سيول "torrents", in an article that names or describes its
            # country: "هاجم رجل السفير الأمريكي في سيول" beside "الكوري")
            if _state_position(tokens, k, m, places, kb) or \
                    entry.role == "capital" and nisba_at.get(k - 1) == entry.country:  # "العاصمة الكورية سيول"
                m.kb_id, m.candidates, m.score = entry.id, [], 1.0
                out.add(id(m))
            continue
        if entry is None or main_country is None or entry.source != "places_generated.yaml" \
                or entry.country != main_country:
            continue
        if _place_position(tokens, k, m, places, entry.country, kb):
            m.kb_id, m.candidates, m.score = entry.id, [], 1.0
            out.add(id(m))
    return out


def _state_position(tokens: Sequence[Token], k: int, m: Mention, places: dict[int, Mention],
                    kb: KnowledgeBase) -> bool:
    """After a preposition of place (في مالي), a noun that takes a state (رئيس مالي), or joined by و to
    another country, a comma allowed between (وتشاد وبنين، "(مالي، والسنغال، وغينيا)")."""
    clitic = normalize_form(tokens[k].text[:max(0, m.start - tokens[k].start)])
    if clitic in ("ب", "وب") or (not clitic and k > 0 and tokens[k - 1].norm in _PLACE_PREPS | state_heads()):
        return True

    def country(j: int) -> bool:
        other = places.get(j)
        entry = kb.get(other.kb_id) if other is not None and other is not m and other.kb_id else None
        return entry is not None and entry.source == "countries" and entry.role != "capital"

    before = k - 2 if k > 1 and tokens[k - 1].text == "،" else k - 1
    after = k + 2 if k + 2 < len(tokens) and tokens[k + 1].text == "،" else k + 1
    if clitic == "و" and before >= 0 and country(before):
        return True
    return after < len(tokens) and tokens[after].norm.startswith("و") and country(after)


def _place_position(tokens: Sequence[Token], k: int, m: Mention, places: dict[int, Mention],
                    country: str | None, kb: KnowledgeBase) -> bool:
    """After a preposition of place (في لحج، بلحج), or joined by و or أو to a place of `country` (عدن
    ولحج، "سواء في لحج أو الضالع")."""
    clitic = normalize_form(tokens[k].text[:max(0, m.start - tokens[k].start)])
    if clitic in ("ب", "وب") or (not clitic and k > 0 and tokens[k - 1].norm in _PLACE_PREPS):
        return True

    def same_country(j: int) -> bool:
        other = places.get(j)
        entry = kb.get(other.kb_id) if other is not None and other is not m and other.kb_id else None
        return entry is not None and entry.country == country

    if clitic == "و" and k > 0 and same_country(k - 1):
        return True
    if not clitic and k > 1 and tokens[k - 1].norm == _OR and same_country(k - 2):
        return True
    if k + 2 < len(tokens) and tokens[k + 1].norm == _OR and same_country(k + 2):
        return True
    return k + 1 < len(tokens) and tokens[k + 1].norm.startswith("و") and same_country(k + 1)
