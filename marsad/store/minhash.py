"""MinHash signatures over word shingles, and LSH banding to find near-duplicate articles cheaply.

Wire copy is republished with a new headline, a dropped paragraph or another dateline; its content hash
differs but most of its word 4-grams do not. A signature estimates the Jaccard similarity of two
articles' shingle sets from a few hundred bytes, and banding turns "compare every pair" into "compare
pairs that share a band", so clustering stays near-linear in the corpus size.

The signature is one-permutation hashing (one 64-bit hash per shingle, spread over `BINS` bins, the
minimum kept in each) with rotation densification for empty bins (Shrivastava and Li, 2014): as good
an estimator as `BINS` independent permutations, at the cost of one hash per shingle, in the stdlib.
Hashes are BLAKE2b, not Python's `hash()`, so signatures are stable across processes and runs.
"""

from __future__ import annotations

import hashlib
import re
from array import array
from collections.abc import Iterable

SHINGLE = 4  # words per shingle
BINS = 120  # signature length
BANDS = 20  # LSH bands of BINS // BANDS rows: candidates from about Jaccard 0.6 up
MIN_SHINGLES = 8  # shorter texts get no signature (too little evidence; exact copies share a hash)
_EMPTY = (1 << 64) - 1
_WORD = re.compile(r"\w+")


def shingles(folded: str, size: int = SHINGLE) -> set[bytes]:
    """The set of `size`-word shingles of an already folded text (digits and letters, no punctuation)."""
    words = _WORD.findall(folded)
    if len(words) < size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def signature(folded: str) -> bytes | None:
    """The MinHash signature of a folded text as `BINS` unsigned 64-bit values, or None when it is too
    short to compare meaningfully."""
    grams = shingles(folded)
    if len(grams) < MIN_SHINGLES:
        return None
    bins = [_EMPTY] * BINS
    for gram in grams:
        value = int.from_bytes(hashlib.blake2b(gram, digest_size=8).digest(), "little")
        slot, rest = value % BINS, value // BINS
        if rest < bins[slot]:
            bins[slot] = rest
    return array("Q", _densify(bins)).tobytes()


def _densify(bins: list[int]) -> list[int]:
    """Fill each empty bin from the next non-empty one to its right (circularly), offset by the distance,
    so that two signatures agree on a filled-in bin with the same probability as on a real one."""
    if all(b != _EMPTY for b in bins):
        return bins
    out = list(bins)
    n = len(bins)
    for i, value in enumerate(bins):
        if value != _EMPTY:
            continue
        for step in range(1, n):
            donor = bins[(i + step) % n]
            if donor != _EMPTY:
                out[i] = (donor + step * 0x9E3779B97F4A7C15) % _EMPTY
                break
    return out


def unpack(sig: bytes) -> array:
    values = array("Q")
    values.frombytes(sig)
    return values


def similarity(a: bytes | array, b: bytes | array) -> float:
    """Estimated Jaccard similarity of the two texts' shingle sets: the share of bins that agree."""
    x = unpack(a) if isinstance(a, bytes) else a
    y = unpack(b) if isinstance(b, bytes) else b
    return sum(1 for p, q in zip(x, y, strict=True) if p == q) / len(x)


def band_keys(sig: bytes | array, bands: int = BANDS) -> list[tuple[int, int]]:
    """(band number, hash of the band's rows): two articles sharing any key are candidates."""
    values = unpack(sig) if isinstance(sig, bytes) else sig
    rows = len(values) // bands
    return [(b, hash(tuple(values[b * rows:(b + 1) * rows]))) for b in range(bands)]


def candidate_pairs(signatures: Iterable[tuple[str, bytes]], bands: int = BANDS) -> set[tuple[str, str]]:
    """Pairs of ids (smaller first) that share at least one LSH band."""
    buckets: dict[tuple[int, int], list[str]] = {}
    for key, sig in signatures:
        for band in band_keys(sig, bands):
            buckets.setdefault(band, []).append(key)
    pairs: set[tuple[str, str]] = set()
    for members in buckets.values():
        if len(members) < 2:
            continue
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                pairs.add((a, b) if a < b else (b, a))
    return pairs
