"""Definite descriptions assembled from helper mentions: office word + country (or organisation).

"الرئيس الأذربيجاني" (office + nisba), "رئيس أذربيجان" (office + country name), "الأمين العام للأمم
المتحدة" (office + organisation), "نظيره الاذربيجاني" (counterpart + nisba), optionally followed by
السابق (former). The description span covers all of it; an appositive name right after it (skipping
titles such as الشيخ، الأمير) is recorded so the description joins that person.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from marsad.doc import Document, Mention
from marsad.kb import KnowledgeBase
from marsad.text.normalize import normalize_form

FORMER = frozenset(normalize_form(w) for w in ("السابق", "السابقة", "الأسبق", "الأسبقة", "المنتهية"))
ORG_OFFICES = frozenset({"secretary_general", "director_general", "leader", "spokesperson", "president"})
_TITLE_KINDS = frozenset({"title"})
_BARE_COUNTERPART = frozenset(normalize_form(w) for w in ("نظير", "نظيرة"))
_TITLE_OFFICES = frozenset({"emir", "sultan", "king"})


@dataclass(slots=True)
class Description:
    start: int
    end: int
    office: str
    place: str | None  # ISO3 country or organisation id
    counterpart: bool = False
    former: bool = False
    apposition: Mention | None = None
    named_before: Mention | None = None  # "نوري المالكي نائب الرئيس العراقي": the name the description follows
    sentence: int = 0
    bare: bool = False  # the office word alone ("وأكد الرئيس"): whoever the article named holding it last


def _adjacent(doc: Document, left: Mention, right: Mention) -> bool:
    """True when only white space (and the ل of للأمم, left out of the next span) separates them."""
    return right.start >= left.end and doc.text[left.end:right.start].strip() in ("", "ل")


# Offices of a city or province, whose place is named by the city ("محافظ البصرة"، "عمدة لندن").
_LOCAL_OFFICES = frozenset({"governor", "mayor"})
# Generic offices whose portfolio may stand between the word and the nationality ("وزير الكهرباء العراقي"،
# "وزيرة الصحة والسكان المصرية"): up to this many words, each with the article.
_PORTFOLIO_OFFICES = frozenset({"minister"})
_PORTFOLIO_WORDS = 3


def _place_of(kb: KnowledgeBase, office: str, nxt: Mention) -> str | None:
    """The country or organisation a mention right after an office word supplies, if any."""
    if nxt.kind == "nisba":
        return nxt.country_iso3
    if nxt.kind != "name" or nxt.kb_id is None:
        return None
    entry = kb.get(nxt.kb_id)
    if entry is None:
        return None
    if entry.type == "GPE" and entry.role is None and entry.id == f"gpe.{entry.country}":
        return entry.country
    if office in _LOCAL_OFFICES and entry.type == "GPE" and entry.country:
        return entry.country  # "محافظ البصرة": a governor of Iraq
    if entry.type == "ORG" and office in ORG_OFFICES:
        return entry.id
    return None


def find_descriptions(doc: Document, kb: KnowledgeBase, mentions: list[Mention]) -> list[Description]:
    """Descriptions in text order; `mentions` must be sorted by start."""
    out: list[Description] = []
    for i, role in enumerate(mentions):
        if role.kind != "role" or role.role is None:
            continue
        kind = kb.office_kind(role.role)
        if kind not in ("person", "counterpart"):
            continue
        if role.role == "governor" and role.text.endswith(("ة", "ه")):
            continue  # "محافظة أبين" is the governorate, not "his governor"
        end, place, j = role.end, None, i + 1
        if j < len(mentions) and _adjacent(doc, role, mentions[j]) and not _title_run_before_la(doc, mentions, i):
            place = _place_of(kb, role.role, mentions[j])
            if place is not None:
                end, j = mentions[j].end, j + 1
        elif j < len(mentions) and role.role in _PORTFOLIO_OFFICES and mentions[j].kind == "nisba" \
                and not normalize_form(role.text).split()[-1].startswith("ال") \
                and _portfolio(doc.text[role.end:mentions[j].start]):  # "الوزير الهجمات": no genitive
            place, end, j = mentions[j].country_iso3, mentions[j].end, j + 1
        bare = place is None and kind == "person" and _bare_office(role) and \
            not (j < len(mentions) and _adjacent(doc, role, mentions[j])) and not _name_follows(doc, role)
        if place is None and not bare and (kind != "counterpart" or normalize_form(role.text) in _BARE_COUNTERPART):
            continue  # نظير alone is also "in return for"; only نظيره/نظيرته or نظير + country count
        desc = Description(role.start, end, role.role, place, kind == "counterpart", sentence=role.sentence,
                           bare=bare)
        _extend_former(doc, desc)
        if desc.bare and desc.former:
            continue  # "الرئيس الأسبق بيل كلينتون": a former holder is not whoever holds it now
        desc.apposition = _apposition(doc, kb, mentions, j, desc.end)
        if not desc.counterpart:
            desc.named_before = _name_before(doc, mentions, i)
        out.append(desc)
    return out


def _title_run_before_la(doc: Document, mentions: list[Mention], i: int) -> bool:
    """"الأمير محمد بن سلمان ولي ولي العهد … وزير الدفاع لجمهورية مصر العربية"، "ولي ولي العهد السعودي ووزير
    الدفاع لمصر": an office that continues a run of titles (another office word or a known person's name right
    before it, و allowed),
    with ل between it and a country, is the same person's office and the country is where he goes, not the
    office's (that would be "وزير الدفاع المصري")."""
    role, nxt = mentions[i], mentions[i + 1]
    if doc.text[role.end:nxt.start].strip() != "ل" or nxt.type != "GPE":
        return False  # (an organisation's office takes ل: "الأمين العام لجامعة الدول العربية")
    before = [m for m in mentions[:i] if m.end <= role.start]
    if not before:
        return False
    end = max(m.end for m in before)
    gap = doc.text[end:role.start].split()
    if gap and gap != ["و"] and not _patronymic(gap):
        return False
    last = [m for m in before if m.end == end]
    if gap and gap != ["و"]:  # "الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد": the rest of a known name
        last = [m for m in last if m.kind == "name" and m.type == "PER"]
    if any(m.kind == "nisba" for m in last):  # "ولي ولي العهد السعودي ووزير الدفاع": the title's nationality
        start = min(m.start for m in last)
        last = [m for m in before if m.end <= start and not doc.text[m.end:start].strip()]
    return any(m.kind in ("role", "description") or m.kind == "name" and m.type == "PER" and m.kb_id for m in last)


def _patronymic(words: list[str]) -> bool:
    """"بن عبدالعزيز"، "بن عبدالعزيز آل سعود": the father's (and family) name that ends a person's name."""
    return 2 <= len(words) <= 4 and normalize_form(words[0]) in {"بن", "ابن"} and \
        not any(c in "".join(words) for c in "،,.:؛()«»\"-")


# Offices a definite title alone refers back to ("وأكد الرئيس"، "وقال وزير الخارجية"): one holder per state
# at a time. A bare minister, emir (also any prince), ambassador or spokesman is too many people.
_BARE_OFFICES = frozenset({
    "president", "vice_president", "king", "sultan", "crown_prince", "prime_minister", "deputy_prime_minister",
    "supreme_leader", "chancellor", "secretary_general", "speaker", "chief_of_staff", "national_security_adviser",
    "central_bank_governor",
})


def _bare_office(role: Mention) -> bool:
    """A definite office word with one holder per state: the portfolio ministers and `_BARE_OFFICES`."""
    office = role.role or ""
    words = normalize_form(role.text).split()  # definite: "الرئيس"، "وزير الخارجية"، "ولي العهد"; not "رئيس"
    return (office in _BARE_OFFICES or office.endswith("_minister") and office != "minister") and \
        bool(words) and words[-1].startswith("ال") and not role.text.endswith("ي")  # "الديوان الملكي": royal


def _name_follows(doc: Document, role: Mention) -> bool:
    """The word after an office opens a person's name the knowledge base does not know ("وقال وزير
    الخارجية أحمد …"; a given name, أبو/عبد or a title of marsad/ner/data/cues.tsv): that person, not
    whoever the article named before, holds it here."""
    rest = doc.text[role.end:role.end + 40].split(maxsplit=1)
    if rest and rest[0][:1] in "(«\"“":
        return True  # "والملك (الراحل) حسين": an aside, then the name
    return bool(rest) and bool(_person_openers().get(normalize_form(rest[0]), set()) & _OPENER_KINDS)


_OPENER_KINDS = frozenset({"given", "person_part", "title"})


@lru_cache(maxsize=1)
def _person_openers() -> dict[str, set[str]]:
    from marsad.ner.lexicon import load_cues  # the tagger's hand-written cue words: a data file, no model

    return load_cues()


def _portfolio(gap: str) -> bool:
    """"الكهرباء"، "الصحة والسكان": a ministry's portfolio, a few words with the article and nothing else."""
    words = gap.split()
    if not words or len(words) > _PORTFOLIO_WORDS or any(c in gap for c in "،,.:؛()«»\"-"):
        return False
    return all(normalize_form(w).removeprefix("و").startswith("ال") for w in words)


def _extend_former(doc: Document, desc: Description) -> None:
    """Take in a following السابق (former) and remember it."""
    rest = doc.text[desc.end:desc.end + 16]
    stripped = rest.lstrip()
    word = stripped.split(maxsplit=1)[0] if stripped else ""
    if word and normalize_form(word) in FORMER:
        desc.former = True
        desc.end += len(rest) - len(stripped) + len(word)


def _name_before(doc: Document, mentions: list[Mention], i: int) -> Mention | None:
    """A known person's name written right before the description's office word, nothing between."""
    start = mentions[i].start
    before = [m for m in mentions[:i] if m.end <= start]
    if not before:
        return None
    last = max(before, key=lambda m: m.end)
    if last.kind == "name" and last.type == "PER" and last.kb_id and not doc.text[last.end:start].strip():
        return last
    return None


def _apposition(doc: Document, kb: KnowledgeBase, mentions: list[Mention], j: int, end: int) -> Mention | None:
    """A PER name right after the description (titles in between allowed)."""
    while j < len(mentions):
        nxt = mentions[j]
        if nxt.start < end:
            j += 1
            continue
        if doc.text[end:nxt.start].strip():
            return None
        if nxt.kind == "name" and nxt.type == "PER":
            return nxt
        if nxt.kind == "role" and (kb.office_kind(nxt.role or "") in _TITLE_KINDS or nxt.role in _TITLE_OFFICES):
            end, j = nxt.end, j + 1
            continue
        return None
    return None
