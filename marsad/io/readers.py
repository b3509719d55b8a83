"""Readers that turn files and folders into `InputRecord`s (or `Rejected`s), never stopping on one bad input.

Each reader is a function `(path, options) -> Iterator[InputRecord | Rejected]` registered by file suffix
in `READERS` (saved web pages and RSS/Atom feeds come from `marsad.io.web`). Walking is
sorted and recursive so that two runs over the same folder see the same records in the same order,
which is what lets an interrupted ingest resume and give the same store as a clean run.
"""

from __future__ import annotations

import json
import logging
import os
import zipfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from marsad.errors import InputError, MarsadError, TooLargeError
from marsad.io.records import InputRecord, ReadOptions, Rejected
from marsad.io.web import read_feed, read_html
from marsad.text.decode import load_article

log = logging.getLogger(__name__)

Item = InputRecord | Rejected


Reader = Callable[[Path, ReadOptions], Iterator[Item]]
_DEFAULT = ReadOptions()


def read_txt(path: Path, options: ReadOptions) -> Iterator[Item]:
    """A plain-text article; its id is the file stem."""
    try:
        text = load_article(path, max_bytes=options.max_bytes, require_arabic=options.require_arabic)
    except MarsadError as err:
        yield Rejected(str(path), str(err))
        return
    yield InputRecord(text=text, id=path.stem, origin=str(path))


def read_jsonl(path: Path, options: ReadOptions) -> Iterator[Item]:
    """JSON Lines, one article per line; a bad line is rejected and the next one read."""
    try:
        handle = path.open("rb")
    except OSError as err:
        yield Rejected(str(path), str(InputError(f"cannot read {path}: {err.strerror}")))
        return
    with handle:
        for number, raw in enumerate(handle, start=1):
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            origin = f"{path}:{number}"
            try:
                obj = _parse_json(raw)
            except InputError as err:
                yield Rejected(origin, str(err))
                continue
            yield record_from_dict(obj, origin=origin, default_id=f"{path.name}:{number}", options=options,
                                   base=path.parent)


def read_json(path: Path, options: ReadOptions) -> Iterator[Item]:
    """A JSON file holding one article object or an array of them."""
    try:
        if path.stat().st_size > options.max_member_bytes:
            raise TooLargeError(f"{path} is too large to read as one JSON document")
        data = _parse_json(path.read_bytes())
    except OSError as err:
        yield Rejected(str(path), str(InputError(f"cannot read {path}: {err.strerror}")))
        return
    except InputError as err:
        yield Rejected(str(path), str(err))
        return
    yield from _records_from_json(data, path, options)


def read_zip(path: Path, options: ReadOptions) -> Iterator[Item]:
    """An archive of JSON arrays (the SaudiNewsNet layout: one `YYYY-MM-DD.json` per zip) or JSONL.

    Ids are `<archive name>:<index>` with the index running over every article in the archive, in
    sorted member order, so they stay unique when an archive holds several files.
    """
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as err:
        yield Rejected(str(path), str(InputError(f"cannot open {path} as a zip archive: {err}")))
        return
    with archive:
        index = 0
        members = sorted((m for m in archive.infolist() if not m.is_dir()), key=lambda m: m.filename)
        for member in members:
            if not member.filename.lower().endswith((".json", ".jsonl")):
                log.debug("skipping %s in %s: not JSON", member.filename, path)
                continue
            origin = f"{path}!{member.filename}"
            try:
                if member.file_size > options.max_member_bytes:
                    raise TooLargeError(f"{member.filename} is {member.file_size / 1e6:.0f} MB unpacked")
                raw = archive.read(member)
                items = _archive_member(raw, member.filename)
            except (MarsadError, OSError, zipfile.BadZipFile, RuntimeError) as err:
                reason = str(err) if isinstance(err, MarsadError) else str(InputError(f"{origin}: {err}"))
                yield Rejected(origin, reason)
                continue
            for item in items:
                yield _from_item(item, path, index, options)
                index += 1


def _archive_member(raw: bytes, name: str) -> list[Any]:
    """The JSON values in one archive member: an array's elements, or one value per JSONL line."""
    if name.lower().endswith(".jsonl"):
        return [_safe_parse(line) for line in raw.splitlines() if line.strip()]
    data = _parse_json(raw)
    return data if isinstance(data, list) else [data]


def _safe_parse(line: bytes) -> Any:
    try:
        return _parse_json(line)
    except InputError as err:
        return err


def _from_item(item: Any, path: Path, index: int, options: ReadOptions) -> Item:
    origin = f"{path}#{index}"
    if isinstance(item, InputError):
        return Rejected(origin, str(item))
    return record_from_dict(item, origin=origin, default_id=f"{path.name}:{index}", options=options)


def _records_from_json(data: Any, path: Path, options: ReadOptions) -> Iterator[Item]:
    """An array gives `<file name>:<index>` ids; a lone object is one article named by the file stem."""
    if not isinstance(data, list):
        yield record_from_dict(data, origin=str(path), default_id=path.stem, options=options)
        return
    for index, item in enumerate(data):
        yield record_from_dict(item, origin=f"{path}#{index}", default_id=f"{path.name}:{index}", options=options)


def _parse_json(raw: bytes) -> Any:
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as err:
        raise InputError(f"not UTF-8 at byte {err.start}") from None
    except json.JSONDecodeError as err:
        raise InputError(f"not valid JSON ({err.msg} at column {err.colno})") from None


def record_from_dict(obj: Any, *, origin: str, default_id: str, options: ReadOptions = _DEFAULT,
                     base: Path | None = None) -> Item:
    """Map one JSON object to a record: `text` or `content`; `id`; `published` (or `date`, or the date part
    of SaudiNewsNet's `date_extracted`); `title`; `url`; `outlet` (or `source`).

    A manifest line may give `file` (a path relative to `base`, the manifest's folder) instead of the
    text, so metadata can sit beside plain-text articles.
    """
    if not isinstance(obj, dict):
        return Rejected(origin, str(InputError(f"expected a JSON object, found {type(obj).__name__}")))
    source: Any = obj
    if "text" not in obj and "content" not in obj and isinstance(obj.get("file"), str) and base is not None:
        source = base / obj["file"]
    try:
        text = load_article(source, max_bytes=options.max_bytes, require_arabic=options.require_arabic)
    except MarsadError as err:
        return Rejected(origin, str(err))
    published = _opt(obj.get("published", obj.get("date")))
    if published is None and _opt(obj.get("date_extracted")):
        published = _opt(obj.get("date_extracted")).split()[0]
    return InputRecord(
        text=text,
        id=_opt(obj.get("id")) or default_id,
        origin=origin,
        published=published,
        title=_opt(obj.get("title")),
        url=_opt(obj.get("url")),
        outlet=_opt(obj.get("outlet", obj.get("source"))),
    )


def _opt(value: Any) -> str | None:
    """A metadata field as a stripped string, or None when absent or blank."""
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value).strip()
    return text or None


# Suffix (lower case, with the dot) -> reader.
READERS: dict[str, Reader] = {
    ".txt": read_txt,
    ".jsonl": read_jsonl,
    ".json": read_json,
    ".zip": read_zip,
    ".html": read_html,
    ".htm": read_html,
    ".rss": read_feed,
    ".atom": read_feed,
    ".xml": read_feed,
}


def iter_records(paths: Iterable[Path | str], *, options: ReadOptions = _DEFAULT,
                 readers: dict[str, Reader] | None = None) -> Iterator[Item]:
    """Every record under `paths` (files, or folders walked recursively in sorted order).

    In a folder, files whose suffix has no reader (README.md, hidden files) are skipped; a file named
    explicitly with another suffix (or none) is read as plain text, since the user asked for it, and
    `load_article` rejects it if it is binary or not Arabic.
    """
    table = READERS if readers is None else readers
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for file in _walk(path, table):
                yield from table[file.suffix.lower()](file, options)
        elif not path.exists():
            yield Rejected(str(path), str(InputError(f"{path} does not exist")))
        else:
            yield from table.get(path.suffix.lower(), read_txt)(path, options)


def _walk(root: Path, table: dict[str, Reader]) -> Iterator[Path]:
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in table:
                yield Path(folder) / name
