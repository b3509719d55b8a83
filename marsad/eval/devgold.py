"""Development gold on SaudiNewsNet articles: finding each record's text, checking it, scoring with offsets.

The SaudiNewsNet texts are CC BY-NC-SA and are never copied into the project, so a development gold
record names its article instead of holding it: `"article": {"archive", "index", "sha1"}` points at the
index-th article of a zip under ../shared/data/saudinewsnet-subset, cleaned with `load_article`. The
sha1 guards the offsets: if the corpus copy or the cleaning changes, every offset may be wrong, and the
scorer says so instead of quietly scoring against the wrong characters.

These records also carry offsets for every entity occurrence, trigger, number and date. Offsets are
stricter than string search (a short name such as مصر also occurs inside other words, a number may
appear twice with different meanings), so where the gold has them the scorer uses them.
"""

from __future__ import annotations

import functools
import hashlib
import json
import zipfile
from pathlib import Path
from typing import Any

from marsad.errors import GoldError, MarsadError
from marsad.eval.textmatch import gold_sentences, sentence_of
from marsad.text.decode import load_article

Span = tuple[int, int]
SNN_FOLDER = "saudinewsnet-subset"
_EMPTY = {"text": "", "entities": [], "events": [], "quotes": [], "quantities": [], "times": []}


# --- texts --------------------------------------------------------------------------------------------

def resolve_archive(shared_data_dir: str | Path, archive: str) -> Path:
    """The zip for `archive`, given the subset folder itself, ../shared/data or ../shared."""
    base = Path(shared_data_dir)
    for folder in (base, base / SNN_FOLDER, base / "data" / SNN_FOLDER):
        if (folder / archive).is_file():
            return folder / archive
    raise GoldError(f"SaudiNewsNet archive {archive!r} not found under {base}")


@functools.lru_cache(maxsize=8)
def _archive_records(path: str) -> tuple[dict[str, Any], ...]:
    """The JSON array inside one SaudiNewsNet zip (one .json member); cached, since a gold file
    usually takes many articles from the same day."""
    try:
        with zipfile.ZipFile(path) as zf:
            members = [n for n in zf.namelist() if n.endswith(".json")]
            if len(members) != 1:
                raise GoldError(f"{path}: expected one .json member, found {len(members)}")
            data = json.loads(zf.read(members[0]).decode("utf-8"))
    except (OSError, zipfile.BadZipFile, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise GoldError(f"{path}: cannot read the archive ({err})") from err
    if not isinstance(data, list):
        raise GoldError(f"{path}: expected a JSON array of articles")
    return tuple(data)


def snn_record(shared_data_dir: str | Path, archive: str, index: int) -> dict[str, Any]:
    """The raw corpus record (source, title, date_extracted, content ...) of one article."""
    records = _archive_records(str(resolve_archive(shared_data_dir, archive)))
    if not 0 <= index < len(records):
        raise GoldError(f"{archive} has {len(records)} articles; index {index} is out of range")
    return records[index]


def load_snn_text(shared_data_dir: str | Path, archive: str, index: int) -> str:
    """The cleaned text all offsets refer to: `load_article` of the record's content."""
    content = snn_record(shared_data_dir, archive, index).get("content")
    if not isinstance(content, str):
        raise GoldError(f"{archive}#{index} has no text content")
    try:
        return load_article(content)
    except MarsadError as err:
        raise GoldError(f"{archive}#{index}: {err}") from err


def text_sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def is_snn_record(record: dict[str, Any]) -> bool:
    return isinstance(record.get("article"), dict)


def snn_text_for(record: dict[str, Any], shared_data_dir: str | Path) -> str:
    """The text of a gold record's article, refusing it when its sha1 is not the annotated one."""
    art = record["article"]
    text = load_snn_text(shared_data_dir, art["archive"], int(art["index"]))
    if art.get("sha1") and text_sha1(text) != art["sha1"]:
        raise GoldError(f"gold {record['id']}: the text of {art['archive']}#{art['index']} has changed "
                        f"since it was annotated (sha1 {text_sha1(text)[:12]} != {str(art['sha1'])[:12]}); "
                        "its offsets cannot be trusted")
    return text


# --- offset checks -----------------------------------------------------------------------------------

def check_offsets(record: dict[str, Any], text: str) -> list[str]:
    """Every way the record's offsets disagree with the text (empty when all hold)."""
    problems: list[str] = []
    sha1 = (record.get("article") or {}).get("sha1")
    if sha1 and sha1 != text_sha1(text):
        problems.append("sha1 differs")
    if "n_sentences" in record and record["n_sentences"] != len(gold_sentences(text)):
        problems.append(f"n_sentences {record['n_sentences']} != {len(gold_sentences(text))}")
    for i, ent in enumerate(record.get("entities", [])):
        for start, end in ent.get("offsets", []):
            if text[start:end] not in ent["surface_forms"]:
                problems.append(f"entities[{i}] {text[start:end]!r}@{start} is not a surface form")
        covered = {text[s:e] for s, e in ent.get("offsets", [])}
        problems += [f"entities[{i}] form {f!r} has no offset" for f in ent["surface_forms"] if f not in covered]
    problems += _check_events(record, text)
    for key, field in (("numbers", "surface"), ("dates", "surface")):
        for i, item in enumerate(record.get(key, [])):
            if text[item["start"]:item["end"]] != item[field]:
                problems.append(f"{key}[{i}] {item[field]!r}@{item['start']} does not match the text")
    for i, quote in enumerate(record.get("quotes", [])):
        if not text.startswith(quote["first_words"], quote["start"]):
            problems.append(f"quotes[{i}] {quote['first_words']!r}@{quote['start']} does not match the text")
    return problems


def _check_events(record: dict[str, Any], text: str) -> list[str]:
    problems = []
    sentences = gold_sentences(text)
    for i, ev in enumerate(record.get("events", [])):
        start, end = ev["trigger_start"], ev["trigger_end"]
        if text[start:end] != ev["trigger"]:
            problems.append(f"events[{i}] trigger {ev['trigger']!r}@{start} does not match the text")
        elif sentence_of(sentences, start) != ev["sentence_index"]:
            problems.append(f"events[{i}] trigger {ev['trigger']!r} lies in sentence "
                            f"{sentence_of(sentences, start)}, not {ev['sentence_index']}")
    return problems
