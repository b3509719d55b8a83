"""The one analysis path shared by the CLI, ingest, a future web API and a Spark job."""

from __future__ import annotations

from functools import lru_cache
from importlib.metadata import entry_points
from pathlib import Path

from marsad.config import Config
from marsad.doc import Document
from marsad.pipeline import Pipeline
from marsad.text.decode import load_article

_DEFAULT = Config()


def load_stages() -> None:
    """Register the built-in stages and those of installed plugins.

    A plugin package adds stages without touching Marsad: it declares an entry point in the group
    `marsad.stages` pointing at a module whose `@stage` decorators register them on import.
    """
    import marsad.stages  # noqa: F401 - registers the built-in stages

    for entry in entry_points(group="marsad.stages"):
        entry.load()


@lru_cache(maxsize=8)
def get_pipeline(config: Config = _DEFAULT) -> Pipeline:
    """Build (once per process and config) the pipeline; resources load with it."""
    load_stages()
    return Pipeline(list(config.stages), config)


def analyze(text: str | bytes | Path | dict, *, published: str | None = None, id: str | None = None,
            source: str | None = None, title: str | None = None, url: str | None = None,
            outlet: str | None = None, config: Config = _DEFAULT) -> Document:
    """Analyse one article. `published` (ISO date) anchors relative dates such as اليوم الخميس; `outlet`
    and `url` tell the country a bare national body belongs to ("وزارة العمل" in a Saudi paper)."""
    clean = load_article(text, max_bytes=config.max_bytes, require_arabic=config.require_arabic)
    doc = Document(text=clean, id=id, source=source, published=published, title=title, url=url, outlet=outlet)
    return get_pipeline(config)(doc)
