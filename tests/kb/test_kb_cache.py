"""The compiled knowledge base is cached, and rebuilt when a source file changes."""

from pathlib import Path

import pytest

import marsad.kb as kb_module


def test_cache_is_written_reused_and_invalidated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("MARSAD_NO_CACHE", raising=False)
    extra = tmp_path / "mine.yaml"
    extra.write_text("- {id: per.cache-test-one, canonical_en: Cache Test, canonical_ar: زيد الاختباري}\n",
                     encoding="utf-8")
    kb_module._load.cache_clear()
    first = kb_module._load((str(extra),))
    caches = list((tmp_path / "cache" / "marsad").glob("kb-*.pickle"))
    assert len(caches) == 1 and first.get("per.cache-test-one") is not None
    kb_module._load.cache_clear()
    again = kb_module._load((str(extra),))
    assert again.get("per.cache-test-one").canonical_en == "Cache Test"
    extra.write_text("- {id: per.cache-test-two, canonical_en: Changed, canonical_ar: عمرو الاختباري}\n",
                     encoding="utf-8")
    kb_module._load.cache_clear()
    changed = kb_module._load((str(extra),))
    assert changed.get("per.cache-test-two") is not None and changed.get("per.cache-test-one") is None
    kb_module._load.cache_clear()
