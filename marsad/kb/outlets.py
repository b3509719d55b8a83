"""The country an article's outlet is published in: the last resort for what a bare national body means.

A Saudi paper writes "وزارة العمل"، "الدفاع المدني" or "المملكة" without naming Saudi Arabia: to its readers the
country goes without saying. When the article's own words point to no country (`main country` in the
mentions stage), the outlet's does. The outlet is read from the article's metadata (`Document.outlet`,
`Document.url`), never guessed from the text: a row of `data/outlets.tsv` names an outlet by its name as
feeds and archives write it ("okaz"), by its domain ("al-jazirah.com"), or by a country-code domain
ending (".sa"). Pan-Arab outlets (Asharq Al-Awsat, Al Jazeera, Al Arabiya, Rai al-Youm) are not listed:
they write for the whole region, and a bare ministry in them is not one country's by default.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

from marsad.kb.loader import DATA, _tsv


@lru_cache(maxsize=1)
def outlet_table() -> dict[str, str]:
    """outlet name, domain or ".tld" (lower case) -> ISO3."""
    return {row["outlet"].strip().lower(): row["country"].strip() for row in _tsv(DATA / "outlets.tsv")
            if row.get("outlet") and row.get("country")}


def outlet_country(outlet: str | None, url: str | None = None) -> str | None:
    """The outlet's country: from its name, else from the url's domain or its country-code ending."""
    table = outlet_table()
    name = (outlet or "").strip().lower()
    if name and name in table:
        return table[name]
    for host in (_host(url), _host(name) if "." in name else ""):
        parts = host.split(".") if host else []
        for k in range(len(parts)):  # the whole domain first, the country-code ending (".sa") last
            suffix = ".".join(parts[k:])
            found = table.get(suffix) or (table.get("." + suffix) if k == len(parts) - 1 else None)
            if found:
                return found
    return None


def _host(url: str | None) -> str:
    if not url:
        return ""
    host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    return host.removeprefix("www.")
