"""`marsad kb lookup` resolves descriptions by date; `marsad kb import` validates before it adds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli import cli


@pytest.fixture()
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MARSAD_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def _lookup(text: str, date: str) -> list[dict]:
    result = CliRunner().invoke(cli, ["kb", "lookup", text, "--date", date, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_the_iranian_president_depends_on_the_date():
    assert _lookup("الرئيس الإيراني", "2019-10-24")[0]["canonical_en"] == "Hassan Rouhani"
    assert _lookup("الرئيس الإيراني", "2025-03-01")[0]["canonical_en"] == "Masoud Pezeshkian"


def test_import_validates_and_adds(home: Path, tmp_path: Path):
    good = tmp_path / "mine.yaml"
    good.write_text("- {id: per.test-local-mayor, canonical_en: Test Mayor, canonical_ar: زيد التجريبي, "
                    "country: JOR, roles: [mayor JOR 2020 -]}\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(cli, ["kb", "import", str(good)])
    assert result.exit_code == 0, result.output
    assert (home / "kb" / "mine.yaml").is_file()
    again = runner.invoke(cli, ["kb", "import", str(good)])
    assert again.exit_code != 0 and "--replace" in again.output


@pytest.mark.parametrize("content,message", [
    ("- {canonical_en: No Id}\n", "needs at least 'id'"),
    ("- {id: xyz.thing, canonical_en: Thing}\n", "no valid type"),
    ("- {id: per.a, canonical_en: A, roles: [president IRN 20199 -]}\n", "per.a"),
    ("key: [unclosed\n", "not valid YAML"),
    ("- {id: gpe.IRN, canonical_en: Iran again}\n", "already in the packaged"),
])
def test_bad_records_are_refused_with_a_reason(home: Path, tmp_path: Path, content: str, message: str):
    bad = tmp_path / "bad.yaml"
    bad.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(cli, ["kb", "import", str(bad)])
    assert result.exit_code != 0
    assert message in result.output and "Traceback" not in result.output
    assert not (home / "kb" / "bad.yaml").exists()
