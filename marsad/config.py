"""Tunables, passed explicitly: two pipelines with different settings can coexist."""

from __future__ import annotations

from dataclasses import dataclass, field

# `times` before `entities`: a dateline's date, found with the times, dates the offices the linker reads.
# `ner` last: the learned tagger's names the knowledge base lacks join the entities after events and
# quotes have run, because as event actors they cost more than they gave on the development gold
# (marsad/ner/README.md, "In the analysis pipeline"); the events stage still reads its people (tagged
# once, marsad/events/tagged.py) when `ner` is in the list. `--skip ner` leaves the tagger out.
DEFAULT_STAGES = ("text", "times", "mentions", "entities", "quantities", "events", "quotes", "ner")


@dataclass(frozen=True)
class Config:
    stages: tuple[str, ...] = DEFAULT_STAGES
    # Extra knowledge-base files: by default the user's own entries (`marsad kb import`).
    kb_paths: tuple[str, ...] = field(default_factory=lambda: _user_kb_files())
    # Events below this confidence are dropped.
    min_event_confidence: float = 0.3
    max_bytes: int = 20 * 1024 * 1024
    require_arabic: bool = True


def _user_kb_files() -> tuple[str, ...]:
    from marsad.kb.user import user_kb_files

    return user_kb_files()
