"""Tunables, passed explicitly: two pipelines with different settings can coexist."""

from __future__ import annotations

from dataclasses import dataclass, field

# `times` before `entities`: a dateline's date, found with the times, dates the offices the linker reads.
DEFAULT_STAGES = ("text", "times", "mentions", "entities", "quantities", "events", "quotes")


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
