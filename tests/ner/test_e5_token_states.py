"""scripts/e5_token_states.py without the weight file: Q4_0 blocks dequantise to (nibble - 8) x scale with
byte j holding weights j and j+16, and the unigram segmentation takes the best-scoring pieces, falls back
to the unknown piece for a letter no piece covers, and applies the normalisation map first."""

from __future__ import annotations

import importlib

import numpy as np

e5 = importlib.import_module("e5_token_states")  # scripts/ is on pytest's path


def test_q4_block_dequantises_low_then_high_nibbles() -> None:
    block = np.zeros(1, dtype=e5.Q4_BLOCK)
    block["scale"] = 0.5
    block["nibbles"][0] = [(h << 4) | lo for lo, h in zip(range(16), range(15, -1, -1), strict=True)]
    row = e5.dequantize(block, 1, 32)[0]
    assert row[:16].tolist() == [(n - 8) * 0.5 for n in range(16)]
    assert row[16:].tolist() == [(n - 8) * 0.5 for n in range(15, -1, -1)]


def _vocabulary() -> object:
    weights = object.__new__(e5.E5Weights)
    weights.unk = 0
    weights.pieces = {"▁ال": (1, -2.0), "▁": (2, -1.0), "ال": (3, -3.0), "سلام": (4, -4.0),
                      "▁السلام": (5, -5.5), "س": (6, -6.0), "لام": (7, -3.0)}
    weights.unknown_score = -20.0
    weights.longest_piece = max(len(p) for p in weights.pieces)
    weights.normalisation = {"ـ": ""}
    return weights


def test_unigram_segmentation_takes_the_best_total_score() -> None:
    weights = _vocabulary()
    assert weights.word_pieces("السلام") == (5,)  # -5.5 beats ▁ال + س + لام (-11) and ▁ال + سلام (-6)
    assert weights.word_pieces("الـسلام") == (5,)  # tatweel removed by the normalisation map first
    assert weights.word_pieces("سلامx") == (2, 4, 0)  # x: no piece, the unknown id
