"""Tunables, passed explicitly: two pipelines with different settings can coexist."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_STAGES = ("text", "mentions", "entities", "times", "quantities", "events", "quotes")


@dataclass(frozen=True)
class Config:
    stages: tuple[str, ...] = DEFAULT_STAGES
    # Extra knowledge-base files (a user's own entries, see `marsad kb import`).
    kb_paths: tuple[str, ...] = ()
    # Events below this confidence are dropped.
    min_event_confidence: float = 0.3
    max_bytes: int = 20 * 1024 * 1024
    require_arabic: bool = True
