"""The knowledge base: countries, capitals, people with dated offices, organisations, places.

`load_kb(config)` builds it once per process and set of extra files; stages share it read-only.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import time
from functools import lru_cache
from pathlib import Path

from marsad import __version__
from marsad.kb.base import KnowledgeBase
from marsad.kb.loader import DATA, entity_files, load_countries, load_entity_files, load_offices
from marsad.kb.model import KBEntry, Role

__all__ = ["KBEntry", "KnowledgeBase", "Role", "load_kb"]
log = logging.getLogger(__name__)


def load_kb(config: object | None = None) -> KnowledgeBase:
    """The knowledge base for `config` (its `kb_paths` are added after the packaged files)."""
    extra = tuple(str(p) for p in getattr(config, "kb_paths", ()) or ())
    return _load(extra)


@lru_cache(maxsize=4)
def _load(extra_paths: tuple[str, ...]) -> KnowledgeBase:
    """Build the base, or read it from the compiled cache when no source file has changed since.

    Parsing ~7,000 YAML records costs over a second; the compiled base loads in a fraction of that.
    The cache key covers every source file's name, size and modification time and Marsad's version,
    so an edited file or an upgrade rebuilds it. A cache that cannot be written is simply skipped.
    """
    # The code that builds the base is part of the key too: a changed class must not load an old pickle.
    code = sorted(Path(__file__).parent.glob("*.py"))
    sources = sorted(p for p in DATA.iterdir() if p.suffix in (".yaml", ".tsv")) + code + [Path(p) for p in extra_paths]
    cache = _cache_path(sources)
    if cache is not None and cache.is_file():
        try:
            with cache.open("rb") as fh:
                return pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            log.warning("kb cache %s unreadable; rebuilding", cache)
    kb = _build(extra_paths)
    if cache is not None:
        _write_cache(cache, kb)
    return kb


def _cache_path(sources: list[Path]) -> Path | None:
    if os.environ.get("MARSAD_NO_CACHE"):
        return None
    digest = hashlib.sha1(__version__.encode())
    for path in sources:
        try:
            stat = path.stat()
        except OSError:
            return None
        digest.update(f"{path}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    root = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "marsad"
    return root / f"kb-{digest.hexdigest()[:16]}.pickle"


def _write_cache(cache: Path, kb: KnowledgeBase) -> None:
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(kb, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache)  # atomic: a parallel worker never reads half a file
        stale = sorted(cache.parent.glob("kb-*.pickle"), key=lambda p: p.stat().st_mtime)[:-4]
        for old in stale:
            old.unlink(missing_ok=True)
    except OSError as err:
        log.info("kb cache not written (%s)", err)


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
