"""The CAMEO code table: label, Goldstein score, quad class and PLOVER type for each code.

The table is data (`data/cameo.tsv`) so that a later issue can grow it to the full codebook without
touching code. A code missing from the table falls back to its two-digit root, so a lexicon entry with a
four-digit code still gets a score and a class.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

TABLE_PATH = Path(__file__).with_name("data") / "cameo.tsv"
PLOVER_TYPES = frozenset({
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
})


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    label: str
    goldstein: float
    quad_class: int
    plover: str | None

    @property
    def root(self) -> str:
        return self.code[:2]


def quad_class_of(code: str) -> int:
    """Quad class from the root: 01-05 verbal cooperation (1), 06-08 material cooperation (2),
    09-13 verbal conflict (3), 14-20 material conflict (4)."""
    root = int(code[:2])
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


@lru_cache(maxsize=4)
def load_table(path: Path = TABLE_PATH) -> dict[str, CameoCode]:
    """Read the table once per process; rows are checked so a typo fails at load, not mid-corpus."""
    table: dict[str, CameoCode] = {}
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            code = row["code"].strip()
            plover = (row.get("plover") or "").strip() or None
            if plover is not None and plover not in PLOVER_TYPES:
                raise ValueError(f"{path}: code {code}: unknown PLOVER type {plover!r}")
            quad = int(row["quad_class"])
            if quad != quad_class_of(code):
                raise ValueError(f"{path}: code {code}: quad class {quad} disagrees with its root")
            table[code] = CameoCode(code, row["label"].strip(), float(row["goldstein"]), quad, plover)
    return table


def lookup(code: str, table: dict[str, CameoCode] | None = None) -> CameoCode:
    """The row for `code`, else for its nearest listed ancestor (0314 → 031 → 03)."""
    table = table if table is not None else load_table()
    for length in range(len(code), 1, -1):
        row = table.get(code[:length])
        if row is not None:
            return CameoCode(code, row.label, row.goldstein, row.quad_class, row.plover)
    raise KeyError(f"CAMEO code {code!r} and its root are not in the table")
