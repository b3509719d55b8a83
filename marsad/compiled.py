"""A per-user cache of data structures compiled from the project's readable source files.

The knowledge base and the tagger's lexicon are built from YAML/TSV files at every start; pickled, they
load in a fraction of the time. The key covers each source file's path, size and modification time and
Marsad's version, so an edited file or an upgrade rebuilds. A cache that cannot be read or written is
skipped, never an error; MARSAD_NO_CACHE=1 turns it off (cold-start benchmarks).
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from marsad import __version__
from marsad.text.normalize import FOLD_VERSION

log = logging.getLogger(__name__)
T = TypeVar("T")
KEEP = 4  # newest caches kept per kind


def cache_path(kind: str, sources: Sequence[Path]) -> Path | None:
    """Where `kind` compiled from `sources` is cached; None when caching is off or a source is missing."""
    if os.environ.get("MARSAD_NO_CACHE"):
        return None
    digest = hashlib.sha1(f"{__version__}|fold{FOLD_VERSION}".encode())
    for path in sources:
        try:
            stat = path.stat()
        except OSError:
            return None
        digest.update(f"{path}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    root = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "marsad"
    return root / f"{kind}-{digest.hexdigest()[:16]}.pickle"


def compiled(kind: str, sources: Sequence[Path], build: Callable[[], T]) -> T:
    """`build()`, or its cached result when no source changed since it was cached."""
    cache = cache_path(kind, sources)
    if cache is not None and cache.is_file():
        try:
            with cache.open("rb") as fh:
                return pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            log.warning("%s cache %s unreadable; rebuilding", kind, cache)
    value = build()
    if cache is not None:
        _write(cache, kind, value)
    return value


def _write(cache: Path, kind: str, value: object) -> None:
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache)  # atomic: a parallel worker never reads half a file
        stale = sorted(cache.parent.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime)[:-KEEP]
        for old in stale:
            old.unlink(missing_ok=True)
    except OSError as err:
        log.info("%s cache not written (%s)", kind, err)
