"""What the readers yield: a clean article with its metadata, or the reason an input was refused.

Both carry an `origin` string ("path", "path:line" for JSON Lines, "path#index" for an archive member)
so that a user can find the input again from a row in the store's `rejects` table.
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.text.decode import MAX_BYTES


@dataclass(frozen=True, slots=True)
class InputRecord:
    """One article, its text already cleaned by `marsad.text.decode.load_article`.

    `id` is the id the input gave, else a stable one derived from where it came from (file stem,
    `<file>:<line>`, `<archive>:<index>`), so re-reading the same files gives the same ids.
    """

    text: str
    id: str
    origin: str
    published: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input that could not become an article; `reason` is the error's one-line message."""

    origin: str
    reason: str


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """Limits passed to every reader (the same ones `marsad.config.Config` gives `analyze`)."""

    max_bytes: int = MAX_BYTES
    require_arabic: bool = True
    # An archive member is read whole (a JSON array cannot be streamed with the stdlib).
    max_member_bytes: int = 1024 * 1024 * 1024
