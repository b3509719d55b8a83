"""Fixtures for the store tests: an in-memory store and a temporary database path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from marsad.store import Store


@pytest.fixture
def fresh_store() -> Iterator[Store]:
    store = Store.open(":memory:")
    yield store
    store.close()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "corpus.db"
