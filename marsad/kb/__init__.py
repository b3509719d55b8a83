"""The knowledge base: countries, capitals, people with dated offices, organisations, places.

`load_kb(config)` builds it once per process and set of extra files; stages share it read-only.
"""

from __future__ import annotations

import logging
import time
from functools import lru_cache
from pathlib import Path

from marsad.compiled import compiled
from marsad.kb.base import KnowledgeBase
from marsad.kb.loader import DATA, entity_files, load_countries, load_entity_files, load_offices
from marsad.kb.model import KBEntry, Role

__all__ = ["KBEntry", "KnowledgeBase", "Role", "load_kb"]
log = logging.getLogger(__name__)


def load_kb(config: object | None = None) -> KnowledgeBase:
    """The knowledge base for `config` (its `kb_paths` are added after the packaged files)."""
    extra = tuple(str(p) for p in getattr(config, "kb_paths", ()) or ())
    return _load(extra)


def kb_sources(extra_paths: tuple[str, ...] = ()) -> list[Path]:
    """Every file the base is built from, the code that builds it included (a changed class must not
    load an old pickle)."""
    code = sorted(Path(__file__).parent.glob("*.py"))
    return sorted(p for p in DATA.iterdir() if p.suffix in (".yaml", ".tsv")) + code + [Path(p) for p in extra_paths]


@lru_cache(maxsize=4)
def _load(extra_paths: tuple[str, ...]) -> KnowledgeBase:
    """Build the base, or read it from the compiled cache (marsad/compiled.py) when no source file has
    changed since: parsing ~7,000 YAML records costs over a second; the compiled base loads in a fraction."""
    return compiled("kb", kb_sources(extra_paths), lambda: _build(extra_paths))


def _build(extra_paths: tuple[str, ...]) -> KnowledgeBase:
    began = time.perf_counter()
    entries, rows = load_countries(DATA)
    kinds, office_rows = load_offices(DATA)
    files = entity_files(DATA)
    entries += load_entity_files(files + [Path(p) for p in extra_paths])
    kb = KnowledgeBase(entries, rows + office_rows, kinds)
    log.info("kb: %d entries, %d alias rows in %.2fs", len(kb.entries), kb.matcher.size,
             time.perf_counter() - began)
    return kb
