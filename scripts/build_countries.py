"""Generate marsad/kb/data/countries.tsv from pycountry (ISO codes, English names) and babel (Arabic).

Run once when pycountry/babel change: `.venv/bin/python scripts/build_countries.py`. The output is
committed; the package never imports pycountry or babel at run time. Hand-written variants, capitals
and nisba stems live in marsad/kb/data/country_extra.tsv and are merged in at load time.
"""

from __future__ import annotations

import csv
import logging
from pathlib import Path

import pycountry
from babel import Locale

OUT = Path(__file__).resolve().parents[1] / "marsad" / "kb" / "data" / "countries.tsv"
COLUMNS = ("iso3", "iso2", "name_en", "official_en", "name_ar")


def english_name(country: object) -> str:
    """The short English name: pycountry's common name, else its name without ", Republic of"."""
    name = getattr(country, "common_name", None) or country.name  # type: ignore[attr-defined]
    if ", " in name:  # "Korea, Republic of" -> keep as is but drop the legal tail for simple cases
        head, tail = name.split(", ", 1)
        if tail.endswith(" of"):
            return head
    return name


def rows() -> list[dict[str, str]]:
    arabic = Locale("ar").territories
    out = []
    for country in pycountry.countries:
        out.append({
            "iso3": country.alpha_3,
            "iso2": country.alpha_2,
            "name_en": english_name(country),
            "official_en": getattr(country, "official_name", "") or "",
            "name_ar": arabic.get(country.alpha_2, ""),
        })
    return sorted(out, key=lambda r: r["iso3"])


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    data = rows()
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(data)
    logging.info("wrote %d countries to %s", len(data), OUT)


if __name__ == "__main__":
    main()
