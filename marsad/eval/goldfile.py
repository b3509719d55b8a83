"""Reading article-level gold files and finding the article text each record belongs to.

Gold files are hand-written, so most failures are typos: a missing field, a list written as a string,
a stray comma. Every problem is reported as a GoldError naming the file, the line (for JSON Lines) and
the field, so the annotator can fix it without reading a traceback.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from marsad.errors import GoldError

ENTITY_TYPES = {"PER", "ORG", "GPE", "LOC"}
_REQUIRED: dict[str, tuple[str, ...]] = {
    "entities": ("surface_forms", "type", "canonical_en"),
    "events": ("source", "target", "cameo_root", "trigger", "sentence_index"),
    "quotes": ("speaker", "first_words"),
    "numbers": ("surface",),
    "dates": ("surface",),
}


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Gold records from JSON Lines (one article a line), or one JSON object, or a JSON array."""
    path = Path(path)
    if not path.is_file():
        raise GoldError(f"gold file not found: {path}")
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as err:
        raise GoldError(f"{path}: not UTF-8 ({err.reason} at byte {err.start})") from err
    if not raw.strip():
        raise GoldError(f"{path}: the file is empty")
    records = _parse(path, raw)
    seen: set[str] = set()
    for where, record in records:
        _check_record(f"{path}{where}", record)
        if record["id"] in seen:
            raise GoldError(f"{path}{where}: id {record['id']!r} appears more than once")
        seen.add(record["id"])
    return [record for _where, record in records]


def _parse(path: Path, raw: str) -> list[tuple[str, Any]]:
    """(location, value) pairs; a whole-file JSON document is tried first, then JSON Lines."""
    try:
        whole = json.loads(raw)
    except json.JSONDecodeError:
        whole = None
    if isinstance(whole, dict):
        return [("", whole)]
    if isinstance(whole, list):
        return [(f" item {i}", item) for i, item in enumerate(whole)]
    out: list[tuple[str, Any]] = []
    for lineno, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            out.append((f":{lineno}", json.loads(line)))
        except json.JSONDecodeError as err:
            raise GoldError(f"{path}:{lineno}: not valid JSON ({err.msg}, column {err.colno})") from err
    return out


def _check_record(where: str, record: Any) -> None:
    if not isinstance(record, dict):
        raise GoldError(f"{where}: expected a JSON object per article, got {type(record).__name__}")
    if not isinstance(record.get("id"), str) or not record["id"]:
        raise GoldError(f"{where}: missing or empty \"id\" (a string)")
    for key, fields in _REQUIRED.items():
        items = record.get(key, [])
        if not isinstance(items, list):
            raise GoldError(f"{where}: \"{key}\" must be a list")
        for i, item in enumerate(items):
            if not isinstance(item, dict):
                raise GoldError(f"{where}: {key}[{i}] must be an object")
            missing = [f for f in fields if f not in item]
            if missing:
                raise GoldError(f"{where}: {key}[{i}] lacks {', '.join(missing)}")
    for i, ent in enumerate(record.get("entities", [])):
        forms = ent["surface_forms"]
        if not isinstance(forms, list) or not all(isinstance(f, str) and f for f in forms):
            raise GoldError(f"{where}: entities[{i}].surface_forms must be a list of non-empty strings")
        if ent["type"] not in ENTITY_TYPES:
            raise GoldError(f"{where}: entities[{i}].type {ent['type']!r} is not one of PER ORG GPE LOC")
    for i, ev in enumerate(record.get("events", [])):
        if not isinstance(ev["sentence_index"], int) or isinstance(ev["sentence_index"], bool):
            raise GoldError(f"{where}: events[{i}].sentence_index must be an integer")
        root = str(ev["cameo_root"])
        if not (len(root) == 2 and root.isdigit()):
            raise GoldError(f"{where}: events[{i}].cameo_root {root!r} must be two digits")
    _check_article(where, record)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_article(where: str, record: dict[str, Any]) -> None:
    """Records that point at a corpus article instead of a text file (development gold on
    SaudiNewsNet, see marsad/eval/devgold.py) must name it fully and give well-formed offsets."""
    if "article" not in record:
        return
    art = record["article"]
    if not isinstance(art, dict) or not isinstance(art.get("archive"), str) or not _is_int(art.get("index")):
        raise GoldError(f"{where}: \"article\" must be an object with \"archive\" (string) and \"index\" (integer)")
    for i, ent in enumerate(record.get("entities", [])):
        pairs = ent.get("offsets", [])
        if not isinstance(pairs, list) or not all(
                isinstance(p, list) and len(p) == 2 and all(_is_int(x) for x in p) and p[0] < p[1] for p in pairs):
            raise GoldError(f"{where}: entities[{i}].offsets must be a list of [start, end] integer pairs")
    for key, (lo, hi) in (("events", ("trigger_start", "trigger_end")), ("numbers", ("start", "end")),
                          ("dates", ("start", "end")), ("quotes", ("start", "start"))):
        for i, item in enumerate(record.get(key, [])):
            if not (_is_int(item.get(lo)) and _is_int(item.get(hi))):
                raise GoldError(f"{where}: {key}[{i}] needs integer {lo}" + (f" and {hi}" if hi != lo else ""))


def find_text(texts_dir: str | Path, gold_record: dict[str, Any], n_records: int = 0) -> Path:
    """The article file for a gold record: `<id>.txt`, else a file whose stem starts with the id,
    else (when the gold holds a single record, `n_records == 1`) the only .txt in the folder.

    The last rule is for the seed, whose gold id is "seed" while its file is named by a hash.
    """
    folder = Path(texts_dir)
    if not folder.is_dir():
        raise GoldError(f"texts folder not found: {folder}")
    gold_id = str(gold_record.get("id", ""))
    exact = folder / f"{gold_id}.txt"
    if gold_id and exact.is_file():
        return exact
    texts = sorted(p for p in folder.glob("*.txt") if p.is_file())
    prefixed = [p for p in texts if gold_id and p.stem.startswith(gold_id)]
    if len(prefixed) == 1:
        return prefixed[0]
    if len(prefixed) > 1:
        names = ", ".join(p.name for p in prefixed[:5])
        raise GoldError(f"gold id {gold_id!r}: several texts in {folder} start with it ({names})")
    if n_records == 1 and len(texts) == 1:
        return texts[0]
    raise GoldError(f"gold id {gold_id!r}: no {gold_id}.txt (or file starting with it) in {folder}")
