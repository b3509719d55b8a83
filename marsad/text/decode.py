"""One way in for messy input: bytes, str, a path or a dict become clean text.

Arabic files arrive as UTF-8 with or without a BOM, UTF-16, or windows-1256. Decoding tries them in
that order of evidence, then NFC-normalises and removes control characters, so every later offset is
into the same, final string. windows-1256 gives every byte a reading, so bytes that are no UTF-8 and
read there as anything but Arabic text (letters, digits, spaces, punctuation for at least 90 % of the
characters) are refused as binary: random or compressed bytes with no NUL had been analysed as "Arabic".
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from marsad.errors import BinaryInputError, EmptyInputError, InputError, NotArabicError, TooLargeError

MAX_BYTES = 20 * 1024 * 1024
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]")
_LETTER = re.compile(r"[^\W\d_]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode_bytes(data: bytes) -> str:
    """Decode article bytes; raise InputError subclasses for empty or binary content."""
    if not data.strip():
        raise EmptyInputError("the input is empty")
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    if _looks_utf16(data):
        return data.decode(_utf16_order(data), errors="replace")
    if b"\x00" in data[:4096] or _binary_ratio(data[:4096]) > 0.1:
        raise BinaryInputError("the input is binary, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1256", errors="replace")
    if not _ARABIC.search(text):
        return data.decode("utf-8", errors="replace")
    sample = text[:4096]
    if len(_TEXT_LIKE.findall(sample)) < _MIN_TEXT_LIKE * len(sample):
        # every byte has a windows-1256 reading, so random or compressed bytes decode too: an Arabic
        # article in that encoding is Arabic letters, digits, spaces and punctuation almost throughout
        raise BinaryInputError("the input is binary, not text (not UTF-8, and not windows-1256 Arabic)")
    return text


_TEXT_LIKE = re.compile(r"[\u0600-\u06ff\sA-Za-z0-9.,;:!?()\[\]\"'«»%/\-–—…]")
_MIN_TEXT_LIKE = 0.9


def _looks_utf16(data: bytes) -> bool:
    sample = data[:2000]
    if len(sample) < 4:
        return False
    zeros_even = sample[0::2].count(0)
    zeros_odd = sample[1::2].count(0)
    half = len(sample) / 2
    # Arabic in UTF-16 has high bytes 0x06, not zero; Latin has zeros. Either way one column is regular.
    arabic_hi = sample[1::2].count(6) + sample[0::2].count(6)
    return max(zeros_even, zeros_odd) > 0.3 * half or arabic_hi > 0.6 * half


def _utf16_order(data: bytes) -> str:
    """Little-endian when the high bytes (0x00 for Latin, 0x06 for Arabic) sit at odd positions."""
    sample = data[:2000]
    high_odd = sum(1 for b in sample[1::2] if b in (0, 6))
    high_even = sum(1 for b in sample[0::2] if b in (0, 6))
    return "utf-16-le" if high_odd >= high_even else "utf-16-be"


def _binary_ratio(sample: bytes) -> float:
    if not sample:
        return 0.0
    bad = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return bad / len(sample)


def clean_text(text: str) -> str:
    """NFC, unified newlines, no control characters. Bidi and zero-width marks stay: offsets are kept
    on this text and the normaliser ignores those marks when matching."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text)


def check_text(text: str, *, require_arabic: bool = True) -> str:
    if not text.strip():
        raise EmptyInputError("the input is empty")
    if require_arabic:
        sample = text[:20000]
        letters = len(_LETTER.findall(sample))
        arabic = len(_ARABIC.findall(sample))
        if letters == 0 or arabic < 0.2 * letters:
            raise NotArabicError("the input is not Arabic text (fewer than 20% Arabic letters)")
    return text


def load_article(source: str | bytes | Path | dict, *, max_bytes: int = MAX_BYTES,
                 require_arabic: bool = True) -> str:
    """Clean article text from str, bytes, a path, or a dict with a `text` (or `content`) field."""
    if isinstance(source, dict):
        value = source.get("text", source.get("content"))
        if not isinstance(value, str):
            raise InputError("the record has no 'text' field")
        return check_text(clean_text(value), require_arabic=require_arabic)
    if isinstance(source, Path):
        try:
            size = source.stat().st_size
        except OSError as err:
            raise InputError(f"cannot read {source}: {err.strerror}") from None
        if size > max_bytes:
            raise TooLargeError(f"{source} is {size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.0f} MB")
        try:
            data = source.read_bytes()
        except OSError as err:
            raise InputError(f"cannot read {source}: {err.strerror}") from None
        return check_text(clean_text(decode_bytes(data)), require_arabic=require_arabic)
    if isinstance(source, bytes):
        if len(source) > max_bytes:
            raise TooLargeError(f"the input is {len(source) / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.0f} MB")
        return check_text(clean_text(decode_bytes(source)), require_arabic=require_arabic)
    if isinstance(source, str):
        if len(source) > max_bytes:
            raise TooLargeError(f"the input is {len(source) / 1e6:.1f} M characters; the limit is {max_bytes / 1e6:.0f} M")
        return check_text(clean_text(source), require_arabic=require_arabic)
    raise TypeError(f"load_article takes str, bytes, Path or dict, not {type(source).__name__}")
