"""Readers for saved web pages (main text by trafilatura) and RSS/Atom feeds (entries by feedparser).

Both libraries are optional (`pip install 'marsad[html]'`, `'marsad[feeds]'`): a corpus of text, JSON
and archives needs neither. Without them each such file is rejected with the command that fixes it,
and the rest of the ingest goes on. Pages keep their title, date and URL when the page says them;
feed entries keep theirs and the feed's title as the outlet.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from marsad.errors import InputError, MarsadError, TooLargeError
from marsad.io.records import InputRecord, ReadOptions, Rejected
from marsad.text.decode import load_article

log = logging.getLogger(__name__)

Item = InputRecord | Rejected


def _missing(what: str, package: str, extra: str) -> str:
    return str(InputError(f"reading {what} needs {package}: pip install 'marsad[{extra}]'"))


def _read_bytes(path: Path, options: ReadOptions) -> bytes:
    try:
        size = path.stat().st_size
        if size > options.max_bytes:
            raise TooLargeError(f"{path} is {size / 1e6:.1f} MB, over the {options.max_bytes / 1e6:.0f} MB limit")
        return path.read_bytes()
    except OSError as err:
        raise InputError(f"cannot read {path}: {err.strerror}") from None


def read_html(path: Path, options: ReadOptions) -> Iterator[Item]:
    """A saved web page: its main text (navigation, ads and footers dropped), title, date and URL."""
    try:
        import trafilatura
    except ImportError:
        yield Rejected(str(path), _missing("HTML pages", "trafilatura", "html"))
        return
    try:
        raw = _read_bytes(path, options)
        found = trafilatura.extract(raw, output_format="json", with_metadata=True, include_comments=False)
        if not found:
            raise InputError(f"no main text found in the page {path.name}")
        meta = json.loads(found)
        text = load_article(meta.get("text") or "", max_bytes=options.max_bytes,
                            require_arabic=options.require_arabic)
    except MarsadError as err:
        yield Rejected(str(path), str(err))
        return
    yield InputRecord(text=text, id=path.stem, origin=str(path), published=_iso_day(meta.get("date")),
                      title=_opt(meta.get("title")), url=_opt(meta.get("source")),
                      outlet=_opt(meta.get("sitename") or meta.get("hostname")))


def read_feed(path: Path, options: ReadOptions) -> Iterator[Item]:
    """An RSS or Atom file: one record per entry, its HTML content (else summary) turned into text."""
    try:
        import feedparser
    except ImportError:
        yield Rejected(str(path), _missing("RSS/Atom feeds", "feedparser", "feeds"))
        return
    try:
        parsed = feedparser.parse(_read_bytes(path, options))
        if not parsed.entries:
            reason = f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""
            raise InputError(f"{path.name} is not an RSS or Atom feed with entries{reason}")
    except MarsadError as err:
        yield Rejected(str(path), str(err))
        return
    outlet = _opt(parsed.feed.get("title"))
    for index, entry in enumerate(parsed.entries):
        origin = f"{path}#{index}"
        try:
            text = load_article(html_to_text(_entry_html(entry)), max_bytes=options.max_bytes,
                                require_arabic=options.require_arabic)
        except MarsadError as err:
            yield Rejected(origin, str(err))
            continue
        yield InputRecord(text=text, id=_opt(entry.get("id")) or _opt(entry.get("link")) or f"{path.name}:{index}",
                          origin=origin, published=_entry_day(entry), title=_opt(entry.get("title")),
                          url=_opt(entry.get("link")), outlet=outlet)


def _entry_html(entry: Any) -> str:
    """The fullest body an entry has: content:encoded / Atom content, else the summary or description."""
    for content in entry.get("content") or []:
        if content.get("value"):
            return str(content["value"])
    return str(entry.get("summary") or entry.get("description") or "")


def _entry_day(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        stamp = entry.get(key)
        if stamp:
            return dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday).isoformat()
    return None


class _TextOnly(HTMLParser):
    """Text of an HTML fragment, block elements ending lines, scripts and styles dropped."""

    _BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "article"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's body): one paragraph a line, spaces collapsed."""
    parser = _TextOnly()
    parser.feed(fragment)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _iso_day(value: Any) -> str | None:
    text = _opt(value)
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        return None


def _opt(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None
