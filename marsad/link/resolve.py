"""Deciding who a name part or a description refers to, on the article's own evidence first.

Order of evidence: a name written right after a description (apposition); a person named in the article
who holds the office for that country (on the publication date when there is one); the knowledge base's
holder of the office on that date; with no date, the latest holder.
"""

from __future__ import annotations

from collections.abc import Iterable

from marsad.doc import Mention
from marsad.kb import KBEntry, KnowledgeBase
from marsad.kb.model import Role
from marsad.link.describe import Description

# "الوزير السعودي", "وزير يمني": a minister of no stated portfolio is any of the country's ministers.
GENERIC_MINISTER = "minister"
_NOT_MINISTERS = frozenset({"prime_minister", "deputy_prime_minister"})


def office_fits(office: str, held_office: str) -> bool:
    """Whether holding `held_office` answers a description of `office` (a bare minister: any portfolio)."""
    if office == GENERIC_MINISTER:
        return held_office.endswith("_minister") and held_office not in _NOT_MINISTERS
    return held_office == office


def held(entry: KBEntry, office: str, place: str, date: str | None) -> Role | None:
    """The term in which `entry` held `office` for `place` covering `date` (any term with no date)."""
    for role in entry.roles:
        if office_fits(office, role.office) and role.country == place and (date is None or role.covers(date)):
            return role
    return None


def current_office(entry: KBEntry, date: str | None) -> Role | None:
    """The office a person holds on `date`, preferring a head-of-state title over a second hat."""
    if date is None:
        return entry.role_at(None)
    covering = [r for r in entry.roles if r.covers(date)]
    return covering[0] if covering else None


def resolve_candidates(kb: KnowledgeBase, mention: Mention, named: set[str], date: str | None) -> str | None:
    """A name several people share, or a generated surname / weak alias.

    The candidate named in full in the article wins. A generated surname or weak alias (score < 1)
    links on nothing else: too many are ordinary words (جودة، المبارك). A full alias shared by several
    people (score 1) goes to the one in office on the date, or with no date the latest office holder.
    """
    in_article = [c for c in mention.candidates if c in named]
    if in_article:
        return in_article[0]
    if mention.score < 1.0:
        return None
    entries = [e for e in (kb.get(c) for c in mention.candidates) if e is not None]
    if date is not None:
        active = [e for e in entries if e.role_at(date) is not None]
        return active[0].id if len(active) == 1 else None
    with_roles = [e for e in entries if e.roles]
    latest = max(with_roles, key=lambda e: max(r.end or "9999" for r in e.roles), default=None)
    return latest.id if latest else None


def resolve_description(kb: KnowledgeBase, desc: Description, named: Iterable[KBEntry],
                        date: str | None, subject: KBEntry | None) -> KBEntry | None:
    """The person a description refers to; `subject` is the nearest preceding person (for نظيره)."""
    office, place = desc.office, desc.place
    if desc.counterpart:
        if subject is None:
            return None
        role = current_office(subject, date)
        if role is None:
            return None
        office = role.office
        if place is None:
            return _other_party(named, office, subject, date)
    if place is None:
        return None
    if desc.former:
        return _former(kb, named, office, place, date)
    named = list(named)
    if office == GENERIC_MINISTER:
        # a portfolio-less title refers to the one minister of that country the article names, if one
        ministers = [e for e in named if held(e, office, place, date)]
        return ministers[0] if len(ministers) == 1 else None
    if date is None:
        # Undated, a title fits everyone who ever held the office; one whose latest office it is comes
        # first ("الرئيس الإيراني" beside Rouhani and Khamenei, president 1981-89, is Rouhani).
        latest = [e for e in named if (role := e.role_at(None)) is not None and role.country == place
                  and office_fits(office, role.office)]
        if latest:
            return latest[0]
    for entry in named:
        if held(entry, office, place, date) and (date is not None or not _moved_on(entry, office, place)):
            return entry
    holder = kb.holder(office, place, date)
    if holder is None and date is None:
        return next((e for e in named if held(e, office, place, None)), None)
    return holder


def _moved_on(entry: KBEntry, office: str, place: str) -> bool:
    """Whether the person's latest office is another one of the same country (Khamenei, president
    1981-89, now supreme leader): undated, an article naming him is naming the later office-holder,
    and "الرئيس الإيراني" beside him is someone else."""
    latest = entry.role_at(None)
    return latest is not None and latest.country == place and not office_fits(office, latest.office)


def _other_party(named: Iterable[KBEntry], office: str, subject: KBEntry, date: str | None) -> KBEntry | None:
    """نظيرته with no country: a person in the article with the same office in another country."""
    for entry in named:
        if entry.id == subject.id:
            continue
        role = current_office(entry, date)
        if role is not None and role.office == office and role.country != subject.country:
            return entry
    return None


def _former(kb: KnowledgeBase, named: Iterable[KBEntry], office: str, place: str,
            date: str | None) -> KBEntry | None:
    """"الرئيس الأمريكي السابق": a named former holder, else the holder whose term ended last before date."""
    for entry in named:
        role = held(entry, office, place, None)
        if role is not None and role.end and (date is None or role.end <= date):
            return entry
    past = [(e, r) for e, r in kb.holders(office, place) if r.end and (date is None or r.end <= date)]
    return max(past, key=lambda er: er[1].end)[0] if past else None
