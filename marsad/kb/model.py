"""Knowledge-base records: one `KBEntry` per real-world entity, with dated roles for people."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Role:
    """An office held over a period: `country` is an ISO3 code, or an organisation id for offices
    such as the UN secretary-general (`org.un`). Dates are ISO strings ("2013-08-03", "2013-08",
    "2013"); an empty `end` means the office is still held."""

    office: str
    country: str
    start: str = ""
    end: str = ""

    def covers(self, date: str) -> bool:
        """True when `date` (ISO, any precision) falls inside the term, bounds compared as prefixes."""
        if self.start:
            n = min(len(date), len(self.start))
            if date[:n] < self.start[:n]:
                return False
        if self.end:
            n = min(len(date), len(self.end))
            if date[:n] > self.end[:n]:
                return False
        return True


@dataclass(frozen=True, slots=True)
class KBEntry:
    """One entity: ids are readable slugs (`per.hassan-rouhani`, `gpe.IRN`, `gpe.tehran`, `org.un`).

    `role` is a fixed role of the entity itself ("capital" for capital cities); office holdings of
    people are in `roles`.
    """

    id: str
    type: str  # PER ORG GPE LOC
    canonical_en: str
    canonical_ar: str = ""
    aliases_ar: tuple[str, ...] = ()
    country: str | None = None
    actor_code: str | None = None
    roles: tuple[Role, ...] = ()
    role: str | None = None
    source: str = ""
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def role_at(self, date: str | None) -> Role | None:
        """The role held on `date` (the most recent one when no date is given)."""
        if not self.roles:
            return None
        if date is None:
            return max(self.roles, key=lambda r: (r.end == "", r.end, r.start))
        for role in self.roles:
            if role.covers(date):
                return role
        return None
