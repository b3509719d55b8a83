"""Readers: every input becomes a record or a reject, and a bad input never stops the iteration."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from marsad.io import READERS, InputRecord, Rejected, iter_records

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
ARTICLE = "التقى الرئيس الأذربيجاني نظيره الإيراني في طهران أمس الخميس."
OTHER = "وقعت المملكة العربية السعودية اتفاقية تعاون مع مصر."


def records(items: list) -> list[InputRecord]:
    return [i for i in items if isinstance(i, InputRecord)]


def rejects(items: list) -> list[Rejected]:
    return [i for i in items if isinstance(i, Rejected)]


def test_txt_utf8_bom_and_cp1256(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    (tmp_path / "b.txt").write_bytes(OTHER.encode("cp1256"))
    items = list(iter_records([tmp_path]))
    assert [(r.id, r.text) for r in records(items)] == [("a", ARTICLE), ("b", OTHER)]
    assert items[0].origin == str(tmp_path / "a.txt")


def test_jsonl_bad_lines_do_not_stop(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "x1", "text": ARTICLE, "published": "2021-03-04", "title": " عنوان ",
                    "url": "http://e.x/1", "outlet": "irna"}, ensure_ascii=False),
        "{not json",
        "",
        json.dumps({"title": "no text"}),
        json.dumps({"content": "plain English text only, no Arabic at all"}),
        json.dumps(["a list"]),
        json.dumps({"content": OTHER, "source": "spa"}, ensure_ascii=False),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    items = list(iter_records([path]))
    good = records(items)
    assert [r.id for r in good] == ["x1", "feed.jsonl:7"]
    first = good[0]
    assert (first.published, first.title, first.url, first.outlet) == ("2021-03-04", "عنوان", "http://e.x/1", "irna")
    assert good[1].outlet == "spa" and good[1].origin == f"{path}:7"
    bad = rejects(items)
    assert [b.origin for b in bad] == [f"{path}:{n}" for n in (2, 4, 5, 6)]
    assert bad[0].reason.startswith("E101") and "JSON" in bad[0].reason
    assert bad[2].reason.startswith("E104")


def test_jsonl_manifest_points_at_text_files(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "one.txt").write_text(ARTICLE, encoding="utf-8")
    lines = [{"id": "one", "file": "articles/one.txt", "published": "2025-03-12", "outlet": "وكالة"},
             {"id": "two", "file": "articles/missing.txt"}]
    (tmp_path / "index.jsonl").write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    items = list(iter_records([tmp_path / "index.jsonl"]))
    assert isinstance(items[0], InputRecord) and (items[0].text, items[0].published) == (ARTICLE, "2025-03-12")
    assert isinstance(items[1], Rejected) and "missing.txt" in items[1].reason


def write_saudinewsnet(path: Path, articles: list[dict]) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(path.stem + ".json", json.dumps(articles, ensure_ascii=False))


def test_saudinewsnet_zip(tmp_path: Path) -> None:
    base = {"author": "", "url": "http://example.sa/1", "title": "خبر"}
    write_saudinewsnet(tmp_path / "2015-07-23.zip", [
        {**base, "source": "okaz", "date_extracted": "2015-07-23 19:28:17", "content": ARTICLE},
        {**base, "source": "sabq", "date_extracted": "2015-07-23 08:00:00", "content": ""},
        {**base, "source": "was", "date_extracted": "2015-07-24 01:02:03", "content": OTHER},
    ])
    items = list(iter_records([tmp_path / "2015-07-23.zip"]))
    good = records(items)
    assert [(r.id, r.published, r.outlet) for r in good] == [
        ("2015-07-23.zip:0", "2015-07-23", "okaz"), ("2015-07-23.zip:2", "2015-07-24", "was")]
    assert rejects(items)[0].reason.startswith("E102")
    assert rejects(items)[0].origin.endswith("2015-07-23.zip#1")


def test_folder_is_recursive_sorted_and_skips_unknown(tmp_path: Path) -> None:
    (tmp_path / "z").mkdir()
    (tmp_path / "z" / "b.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "README.md").write_text("# not an article", encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "broken.zip").write_bytes(b"PK not really")
    items = list(iter_records([tmp_path]))
    assert [r.id for r in records(items)] == ["a", "b"]
    reasons = {Path(r.origin).name: r.reason[:4] for r in rejects(items)}
    assert reasons == {"bin.txt": "E103", "broken.zip": "E101"}
    assert list(iter_records([tmp_path])) == items  # deterministic


def test_explicit_files_of_other_types_are_read_as_text(tmp_path: Path) -> None:
    (tmp_path / "article").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "blob.bin").write_bytes(bytes(range(256)) * 4)
    items = list(iter_records([tmp_path / "article", tmp_path / "blob.bin", tmp_path / "absent.txt"]))
    assert isinstance(items[0], InputRecord) and items[0].id == "article"
    assert [type(i) for i in items[1:]] == [Rejected, Rejected]
    assert items[1].reason.startswith("E103") and "does not exist" in items[2].reason
    assert [r.id for r in records(iter_records([tmp_path]))] == []  # not picked up from a folder


def test_reader_table_is_an_extension_point(tmp_path: Path) -> None:
    (tmp_path / "x.html").write_text(ARTICLE, encoding="utf-8")

    def read_html(path, options):
        yield InputRecord(text=path.read_text(encoding="utf-8"), id="html:" + path.stem, origin=str(path))

    items = list(iter_records([tmp_path], readers={**READERS, ".html": read_html}))
    assert [r.id for r in records(items)] == ["html:x"]


def test_shared_saudinewsnet_subset_reads_every_article() -> None:
    folder = SHARED / "data" / "saudinewsnet-subset"
    if not folder.is_dir():
        pytest.skip("../shared is not present")
    items = list(iter_records([folder]))
    assert len(items) == 3879
    good = records(items)
    assert len(good) > 3700
    assert len({r.id for r in good}) == len(good)
    assert all(r.published and len(r.published) == 10 and r.outlet for r in good)
    assert all(r.reason.startswith("E10") for r in rejects(items))
