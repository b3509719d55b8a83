"""The command line: readable output, JSON that meets the contract, bad input handled without tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli import cli

ARTICLE = "التقى الرئيس الإيراني حسن روحاني نظيره الأذربيجاني إلهام علييف في باكو اليوم الخميس.\n"


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_analyze_prints_a_readable_view(runner: CliRunner, tmp_path: Path):
    f = _write(tmp_path / "a.txt", ARTICLE.encode())
    result = runner.invoke(cli, ["analyze", str(f), "--published", "2019-10-24"])
    assert result.exit_code == 0, result.output
    assert "-- entities" in result.output and "-- events" in result.output
    assert "علييف" in result.output


def test_analyze_json_meets_the_contract(runner: CliRunner, tmp_path: Path, shared_dir: Path):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((shared_dir / "contract" / "analysis.schema.json").read_text())
    f = _write(tmp_path / "a.txt", ARTICLE.encode())
    result = runner.invoke(cli, ["analyze", str(f), "--json", "--published", "2019-10-24"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    jsonschema.validate(data, schema)
    assert data["published"] == "2019-10-24"


def test_cp1256_file_is_read(runner: CliRunner, tmp_path: Path):
    f = _write(tmp_path / "win.txt", ARTICLE.encode("cp1256"))
    result = runner.invoke(cli, ["analyze", str(f), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["text"] == ARTICLE


@pytest.mark.parametrize("name,data,code", [
    ("empty.txt", b"", "E102"),
    ("binary.bin", bytes(range(256)) * 40, "E103"),
    ("english.txt", b"The president met his counterpart in Baku on Thursday.", "E104"),
])
def test_bad_single_file_gives_one_line_and_nonzero_exit(tmp_path: Path, name: str, data: bytes, code: str):
    f = _write(tmp_path / name, data)
    proc = subprocess.run([sys.executable, "-m", "marsad", "analyze", str(f)], capture_output=True, text=True)
    assert proc.returncode != 0
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and code in lines[0], proc.stderr
    assert "Traceback" not in proc.stderr


def test_too_large_file_is_refused_without_reading_it(tmp_path: Path):
    f = tmp_path / "huge.txt"
    with f.open("wb") as out:
        out.write(ARTICLE.encode() * (50 * 1024 * 1024 // len(ARTICLE.encode()) + 1))
    proc = subprocess.run([sys.executable, "-m", "marsad", "analyze", str(f)], capture_output=True, text=True)
    assert proc.returncode != 0
    assert "E105" in proc.stderr and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_missing_file_and_bad_date_are_clear(runner: CliRunner, tmp_path: Path):
    result = runner.invoke(cli, ["analyze", str(tmp_path / "nope.txt")])
    assert result.exit_code != 0 and "nope.txt" in result.output
    f = _write(tmp_path / "a.txt", ARTICLE.encode())
    result = runner.invoke(cli, ["analyze", str(f), "--published", "24/10/2019"])
    assert result.exit_code != 0 and "ISO date" in result.output


def test_directory_batch_goes_past_bad_files(tmp_path: Path):
    d = tmp_path / "mixed"
    d.mkdir()
    _write(d / "a_good.txt", ARTICLE.encode())
    _write(d / "b_empty.txt", b"")
    _write(d / "c_binary.txt", bytes(range(256)) * 40)
    _write(d / "d_cp1256.txt", ARTICLE.encode("cp1256"))
    _write(d / "e_english.txt", b"Nothing Arabic here at all, only English words.")
    _write(d / "f_batch.jsonl", (json.dumps({"id": "r1", "text": ARTICLE}, ensure_ascii=False) + "\n{bad json\n"
                                 + json.dumps({"id": "r3", "text": ARTICLE, "published": "2025-03-01"}) + "\n").encode())
    with (d / "g_huge.txt").open("wb") as out:
        out.write(ARTICLE.encode() * (50 * 1024 * 1024 // len(ARTICLE.encode()) + 1))
    proc = subprocess.run([sys.executable, "-m", "marsad", "analyze", str(d), "--json"],
                          capture_output=True, text=True)
    assert "Traceback" not in proc.stderr
    assert proc.returncode == 1  # something was skipped
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(records) == 4  # a_good, d_cp1256, r1, r3
    assert {r.get("id") for r in records} >= {"r1", "r3"}
    assert all(r["source"] for r in records)
    skipped = [ln for ln in proc.stderr.splitlines() if ln.startswith("skipped")]
    assert len(skipped) == 5, proc.stderr  # empty, binary, english, bad json line, huge


def test_only_runs_a_subset_with_what_it_needs(runner: CliRunner, tmp_path: Path):
    f = _write(tmp_path / "a.txt", ARTICLE.encode())
    result = runner.invoke(cli, ["analyze", str(f), "--json", "--only", "times", "--published", "2019-10-24"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["stages_run"] == ["text", "times"]
    assert data["entities"] == [] and [t["value"] for t in data["times"]] == ["2019-10-24"]
    result = runner.invoke(cli, ["analyze", str(f), "--only", "nonsense"])
    assert result.exit_code != 0 and "unknown stage" in result.output


def test_unknown_names_are_entities_by_default_and_skip_ner_leaves_them_out(runner: CliRunner, tmp_path: Path):
    # A person no list holds, named without a title: only the learned tagger finds him.
    text = "وصل جوناثان ميرسر إلى الدمام أمس في زيارة تستغرق يومين. وقال ميرسر إن الزيارة ناجحة.\n"
    f = _write(tmp_path / "a.txt", text.encode())
    found = {}
    for label, extra in (("default", []), ("skipped", ["--skip", "ner"])):
        result = runner.invoke(cli, ["analyze", str(f), "--json", "--published", "2019-10-24", *extra])
        assert result.exit_code == 0, result.output
        data = json.loads(result.output)
        found[label] = {e["canonical_ar"]: e for e in data["entities"] if e["id"].startswith("new:")}
        assert ("ner" in data["stages_run"]) == (label == "default")
    assert "جوناثان ميرسر" in found["default"] and not found["skipped"]
    person = found["default"]["جوناثان ميرسر"]
    assert person["type"] == "PER" and {m["text"] for m in person["mentions"]} == {"جوناثان ميرسر", "ميرسر"}
    for m in person["mentions"]:
        assert text[m["start"]:m["end"]] == m["text"]
    result = runner.invoke(cli, ["analyze", str(f), "--skip", "mentions"])
    assert result.exit_code != 0 and "needs 'mentions'" in result.output and "Traceback" not in result.output


def test_stages_are_listed(runner: CliRunner):
    result = runner.invoke(cli, ["stages"])
    assert result.exit_code == 0
    assert result.output.splitlines()[0].startswith("text")
    assert "events" in result.output


def test_the_command_gives_numpy_one_blas_thread_unless_the_user_chose(monkeypatch: pytest.MonkeyPatch):
    from marsad.cli import BLAS_THREAD_VARIABLES, one_blas_thread

    for name in BLAS_THREAD_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("MKL_NUM_THREADS", "4")
    one_blas_thread()
    assert [os.environ[name] for name in BLAS_THREAD_VARIABLES] == ["1", "1", "4"]


def test_importing_the_command_does_not_load_numpy_before_the_thread_setting():
    # The variables only count if they are set before numpy starts its BLAS: the command's own import
    # chain must leave numpy to the stages that need it.
    code = "import sys, marsad.cli; print('numpy' in sys.modules)"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "False"
