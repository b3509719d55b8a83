"""The weights of a crfsuite linear-chain model, read straight from its file.

Why not `pycrfsuite.Tagger`: most of the tagger's features belong to the word itself or to a neighbour
(about 40 per token), so handing crfsuite a fresh list of feature strings per token repeats, for every
token, a sum the tagger can make once per word type. Reading the weights lets the tagger cache each
word's score vector and decode with a small Viterbi (`viterbi.py`), with the same scores (exact
double-precision weights, not the six decimals of `Tagger.info()`) and so the same tags.

File layout (crfsuite's crf1dm writer, little-endian): a 48-byte header (`lCRF`, size, `FOMC`, version,
counts, chunk offsets), a `FEAT` chunk of 20-byte features (type, source, destination, weight: type 0 is
attribute → label, type 1 label → label), and two CQDB chunks mapping label and attribute ids to strings.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_FEATURE = np.dtype([("type", "<i4"), ("src", "<i4"), ("dst", "<i4"), ("weight", "<f8")])


@dataclass
class CrfWeights:
    """Labels, the label → label transition matrix and each attribute's weight per label."""

    labels: list[str]
    transitions: np.ndarray  # (labels, labels): [previous, next]
    attributes: list[str]
    state: np.ndarray  # (attributes, labels)


def read_model(path: str | Path) -> CrfWeights:
    """Parse a crfsuite model file (raises ValueError on anything else)."""
    data = Path(path).read_bytes()
    (magic, _size, kind, _version, _nfeat, nlabels, nattrs, off_feat, off_labels, off_attrs,
     _off_lrefs, _off_arefs) = _HEADER.unpack_from(data, 0)
    if magic != b"lCRF" or kind != b"FOMC":
        raise ValueError(f"{path}: not a crfsuite CRF1d model")
    chunk, _csize, count = struct.unpack_from("<4sII", data, off_feat)
    if chunk != b"FEAT":
        raise ValueError(f"{path}: no feature chunk")
    feats = np.frombuffer(data, dtype=_FEATURE, count=count, offset=off_feat + 12)
    labels = _cqdb_strings(data, off_labels, nlabels)
    attributes = _cqdb_strings(data, off_attrs, nattrs)
    state = np.zeros((nattrs, nlabels))
    transitions = np.zeros((nlabels, nlabels))
    is_state = feats["type"] == 0
    st, tr = feats[is_state], feats[~is_state]
    np.add.at(state, (st["src"], st["dst"]), st["weight"])
    np.add.at(transitions, (tr["src"], tr["dst"]), tr["weight"])
    return CrfWeights(labels, transitions, attributes, state)


def _cqdb_strings(data: bytes, offset: int, count: int) -> list[str]:
    """Id → string of a CQDB chunk, through its backward array of record offsets."""
    if data[offset:offset + 4] != b"CQDB":
        raise ValueError("bad CQDB chunk")
    bwd_size, bwd_offset = struct.unpack_from("<II", data, offset + 16)
    refs = struct.unpack_from(f"<{bwd_size}I", data, offset + bwd_offset)
    out = []
    for ident in range(min(count, bwd_size)):
        start = offset + refs[ident]
        size = struct.unpack_from("<I", data, start + 4)[0]
        out.append(data[start + 8:start + 8 + size - 1].decode("utf-8"))
    return out
