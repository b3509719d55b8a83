"""`KnowledgeBase`: entries by id, dated office holders, and the compiled alias matcher."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable

from marsad.kb.loader import AliasRow
from marsad.kb.matcher import Matcher
from marsad.kb.model import KBEntry, Role
from marsad.kb.variants import agency_variants
from marsad.text.normalize import normalize_form

log = logging.getLogger(__name__)

# Last words that are too common as ordinary words or given names to stand alone as a surname.
_NOT_SURNAMES = frozenset(normalize_form(w) for w in (
    "بن", "ابن", "بنت", "آل", "عبد", "الله", "الدين", "محمد", "أحمد", "علي", "حسن", "حسين", "خالد",
    "سعيد", "صالح", "عباس", "سلمان", "زايد", "حمد", "ثاني", "الثاني", "الأول", "جابر", "نواف",
    "الأحمد", "الصباح", "الجابر", "خليفة", "راشد", "مكتوم", "قابوس", "طارق", "عون", "بري", "عيسى",
    "فيصل", "فرحان", "نهيان", "تميم", "عمر", "يوسف", "إبراهيم", "مصطفى", "موسى", "عادل", "جواد",
    "الثالث", "الثالثة", "الثانية", "الرابع", "الخامس", "السادس", "السابع", "العربي", "المبارك",
))

# Words that bind to the next one (kunya, patronymic, compound names).
_BOUND = frozenset(normalize_form(w) for w in ("عبد", "أبو", "أبي", "ابن", "بن", "بنت", "آل", "أم", "ذو"))


_SON_OF = frozenset(normalize_form(w) for w in ("بن", "ابن"))


def _patronymics(forms: set[str]) -> set[str]:
    """"بن فرحان" for فيصل بن فرحان: the press calls a man by his father's name after his own given
    name; a weak alias (it links where the man is named in full in the article). Only the first بن
    after the given name, and never a bound name after it (بن عبد العزيز names a whole generation, also
    written joined: "الأمير محمد بن سلمان بن عبدالعزيز" is no mention of King Salman)."""
    out = set()
    for form in forms:
        words = form.split()
        k = next((i for i, w in enumerate(words) if w in _SON_OF), None)
        if k is not None and 0 < k < len(words) - 1 and words[k + 1] not in _BOUND and len(words[k + 1]) > 2 \
                and not words[k + 1].startswith("عبد"):
            out.add(f"{words[k]} {words[k + 1]}")
    return out


class KnowledgeBase:
    """Read-only after construction; shared by every document a process analyses."""

    def __init__(self, entries: Iterable[KBEntry], rows: Iterable[AliasRow],
                 office_kinds: dict[str, str]) -> None:
        self.entries: dict[str, KBEntry] = {}
        for entry in entries:
            if entry.id in self.entries:
                log.debug("kb: %s redefined by %s", entry.id, entry.source)
            self.entries[entry.id] = entry
        self.office_kinds = dict(office_kinds)
        self._holders: dict[tuple[str, str], list[tuple[KBEntry, Role]]] = defaultdict(list)
        self.capitals: dict[str, KBEntry] = {}
        self._capital_names: frozenset[str] | None = None
        self._families: dict[str, frozenset[str]] | None = None
        self._weak_places: dict[str, list[KBEntry]] = defaultdict(list)
        for entry in self.entries.values():
            if entry.type in ("GPE", "LOC"):
                for alias in entry.extra.get("weak", ()):
                    self._weak_places[normalize_form(alias)].append(entry)
            for role in entry.roles:
                self._holders[(role.office, role.country)].append((entry, role))
            if entry.role == "capital" and entry.country:
                self.capitals[entry.country] = entry
        for holders in self._holders.values():
            holders.sort(key=lambda er: (er[1].start, er[1].end or "9999"))
        rows = list(rows)
        all_rows = rows + self._entry_rows(frozenset(r.form for r in rows if r.kind == "role"))
        self.matcher = Matcher(all_rows)
        self.alias_counts = self._count(all_rows)

    def _entry_rows(self, offices: frozenset[str] = frozenset()) -> list[AliasRow]:
        """Alias rows of the YAML entries, plus surnames of people (last word of a multiword name).

        Tags: `alias` (listed by hand, links on its own), `dateline` (an agency's short name that links
        only in the dateline's brackets: "الدوحة (قنا)" is Qatar News Agency, قنا elsewhere the Egyptian
        city), `surname` (generated from the canonical
        name; links only when the person is named in full in the article), `weak` (listed by hand as
        also a common word, such as رئيسي: same rule). Surnames worth linking on their own are listed
        as aliases in the data. A last word that is an office or title word (`offices`: الشيخ of حسين
        الشيخ, الأمير) is never a surname: it stands before every name it titles.
        """
        rows: list[AliasRow] = []
        given = {normalize_form(a.split()[0]) for e in self.entries.values() if e.type == "PER"
                 for a in e.aliases_ar if len(a.split()) > 1}
        for entry in self.entries.values():
            if entry.source == "countries":
                continue
            forms = {normalize_form(a) for a in entry.aliases_ar}
            if entry.type == "ORG":
                forms |= {v for f in forms for v in agency_variants(f)}
            rows += [AliasRow(f, "name", entry.id, "alias") for f in forms]
            rows += [AliasRow(normalize_form(a), "name", entry.id, "weak")
                     for a in (*entry.extra.get("weak", ()), *entry.extra.get("home", ()))]
            rows += [AliasRow(normalize_form(a), "name", entry.id, "dateline") for a in entry.extra.get("dateline", ())]
            if entry.type != "PER" or not entry.extra.get("surname", True):
                continue
            rows += [AliasRow(f, "name", entry.id, "weak") for f in _patronymics(forms) - forms]
            for form in {normalize_form(entry.canonical_ar)} - {""}:
                words = form.split()
                last = words[-1]
                if len(words) > 1 and words[-2] in _BOUND:
                    continue  # عبد السلام، أبو مازن: the last word is not a surname on its own
                if len(words) < 2 or len(last) <= 3 or last in forms or last in _NOT_SURNAMES or last in offices:
                    continue
                # A surname that is also a given name (سلام of تمام سلام) links only when the person is
                # named in full in the article (tag weak); other surnames also on a single office holder.
                rows.append(AliasRow(last, "name", entry.id, "weak" if last in given else "surname"))
        return rows

    @staticmethod
    def _count(rows: list[AliasRow]) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for row in rows:
            counts[row.kind if row.kind != "name" else row.tag] += 1
        return dict(counts)

    def capital_names(self) -> frozenset[str]:
        """The folded names of capital cities that are no country's name too (الرياض، أنقرة; not الكويت),
        built on first use (`context.choose`)."""
        if self._capital_names is None:
            countries = {normalize_form(name) for e in self.entries.values() if e.role != "capital" and e.type == "GPE"
                         and len(e.id) == 7 and e.id[4:].isupper() for name in (e.canonical_ar, *e.aliases_ar) if name}
            self._capital_names = frozenset(normalize_form(name) for cap in self.capitals.values()
                                            for name in (cap.canonical_ar, *cap.aliases_ar) if name) - countries
        return self._capital_names

    def get(self, entity_id: str) -> KBEntry | None:
        return self.entries.get(entity_id)

    def family_countries(self, surname: str) -> frozenset[str]:
        """The countries of the people whose Arabic name ends on `surname` (folded): a family name borne in
        several states (المالكي: Iraq, Palestine, Morocco, Saudi Arabia) names nobody by itself. Built on
        first use."""
        if self._families is None:
            families: dict[str, set[str]] = defaultdict(set)
            for e in self.entries.values():
                if e.type == "PER" and e.country and e.canonical_ar and " " in e.canonical_ar.strip():
                    families[normalize_form(e.canonical_ar).split()[-1]].add(e.country)
            self._families = {k: frozenset(v) for k, v in families.items()}
        return self._families.get(surname, frozenset())

    def weak_medium(self, row: AliasRow) -> bool:
        """The row is a hand-listed weak alias of a news medium (…MED): "الشرق الأوسط" of Asharq Al-Awsat, bound to
        the quote marks or media noun that set it off (stages/mentions.py), no evidence for the tagger."""
        entry = self.entries.get(row.value) if row.kind == "name" and row.tag == "weak" else None
        return entry is not None and entry.type == "ORG" and (entry.actor_code or "").endswith("MED")

    def holders(self, office: str, country: str) -> list[tuple[KBEntry, Role]]:
        """Everyone recorded in `office` for `country` (ISO3 or org id), oldest term first."""
        return self._holders.get((office, country), [])

    def holder(self, office: str, country_iso3: str, date: str | None = None) -> KBEntry | None:
        """Who held `office` for `country_iso3` on `date` (ISO); with no date, the latest holder."""
        holders = self.holders(office, country_iso3)
        if not holders:
            return None
        if date is None:
            current = [er for er in holders if not er[1].end]
            return (current or holders)[-1][0]
        covering = [er for er in holders if er[1].covers(date)]
        if not covering:
            return None
        # On a hand-over day both terms cover the date; the newer holder is the one reported.
        return covering[-1][0]

    def weak_places(self, name: str) -> list[KBEntry]:
        """Places whose weak alias (a name that is also a common word: حائل, الخبر) is `name`."""
        return self._weak_places.get(normalize_form(name), [])

    def country(self, iso3: str | None) -> KBEntry | None:
        return self.entries.get(f"gpe.{iso3}") if iso3 else None

    def office_kind(self, office: str) -> str:
        return self.office_kinds.get(office, "person")

    def stats(self) -> dict[str, int]:
        """Entries by type and alias rows by kind (names split into alias/surname/country/capital)."""
        by_type: dict[str, int] = defaultdict(int)
        for entry in self.entries.values():
            by_type[entry.type] += 1
        return {**{f"entries_{k}": v for k, v in by_type.items()},
                **{f"aliases_{k}": v for k, v in self.alias_counts.items()}}
