"""Shared fixtures. Tests that need ../shared skip cleanly where it is absent (a user's machine)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED_TEXT = SHARED / "examples" / "seed" / "000_5602218fb4d461f4.txt"
SEED_GOLD = SHARED / "examples" / "seed" / "000_5602218fb4d461f4.gold.json"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def seed_text(shared_dir: Path) -> str:
    if not SEED_TEXT.is_file():
        pytest.skip("seed article not present")
    return SEED_TEXT.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_doc(seed_text: str):
    from marsad.api import analyze

    return analyze(seed_text, published="2019-10-24")


@pytest.fixture(scope="session")
def saudi_articles(shared_dir: Path):
    """A reader of SaudiNewsNet articles: `saudi_articles("2015-08-09.zip", 200)` → [(text, published)]."""
    import json
    import zipfile

    def read(archive: str, limit: int) -> list[tuple[str, str]]:
        path = shared_dir / "data" / "saudinewsnet-subset" / archive
        if not path.is_file():
            pytest.skip("SaudiNewsNet subset not present")
        with zipfile.ZipFile(path) as z:
            records = json.loads(z.read(z.namelist()[0]))[:limit]
        return [(r["content"], r["date_extracted"][:10]) for r in records if r.get("content", "").strip()]

    return read
